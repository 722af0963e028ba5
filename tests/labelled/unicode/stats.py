"""Statistics with float division only: nothing depends on integer `/`."""
from __future__ import print_function


def mean(values):
    return sum(values) / float(len(values))


def scaled(value):
    value /= 2.0
    return value


def report(values):
    print('mean: %.2f' % mean(values))
