"""Loop helpers for templates (Python 2)."""


class LoopPosition(object):
    """`loop.next` is the following item, read as an attribute."""

    def __init__(self, seq, pos):
        self.seq = seq
        self.pos = pos

    def next(self):
        try:
            return self.seq[self.pos + 1]
        except IndexError:
            return None
    next = property(next)


class RowIterator(object):
    def __init__(self, rows):
        self.rows = list(rows)
        self.label = property(len)

    def __iter__(self):
        return self

    def next(self):  # [next-method-defined]
        if not self.rows:
            raise StopIteration
        return self.rows.pop(0)
