"""CSV export for the order admin (Python 2.7)."""
import csv

import six


def header_row(path):
    with open(path, 'rb') as stream:
        reader = csv.reader(stream)
        return reader.next()  # [next-method-call]


def pairs(rows):
    it = iter(rows)
    while True:
        try:
            key, value = it.next(), it.next()  # [next-method-call, next-method-call]
        except StopIteration:
            return
        yield key, value


def first_word(lines):
    return iter(lines).next().split()[0]  # [next-method-call]


def portable(rows):
    it = iter(rows)
    # the builtin and six.next work on both versions
    return next(it), six.next(it), next(it, None)


class Paginator(object):
    """next(page) here is a method with an argument: not the iterator protocol."""

    def __init__(self, items, size):
        self.items = items
        self.size = size

    def page(self, number):
        return self.items[number * self.size:(number + 1) * self.size]

    def following(self, page):
        return self.page(page + 1)


def next_page(paginator, number):
    # a call with an argument is some other next() method
    return paginator.next(number)


class Rows(object):
    """An iterator class with its own next(): self.next() is low confidence."""

    def __init__(self, rows):
        self.rows = list(rows)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.rows:
            raise StopIteration
        return self.rows.pop(0)

    next = __next__

    def skip(self):
        self.next()  # [next-method-call]
        return self
