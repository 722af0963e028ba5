# -*- coding: utf-8 -*-
"""Language preference from a cookie, user name from the URL."""
from __future__ import print_function

try:
    from Cookie import SimpleCookie
except ImportError:  # Python 3
    from http.cookies import SimpleCookie

WELCOME = {'en': u'Welcome', 'fr': u'Bienvenue', 'es': u'Bienvenido'}


def to_bytes(text):
    if isinstance(text, bytes):
        return text
    return text.encode('utf-8')


def language(environ):
    raw = environ.get('HTTP_COOKIE', '').decode('ascii')  # [wsgi-environ-decode]
    cookie = SimpleCookie(str(raw))
    morsel = cookie.get('lang')
    return morsel.value if morsel else 'en'


def welcome_app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/':
        text = WELCOME.get(language(environ), u'Welcome')
        body = text.encode('utf-8')
    elif path.startswith('/u/'):
        user = path[3:]
        body = to_bytes('<h1>Hello %s</h1>' % user)  # [wsgi-environ-mojibake]
    elif path == '/agent':
        agent = environ.get('HTTP_USER_AGENT', 'unknown').decode('latin-1')  # [wsgi-environ-decode]
        body = (u'Your browser: %s' % agent).encode('utf-8')
    else:
        body = b'?'
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(body)))])
    return [body]


application = welcome_app

HARNESS = [
    {"path": "/", "cookies": {"lang": "fr"}, "fails": "3", "expect": "AttributeError",
     "proves": [["wsgi-environ-decode", "HTTP_COOKIE"]]},
    {"path": "/u/Jos%C3%A9", "fails": "3", "expect": "JosÃ©",
     "proves": [["wsgi-environ-mojibake", "Hello %s"]]},
    {"path": "/agent", "headers": {"User-Agent": "curl/7.29"}, "fails": "3",
     "expect": "AttributeError", "proves": [["wsgi-environ-decode", "HTTP_USER_AGENT"]]},
    {"path": "/elsewhere", "fails": "none"},
]
