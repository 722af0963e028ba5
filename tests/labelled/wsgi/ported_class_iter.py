"""A class-based app that streams a report through a closing response iterable."""
import json


class ReportStream(object):
    """Yields the report line by line as bytes; tracks close() for the server."""

    def __init__(self, records):
        self.records = iter(records)
        self.closed = False

    def __iter__(self):
        return self

    def __next__(self):
        record = next(self.records)
        return (json.dumps(record, sort_keys=True) + '\n').encode('utf-8')

    next = __next__  # Python 2 name

    def close(self):
        self.closed = True


class ReportApp(object):

    records = [{'day': 1, 'visits': 10}, {'day': 2, 'visits': 14}, {'day': 3, 'visits': 9}]

    def __call__(self, environ, start_response):
        path = environ['PATH_INFO']
        if path == '/report.jsonl':
            start_response('200 OK', [('Content-Type', 'application/x-ndjson')])
            return ReportStream(self.records)
        if path == '/report/total':
            total = sum(r['visits'] for r in self.records)
            body = str(total).encode('ascii')
            start_response('200 OK', [('Content-Type', 'text/plain'),
                                      ('Content-Length', str(len(body)))])
            return [body]
        return self.not_found(start_response, path)

    def not_found(self, start_response, path):
        message = 'No report at %s' % path
        body = message.encode('utf-8') if not isinstance(message, bytes) else message
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
        return [body]


application = ReportApp()

HARNESS = [
    {"path": "/report.jsonl", "fails": "none"},
    {"path": "/report/total", "fails": "none"},
    {"path": "/report/weekly", "fails": "none"},
]
