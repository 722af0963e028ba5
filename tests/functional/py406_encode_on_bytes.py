"""Download and upload helpers (Python 2.7)."""
import base64
import hashlib
import struct
import subprocess
import zlib

import six


def basic_auth(user, password):
    token = base64.b64encode('%s:%s' % (user, password))
    return 'Basic ' + token.encode('ascii')  # [encode-on-bytes]


def packed_length(n):
    return struct.pack('>I', n).encode('latin-1')  # [encode-on-bytes]


def signature(payload):
    return hashlib.sha1(payload).digest().encode('base64')  # non-text codec: PY404


def revision():
    out = subprocess.check_output(['git', 'rev-parse', 'HEAD'])
    return out.strip().encode('ascii')  # [encode-on-bytes]


def revision_text():
    out = subprocess.check_output(['git', 'rev-parse', 'HEAD'], universal_newlines=True)
    return out.strip().encode('ascii')


def upload(environ):
    data = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    return zlib.compress(data.encode('utf-8'))  # [encode-on-bytes]


def header(value):
    return b'X-Token: '.encode('ascii') + value  # [encode-on-bytes]


def double(text):
    once = text.encode('utf-8')
    return once.encode('utf-8')  # [encode-on-bytes]


def text_ok(name):
    title = u'R\xe9sum\xe9 of ' + name
    return title.encode('utf-8')


def native_ok():
    return 'plain ascii'.encode('utf-8')


def maybe(value):
    if isinstance(value, bytes):
        value = value.decode('utf-8')
    return value.encode('utf-8')


def version_guarded(raw):
    blob = base64.b64decode(raw)
    if six.PY2:
        return blob.encode('string_escape')
    return blob


def read_binary(path):
    with open(path, 'rb') as handle:
        for line in handle:
            yield line.encode('utf-8')  # [encode-on-bytes]
