"""Returning one string instead of an iterable of chunks."""


def application(environ, start_response):
    body = b'<h1>Hello</h1>'
    start_response('200 OK', [('Content-Type', 'text/html')])
    return body  # [wsgi-string-as-iterable]


def render(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return 'a body chunk, wrapped in a list by the caller'


def outer(environ, start_response):
    return [render(environ, start_response)]


class App(object):
    def __call__(self, environ, start_response):
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return u'text'.encode('utf-8')  # [wsgi-string-as-iterable]


def ok(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    if environ.get('REQUEST_METHOD') == 'HEAD':
        return []
    return [b'x']


def delegating(environ, start_response, app=None):
    return app(environ, start_response)
