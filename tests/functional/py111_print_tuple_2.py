# py3ready: expect=nothing
"""With print_function, print(a, b) is the function on both versions."""
from __future__ import print_function

import sys


def report(name, count):
    print("name:", name)
    print()
    print(name, count, sep=", ", file=sys.stderr)
    print(count,)
