"""Upload handling of a raw WSGI app (Python 2.7)."""
import base64
import hashlib
import json

import six

BOUNDARY = b'--frontier'


def read_body(environ):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    return environ['wsgi.input'].read(length)


def signed(environ, secret):
    body = read_body(environ)
    return body + '\n-- \n' + secret  # [bytes-text-mix]


def token(user, password):
    raw = base64.b64encode(user + ':' + password)
    return 'Basic ' + raw  # [bytes-text-mix]


def etag(data):
    return '"' + hashlib.md5(data).digest() + '"'  # [bytes-text-mix]


def etag_ok(data):
    return '"' + hashlib.md5(data).hexdigest() + '"'


def lines(environ):
    data = environ['wsgi.input'].read()
    rows = data.split('\n')  # [bytes-text-mix]
    if data.startswith('#!'):  # [bytes-text-mix]
        rows = rows[1:]
    return rows


def form_field(environ):
    data = read_body(environ)
    if 'name=' in data:  # [bytes-text-mix]
        return data.replace(b'+', b' ')
    return data.split(b'&')


def multipart(parts):
    out = BOUNDARY + b'\r\n'
    out += 'Content-Type: text/plain\r\n'  # [bytes-text-mix]
    return out + b'\r\n'.join(part.encode('utf-8') for part in parts)


def joined(names):
    encoded = [name.encode('utf-8') for name in names]
    return ', '.join(encoded)  # [bytes-text-mix]


def joined_ok(names):
    return b', '.join([name.encode('utf-8') for name in names])


def header_block(status, length):
    head = b'HTTP/1.0 %s\r\n' % status  # unknown status: quiet
    return head + b'Content-Length: %d\r\n' % length


def header_text(reason):
    return b'HTTP/1.0 200 %s\r\n' % u'OK'  # [bytes-text-mix]


def payload(obj):
    return json.dumps(obj) + '\n'


def version_specific(data):
    if six.PY2:
        return data.encode('utf-8') + 'x'
    return data + 'x'


def decoded(environ):
    text = read_body(environ).decode('utf-8')
    return text + u'\n'


def unknowns(a, b, request):
    return a + b + request.body + '\n'


def checked(environ):
    data = read_body(environ)
    if isinstance(data, str):  # only true on Python 2
        data = data + '\n'
    return data
