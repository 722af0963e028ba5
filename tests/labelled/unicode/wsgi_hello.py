"""Hello-world WSGI app whose body goes through an encoding helper."""
import cgi
import urlparse

ENCODING = 'utf-8'


def to_bytes(text):
    if isinstance(text, unicode):
        return text.encode(ENCODING)
    return text


def application(environ, start_response):
    query = urlparse.parse_qs(environ.get('QUERY_STRING', ''))
    name = query.get('name', ['world'])[0]
    body = '<h1>Hello, %s!</h1>' % cgi.escape(name)
    headers = [('Content-Type', 'text/html; charset=utf-8'),
               ('Content-Length', str(len(body)))]
    start_response('200 OK', headers)
    return [to_bytes(body)]


def not_found(environ, start_response):
    body = to_bytes(u'Not found: ' + environ['PATH_INFO'].decode('latin-1'))  # [decode-on-text]
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [body]
