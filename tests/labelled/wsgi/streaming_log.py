"""A log viewer that streams lines from a generator and logs its queries."""
from __future__ import print_function

LOG = [
    '2013-04-01 12:00:01 INFO started',
    '2013-04-01 12:00:05 WARN slow request /search',
    '2013-04-01 12:01:10 ERROR timeout talking to db',
]


def matching(level):
    for line in LOG:
        if level is None or (' %s ' % level) in line:
            yield line + '\n'  # [wsgi-text-body]


def tail_app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/log':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return matching(None)
    if path == '/search':
        query = environ.get('QUERY_STRING', '').decode('utf-8')  # [wsgi-environ-decode]
        level = query.partition('=')[2].upper() or None
        hits = [line for line in LOG if level and level in line]
        body = ('\n'.join(hits)).encode('utf-8')
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [body]
    if path == '/audit':
        errors = environ['wsgi.errors']
        who = environ.get('HTTP_X_USER', 'anonymous')
        errors.write(('audit: log read by %s\n' % who).encode('utf-8'))  # [wsgi-errors-bytes]
        start_response('204 No Content', [])
        return []
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not here']


application = tail_app

HARNESS = [
    {"path": "/log", "fails": "3", "expect": "non-bytestring",
     "proves": [["wsgi-text-body", "yield line"]]},
    {"path": "/search", "query": "level=warn", "fails": "3", "expect": "AttributeError",
     "proves": [["wsgi-environ-decode", "decode('utf-8')"]]},
    {"path": "/audit", "headers": {"X-User": "ops"}, "fails": "3", "expect": "AssertionError",
     "proves": [["wsgi-errors-bytes", "errors.write"]]},
    {"path": "/other", "fails": "none"},
]
