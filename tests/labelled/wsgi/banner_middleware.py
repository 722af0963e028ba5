"""Middleware that injects a maintenance banner into HTML pages."""

BANNER = '<div class="banner">Maintenance tonight at 22:00</div>'


def site(environ, start_response):
    path = environ['PATH_INFO']
    if path.endswith('.txt'):
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [b'robots: allow all']
    start_response('200 OK', [('Content-Type', 'text/html')])
    return [b'<html><body>', b'<h1>Welcome</h1>', b'</body></html>']


class BannerMiddleware(object):

    def __init__(self, app, banner=BANNER):
        self.app = app
        self.banner = banner

    def __call__(self, environ, start_response):
        state = {}

        def remember(status, headers, exc_info=None):
            state['status'], state['headers'] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, remember)
        if 'text/html' not in dict(state['headers']).get('Content-Type', ''):
            return chunks
        page = ''
        for chunk in chunks:
            page += chunk  # [wsgi-middleware-text-join]
        page = page.replace('<body>', '<body>' + self.banner, 1)
        return [page]


class ConnectionClose(object):
    """Asks clients of /upload to close the connection after the answer."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def closing(status, headers, exc_info=None):
            if environ['PATH_INFO'].startswith('/upload'):
                headers = headers + [('Connection', 'close')]  # [wsgi-hop-by-hop-header]
            return start_response(status, headers, exc_info)
        return self.app(environ, closing)


application = ConnectionClose(BannerMiddleware(site))

HARNESS = [
    {"path": "/", "fails": "3", "expect": "can only concatenate str",
     "proves": [["wsgi-middleware-text-join", "page += chunk"]]},
    {"path": "/robots.txt", "fails": "none"},
    {"path": "/upload/robots.txt", "fails": "both", "expect": "Hop-by-hop",
     "proves": [["wsgi-hop-by-hop-header", "'Connection', 'close'"]]},
]
