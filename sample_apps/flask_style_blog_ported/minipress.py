# -*- coding: utf-8 -*-
"""minipress: a micro framework in the style of Flask 0.x, in one module.

    app = Flask(__name__)

    @app.route('/post/<int:id>')
    def show(request, id):
        return 'Post %d' % id

Ported from ``flask_style_blog`` to run on Python 2.7 and 3 alike: requests
are decoded to text at the edge (PEP 3333), responses encoded to bytes, and
status lines and headers are native strings.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import re

text_type = type('')  # unicode on Python 2, str on 3

STATUS_TEXT = {200: 'OK', 302: 'FOUND', 400: 'BAD REQUEST', 404: 'NOT FOUND',
               405: 'METHOD NOT ALLOWED', 500: 'INTERNAL SERVER ERROR'}
CONVERTERS = {'int': (r'\d+', int), 'string': (r'[^/]+', text_type)}
_PERCENT = re.compile(b'%([0-9A-Fa-f]{2})')


def escape(text):
    return ('%s' % (text,)).replace('&', '&amp;').replace('<', '&lt;') \
        .replace('>', '&gt;').replace('"', '&quot;')


def wsgi_bytes(value):
    """The bytes behind a native environ string (latin-1 text on Python 3)."""
    return value if isinstance(value, bytes) else value.encode('latin-1')


def unquote_plus(data):
    return _PERCENT.sub(lambda match: bytes(bytearray([int(match.group(1), 16)])),
                        data.replace(b'+', b' '))


class HTTPException(Exception):

    def __init__(self, code, description=''):
        Exception.__init__(self, description)
        self.code = code
        self.description = description


def abort(code, description=''):
    raise HTTPException(code, description)


class Request(object):
    """The request data of a WSGI environ, decoded to text."""

    def __init__(self, environ):
        self.environ = environ
        self.method = environ['REQUEST_METHOD']
        self.path = wsgi_bytes(environ.get('PATH_INFO', str('/'))).decode('utf-8')
        self.args = self._parse(wsgi_bytes(environ.get('QUERY_STRING', str(''))))
        self._form = None

    @staticmethod
    def _parse(data):
        """The last value of each field of url-encoded bytes, as text."""
        parsed = {}
        for field in re.split(b'[&;]', data):
            name, _, value = field.partition(b'=')
            if value:
                parsed[unquote_plus(name).decode('utf-8')] = unquote_plus(value).decode('utf-8')
        return parsed

    @property
    def form(self):
        if self._form is None:
            length = int(self.environ.get('CONTENT_LENGTH') or 0)
            data = self.environ['wsgi.input'].read(length)
            if data and b'=' not in data:
                abort(400, 'not a form')
            self._form = self._parse(data)
        return self._form


class Response(object):

    def __init__(self, body='', status=200, headers=None, mimetype='text/html'):
        if isinstance(body, text_type):
            body = body.encode('utf-8')
            mimetype += '; charset=utf-8'
        self.body = body
        self.status = status
        self.headers = dict(headers or {})
        self.headers.setdefault('Content-Type', mimetype)

    def __call__(self, environ, start_response):
        self.headers['Content-Length'] = '%d' % len(self.body)
        headers = [(str(name), str(value)) for name, value in self.headers.items()]
        start_response(str('%d %s' % (self.status, STATUS_TEXT[self.status])), headers)
        return [self.body]


class Flask(object):

    def __init__(self, import_name):
        self.import_name = import_name
        self.url_map = []
        self.config = {'DEBUG': False}

    def route(self, rule, methods=('GET',)):
        def decorator(view):
            self.url_map.append((self._compile(rule), methods, view))
            return view
        return decorator

    def _compile(self, rule):
        converters = []

        def placeholder(match):
            regex, convert = CONVERTERS[match.group(1) or 'string']
            converters.append((match.group(2), convert))
            return '(?P<%s>%s)' % (match.group(2), regex)
        pattern = re.sub(r'<(?:(\w+):)?(\w+)>', placeholder, rule)
        return re.compile('^%s$' % pattern), converters

    def dispatch(self, request):
        for (regex, converters), methods, view in self.url_map:
            match = regex.match(request.path)
            if match is None:
                continue
            if request.method not in methods:
                abort(405)
            kwargs = {}
            for (name, convert), value in zip(converters, match.groups()):
                kwargs[str(name)] = convert(value)
            return view(request, **kwargs)
        abort(404, 'Nothing at %s' % request.path)

    def make_response(self, rv):
        if isinstance(rv, Response):
            return rv
        if isinstance(rv, tuple):
            return Response(*rv)
        return Response(rv)

    def wsgi_app(self, environ, start_response):
        try:
            response = self.make_response(self.dispatch(Request(environ)))
        except HTTPException as e:
            response = Response('<h1>%d %s</h1><p>%s</p>' % (
                e.code, STATUS_TEXT[e.code], escape(e.description)), e.code)
        except Exception:
            if self.config['DEBUG']:
                raise
            response = Response('<h1>Internal Server Error</h1>', 500)
        return response(environ, start_response)

    def __call__(self, environ, start_response):
        return self.wsgi_app(environ, start_response)

    def run(self, host='127.0.0.1', port=5000):
        from wsgiref.simple_server import make_server
        print(' * Running on http://%s:%d/' % (host, port))
        make_server(host, port, self).serve_forever()
