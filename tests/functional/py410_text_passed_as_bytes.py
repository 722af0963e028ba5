"""Accounts, signed cookies and uploads of a small WSGI app (Python 2.7)."""
import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from hashlib import sha1
from io import BytesIO

import six

SECRET = 'change me'
SALT = b'NaCl'


def password_hash(environ):
    password = environ.get('HTTP_X_PASSWORD', '')
    return hashlib.sha256(password).hexdigest()  # [text-passed-as-bytes]


def password_hash_ok(environ):
    password = environ.get('HTTP_X_PASSWORD', '')
    return hashlib.sha256(SALT + password.encode('utf-8')).hexdigest()


def gravatar(email):
    return hashlib.md5(email.strip().lower()).hexdigest()  # parameter: unknown


def sign(value):
    mac = hmac.new(SECRET, value, hashlib.sha1)  # [text-passed-as-bytes]
    return value + b'|' + base64.b64encode(mac.digest())


def etag(obj):
    digest = sha1(json.dumps(obj, sort_keys=True))  # [text-passed-as-bytes]
    digest.update('v2')  # [text-passed-as-bytes]
    return digest.hexdigest()


def etag_ok(obj):
    digest = sha1(json.dumps(obj, sort_keys=True).encode('utf-8'))
    digest.update(b'v2')
    return digest.hexdigest()


def basic(user, password):
    return base64.b64encode('%s:%s' % (user, password))  # [text-passed-as-bytes]


def compressed(html):
    return zlib.compress(u'<!doctype html>' + html)  # [text-passed-as-bytes]


def checksum(name):
    return zlib.crc32(name.encode('utf-8')) & 0xffffffff


def record(name, size):
    return struct.pack('>8sI', 'header', size)  # [text-passed-as-bytes]


def record_ok(size):
    return struct.pack('>8sI', b'header', size)


def parse(header):
    return struct.unpack('>I', '\x00\x00\x00\x2a')  # [text-passed-as-bytes]


def save(path, data):
    with open(path, 'wb') as handle:
        handle.write('# generated\n')  # [text-passed-as-bytes]
        handle.write(data)


def save_text(path, data):
    with open(path, 'w') as handle:
        handle.write('# generated\n')


def buffered():
    out = BytesIO()
    out.write(b'GIF89a')
    out.write('\x01\x00')  # [text-passed-as-bytes]
    return out.getvalue()


def log(fd, message):
    os.write(fd, message + '\n')  # [text-passed-as-bytes]


def settings_cache(values):
    cache = {}
    cache.update({'a': 'b'})
    return cache


def legacy_token(user):
    if six.PY2:
        return hashlib.md5(user + 'pepper').hexdigest()
    return hashlib.md5((user + 'pepper').encode('utf-8')).hexdigest()
