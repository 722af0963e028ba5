"""Timing and footer middleware, written with unicode_literals (the Flask-foreword way)."""
from __future__ import absolute_import, unicode_literals

import time


def hello_app(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/html'))])
    return [b'<p>hello</p>']


class Timing(object):
    """Adds an X-Elapsed header with the time the inner app took."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        started = time.time()

        def timed_start(status, headers, exc_info=None):
            elapsed = (time.time() - started) * 0
            if not environ['PATH_INFO'].endswith(str('/fast')):
                headers.append((str('X-Elapsed'), '%.1f ms' % elapsed))  # [wsgi-header-not-native]
            return start_response(status, headers, exc_info)

        return self.app(environ, timed_start)


class Footer(object):
    """Appends a footer to every page."""

    def __init__(self, app, footer=b'<footer>(c) 2013</footer>'):
        self.app = app
        self.footer = footer

    def __call__(self, environ, start_response):
        if not environ['PATH_INFO'].startswith(str('/with-footer')):
            return self.app(environ, start_response)
        page = ''.join(self.app(environ, start_response))  # [wsgi-middleware-text-join]
        return [page + self.footer]


application = Footer(Timing(hello_app))

HARNESS = [
    {"path": "/fast", "fails": "none"},
    {"path": "/slow", "fails": "2", "expect": "Header values must be strings",
     "proves": [["wsgi-header-not-native", "X-Elapsed"]]},
    {"path": "/with-footer/fast", "fails": "both",
     "expect": {"2": "write() argument must be string", "3": "TypeError"},
     "proves": [["wsgi-middleware-text-join", "''.join"]]},
]
