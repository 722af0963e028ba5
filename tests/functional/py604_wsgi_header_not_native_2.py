# py3ready: select=PY604
"""unicode_literals module: str() keeps headers native."""
from __future__ import unicode_literals


def application(environ, start_response):
    body = 'héllo'.encode('utf-8')
    headers = [
        ('Content-Type', str('text/plain; charset=utf-8')),  # [wsgi-header-not-native]
        (str('Content-Length'), str(len(body))),
    ]
    start_response(str('200 OK'), headers)
    return [body]
