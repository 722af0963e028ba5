"""Streaming helpers for WSGI responses (Python 2)."""


class FileWrapper(object):
    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize

    def __iter__(self):
        return self

    def next(self):  # [next-method-defined]
        data = self.filelike.read(self.blksize)
        if data:
            return data
        raise StopIteration


class ChunkCursor(object):
    """No __iter__: another object's __iter__ may hand it out."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def next(self):  # [next-method-defined]
        if not self.chunks:
            raise StopIteration
        return self.chunks.pop(0)


class PortedWrapper(object):
    def __init__(self, filelike):
        self.filelike = filelike

    def __iter__(self):
        return self

    def __next__(self):
        data = self.filelike.read(8192)
        if not data:
            raise StopIteration
        return data

    next = __next__


class AliasedWrapper(object):
    def __iter__(self):
        return self

    def next(self):
        raise StopIteration

    __next__ = next


class Page(object):
    """Pagination: `next` is a property, not the iterator protocol."""

    def __init__(self, number):
        self.number = number

    @property
    def next(self):
        return Page(self.number + 1)


class Rows(object):
    """__iter__ is a generator, so next() is just a method."""

    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for row in self.rows:
            yield row

    def next(self):
        return self.rows[0]


class Node(object):
    """A linked-list node: next() takes an argument, no __iter__."""

    def next(self, steps=1):
        return self


def next(iterator):
    # a module-level function
    return iterator.next()


class TokenStream(object):
    def __iter__(self):
        return self

    def next(self, skip_blank=False):  # [next-method-defined]
        raise StopIteration
