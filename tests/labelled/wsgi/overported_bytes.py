"""A status page whose author turned every string into bytes "for Python 3"."""
import os

STATUS_OK = b'200 OK'
TEXT = b'text/plain'


def encode(value):
    return value.encode('ascii')


def health(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/ping':
        return ping(environ, start_response)
    if path == '/host':
        return host(environ, start_response)
    if path == '/pid':
        return pid(environ, start_response)
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'unknown check']


def ping(environ, start_response):
    start_response(STATUS_OK, [('Content-Type', 'text/plain')])  # [wsgi-status-not-native]
    return [b'pong']


def host(environ, start_response):
    name = os.environ.get('APP_SERVER_NAME', 'app-server-1')
    body = encode(name)
    start_response('200 OK', [
        ('Content-Type', TEXT),  # [wsgi-header-not-native]
    ])
    return [body]


def pid(environ, start_response):
    body = b'ok'
    start_response('200 OK', [
        ('Content-Type', 'text/plain'),
        ('X-Worker', encode('worker-%d' % (os.getpid() % 1))),  # [wsgi-header-not-native]
    ])
    return [body]


application = health

HARNESS = [
    {"path": "/ping", "fails": "3", "expect": "Status must be of type str",
     "proves": [["wsgi-status-not-native", "STATUS_OK"]]},
    {"path": "/host", "fails": "3", "expect": "Header value must be of type str",
     "proves": [["wsgi-header-not-native", "TEXT"]]},
    {"path": "/pid", "fails": "3", "expect": "must be of type str (got b'worker-0')",
     "proves": [["wsgi-header-not-native", "X-Worker"]]},
    {"path": "/disk", "fails": "none"},
]
