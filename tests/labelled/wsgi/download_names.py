# -*- coding: utf-8 -*-
"""Serves report downloads with a friendly file name and some custom headers."""
try:
    from urllib.parse import unquote
except ImportError:
    from urllib import unquote

REPORTS = {
    'q1': ('Résumé Q1 — ventes.csv', b'region,total\nnord,10\n'),
    'q2': ('Q2 sales.csv', b'region,total\nsud,12\n'),
}


def download_app(environ, start_response):
    path = environ['PATH_INFO']
    if path.startswith('/report/'):
        key = path[len('/report/'):]
        if key not in REPORTS:
            start_response('404 Not Found', [('Content-Type', 'text/plain')])
            return [b'no such report']
        name, data = REPORTS[key]
        start_response('200 OK', [
            ('Content-Type', 'text/csv'),
            # +1: [wsgi-invalid-header-text]
            ('Content-Disposition', 'attachment; filename="%s"' % name),
            ('Content-Length', str(len(data))),
        ])
        return [data]
    if path == '/note':
        note = unquote(environ.get('QUERY_STRING', ''))
        start_response('200 OK', [
            ('Content-Type', 'text/plain'),
            ('X-Note', note),  # [wsgi-invalid-header-text]
        ])
        return [b'noted']
    if path == '/powered':
        start_response('200 OK', [
            ('Content-Type', 'text/plain'),
            ('X-Powered By', 'reports 2.1'),  # [wsgi-invalid-header-text]
        ])
        return [b'reports']
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not found']


application = download_app

HARNESS = [
    {"path": "/report/q2", "fails": "none"},
    {"path": "/report/q1", "fails": "3", "expect": "UnicodeEncodeError",
     "proves": [["wsgi-invalid-header-text", "Content-Disposition"]]},
    {"path": "/note", "query": "first%0D%0ASet-Cookie:%20admin=1", "fails": "both",
     "expect": "bad char",
     "proves": [["wsgi-invalid-header-text", "X-Note"]]},
    {"path": "/powered", "fails": "both", "expect": "Bad header name",
     "proves": [["wsgi-invalid-header-text", "X-Powered By"]]},
]
