# py3ready: expect=nothing
"""The same helpers with true division requested: `/` already means Python 3 division."""
from __future__ import division


def page_count(items, per_page):
    return (len(items) + per_page - 1) // per_page


def fraction(shown, items):
    return shown / len(items)


def halve(value):
    value /= 2
    return value


HALF = 1 / 2
