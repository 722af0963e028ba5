"""A tiny reverse proxy that relays answers from a (simulated) upstream service."""

UPSTREAM = {
    '/api/users': {
        'status': '200 OK',
        'headers': {'Content-Type': 'application/json', 'Cache-Control': 'max-age=60'},
        'body': b'[{"id": 1}]',
    },
    '/api/stream': {
        'status': '200 OK',
        'headers': {'Content-Type': 'application/json'},
        'body': b'[]',
    },
}


def fetch(path):
    """Stand-in for an HTTP client call; returns status, headers dict, body."""
    answer = UPSTREAM.get(path)
    if answer is None:
        return '502 Bad Gateway', {'Content-Type': 'text/plain'}, b'upstream failed'
    return answer['status'], dict(answer['headers']), answer['body']


def proxy_app(environ, start_response):
    path = environ['PATH_INFO']
    status, headers, body = fetch(path)
    if path == '/api/stream':
        response_headers = [
            ('Content-Type', headers['Content-Type']),
            ('Transfer-Encoding', 'chunked'),  # [wsgi-hop-by-hop-header]
        ]
        start_response(status, response_headers)
        return [body]
    if path == '/api/users':
        headers['Content-Length'] = str(len(body))
        start_response(status, headers.items())  # [wsgi-headers-not-list]
        return [body]
    start_response(status, list(headers.items()))
    return [body]


application = proxy_app

HARNESS = [
    {"path": "/api/stream", "fails": "both", "expect": "Hop-by-hop",
     "proves": [["wsgi-hop-by-hop-header", "Transfer-Encoding"]]},
    {"path": "/api/users", "fails": "3", "expect": "must be of type list",
     "proves": [["wsgi-headers-not-list", "headers.items())"]]},
    {"path": "/api/other", "fails": "none"},
]
