"""A guest list form reading wsgi.input as bytes; 2/3 compatible."""
import sys

try:
    from urllib.parse import parse_qs
except ImportError:
    from urlparse import parse_qs

GUESTS = [u'Ada']
PY2 = sys.version_info[0] == 2


def form_fields(data):
    """Form fields as text; percent escapes are UTF-8 on both interpreters."""
    if PY2:
        fields = parse_qs(data)
        return dict((k.decode('utf-8'), [v.decode('utf-8') for v in vs])
                    for k, vs in fields.items())
    return parse_qs(data.decode('ascii'))


def read_input(environ):
    size = int(environ.get('CONTENT_LENGTH') or 0)
    return environ['wsgi.input'].read(size) if size else b''


def guests_app(environ, start_response):
    method, path = environ['REQUEST_METHOD'], environ['PATH_INFO']
    data = read_input(environ)
    if method == 'POST' and path == '/ping':
        body = b'pong' if data == b'ping' else b'what?'
    elif method == 'POST' and path == '/add':
        form = form_fields(data)
        GUESTS.extend(form.get(u'name', []))
        body = (u', '.join(GUESTS)).encode('utf-8')
    elif method == 'POST' and path == '/bulk':
        names = [part.strip() for part in data.split(b'\n') if part.strip()]
        GUESTS.extend(name.decode('utf-8') for name in names)
        body = b'%d guests' % len(GUESTS)
    elif method == 'POST' and path == '/log':
        environ['wsgi.errors'].write('guest list note: %d bytes\n' % len(data))
        body = b'noted'
    else:
        body = u'\n'.join(GUESTS).encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8'),
                              ('Content-Length', str(len(body)))])
    return [body]


application = guests_app

HARNESS = [
    {"method": "POST", "path": "/ping", "body": "ping", "fails": "none"},
    {"method": "POST", "path": "/add", "body": "name=Zo%C3%A9", "fails": "none"},
    {"method": "POST", "path": "/bulk", "body": "Grace\nLinus\n", "fails": "none"},
    {"method": "POST", "path": "/log", "body": "late arrival", "fails": "none"},
    {"path": "/", "fails": "none"},
]
