"""Access-log importer run from cron (Python 2.7)."""
import gzip


def count_hits(path):
    hits = 0
    with open(path) as log:
        for line in log.xreadlines():  # [xreadlines-method]
            if ' 200 ' in line:
                hits += 1
    return hits


def first_lines(path, limit):
    stream = gzip.open(path)
    lines = stream.xreadlines()  # [xreadlines-method]
    return [next(lines) for _ in range(limit)]


def errors(path):
    with open(path) as log:
        return [line for line in log.xreadlines() if ' 500 ' in line]  # [xreadlines-method]


def reader_for(stream):
    return stream.xreadlines  # [xreadlines-method]


class Tail(object):
    """Has its own readlines-style API; nothing here is flagged."""

    def __init__(self, stream):
        self.stream = stream
        self.xreadlines_calls = 0

    def lines(self):
        self.xreadlines_calls += 1
        for line in self.stream:
            yield line.rstrip('\n')

    def all(self):
        return self.stream.readlines()


def describe():
    # "f.xreadlines()" in a string or comment is not code
    return "iterate with f.xreadlines()"
