"""Response bodies: the classic native-str body and its ported forms."""
import json

from webob import Response


def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return ['Hello world']  # [wsgi-text-body]


def formatted(environ, start_response):
    name = environ.get('QUERY_STRING', '')
    body = '<p>Hello %s</p>' % name
    start_response('200 OK', [('Content-Type', 'text/html')])
    return [body]  # [wsgi-text-body]


def generator_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'application/json')])
    yield json.dumps({'ok': True})  # [wsgi-text-body]
    yield b'\n'


def streaming(e, sr):
    write = sr('200 OK', [('Content-Type', 'text/plain')])
    write(u'partial ')  # [wsgi-text-body]
    write(b'ok')
    return []


def appended(environ, start_response):
    chunks = [b'<ul>']
    for item in ('a', 'b'):
        chunks.append('<li>%s</li>' % item)  # [wsgi-text-body]
    chunks.append(b'</ul>')
    start_response('200 OK', [('Content-Type', 'text/html')])
    return chunks


def render(title):
    html = u'<h1>%s</h1>' % title
    return html.encode('utf-8')


def encoded_by_helper(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/html')])
    return [render(u'Home')]


def page(title):
    yield '<html>'  # [wsgi-text-body]
    yield b'</html>'


def returns_generator(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/html')])
    return page('x')


class Body(object):
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        yield 'header'  # [wsgi-text-body]
        yield self.text


def returns_iterable(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return Body(b'x')


def webob_app(environ, start_response):
    response = Response(content_type='text/plain')
    response.body = 'hello'  # [wsgi-text-body]
    other = Response(body='constructor text is encoded by WebOb')
    return response(environ, start_response)


def ported(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    data = b''.join([b'a', b'b'])
    body = u'caf\xe9'.encode('utf-8')
    return [data, body, b'%s!' % data]


def maybe_encoded(environ, start_response, body):
    if not isinstance(body, bytes):
        body = body.encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [body]
