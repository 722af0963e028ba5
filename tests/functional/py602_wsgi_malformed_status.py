"""Status strings: shaped right and wrong."""
NOT_FOUND = '404'


def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/a':
        start_response('200', [('Content-Type', 'text/plain')])  # [wsgi-malformed-status]
    elif path == '/b':
        start_response('OK', [])  # [wsgi-malformed-status]
    elif path == '/c':
        start_response('200OK', [])  # [wsgi-malformed-status]
    elif path == '/d':
        start_response('200  OK', [])  # [wsgi-malformed-status]
    elif path == '/e':
        start_response('200 OK\r\n', [])  # [wsgi-malformed-status]
    elif path == '/f':
        start_response(NOT_FOUND, [])  # [wsgi-malformed-status]
    elif path == '/g':
        start_response('099 Odd', [])  # [wsgi-malformed-status]
    else:
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
    start_response('%s %s' % (200, 'OK'), [])
    start_response('200 OK', [])
    start_response(str('301 Moved Permanently'), [])
    return [b'']
