"""WSGI middleware: prefix stripping, request ids and timing."""
import time
import uuid


class PrefixMiddleware(object):
    def __init__(self, app, prefix='/app'):
        self.app = app
        self.prefix = prefix

    def __call__(self, environ, start_response):
        path = environ.get('PATH_INFO', '')
        if path.startswith(self.prefix):
            environ['SCRIPT_NAME'] = environ.get('SCRIPT_NAME', '') + self.prefix
            environ['PATH_INFO'] = path[len(self.prefix):]
        return self.app(environ, start_response)


class RequestId(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        request_id = environ.get('HTTP_X_REQUEST_ID') or uuid.uuid4().hex
        environ['app.request_id'] = request_id

        def start(status, headers, exc_info=None):
            headers.append(('X-Request-Id', request_id))
            return start_response(status, headers, exc_info)
        return self.app(environ, start)


def timed(app):
    def wrapper(environ, start_response):
        started = time.time()
        try:
            return app(environ, start_response)
        finally:
            label = u'%s %s' % (environ['REQUEST_METHOD'], environ['PATH_INFO'])  # [implicit-ascii-coercion]
            print_timing(label, time.time() - started)
    return wrapper


def print_timing(label, seconds):
    return u'%s took %.3fs' % (label, seconds)


def is_api(environ):
    return environ['PATH_INFO'].startswith('/api/') and environ['REQUEST_METHOD'] == 'GET'
