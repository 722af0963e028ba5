"""Response helpers for a small WSGI framework (Python 2)."""
import six
from six import iteritems, itervalues


def render_headers(headers):
    return [(str(k), str(v)) for k, v in headers.iteritems()]  # [dict-iter-method]


def first_header(headers):
    pairs = headers.iteritems()  # [dict-iter-method]
    return next(pairs)


def header_names(headers):
    return sorted(headers.iterkeys(), key=str.lower)  # [dict-iter-method]


def total_size(files):
    size = 0
    for upload in files.itervalues():  # [dict-iter-method]
        size += upload.size
    return size


def cookie_header(cookies):
    parts = ['%s=%s' % pair for pair in six.iteritems(cookies)]
    return '; '.join(parts)


def form_values(form):
    return list(itervalues(form)), dict((k, v) for k, v in iteritems(form))


class Registry(object):
    """An object with its own iteritems(name) method, called with an argument."""

    def __init__(self):
        self.routes = {}

    def iteritems(self, prefix):
        return [(k, v) for k, v in self.routes.items() if k.startswith(prefix)]

    def admin_routes(self):
        return self.iteritems('/admin')

    def all_routes(self):
        return self.routes.iteritems()  # [dict-iter-method]


def debug(environ):
    # environ.iteritems() in a comment is not code
    return "call environ.iteritems() to walk it", len(environ)
