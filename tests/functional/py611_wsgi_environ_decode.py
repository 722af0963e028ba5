"""Decoding environ values."""
import six


def application(environ, start_response):
    path = environ.get('PATH_INFO', '/').decode('utf-8')  # [wsgi-environ-decode]
    query = environ['QUERY_STRING']
    text = query.decode('utf-8')  # [wsgi-environ-decode]
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def odd_names(env, respond):
    agent = env['HTTP_USER_AGENT'].decode('latin-1')  # [wsgi-environ-decode]
    respond('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def ported(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if six.PY2:
        path = path.decode('utf-8')
    else:
        path = path.encode('latin-1').decode('utf-8')
    try:
        name = environ['HTTP_X_NAME'].decode('utf-8')
    except AttributeError:
        name = environ['HTTP_X_NAME']
    body = environ['wsgi.input'].read().decode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']
