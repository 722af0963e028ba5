# py3ready: expect=nothing
"""Only float division here: nothing depends on integer `/`."""
from __future__ import print_function


def ratio(done, total):
    return done / float(total)


def scale(value):
    value /= 2.0
    return value
