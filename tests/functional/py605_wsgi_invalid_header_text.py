# -*- coding: utf-8 -*-
"""Header text that servers refuse."""
CRLF = 'text/plain\r\nX-Injected: 1'


def application(environ, start_response):
    headers = [
        ('Content Type', 'text/plain'),  # [wsgi-invalid-header-text]
        ('X-Price', u'10 \u20ac'),  # [wsgi-invalid-header-text]
        ('X-Dash-', 'x'),  # [wsgi-invalid-header-text]
        ('Status', '200 OK'),  # [wsgi-invalid-header-text]
        ('X-Type', CRLF),  # [wsgi-invalid-header-text]
        ('X-Tab', 'a\x01b'),  # [wsgi-invalid-header-text]
        ('X-Latin', u'caf\xe9'),
        ('X-Utf8-Bytes', 'caf\xc3\xa9'),
        ('X_Underscore', 'ok'),
        ('Content-Type', 'text/html; charset=utf-8'),
    ]
    start_response('200 OK', headers)
    return [b'ok']


def euro(environ, start_response):
    start_response('200 OK', [('X-Price', '10 €')])  # [wsgi-invalid-header-text]
    return [b'ok']
