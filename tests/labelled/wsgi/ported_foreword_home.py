# -*- coding: utf-8 -*-
"""A home page ported the Flask-foreword way: unicode_literals plus str() for natives."""
from __future__ import absolute_import, division, print_function, unicode_literals

REASONS = {200: 'OK', 404: 'Not Found'}
NEWS = ['Grand opening in Zürich', 'Crème brûlée is back', 'New opening hours']
CONTENT_TYPE = str('Content-Type')
HTML = str('text/html; charset=utf-8')


def status(code):
    return str('%d %s' % (code, REASONS[code]))


def headers_for(body, *extra):
    headers = [(CONTENT_TYPE, HTML), (str('Content-Length'), str(len(body)))]
    headers.extend((str(name), str(value)) for name, value in extra)
    return headers


def render(title, items):
    rows = ''.join('<li>%s</li>' % item for item in items)
    return ('<h1>%s</h1><ul>%s</ul>' % (title, rows)).encode('utf-8')


def home(environ, start_response):
    path = environ['PATH_INFO']
    if path == str('/'):
        body = render('Nouvelles', NEWS)
        start_response(status(200), headers_for(body, ('Cache-Control', 'max-age=60')))
        return [body]
    if path == str('/count'):
        body = ('%d news items' % len(NEWS)).encode('ascii')
        start_response(str('200 OK'), headers_for(body))
        return [body]
    if path == str('/first'):
        body = b''.join([b'<p>', NEWS[0].encode('utf-8'), b'</p>'])
        start_response(str('200 OK'), headers_for(body))
        return [body]
    body = 'Pas trouvé'.encode('utf-8')
    start_response(status(404), headers_for(body))
    return [body]


application = home

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/count", "fails": "none"},
    {"path": "/first", "fails": "none"},
    {"path": "/ailleurs", "fails": "none"},
]
