"""Price and rating helpers (Python 2)."""
from decimal import Decimal


def stars(rating):
    return round(rating)  # [round-builtin]


def percent(part, whole):
    return "%d%%" % round(100.0 * part / whole)  # [round-builtin]


def pixel(x):
    # int() keeps the type: only the half-way rule differs
    return int(round(x))  # [round-builtin]


def price(amount):
    return round(amount, 2)


def price_kw(amount):
    return round(amount, ndigits=2)


def splat(args):
    return round(*args)


class Money(object):
    def round(self, value):
        return value

    def total(self, value):
        return self.round(value)


def shadowed(round, value):
    return round(value)


def mentioned():
    return "round(x) in a string"
