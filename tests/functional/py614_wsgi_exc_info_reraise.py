# py3ready: select=PY614,PY106
"""The PEP 333 re-raise, in servers, harnesses and middleware."""
import sys


def run_with_cgi(application, environ):
    headers_sent = []

    def start_response(status, response_headers, exc_info=None):
        if exc_info:
            try:
                if headers_sent:
                    raise exc_info[0], exc_info[1], exc_info[2]  # [wsgi-exc-info-reraise]
            finally:
                exc_info = None
        return headers_sent.append

    return application(environ, start_response)


class ErrorMiddleware(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        try:
            return self.app(environ, start_response)
        except Exception:
            t, v, tb = sys.exc_info()
            raise t, v, tb  # [wsgi-exc-info-reraise]


def reraise_saved(saved_exc_info):
    raise saved_exc_info[0], saved_exc_info[1], saved_exc_info[2]  # [wsgi-exc-info-reraise]


def unrelated(kind, value, trace):
    raise kind, value, trace  # [raise-comma]


def also_unrelated():
    raise ValueError, 'bad'  # [raise-comma]
