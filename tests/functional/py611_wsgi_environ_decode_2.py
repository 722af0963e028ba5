"""Percent-decoded environ values are still native str."""
from six.moves.urllib.parse import unquote


def app(environ, start_response):
    word = unquote(environ['PATH_INFO'][1:]).decode('utf-8')  # [wsgi-environ-decode]
    given = unquote(environ.get('QUERY_STRING', '').strip())
    text = given.decode('utf-8')  # [wsgi-environ-decode]
    fixed = unquote(environ['PATH_INFO']).encode('latin-1').decode('utf-8')
    other = unquote(b'caf%C3%A9'.decode('ascii'))
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [(word + text + fixed + other).encode('utf-8')]
