# -*- coding: utf-8 -*-
"""Wiki pages with non-ASCII titles; 2/3 compatible through version checks and shims."""
import sys

try:
    from urllib.parse import parse_qs, quote
except ImportError:  # Python 2
    from urlparse import parse_qs
    from urllib import quote

PY2 = sys.version_info[0] == 2
if PY2:
    text_type = unicode  # noqa: F821 - only reached on Python 2
else:
    text_type = str

PAGES = {u'Café': u'A place serving coffee.', u'Zürich': u'A city on a lake.'}


def wsgi_path(environ):
    """PATH_INFO as real text, whatever the interpreter."""
    raw = environ.get('PATH_INFO', '/')
    if PY2:
        return raw.decode('utf-8')
    return raw.encode('latin-1').decode('utf-8')


def wiki(environ, start_response):
    title = wsgi_path(environ).strip(u'/')
    query = parse_qs(environ.get('QUERY_STRING', ''))
    if title == u'Café' and query.get('raw'):
        body = PAGES[title].encode('utf-8')
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
        return [body]
    if title in PAGES:
        html = u'<h1>%s</h1><p>%s</p>' % (title, PAGES[title])
        body = html.encode('utf-8')
        start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                                  ('Content-Length', str(len(body)))])
        return [body]
    link = quote(u'Café'.encode('utf-8'))
    body = (u'<a href="/%s">Try Café</a>' % link).encode('utf-8')
    assert isinstance(html_of(body), text_type)
    start_response('404 Not Found', [('Content-Type', 'text/html; charset=utf-8')])
    return [body]


def html_of(body):
    return body.decode('utf-8')


application = wiki

HARNESS = [
    {"path": "/Caf%C3%A9", "fails": "none"},
    {"path": "/Caf%C3%A9", "query": "raw=1", "fails": "none"},
    {"path": "/Z%C3%BCrich", "fails": "none"},
    {"path": "/Nowhere", "fails": "none"},
]
