# py3ready: select=PY607
"""unicode_literals: bare literals are text; b'' and .encode() are bytes."""
from __future__ import unicode_literals


def application(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return ['hello']  # [wsgi-text-body]


def ported(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return ['héllo'.encode('utf-8'), b'!']


class AppClass(object):
    """PEP 333's class-as-application: __iter__ yields the body."""

    def __init__(self, environ, start_response):
        self.environ = environ
        self.start = start_response

    def __iter__(self):
        self.start(str('200 OK'), [(str('Content-type'), str('text/plain'))])
        yield 'Hello world!\n'  # [wsgi-text-body]
        yield b'bytes are fine'
