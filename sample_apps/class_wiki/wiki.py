# -*- coding: utf-8 -*-
"""A small wiki: WikiApp is the WSGI application, wrapped in middleware.

Pages come from pages/*.txt; edits are kept in memory.
"""
import httplib
import md5
import operator
import os
import Queue
import thread
import urllib
import urlparse

import markup
from middleware import SessionMiddleware, TimingMiddleware

PAGE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pages')
PAGE_TEMPLATE = u"""<!DOCTYPE html>
<html><head><title>$title</title></head>
<body><h1>$title</h1>
$body
<hr><p>$words words. Hello $user, this is page view number $views.</p>
</body></html>
"""


def status_line(code):
    return '%d %s' % (code, httplib.responses[code])


class PageStore(object):
    """Pages from a directory of UTF-8 text files, plus in-memory edits."""

    def __init__(self, directory):
        self.directory = directory
        self.edits = {}
        self.lock = thread.allocate_lock()
        self.recent = Queue.Queue(maxsize=5)

    def names(self):
        names = set(self.edits)
        for filename in os.listdir(self.directory):
            if filename.endswith('.txt'):
                names.add(filename[:-4].decode('utf-8'))
        return sorted(names)

    def __len__(self):
        return len(self.names())

    def get(self, name):
        if self.edits.has_key(name):
            return self.edits[name]
        path = os.path.join(self.directory, name.encode('utf-8') + '.txt')
        if not os.path.exists(path):
            return None
        f = file(path)
        try:
            return f.read().decode('utf-8')
        finally:
            f.close()

    def save(self, name, text, author):
        self.lock.acquire()
        try:
            self.edits[name] = text
            if self.recent.full():
                self.recent.get_nowait()
            self.recent.put_nowait((name, author))
        finally:
            self.lock.release()

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

    def next(self):
        if self.pos >= len(self.data):
            raise StopIteration
        chunk = self.data[self.pos:self.pos + self.chunk_size]
        self.pos += self.chunk_size
        return chunk


class WikiApp(object):

    def __init__(self, store):
        self.store = store
        self.render_page = markup.compile_template(PAGE_TEMPLATE)

    def __call__(self, environ, start_response):
        name = environ.get('PATH_INFO', '/').decode('utf-8').strip(u'/') or u'FrontPage'
        if environ['REQUEST_METHOD'] == 'POST':
            length = int(environ.get('CONTENT_LENGTH') or '0')
            form = urlparse.parse_qs(environ['wsgi.input'].read(length))
            if name == u'login':
                environ['wiki.session']['user'] = form['name'][0]
                return self.redirect(start_response, u'FrontPage')
            return self.edit(environ, start_response, name, form)
        return self.show(environ, start_response, name)

    def redirect(self, start_response, name):
        location = '/' + urllib.quote(name.encode('utf-8'))
        write = start_response(status_line(303), [('Location', location),
                                                  ('Content-Type', 'text/plain')])
        write('See ' + location)
        return []

    def show(self, environ, start_response, name):
        text = self.store.get(name)
        if text is None:
            start_response(status_line(404), [('Content-Type', 'text/plain; charset=utf-8')])
            return [(u'No page called %s yet.' % name).encode('utf-8')]
        session = environ['wiki.session']
        session['views'] = str(int(session.get('views', '0')) + 1)
        words = reduce(operator.add, [len(line.split()) for line in text.splitlines()], 0)
        html = markup.link_wikiwords(markup.expand_macros(markup.sanitize(text), self))
        body = PageBody(self.render_page({'title': name, 'body': html, 'words': words,
                                          'user': session.get('user', 'stranger'),
                                          'views': session['views']}))
        etag = '"%s"' % md5.new(body.data).hexdigest()
        if environ.get('HTTP_IF_NONE_MATCH') == etag:
            start_response(status_line(304), [('ETag', etag)])
            return []
        start_response(status_line(200), [('Content-Type', 'text/html; charset=utf-8'),
                                          ('ETag', etag)])
        return body

    def edit(self, environ, start_response, name, form):
        text = form.get('text', [''])[0].decode('utf-8')
        author = environ['wiki.session'].get('user', 'anonymous')
        self.store.save(name, text, author)
        print >>environ['wsgi.errors'], (u'%s edited by %s' % (
            name, author.decode('utf-8'))).encode('utf-8')
        return self.redirect(start_response, name)


def make_app(directory=PAGE_DIR):
    return TimingMiddleware(SessionMiddleware(WikiApp(PageStore(directory))))


application = make_app()
