"""Error-page middleware ported with a six-style reraise helper."""
import sys

PY3 = sys.version_info[0] == 3

if PY3:
    def reraise(tp, value, tb=None):
        if value.__traceback__ is not tb:
            raise value.with_traceback(tb)
        raise value
else:
    exec("def reraise(tp, value, tb=None):\n    raise tp, value, tb\n")


def fragile_app(environ, start_response):
    if environ['PATH_INFO'] == '/crash':
        raise KeyError('missing template')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'all good']


class ErrorPages(object):

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        started = []

        def start(status, headers, exc_info=None):
            if exc_info is not None:
                try:
                    if started:
                        reraise(*exc_info)
                finally:
                    exc_info = None
            started.append(status)
            return start_response(status, headers)

        try:
            return self.app(environ, start)
        except Exception:
            name = sys.exc_info()[0].__name__
            environ['wsgi.errors'].write('caught %s\n' % name)
            start('500 Internal Server Error', [('Content-Type', 'text/plain')], sys.exc_info())
            return [('error: %s' % name).encode('ascii')]


application = ErrorPages(fragile_app)

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/crash", "fails": "none"},
]
