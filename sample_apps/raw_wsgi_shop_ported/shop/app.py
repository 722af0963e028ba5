"""The WSGI entry point: ``application(environ, start_response)``."""
from __future__ import absolute_import, division, print_function, unicode_literals

import re
import sys
import traceback

from . import views
from .util import log, request_path

URLS = [
    (r'^/$', views.index),
    (r'^/product/(?P<sku>[A-Z0-9]+)$', views.product),
    (r'^/tag/(?P<name>[^/]+)$', views.tag),
    (r'^/search$', views.search),
    (r'^/cart$', views.cart),
]
ROUTES = [(re.compile(pattern), view) for pattern, view in URLS]


def not_found(message):
    body = '<h1>Not Found</h1><p>%s</p>' % message
    return views.html(body, status='404 Not Found')


def server_error():
    exc_type, exc_value = sys.exc_info()[:2]
    log("error: %s", ''.join(traceback.format_exception_only(exc_type, exc_value)).strip())
    return views.html('<h1>Internal Server Error</h1>', status='500 Internal Server Error')


def application(environ, start_response):
    path = request_path(environ)
    log("%s %s", environ['REQUEST_METHOD'], path)
    for regex, view in ROUTES:
        match = regex.match(path)
        if match is None:
            continue
        try:
            status, headers, body = view(environ, **match.groupdict())
        except views.NotFound as e:
            status, headers, body = not_found('%s' % (e,))
        except Exception:
            status, headers, body = server_error()
        break
    else:
        status, headers, body = not_found('No page at %s' % path)
    start_response(status, headers)
    return [body]
