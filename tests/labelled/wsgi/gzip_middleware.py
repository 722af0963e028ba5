"""Compression middleware around a tiny inner app."""
import gzip
import io


def inner_app(environ, start_response):
    headers = [('Content-Type', 'text/plain')]
    if environ['PATH_INFO'] == '/big':
        body = b'lorem ipsum dolor sit amet ' * 40
    elif environ['PATH_INFO'] == '/poll':
        body = b'no news'
        headers.append(('Keep-Alive', 'timeout=5'))  # [wsgi-hop-by-hop-header]
    else:
        body = b'short answer'
    headers.append(('Content-Length', str(len(body))))
    start_response('200 OK', headers)
    return [body]


class GzipMiddleware(object):
    """Buffers the inner response and gzips it when the client accepts gzip."""

    def __init__(self, app, minimum=200):
        self.app = app
        self.minimum = minimum

    def __call__(self, environ, start_response):
        if 'gzip' not in environ.get('HTTP_ACCEPT_ENCODING', ''):
            return self.app(environ, start_response)
        captured = []

        def capture(status, headers, exc_info=None):
            captured[:] = [status, headers]
            return lambda data: None

        body = ''.join(self.app(environ, capture))  # [wsgi-middleware-text-join]
        status, headers = captured
        headers = [(k, v) for k, v in headers if k.lower() != 'content-length']
        if len(body) >= self.minimum:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as zipped:
                zipped.write(body)
            body = buf.getvalue()
            headers.append(('Content-Encoding', 'gzip'))
            headers.append(('Vary', 'Accept-Encoding'))
        headers.append(('Content-Length', str(len(body))))
        start_response(status, headers)
        return [body]


application = GzipMiddleware(inner_app)

HARNESS = [
    {"path": "/big", "headers": {"Accept-Encoding": "gzip"}, "fails": "3",
     "expect": "expected str instance, bytes found",
     "proves": [["wsgi-middleware-text-join", "''.join"]]},
    {"path": "/small", "fails": "none"},
    {"path": "/poll", "fails": "both", "expect": "Hop-by-hop",
     "proves": [["wsgi-hop-by-hop-header", "Keep-Alive"]]},
]
