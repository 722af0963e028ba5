"""A Response class: the body lives on an attribute the type model cannot follow."""


class Response(object):
    def __init__(self, text, status='200 OK'):
        self.status = status
        self.body = text.encode('utf-8')
        self.headers = [('Content-Type', 'text/html; charset=utf-8')]

    def append(self, more):
        self.body = self.body + '\n' + more  # [bytes-text-mix]

    def __call__(self, environ, start_response):
        self.headers.append(('Content-Length', str(len(self.body))))
        start_response(self.status, self.headers)
        return [self.body]


def redirect(location):
    response = Response(u'Redirecting to %s' % location, '302 Found')
    response.headers.append(('Location', location))
    return response
