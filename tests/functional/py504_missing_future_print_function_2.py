# py3ready: expect=nothing
"""One-argument print() calls mean the same on both versions."""
import sys


def main(argv):
    print("usage: serve PORT")
    return len(argv)
