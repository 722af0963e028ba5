"""WSGI statuses of several shapes of application (Python 2.7)."""
import six

STATUS_OK = b'200 OK'


def application(environ, start_response):
    start_response(b'200 OK', [('Content-Type', 'text/plain')])  # [wsgi-status-not-native]
    return [b'hello']


def odd_names(env, callback):
    callback(u'404 Not Found', [('Content-Type', 'text/plain')])  # [wsgi-status-not-native]
    return [b'missing']


def through_a_name(environ, start_response):
    start_response(STATUS_OK, [])  # [wsgi-status-not-native]
    return []


def numeric(environ, start_response):
    start_response(200, [('Content-Type', 'text/plain')])  # [wsgi-status-not-native]
    return [b'ok']


def decoded(environ, start_response):
    status = '200 OK'.decode('ascii')
    start_response(status, [])  # [wsgi-status-not-native]
    return []


class Application(object):
    def __call__(self, environ, start_response):
        start_response('200 OK'.encode('ascii'), [])  # [wsgi-status-not-native]
        return []


def native(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    start_response(str('200 OK'), [])
    start_response('%d %s' % (200, 'OK'), [])
    return [b'ok']


def unknown(environ, start_response, status=None):
    start_response(status, [])
    return []


def both_lines(environ, start_response):
    if six.PY2:
        start_response(b'200 OK', [])
    else:
        start_response('200 OK', [])
    return []


def not_wsgi(data, func):
    func(b'abc', 1)  # second parameter called, but nothing WSGI-like
    return data
