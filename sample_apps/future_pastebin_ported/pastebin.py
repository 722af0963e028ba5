# -*- coding: utf-8 -*-
"""The pastebin of ``future_pastebin``, ported: the same answers on 2.7 and 3.

Still ``unicode_literals`` everywhere. Status lines and header names are
``str('...')`` native strings; bodies and ``wsgi.errors`` lines are encoded
explicitly; environ values and raw header bytes go through the two PEP 3333
helpers ``request_path`` and ``wsgi_native``, which test types, not versions.
Routes: ``/`` (recent pastes), ``POST /paste``, ``/paste/<id>``,
``/raw/<id>``, ``/tag/<name>``, ``/latest``, ``/ping``. The author's name is
kept in a cookie.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import hashlib
import re

try:
    from urllib.parse import quote, unquote
except ImportError:  # Python 2
    from urllib import quote, unquote

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


_PERCENT = re.compile(b'%([0-9A-Fa-f]{2})')


def unquote_plus_bytes(data):
    """Percent- and plus-decoded bytes of url-encoded bytes, on 2 and 3 alike."""
    return _PERCENT.sub(lambda match: bytes(bytearray([int(match.group(1), 16)])),
                        data.replace(b'+', b' '))


def parse_form(data):
    """name -> text of an url-encoded body, decoded after unquoting the bytes."""
    form = {}
    for field in data.split(b'&'):
        name, _, value = field.partition(b'=')
        if value:
            form[unquote_plus_bytes(name).decode('utf-8')] = (
                unquote_plus_bytes(value).decode('utf-8'))
    return form


def wsgi_native(data):
    """Header bytes as a native string: bytes on Python 2, latin-1 text on 3."""
    return data if isinstance(data, str) else data.decode('latin-1')


def request_path(environ):
    """PATH_INFO as text: UTF-8 bytes on Python 2, latin-1 decoded text on 3."""
    path = environ.get('PATH_INFO', str('/'))
    if isinstance(path, bytes):
        return path.decode('utf-8')
    return path.encode('latin-1').decode('utf-8')


def log(environ, message):
    """``wsgi.errors`` takes native strings: UTF-8 bytes on 2, text on 3."""
    line = '[pastebin] %s\n' % message
    environ['wsgi.errors'].write(line if isinstance(line, str) else line.encode('utf-8'))


def respond(start_response, code, text, content_type='text/html; charset=utf-8',
            extra_headers=()):
    body = text.encode('utf-8')
    headers = [(str('Content-Type'), str(content_type)),
               (str('Content-Length'), str(len(body)))]
    headers.extend((str(name), str(value)) for name, value in extra_headers)
    start_response(str('%d %s' % (code, REASONS[code])), headers)
    return [body]


def redirect(start_response, location):
    start_response(str('%d %s' % (302, REASONS[302])),
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
    headers = [(str('Content-Type'), str('text/html; charset=utf-8')),
               (str('Cache-Control'), str('max-age=3600')),
               (str('ETag'), str('"%s"' % hashlib.sha1(body).hexdigest()))]
    start_response(str('200 OK'), headers)
    return [body]


def raw(environ, start_response, paste_id):
    paste = find(paste_id)
    if paste is None:
        return not_found(environ, start_response)
    filename = re.sub(r'\W+', '-', paste['title'], flags=re.UNICODE).strip('-').lower()
    # the file name goes out as UTF-8 bytes, like the original's
    disposition = wsgi_native(('inline; filename="%s.txt"' % filename).encode('utf-8'))
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain; charset=utf-8')),
                                   (str('Content-Disposition'), disposition)])
    return [paste['text'].encode('utf-8')]


def tag(environ, start_response):
    name = request_path(environ)[len('/tag/'):]
    pastes = [paste for paste in PASTES if name in paste['tags']]
    return respond(start_response, 200, page('Tagged %s' % name, paste_list(pastes)))


def create(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    data = environ['wsgi.input'].read(length)
    if data.startswith(b'{'):
        return respond(start_response, 415, 'Send a form, not JSON.\n', 'text/plain')
    form = parse_form(data)
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
    return [b'pong\n']


def not_found(environ, start_response):
    path = request_path(environ)
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
