# -*- coding: utf-8 -*-
"""A small wiki: WikiApp is the WSGI application, wrapped in middleware.

Pages come from pages/*.txt; edits are kept in memory. Ported from
``class_wiki`` to run on Python 2.7 and 3 alike: text inside, bytes at the
edges (PEP 3333), no version checks.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import hashlib
import io
import os
import re
import threading

import markup
from middleware import SessionMiddleware, TimingMiddleware, native, wsgi_text

try:
    from http.client import responses
    from queue import Queue
    from urllib.parse import quote
except ImportError:  # Python 2
    from httplib import responses
    from Queue import Queue
    from urllib import quote

PAGE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pages')
PAGE_TEMPLATE = """<!DOCTYPE html>
<html><head><title>$title</title></head>
<body><h1>$title</h1>
$body
<hr><p>$words words. Hello $user, this is page view number $views.</p>
</body></html>
"""
_PERCENT = re.compile(b'%([0-9A-Fa-f]{2})')


def status_line(code):
    return str('%d %s' % (code, responses[code]))


def parse_form(data):
    """A dict of text lists from an url-encoded body (bytes)."""
    form = {}
    for field in data.split(b'&'):
        name, _, value = field.partition(b'=')
        if value:
            name, value = [_PERCENT.sub(lambda m: bytes(bytearray([int(m.group(1), 16)])),
                                        part.replace(b'+', b' ')).decode('utf-8')
                           for part in (name, value)]
            form.setdefault(name, []).append(value)
    return form


class PageStore(object):
    """Pages from a directory of UTF-8 text files, plus in-memory edits."""

    def __init__(self, directory):
        self.directory = directory
        self.edits = {}
        self.lock = threading.Lock()
        self.recent = Queue(maxsize=5)

    def names(self):
        names = set(self.edits)
        for filename in os.listdir(self.directory):
            if isinstance(filename, bytes):  # a bytes directory on Python 2
                filename = filename.decode('utf-8')
            if filename.endswith('.txt'):
                names.add(filename[:-4])
        return sorted(names)

    def __len__(self):
        return len(self.names())

    def get(self, name):
        if name in self.edits:
            return self.edits[name]
        filename = name + '.txt'
        if isinstance(self.directory, bytes):  # Python 2: keep the path bytes
            filename = filename.encode('utf-8')
        path = os.path.join(self.directory, filename)
        if not os.path.exists(path):
            return None
        with io.open(path, encoding='utf-8') as f:
            return f.read()

    def save(self, name, text, author):
        with self.lock:
            self.edits[name] = text
            if self.recent.full():
                self.recent.get_nowait()
            self.recent.put_nowait((name, author))

    def recent_changes(self):
        return list(self.recent.queue)


class PageBody(object):
    """The response body: a rendered page, streamed in chunks."""

    def __init__(self, html, chunk_size=256):
        self.data = html.encode('utf-8')
        self.chunk_size = chunk_size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.data):
            raise StopIteration
        chunk = self.data[self.pos:self.pos + self.chunk_size]
        self.pos += self.chunk_size
        return chunk
    next = __next__  # Python 2


class WikiApp(object):

    def __init__(self, store):
        self.store = store
        self.render_page = markup.compile_template(PAGE_TEMPLATE)

    def __call__(self, environ, start_response):
        name = wsgi_text(environ.get('PATH_INFO', str('/'))).strip('/') or 'FrontPage'
        if environ['REQUEST_METHOD'] == 'POST':
            length = int(environ.get('CONTENT_LENGTH') or '0')
            form = parse_form(environ['wsgi.input'].read(length))
            if name == 'login':
                environ['wiki.session']['user'] = form['name'][0]
                return self.redirect(start_response, 'FrontPage')
            return self.edit(environ, start_response, name, form)
        return self.show(environ, start_response, name)

    def redirect(self, start_response, name):
        location = '/' + quote(name.encode('utf-8'))
        write = start_response(status_line(303), [(str('Location'), str(location)),
                                                  (str('Content-Type'), str('text/plain'))])
        write(('See ' + location).encode('ascii'))
        return []

    def show(self, environ, start_response, name):
        text = self.store.get(name)
        if text is None:
            start_response(status_line(404),
                           [(str('Content-Type'), str('text/plain; charset=utf-8'))])
            return [('No page called %s yet.' % name).encode('utf-8')]
        session = environ['wiki.session']
        session['views'] = '%d' % (int(session.get('views', '0')) + 1)
        words = sum(len(line.split()) for line in text.splitlines())
        html = markup.link_wikiwords(markup.expand_macros(markup.sanitize(text), self))
        body = PageBody(self.render_page({'title': name, 'body': html, 'words': words,
                                          'user': session.get('user', 'stranger'),
                                          'views': session['views']}))
        etag = '"%s"' % hashlib.md5(body.data).hexdigest()
        if environ.get('HTTP_IF_NONE_MATCH') == etag:
            start_response(status_line(304), [(str('ETag'), str(etag))])
            return []
        start_response(status_line(200), [(str('Content-Type'), str('text/html; charset=utf-8')),
                                          (str('ETag'), str(etag))])
        return body

    def edit(self, environ, start_response, name, form):
        text = form.get('text', [''])[0]
        author = environ['wiki.session'].get('user', 'anonymous')
        self.store.save(name, text, author)
        environ['wsgi.errors'].write(native('%s edited by %s\n' % (name, author)))
        return self.redirect(start_response, name)


def make_app(directory=PAGE_DIR):
    return TimingMiddleware(SessionMiddleware(WikiApp(PageStore(directory))))


application = make_app()
