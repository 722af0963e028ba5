"""Hop-by-hop headers set by applications and middleware."""


def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('Connection', 'close')])  # [wsgi-hop-by-hop-header]
    return [b'bye']


def chunked(environ, start_response):
    headers = [('Content-Type', 'text/plain')]
    headers.append(('Transfer-Encoding', 'chunked'))  # [wsgi-hop-by-hop-header]
    headers.append(('keep-alive', 'timeout=5'))  # [wsgi-hop-by-hop-header]
    start_response('200 OK', headers)
    return [b'data']


class Upgrader(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def upgrade_start_response(status, headers, exc_info=None):
            headers.append(('Upgrade', 'websocket'))  # [wsgi-hop-by-hop-header]
            return start_response(status, headers, exc_info)
        return self.app(environ, upgrade_start_response)


def test_server(app, environ):
    """A tiny server: it may set connection headers itself."""
    sent = []

    def start_response(status, response_headers, exc_info=None):
        response_headers.append(('Connection', 'close'))
        sent.append((status, response_headers))
        return sent.append
    return app(environ, start_response)


def fine(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('X-Connection-Id', '7')])
    return [b'ok']
