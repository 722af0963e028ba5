# py3ready: select=PY601
"""unicode_literals: every bare literal is text on Python 2."""
from __future__ import unicode_literals


def application(environ, start_response):
    start_response('200 OK', [(str('Content-Type'), str('text/plain'))])  # [wsgi-status-not-native]
    return [b'hello']


def ported(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return [b'hello']


def middleware(app):
    def wrapped(environ, start_response):
        def custom_start_response(status, headers, exc_info=None):
            return start_response(status, headers, exc_info)
        return app(environ, custom_start_response)
    return wrapped


def helper_receives_it(start_response, text):
    start_response('500 Internal Server Error', [])  # [wsgi-status-not-native]
    return [text.encode('utf-8')]


def app_with_helper(environ, start_response):
    return helper_receives_it(start_response, 'boom')
