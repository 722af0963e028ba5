"""Session cookies and cache keys (Python 2.7)."""
import base64
import binascii
import hashlib
import os

import six


def new_session_id():
    raw = os.urandom(16)
    return str(binascii.hexlify(raw))  # [str-of-bytes]


def cookie(session_id, secret):
    mac = hashlib.sha1(secret + session_id).digest()
    return 'sid=%s; sig=%s' % (session_id, base64.b64encode(mac))  # [str-of-bytes]


def cookie_ok(session_id, secret):
    mac = hashlib.sha1(secret + session_id).hexdigest()
    return 'sid=%s; sig=%s' % (session_id, mac)


def cache_key(path):
    digest = hashlib.md5(path.encode('utf-8')).digest()
    return 'page:{0}'.format(base64.urlsafe_b64encode(digest))  # [str-of-bytes]


def cache_key_ok(path):
    digest = hashlib.md5(path.encode('utf-8')).digest()
    return 'page:{0}'.format(base64.urlsafe_b64encode(digest).decode('ascii'))


def log_upload(environ, log):
    data = environ['wsgi.input'].read()
    log.write('received %r\n' % data)  # [str-of-bytes]
    log.write('received %d bytes\n' % len(data))
    return data


def label(value):
    return str(value)


def title(name):
    return str(name.encode('utf-8'))  # [str-of-bytes]


def decoded(raw):
    return str(raw.decode('utf-8'))


def bytes_format(raw):
    return b'%s\r\n' % base64.b64encode(raw)


def version_split(raw):
    token = base64.b64encode(raw)
    if six.PY2:
        return 'token=%s' % token
    return 'token=%s' % token.decode('ascii')


def shadowed(raw):
    str = repr
    return str(raw.encode('utf-8'))
