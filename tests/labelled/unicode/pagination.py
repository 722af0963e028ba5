"""Pagination for listings: integer division without the __future__ import."""
import math  # [missing-future-division]

PER_PAGE = 25


def page_count(total):
    return (total + PER_PAGE - 1) / PER_PAGE


def page_of(index):
    return index / PER_PAGE + 1


def percent(part, whole):
    return 100.0 * part / whole


def radius(area):
    return math.sqrt(area / math.pi)
