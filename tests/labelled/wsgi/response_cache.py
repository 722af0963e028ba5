"""A page cache for slow pages; its start_response follows PEP 333 to the letter."""
import time

CACHE = {}


def slow_page(environ, start_response):
    if environ['PATH_INFO'] == '/fail':
        try:
            raise IOError('template missing')
        except IOError:
            import sys
            start_response('500 Internal Server Error', [('Content-Type', 'text/plain')],
                           sys.exc_info())
            return [b'template missing']
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'rendered ', environ['PATH_INFO'].encode('ascii')]


class PageCache(object):

    def __init__(self, app, ttl=60):
        self.app, self.ttl = app, ttl

    def __call__(self, environ, start_response):
        key = environ['PATH_INFO']
        hit = CACHE.get(key)
        if hit and hit[0] > time.time():
            start_response(hit[1], list(hit[2]))
            return [hit[3]]
        response = {}

        def start_capture(status, response_headers, exc_info=None):
            if exc_info:
                try:
                    if 'status' in response:
                        raise exc_info[0], exc_info[1], exc_info[2]  # [wsgi-exc-info-reraise]
                finally:
                    exc_info = None
            response['status'], response['headers'] = status, response_headers
            return lambda data: None

        body = b''.join(self.app(environ, start_capture))
        if response['status'].startswith('200'):
            CACHE[key] = (time.time() + self.ttl, response['status'], response['headers'], body)
        start_response(response['status'], response['headers'])
        return [body]


application = PageCache(slow_page)

HARNESS = [
    {"path": "/report", "fails": "3", "expect": "SyntaxError",
     "proves": [["wsgi-exc-info-reraise", "raise exc_info"]]},
    {"path": "/report", "fails": "3", "expect": "SyntaxError",
     "proves": [["wsgi-exc-info-reraise", "raise exc_info"]]},
    {"path": "/fail", "fails": "3", "expect": "SyntaxError",
     "proves": [["wsgi-exc-info-reraise", "raise exc_info"]]},
]
