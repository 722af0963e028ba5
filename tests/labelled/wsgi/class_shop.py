"""A small shop written as a class with __call__, Python 2 only in spirit."""

try:
    from urlparse import parse_qs
except ImportError:
    from urllib.parse import parse_qs

PRODUCTS = [('A100', 'Espresso cup', 450), ('A200', 'Saucer', 250)]


class ShopApp(object):
    """Dispatches on the first path segment."""

    def __init__(self, currency='EUR'):
        self.currency = currency

    def __call__(self, environ, start_response):
        self.environ = environ
        segment = environ['PATH_INFO'].strip('/').split('/')[0]
        handler = getattr(self, 'page_' + (segment or 'index'), None)
        if handler is None:
            start_response('404 Not Found', [('Content-Type', 'text/plain')])
            return [b'no such page']
        return handler(start_response)

    def price(self, cents):
        return '%d.%02d %s' % (cents // 100, cents % 100, self.currency)

    def render(self, rows):
        lines = ['<li>%s: %s</li>' % (name, self.price(cents)) for _, name, cents in rows]
        return ('<ul>%s</ul>' % ''.join(lines)).encode('utf-8')

    def page_index(self, start_response):
        body = self.render(PRODUCTS)
        start_response('200 OK', [('Content-Type', 'text/html'),
                                  ('Content-Length', str(len(body)))])
        return [body]

    def page_cheap(self, start_response):
        body = self.render([p for p in PRODUCTS if p[2] < 300])
        headers = (('Content-Type', 'text/html'),)
        start_response('200 OK', headers)  # [wsgi-headers-not-list]
        return [body]

    def page_search(self, start_response):
        query = parse_qs(self.environ.get('QUERY_STRING', ''))
        term = query.get('q', [''])[0].lower()
        body = self.render([p for p in PRODUCTS if term in p[1].lower()])
        headers = {'Content-Type': 'text/html', 'Cache-Control': 'no-cache'}
        start_response('200 OK', headers.items())  # [wsgi-headers-not-list]
        return [body]

    def page_sku(self, start_response):
        body = self.render(PRODUCTS[:1])
        start_response('200 OK', [('Content-Type', 'text/html')])
        return body  # [wsgi-string-as-iterable]


application = ShopApp()

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/cheap", "fails": "both", "expect": "must be of type list",
     "proves": [["wsgi-headers-not-list", "start_response('200 OK', headers)"]]},
    {"path": "/search", "query": "q=cup", "fails": "3", "expect": "dict_items",
     "proves": [["wsgi-headers-not-list", "headers.items()"]]},
    {"path": "/sku", "fails": "both", "expect": "should not return a string",
     "proves": [["wsgi-string-as-iterable", "return body"]]},
    {"path": "/basket", "fails": "none"},
]
