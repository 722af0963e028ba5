# -*- coding: utf-8 -*-
"""Non-ASCII text against Latin-1 environ values."""


def application(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/café':  # [wsgi-environ-mojibake]
        pass
    if path.startswith(u'/ünïcode'):  # [wsgi-environ-mojibake]
        pass
    if path == '/caf\xc3\xa9':
        pass
    if path == '/plain':
        pass
    if environ['REQUEST_METHOD'] == 'PÖST':
        pass
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']
