# -*- coding: utf-8 -*-
"""The guestbook's WSGI application: ``guestbook.app:application``."""
from __future__ import absolute_import, division, print_function, unicode_literals

import io
import re
import sys

from . import storage
from .compat import escape, native, parse_form, wsgi_bytes, wsgi_text

BOOK = storage.Guestbook()
BOOK.add('Ada', 'Lovely little site.')
BOOK.add('Zoë', 'Ça marche sur Python 2 et 3 !')
BOOK.add('Ada', 'Back again.')
BOOK.add('Grace', 'Hello from the other side <3')

FORM = ('<form method="post" action="/sign"><input name="name"> '
        '<textarea name="message"></textarea><button>Sign</button></form>')


def log(message):
    print(message.encode('ascii', 'backslashreplace').decode('ascii'), file=sys.stderr)


def respond(start_response, status, body, content_type='text/html; charset=utf-8',
            extra_headers=()):
    data = body.encode('utf-8')
    headers = [(native('Content-Type'), native(content_type)),
               (native('Content-Length'), native(len(data)))]
    headers.extend((native(name), native(value)) for name, value in extra_headers)
    start_response(native(status), headers)
    return [data]


def page(title, content):
    out = io.StringIO()
    out.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8">')
    out.write('<title>%s</title></head>\n<body><h1>%s</h1>\n' % (escape(title), escape(title)))
    out.write(content)
    out.write('\n</body></html>\n')
    return out.getvalue()


def render_entry(entry):
    return '<li><a href="/entry/%d">#%d</a> <b>%s</b>: %s</li>' % (
        entry['id'], entry['id'], escape(entry['name']), escape(entry['message']))


def index(environ, start_response):
    query = dict(parse_form(wsgi_bytes(environ.get('QUERY_STRING', ''))))
    try:
        number = int(query.get('page', '1'))
    except ValueError:
        number = 1
    entries, pages = BOOK.page(number)
    links = ' '.join('<a href="/?page=%d">%d</a>' % (n, n) for n in range(1, pages + 1))
    items = '\n'.join(render_entry(entry) for entry in entries)
    content = '<ul>\n%s\n</ul>\n<p>Pages: %s</p>\n%s' % (items, links, FORM)
    return respond(start_response, '200 OK', page('Guestbook (%d entries)' % len(BOOK), content))


def sign(environ, start_response):
    try:
        length = int(environ.get('CONTENT_LENGTH') or 0)
    except ValueError:
        length = 0
    form = dict(parse_form(environ['wsgi.input'].read(length)))
    if not form.get('message', '').strip():
        return respond(start_response, '400 Bad Request', page('Empty message', FORM))
    entry = BOOK.add(form.get('name', ''), form['message'])
    log('new entry #%d by %s' % (entry['id'], entry['name']))
    return respond(start_response, '303 See Other', 'Thank you!', 'text/plain; charset=utf-8',
                   [('Location', '/entry/%d' % entry['id'])])


def show(environ, start_response, entry_id):
    entry = BOOK.get(int(entry_id))
    if entry is None:
        return not_found(environ, start_response)
    return respond(start_response, '200 OK', page('Entry #%d' % entry['id'],
                                                 '<ul>%s</ul>' % render_entry(entry)))


def stats(environ, start_response):
    lines = ['%s: %d' % (name, count) for name, count in BOOK.stats()]
    return respond(start_response, '200 OK', '\n'.join(lines) + '\n', 'text/plain; charset=utf-8')


def not_found(environ, start_response):
    path = wsgi_text(environ.get('PATH_INFO', '/'))
    return respond(start_response, '404 Not Found', page('Not found', '<p>No page at %s</p>' % escape(path)))


ROUTES = [
    ('GET', re.compile(r'^/$'), index),
    ('POST', re.compile(r'^/sign$'), sign),
    ('GET', re.compile(r'^/entry/(\d+)$'), show),
    ('GET', re.compile(r'^/stats$'), stats),
]


def application(environ, start_response):
    method = environ['REQUEST_METHOD']
    path = wsgi_text(environ.get('PATH_INFO', '/'))
    log('%s %s' % (method, path))
    for route_method, regex, view in ROUTES:
        match = regex.match(path)
        if match and method == route_method:
            return view(environ, start_response, *match.groups())
    return not_found(environ, start_response)
