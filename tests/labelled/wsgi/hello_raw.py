"""A hello-world site written straight against WSGI, the Python 2 way."""

try:
    from urlparse import parse_qs
except ImportError:  # Python 3
    from urllib.parse import parse_qs

VERSION = '1.4.2'
PAGE = """<html><head><title>%(title)s</title></head>
<body><h1>%(title)s</h1><p>%(text)s</p></body></html>"""


def hello(env, respond):
    """Route on PATH_INFO; `env` and `respond` are the usual two arguments."""
    path = env.get('PATH_INFO', '/')
    if path == '/':
        return index(env, respond)
    if path == '/about':
        return about(env, respond)
    if path == '/version':
        return version(env, respond)
    respond('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not found']


def index(env, respond):
    query = parse_qs(env.get('QUERY_STRING', ''))
    name = query.get('name', ['world'])[0]
    html = PAGE % {'title': 'Hello', 'text': 'Hello, %s!' % name}
    respond('200 OK', [('Content-Type', 'text/html')])
    return [html]  # [wsgi-text-body]


def about(env, respond):
    body = b'<p>A tiny demo of raw WSGI.</p>'
    respond('200 OK', [
        ('Content-Type', 'text/html'),
        ('Content-Length', len(body)),  # [wsgi-header-not-native]
    ])
    return [body]


def version(env, respond):
    write = respond('200 OK', [('Content-Type', 'text/plain')])
    write('hello-site %s\n' % VERSION)  # [wsgi-text-body]
    return []


application = hello

HARNESS = [
    {"path": "/", "query": "name=Ada", "fails": "3", "expect": "non-bytestring",
     "proves": [["wsgi-text-body", "return [html]"]]},
    {"path": "/about", "fails": "both",
     "expect": {"2": "expected string or buffer", "3": "must be of type str (got 31)"},
     "proves": [["wsgi-header-not-native", "len(body)"]]},
    {"path": "/version", "fails": "3", "expect": "AssertionError",
     "proves": [["wsgi-text-body", "write("]]},
    {"path": "/missing", "fails": "none"},
]
