"""Handles the bookmark form: POST bodies parsed by hand from wsgi.input."""

BOOKMARKS = {'python': 'https://www.python.org/'}


def read_body(environ):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    return environ['wsgi.input'].read(length)


def bookmarks(environ, start_response):
    method = environ['REQUEST_METHOD']
    path = environ['PATH_INFO']
    if method == 'POST' and path == '/save':
        data = read_body(environ)
        fields = dict(pair.split('=', 1) for pair in data.split('&'))  # [wsgi-input-used-as-text]
        BOOKMARKS[fields.get('name', 'unnamed')] = fields.get('url', '')
        return answer(start_response, '303 See Other', b'saved', [('Location', '/')])
    if method == 'POST' and path == '/delete':
        data = read_body(environ)
        if data.startswith('name='):  # [wsgi-input-used-as-text]
            BOOKMARKS.pop(data[5:], None)
            return answer(start_response, '200 OK', b'deleted')
        return answer(start_response, '400 Bad Request', b'which one?')
    if path == '/':
        names = sorted(BOOKMARKS)
        body = '\n'.join('%s %s' % (n, BOOKMARKS[n]) for n in names).encode('utf-8')
        return answer(start_response, '200 OK', body)
    return answer(start_response, '404 Not Found', b'not found')


def answer(start_response, status, body, extra=()):
    headers = [('Content-Type', 'text/plain'), ('Content-Length', str(len(body)))]
    headers.extend(extra)
    start_response(status, headers)
    return [body]


application = bookmarks

HARNESS = [
    {"path": "/", "fails": "none"},
    {"method": "POST", "path": "/save", "body": "name=pypi&url=https://pypi.org/",
     "fails": "3", "expect": "TypeError",
     "proves": [["wsgi-input-used-as-text", "data.split('&')"]]},
    {"method": "POST", "path": "/delete", "body": "name=python", "fails": "3",
     "expect": "TypeError", "proves": [["wsgi-input-used-as-text", "data.startswith"]]},
]
