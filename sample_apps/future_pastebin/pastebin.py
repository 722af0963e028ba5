# -*- coding: utf-8 -*-
"""A pastebin written on Python 2.7 the way the Flask docs of 2011 advised.

Every module starts with the ``unicode_literals`` future import and the team
ran ``python -3``; WSGI native strings are wrapped in ``str()``. Routes: ``/``
(recent pastes), ``POST /paste``, ``/paste/<id>``, ``/raw/<id>``,
``/tag/<name>``, ``/latest``, ``/ping``. The author's name is kept in a cookie.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import hashlib
import re

try:
    from urllib.parse import parse_qsl, quote, unquote
except ImportError:  # Python 2
    from urllib import quote, unquote
    from urlparse import parse_qsl

REASONS = {200: 'OK', 302: 'Found', 303: 'See Other', 400: 'Bad Request',
           404: 'Not Found', 415: 'Unsupported Media Type'}
PASTES = []


def add_paste(title, text, tags='', author='anonymous'):
    paste = {'id': len(PASTES) + 1, 'title': title, 'text': text, 'author': author,
             'tags': [tag.strip() for tag in tags.split(',') if tag.strip()]}
    PASTES.append(paste)
    return paste


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def page(title, content):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body><h1>%s</h1>\n%s\n</body></html>\n' % (escape(title), escape(title), content))


def log(environ, message):
    environ['wsgi.errors'].write(('[pastebin] %s\n' % message).encode('utf-8'))


def respond(start_response, code, text, content_type='text/html; charset=utf-8',
            extra_headers=()):
    body = text.encode('utf-8')
    headers = [(str('Content-Type'), str(content_type)),
               (str('Content-Length'), str(len(body)))]
    headers.extend((str(name), str(value)) for name, value in extra_headers)
    start_response(str('%d %s' % (code, REASONS[code])), headers)
    return [body]


def redirect(start_response, location):
    # wsgiref: "Status must be a string (not u'302 Found')", so encode it
    start_response(('%d %s' % (302, REASONS[302])).encode('ascii'),
                   [(str('Location'), str(location)), (str('Content-Type'), str('text/plain'))])
    return [b'']


def cookie(environ, name):
    """The (percent-decoded, UTF-8) value of cookie ``name``, or None."""
    for part in environ.get('HTTP_COOKIE', str('')).split(str(';')):
        key, _, value = part.strip().partition(str('='))
        if key == name:
            value = unquote(value)
            return value.decode('utf-8') if isinstance(value, bytes) else value
    return None


def paste_list(pastes):
    return '<ul>\n%s\n</ul>' % '\n'.join(
        '<li><a href="/paste/%d">%s</a> by %s</li>' % (
            paste['id'], escape(paste['title']), escape(paste['author']))
        for paste in pastes)


def index(environ, start_response):
    author = cookie(environ, 'author')
    greeting = '<p>Welcome back, %s.</p>\n' % escape(author) if author else ''
    recent = list(reversed(PASTES))[:5]
    return respond(start_response, 200, page('Recent pastes', greeting + paste_list(recent)))


def show(environ, start_response, paste_id):
    paste = find(paste_id)
    if paste is None:
        return not_found(environ, start_response)
    tags = ', '.join('<a href="/tag/%s">%s</a>' % (quote(tag.encode('utf-8')), escape(tag))
                     for tag in paste['tags'])
    body = page(paste['title'], '<pre>%s</pre>\n<p>By %s. Tags: %s</p>' % (
        escape(paste['text']), escape(paste['author']), tags)).encode('utf-8')
    headers = {str('Content-Type'): str('text/html; charset=utf-8'),
               str('Cache-Control'): str('max-age=3600'),
               str('ETag'): str('"%s"' % hashlib.sha1(body).hexdigest())}
    start_response(str('200 OK'), headers.items())
    return [body]


def raw(environ, start_response, paste_id):
    paste = find(paste_id)
    if paste is None:
        return not_found(environ, start_response)
    filename = re.sub(r'\W+', '-', paste['title'], flags=re.UNICODE).strip('-').lower()
    # a unicode header is refused by wsgiref too: encode the file name
    disposition = ('inline; filename="%s.txt"' % filename).encode('utf-8')
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain; charset=utf-8')),
                                   (str('Content-Disposition'), disposition)])
    return [paste['text'].encode('utf-8')]


def tag(environ, start_response):
    name = environ['PATH_INFO'][len('/tag/'):].decode('utf-8')
    pastes = [paste for paste in PASTES if name in paste['tags']]
    return respond(start_response, 200, page('Tagged %s' % name, paste_list(pastes)))


def create(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    data = environ['wsgi.input'].read(length)
    if data.startswith('{'):
        return respond(start_response, 415, 'Send a form, not JSON.\n', 'text/plain')
    form = dict((key.decode('utf-8'), value.decode('utf-8'))
                for key, value in parse_qsl(data))
    if not form.get('text', '').strip():
        return respond(start_response, 400, page('Empty paste', '<p>Nothing to paste.</p>'))
    author = form.get('author') or cookie(environ, 'author') or 'anonymous'
    paste = add_paste(form.get('title') or 'Untitled', form['text'], form.get('tags', ''),
                      author)
    location = '/paste/%d' % paste['id']
    return respond(start_response, 303, 'See %s\n' % location, 'text/plain', [
        ('Location', location),
        ('Set-Cookie', 'author=%s; Path=/' % quote(author.encode('utf-8')))])


def latest(environ, start_response):
    if not PASTES:
        return not_found(environ, start_response)
    return redirect(start_response, '/paste/%d' % PASTES[-1]['id'])


def ping(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return [str('pong\n')]


def not_found(environ, start_response):
    path = environ.get('PATH_INFO', str('/'))
    path = path.decode('utf-8') if isinstance(path, bytes) else path.encode(
        'latin-1').decode('utf-8')
    log(environ, 'no page at %s' % path)
    return respond(start_response, 404, page('Not found', '<p>No page at %s</p>' % escape(path)))


def find(paste_id):
    for paste in PASTES:
        if paste['id'] == int(paste_id):
            return paste
    return None


ROUTES = [
    (str('GET'), re.compile(r'^/$'), index),
    (str('POST'), re.compile(r'^/paste$'), create),
    (str('GET'), re.compile(r'^/paste/(\d+)$'), show),
    (str('GET'), re.compile(r'^/raw/(\d+)$'), raw),
    (str('GET'), re.compile(r'^/tag/[^/]+$'), tag),
    (str('GET'), re.compile(r'^/latest$'), latest),
    (str('GET'), re.compile(r'^/ping$'), ping),
]


def application(environ, start_response):
    method, path = environ['REQUEST_METHOD'], environ.get('PATH_INFO', str('/'))
    for route_method, regex, view in ROUTES:
        match = regex.match(path)
        if match and method == route_method:
            return view(environ, start_response, *match.groups())
    return not_found(environ, start_response)


add_paste('Hello WSGI', 'def app(environ, start_response):\n    ...', 'python, wsgi', 'Ada')
add_paste('Crème brûlée', 'Sugar, cream, eggs & vanilla <3', 'café, food', 'Zoë')
add_paste('Notes', 'Run python -3 before every release.', 'python', 'Grace')
