"""A health-check endpoint and an echo service for load balancers."""
try:
    from urlparse import parse_qs
except ImportError:  # Python 3
    from urllib.parse import parse_qs


def to_bytes(text):
    return text if isinstance(text, bytes) else text.encode('utf-8')


def echo_app(environ, start_response):
    stream = environ['wsgi.input']
    size = int(environ.get('CONTENT_LENGTH') or '0')
    payload = stream.read(size)
    path = environ['PATH_INFO']
    if path == '/health':
        reply = b'pong' if payload == 'ping' else b'unexpected'  # [wsgi-input-used-as-text]
    elif path == '/echo':
        # +1: [wsgi-input-used-as-text]
        reply = to_bytes('You sent %d bytes: %s' % (len(payload), payload))
    elif path == '/form':
        form = parse_qs(payload)  # [wsgi-input-used-as-text]
        reply = to_bytes('Hello %s' % form.get('who', ['nobody'])[0])
    elif path == '/log':
        environ['wsgi.errors'].write(payload)  # [wsgi-errors-bytes]
        reply = b'logged'
    else:
        reply = b'try /health'
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('Content-Length', str(len(reply)))])
    return [reply]


application = echo_app

HARNESS = [
    {"method": "POST", "path": "/health", "body": "ping", "fails": "3", "expect": "unexpected",
     "proves": [["wsgi-input-used-as-text", "payload == 'ping'"]]},
    {"method": "POST", "path": "/echo", "body": "abc", "fails": "3", "expect": "b'abc'",
     "proves": [["wsgi-input-used-as-text", "You sent"]]},
    {"method": "POST", "path": "/form", "body": "who=Ada", "fails": "3", "expect": "nobody",
     "proves": [["wsgi-input-used-as-text", "parse_qs(payload)"]]},
    {"method": "POST", "path": "/log", "body": "disk almost full\n", "fails": "3",
     "expect": "AssertionError", "proves": [["wsgi-errors-bytes", "write(payload)"]]},
    {"path": "/", "fails": "none"},
]
