# -*- coding: utf-8 -*-
"""Greeting pages, developed on 2.7 with unicode_literals as the Flask foreword advised.

Most native strings are wrapped in str(); a few were missed.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

try:
    from urllib.parse import parse_qs
except ImportError:
    from urlparse import parse_qs

GREETINGS = {'en': 'Hello', 'fr': 'Bonjour', 'de': 'Grüß dich'}
HTML = str('text/html; charset=utf-8')


def html_headers(body):
    return [(str('Content-Type'), HTML), (str('Content-Length'), str(len(body)))]


def greet(environ, start_response):
    path = environ['PATH_INFO']
    if path == str('/'):
        return home(environ, start_response)
    if path == str('/hello'):
        return hello(environ, start_response)
    if path == str('/plain'):
        return plain(environ, start_response)
    if path == str('/raw'):
        return raw(environ, start_response)
    body = 'Page not found'.encode('utf-8')
    start_response(str('404 Not Found'), html_headers(body))
    return [body]


def home(environ, start_response):
    body = '<h1>Greetings</h1><p>Try /hello?lang=de</p>'.encode('utf-8')
    start_response('200 OK', html_headers(body))  # [wsgi-status-not-native]
    return [body]


def hello(environ, start_response):
    query = parse_qs(environ.get('QUERY_STRING', str('')))
    lang = query.get(str('lang'), [str('en')])[0]
    body = ('<h1>%s!</h1>' % GREETINGS.get(lang, 'Hello')).encode('utf-8')
    start_response(str('200 OK'), html_headers(body))
    return [body]


def plain(environ, start_response):
    body = 'Hello in plain text'.encode('utf-8')
    start_response(str('200 OK'), [
        (str('Content-Type'), 'text/plain'),  # [wsgi-header-not-native]
    ])
    return [body]


def raw(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return ['Grüß dich']  # [wsgi-text-body]


application = greet

HARNESS = [
    {"path": "/", "fails": "2", "expect": "Status must be a string",
     "proves": [["wsgi-status-not-native", "start_response('200 OK'"]]},
    {"path": "/hello", "query": "lang=de", "fails": "none"},
    {"path": "/plain", "fails": "2", "expect": "Header values must be strings",
     "proves": [["wsgi-header-not-native", "'text/plain'"]]},
    {"path": "/raw", "fails": "both",
     "expect": {"2": "write() argument must be string", "3": "non-bytestring"},
     "proves": [["wsgi-text-body", "Grüß dich']"]]},
    {"path": "/nowhere", "fails": "none"},
]
