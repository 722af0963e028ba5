"""Inventory pages built with bytes formatting (Python 2.6+ and 3.5+)."""
STOCK = [(b'bolts', 120), (b'nuts', 75), (b'washers', 0)]


def wsgi_bytes(value):
    """The bytes a server received for a native environ string."""
    return value if isinstance(value, bytes) else value.encode('latin-1')


def listing(rows):
    items = [b'<li>%s: %d</li>' % (name, count) for name, count in rows]
    return b'<ul>' + b''.join(items) + b'</ul>'


def inventory(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/':
        body = listing(STOCK)
    elif path == '/empty':
        body = listing([row for row in STOCK if not row[1]])
    elif path == '/total':
        body = b'%d parts in stock' % sum(count for _, count in STOCK)
    elif path == '/stream':
        write = start_response('200 OK', [('Content-Type', 'text/plain')])
        for name, count in STOCK:
            write(b'%s=%d\n' % (name, count))
        return []
    else:
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
        return [b'no such listing: ' + wsgi_bytes(path)]
    status = '%d %s' % (200, 'OK')
    start_response(status, [('Content-Type', 'text/html'),
                            ('Content-Length', '%d' % len(body))])
    return [body]


application = inventory

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/empty", "fails": "none"},
    {"path": "/total", "fails": "none"},
    {"path": "/stream", "fails": "none"},
    {"path": "/caf%C3%A9", "fails": "none"},
]
