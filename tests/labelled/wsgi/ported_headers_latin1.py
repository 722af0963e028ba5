# -*- coding: utf-8 -*-
"""Downloads with safe header text: RFC 5987 file names, echoed paths, no hop-by-hop."""
try:
    from urllib.parse import quote
except ImportError:
    from urllib import quote

FILES = {'cv': (u'Résumé — 2013.pdf', b'%PDF-1.4 fake')}


def disposition(name):
    ascii_name = name.encode('ascii', 'replace').decode('ascii').replace('?', '_')
    return str('attachment; filename="%s"; filename*=UTF-8\'\'%s'
               % (ascii_name, quote(name.encode('utf-8'))))


def files_app(environ, start_response):
    path = environ['PATH_INFO']
    if path.startswith('/files/'):
        key = path[len('/files/'):]
        if key in FILES:
            name, data = FILES[key]
            start_response('200 OK', [
                ('Content-Type', 'application/pdf'),
                ('Content-Disposition', disposition(name)),
                ('Content-Length', str(len(data))),
                ('X-Connection-Id', 'c-42'),
                ('Cache-Control', 'private, no-store'),
            ])
            return [data]
    if path.startswith('/old/'):
        start_response('301 Moved Permanently', [
            ('Location', '/files/' + path[len('/old/'):]),
            ('Content-Type', 'text/plain'),
        ])
        return [b'moved']
    start_response('404 Not Found', [('Content-Type', 'text/plain'),
                                     ('X-Missing', path)])
    return [b'not found']


application = files_app

HARNESS = [
    {"path": "/files/cv", "fails": "none"},
    {"path": "/old/caf%C3%A9", "fails": "none"},
    {"path": "/gar%C3%A7on", "fails": "none"},
]
