"""Flat pages kept in a dict, served with caching headers."""
import hashlib

PAGES = {
    'about': '<h1>About us</h1><p>We sell tea.</p>',
    'contact': '<h1>Contact</h1><p>tea@example.com</p>',
    'legal': '<h1>Legal</h1><p>Nothing to see.</p>',
}


def etag(text):
    return '"%s"' % hashlib.md5(text.encode('utf-8')).hexdigest()[:12]


def pages_app(environ, start_response):
    name = environ['PATH_INFO'].strip('/') or 'about'
    if name.endswith('.txt'):
        page = PAGES.get(name[:-4])
        if page is not None:
            start_response('200 OK', [('Content-Type', 'text/plain')])
            return page.encode('utf-8')  # [wsgi-string-as-iterable]
    page = PAGES.get(name)
    if page is None:
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
        return [b'no such page']
    tag = etag(page)
    if environ.get('HTTP_IF_NONE_MATCH') == tag:
        start_response('304 Not Modified', [('ETag', tag)])
        return []
    start_response('200 OK', [('Content-Type', 'text/html'), ('ETag', tag)])
    return [page]  # [wsgi-text-body]


application = pages_app

HARNESS = [
    {"path": "/contact", "fails": "3", "expect": "non-bytestring",
     "proves": [["wsgi-text-body", "return [page]"]]},
    {"path": "/legal.txt", "fails": "both", "expect": "should not return a string",
     "proves": [["wsgi-string-as-iterable", "page.encode"]]},
    {"path": "/about", "headers": {"If-None-Match": "\"e1b7a4b1b9b9\""}, "fails": "3",
     "expect": "non-bytestring", "proves": [["wsgi-text-body", "return [page]"]]},
    {"path": "/missing", "fails": "none"},
]
