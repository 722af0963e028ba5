"""Request parsing for a JSON-over-WSGI endpoint (Python 2.7)."""
import hashlib
import hmac

import six

SECRET = b'k3y'


def body(environ):
    return environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))


def wants_json(environ):
    data = body(environ)
    return data[:1] == '{'  # [bytes-text-comparison]


def first_byte(environ):
    data = body(environ)
    return data[0] == '['  # [bytes-text-comparison]


def first_byte_ok(environ):
    data = body(environ)
    return data[0:1] == b'['


def verify(message, signature):
    expected = hmac.new(SECRET, message, hashlib.sha256).hexdigest()
    return signature.encode('ascii') == expected  # [bytes-text-comparison]


def verify_ok(message, signature):
    expected = hmac.new(SECRET, message, hashlib.sha256).hexdigest()
    return signature == expected


def answer(path):
    with open(path, 'rb') as handle:
        for line in handle:
            if line.strip() in ('yes', 'y'):  # [bytes-text-comparison]
                return True
            if line.strip() not in [b'no', b'n']:
                continue
    return False


def method(environ):
    return environ['REQUEST_METHOD'] == 'POST'


def magic(path):
    header = open(path, 'rb').read(4)
    if header != '\x89PNG':  # [bytes-text-comparison]
        raise ValueError('not a PNG file')
    return header


def decoded(environ):
    text = body(environ).decode('utf-8')
    return text == u'ping'


def legacy(environ):
    data = body(environ)
    if six.PY2:
        return data == 'ping'
    return data == b'ping'


def unknown(request):
    return request.body == 'ping'
