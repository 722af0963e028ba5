# -*- coding: utf-8 -*-
"""minipress: a micro framework in the style of Flask 0.x, in one module.

    app = Flask(__name__)

    @app.route('/post/<int:id>')
    def show(request, id):
        return u'Post %d' % id
"""
import re
import sys
import urlparse
from itertools import izip

STATUS_TEXT = {200: 'OK', 302: 'FOUND', 400: 'BAD REQUEST', 404: 'NOT FOUND',
               405: 'METHOD NOT ALLOWED', 500: 'INTERNAL SERVER ERROR'}
CONVERTERS = {'int': (r'\d+', int), 'string': (r'[^/]+', unicode)}


def escape(text):
    return unicode(text).replace(u'&', u'&amp;').replace(u'<', u'&lt;') \
        .replace(u'>', u'&gt;').replace(u'"', u'&quot;')


class HTTPException(Exception):

    def __init__(self, code, description=''):
        Exception.__init__(self, description)
        self.code = code


def abort(code, description=''):
    raise HTTPException(code, description)


class Request(object):
    """The request data of a WSGI environ, decoded to unicode."""

    def __init__(self, environ):
        self.environ = environ
        self.method = environ['REQUEST_METHOD']
        self.path = environ.get('PATH_INFO', '/').decode('utf-8')
        self.args = self._parse(environ.get('QUERY_STRING', ''))
        self._form = None

    @staticmethod
    def _parse(data):
        return dict((key.decode('utf-8'), values[-1].decode('utf-8'))
                    for key, values in urlparse.parse_qs(data).iteritems())

    @property
    def form(self):
        if self._form is None:
            length = int(self.environ.get('CONTENT_LENGTH') or 0)
            data = self.environ['wsgi.input'].read(length)
            if data and '=' not in data:
                abort(400, u'not a form')
            self._form = self._parse(data)
        return self._form


class Response(object):

    def __init__(self, body=u'', status=200, headers=None, mimetype='text/html'):
        if isinstance(body, unicode):
            body = body.encode('utf-8')
            mimetype += '; charset=utf-8'
        self.body = body
        self.status = status
        self.headers = dict(headers or {})
        self.headers.setdefault('Content-Type', mimetype)

    def __call__(self, environ, start_response):
        self.headers['Content-Length'] = str(len(self.body))
        start_response('%d %s' % (self.status, STATUS_TEXT[self.status]),
                       self.headers.items())
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
            for (name, convert), value in izip(converters, match.groups()):
                kwargs[name] = convert(value)
            return view(request, **kwargs)
        abort(404, u'Nothing at %s' % request.path)

    def make_response(self, rv):
        if isinstance(rv, Response):
            return rv
        if isinstance(rv, tuple):
            return Response(*rv)
        return Response(rv)

    def wsgi_app(self, environ, start_response):
        try:
            response = self.make_response(self.dispatch(Request(environ)))
        except HTTPException, e:
            response = Response(u'<h1>%d %s</h1><p>%s</p>' % (
                e.code, STATUS_TEXT[e.code], escape(e.message)), e.code)
        except Exception:
            if self.config['DEBUG']:
                exc_type, exc_value, tb = sys.exc_info()
                raise exc_type, exc_value, tb
            response = Response(u'<h1>Internal Server Error</h1>', 500)
        return response(environ, start_response)

    def __call__(self, environ, start_response):
        return self.wsgi_app(environ, start_response)

    def run(self, host='127.0.0.1', port=5000):
        from wsgiref.simple_server import make_server
        print ' * Running on http://%s:%d/' % (host, port)
        make_server(host, port, self).serve_forever()
