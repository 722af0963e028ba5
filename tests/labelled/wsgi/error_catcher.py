"""Error-page middleware with its own start_response wrapper (Python 2 only syntax)."""
import sys

ERROR_PAGE = b'<h1>Sorry, something went wrong</h1>'


def buggy_app(environ, start_response):
    if environ['PATH_INFO'] == '/crash':
        raise ValueError('boom')
    start_response('200 OK', [('Content-Type', 'text/html')])
    return [b'<h1>It works</h1>']


class ErrorCatcher(object):

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        sent = []

        def guarded_start(status, headers, exc_info=None):
            if exc_info is not None:
                try:
                    if sent:
                        raise exc_info[0], exc_info[1], exc_info[2]  # [wsgi-exc-info-reraise]
                finally:
                    exc_info = None
            sent.append(status)
            return start_response(status, headers)

        try:
            return self.app(environ, guarded_start)
        except Exception:
            environ['wsgi.errors'].write('error in %s\n' % environ['PATH_INFO'])
            guarded_start('500 Internal Server Error', [('Content-Type', 'text/html')],
                          sys.exc_info())
            return [ERROR_PAGE]


application = ErrorCatcher(buggy_app)

HARNESS = [
    {"path": "/", "fails": "3", "expect": "SyntaxError",
     "proves": [["wsgi-exc-info-reraise", "raise exc_info[0]"]]},
    {"path": "/crash", "fails": "3", "expect": "SyntaxError",
     "proves": [["wsgi-exc-info-reraise", "raise exc_info[0]"]]},
]
