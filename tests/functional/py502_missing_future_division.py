"""Pagination helpers (Python 2.7)."""
import math  # [missing-future-division]

PER_PAGE = 20


def pages(count):
    return (count + PER_PAGE - 1) / PER_PAGE


def half(value):
    return value / 2


def ratio(done, total):
    return done / float(total)


def average(values):
    return sum(values) / 2.0


def radius(area):
    return math.sqrt(area / math.pi)
