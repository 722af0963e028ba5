# -*- coding: utf-8 -*-
"""Content-Length of text found in nested tables and comprehensions."""
from __future__ import unicode_literals

MENU = [('Crêpe', '4.50'), ('Café', '2.00')]
ARTICLES = {'a': {'title': 'Über', 'body': 'Grüße aus Köln'}}
CODES = {'a': {'id': b'A-1'}}


def app(environ, start_response):
    key = environ['PATH_INFO'].strip(str('/'))
    if key == str('menu'):
        text = '\n'.join(': '.join(item) for item in MENU)
        start_response(str('200 OK'), [
            (str('Content-Length'), str(len(text))),  # [wsgi-content-length-of-text]
        ])
        return [text.encode('utf-8')]
    article = ARTICLES.get(key)
    if article is not None:
        body = article['body']
        start_response(str('200 OK'), [
            (str('Content-Length'), str(len(body))),  # [wsgi-content-length-of-text]
        ])
        return [body.encode('utf-8')]
    code = CODES['a']['id']
    start_response(str('200 OK'), [(str('Content-Length'), str(len(code)))])
    return [code]
