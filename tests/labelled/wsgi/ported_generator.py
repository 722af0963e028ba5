# -*- coding: utf-8 -*-
"""A changelog streamed by a generator; 2/3 compatible."""
from __future__ import print_function

CHANGES = [u'1.0 — first release', u'1.1 — faster start-up', u'1.2 — Unicode file names']
ENCODING = 'utf-8'


def lines(changes, numbered):
    for index, change in enumerate(changes, 1):
        text = u'%d. %s\n' % (index, change) if numbered else change + u'\n'
        yield text.encode(ENCODING)


def changelog(environ, start_response):
    path = environ['PATH_INFO']
    errors = environ['wsgi.errors']
    if path == '/changes':
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
        return lines(CHANGES, numbered=False)
    if path == '/changes/numbered':
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
        return lines(CHANGES, numbered=True)
    if path == '/latest':
        write = start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
        write(CHANGES[-1].encode(ENCODING))
        write(b'\n')
        return []
    errors.write('changelog: no page %s\n' % path)
    print('changelog miss', path, file=errors)
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return iter([b'no such page'])


application = changelog

HARNESS = [
    {"path": "/changes", "fails": "none"},
    {"path": "/changes/numbered", "fails": "none"},
    {"path": "/latest", "fails": "none"},
    {"path": "/old", "fails": "none"},
]
