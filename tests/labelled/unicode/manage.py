#!/usr/bin/env python
"""Maintenance commands for the shop (Python 2)."""
import sys  # [missing-future-print-function]

COMMANDS = {}


def command(func):
    COMMANDS[func.__name__] = func
    return func


@command
def help():
    print("usage: manage.py COMMAND")
    for name in sorted(COMMANDS):
        print "  ", name


@command
def check():
    print >>sys.stderr, "checking..."
    return 0


if __name__ == '__main__':
    sys.exit(COMMANDS[sys.argv[1]]())
