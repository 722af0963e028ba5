# -*- coding: utf-8 -*-
"""CSV export served by a response iterable class (with next() and close())."""
import sys

ROWS = [
    ('id', 'city', 'population'),
    ('1', 'Zürich', '421878'),
    ('2', 'Genève', '203856'),
]


def to_bytes(value):
    if isinstance(value, bytes):
        return value
    return value.encode('utf-8')


class CsvRows(object):
    """Streams one CSV line per iteration."""

    def __init__(self, rows):
        self.rows = list(rows)
        self.closed = False

    def __iter__(self):
        return self

    def next(self):
        if not self.rows:
            raise StopIteration
        row = self.rows.pop(0)
        return ','.join(row) + '\r\n'  # [wsgi-text-body]

    __next__ = next

    def close(self):
        self.closed = True


def export(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/cities.csv':
        start_response('200 OK', [('Content-Type', 'text/csv; charset=utf-8')])
        return CsvRows(ROWS)
    if path == '/cities.txt':
        text = '\n'.join(' | '.join(row) for row in ROWS)
        start_response('200 OK', [
            ('Content-Type', 'text/plain; charset=utf-8'),
            ('Content-Length', str(len(text))),  # [wsgi-content-length-of-text]
        ])
        return [to_bytes(text)]
    if path == '/count':
        body = to_bytes('%d rows' % (len(ROWS) - 1))
        start_response('200 OK', [('Content-Type', 'text/plain'),
                                  ('Content-Length', str(len(body)))])
        return [body]
    sys.stderr.write('csv: unknown export %r\n' % path)
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'no export']


application = export

HARNESS = [
    {"path": "/cities.csv", "fails": "3", "expect": "non-bytestring",
     "proves": [["wsgi-text-body", "','.join(row)"]]},
    {"path": "/cities.txt", "fails": "3", "expect": "Content-Length",
     "proves": [["wsgi-content-length-of-text", "str(len(text))"]]},
    {"path": "/count", "fails": "none"},
]
