"""Header names and values: native, bytes, unicode, ints."""
import six

COMMON = [('Content-Type', 'text/html'), (b'X-Frame-Options', 'DENY')]  # [wsgi-header-not-native]


def application(environ, start_response):
    body = b'<p>hi</p>'
    start_response('200 OK', COMMON + [('Content-Length', len(body))])  # [wsgi-header-not-native]
    return [body]


def unicode_header(environ, start_response):
    start_response('200 OK', [(u'Content-Type', 'text/plain')])  # [wsgi-header-not-native]
    return [b'x']


def appended(env, respond):
    headers = [('Content-Type', 'text/plain')]
    headers.append(('X-Count', 3))  # [wsgi-header-not-native]
    headers.extend([('X-Name', u'caf\xe9')])  # [wsgi-header-not-native]
    headers += [('X-Token', 'abc'.encode('ascii'))]  # [wsgi-header-not-native]
    headers.append(('X-Ok', str(3)))
    respond('200 OK', headers)
    return [b'x']


def build_headers(length):
    return [('Content-Type', 'text/plain'), ('Content-Length', length)]


def from_helper(environ, start_response):
    start_response('200 OK', build_headers('5'))
    return [b'hello']


class Timing(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def timed_start_response(status, headers, exc_info=None):
            headers.append(('X-Runtime', 0.5))  # [wsgi-header-not-native]
            headers.append(('X-Server', 'timing'))
            return start_response(status, headers, exc_info)
        return self.app(environ, timed_start_response)


def guarded(environ, start_response):
    value = u'text'
    if six.PY2:
        start_response('200 OK', [('X-Value', value)])
    if not isinstance(value, str):
        value = value.encode('latin-1')
    start_response('200 OK', [('Content-Type', 'text/plain'), ('X-None', None)])  # [wsgi-header-not-native]
    return [b'x']
