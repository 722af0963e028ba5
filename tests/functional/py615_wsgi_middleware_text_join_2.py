"""Middleware that rebuilds the page and rewrites it with same-kind methods."""


class Footer(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        html = ''
        for piece in self.app(environ, start_response):
            html += piece  # [wsgi-middleware-text-join]
        html = html.replace('</body>', '<footer>hi</footer></body>')
        html = html.strip()
        return [html]


class BytesFooter(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        html = b''
        for piece in self.app(environ, start_response):
            html += piece
        html = html.replace(b'</body>', b'<footer>hi</footer></body>')
        return [html]
