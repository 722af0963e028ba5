"""Middleware that collects the inner application's body."""


class Upper(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        body = ''.join(self.app(environ, start_response))  # [wsgi-middleware-text-join]
        return [body.upper()]


def footer(app):
    def wrapped(environ, start_response):
        app_iter = app(environ, start_response)
        out = ''
        for chunk in app_iter:
            out += chunk  # [wsgi-middleware-text-join]
        return [out]
    return wrapped


class Ported(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        body = b''.join(self.app(environ, start_response))
        names = ', '.join(sorted(environ))
        return [body]
