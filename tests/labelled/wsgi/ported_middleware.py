"""Security-headers and footer middleware, ported: bytes bodies, native headers."""


def site(environ, start_response):
    if environ['PATH_INFO'] == '/data':
        start_response('200 OK', [('Content-Type', 'application/octet-stream')])
        return [b'\x00\x01\x02']
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8')])
    return [b'<html><body>', u'<h1>Caf\xe9</h1>'.encode('utf-8'), b'</body></html>']


class SecurityHeaders(object):

    defaults = [('X-Frame-Options', 'DENY'), ('X-Content-Type-Options', 'nosniff')]

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def secured(status, headers, exc_info=None):
            names = set(name.lower() for name, _ in headers)
            extra = [(k, v) for k, v in self.defaults if k.lower() not in names]
            return start_response(status, headers + extra, exc_info)
        return self.app(environ, secured)


class Footer(object):

    footer = b'<footer>Served by footer middleware</footer>'

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured['status'], captured['headers'] = status, headers
            return lambda data: None

        app_iter = self.app(environ, capture)
        try:
            body = b''.join(app_iter)
        finally:
            if hasattr(app_iter, 'close'):
                app_iter.close()
        headers = [(k, v) for k, v in captured['headers'] if k.lower() != 'content-length']
        if dict(headers).get('Content-Type', '').startswith('text/html'):
            body = body.replace(b'</body>', self.footer + b'</body>')
        headers.append(('Content-Length', str(len(body))))
        start_response(captured['status'], headers)
        return [body]


application = SecurityHeaders(Footer(site))

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/data", "fails": "none"},
]
