"""Contact card app with six-style helpers written inline (no six dependency)."""
import sys

PY3 = sys.version_info[0] >= 3

if PY3:
    text_type, binary_type = str, bytes

    def b(s):
        return s.encode('latin-1')

    def native(s):
        return s if isinstance(s, str) else s.decode('utf-8')
else:
    text_type, binary_type = unicode, str  # noqa: F821

    def b(s):
        return s

    def native(s):
        return s if isinstance(s, str) else s.encode('utf-8')


def ensure_binary(value):
    if isinstance(value, text_type):
        return value.encode('utf-8')
    return value


CARD = {'name': u'Zo\xe9 Martin', 'phone': '+33 1 23 45 67 89'}


def card_app(environ, start_response):
    path = environ['PATH_INFO']
    headers = {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache'}
    if path == '/card':
        body = ensure_binary(u'%s\n%s\n' % (CARD['name'], CARD['phone']))
    elif path == '/vcard':
        body = b('BEGIN:VCARD\r\n') + ensure_binary(u'FN:' + CARD['name']) + b('\r\nEND:VCARD\r\n')
        headers['Content-Type'] = 'text/vcard'
    else:
        body = b('see /card')
    headers['Content-Length'] = native(str(len(body)))
    start_response(native('200 OK'), sorted(headers.items()))
    return [body]


def card_app_listed(environ, start_response):
    headers = {'Content-Type': 'text/plain'}
    start_response(native(u'200 OK'), list(headers.items()))
    return [binary_type(b('listed'))]


def application(environ, start_response):
    if environ['PATH_INFO'] == '/listed':
        return card_app_listed(environ, start_response)
    return card_app(environ, start_response)


HARNESS = [
    {"path": "/card", "fails": "none"},
    {"path": "/vcard", "fails": "none"},
    {"path": "/listed", "fails": "none"},
    {"path": "/", "fails": "none"},
]
