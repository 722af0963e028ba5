"""Helpers already ported with six: they must stay quiet."""
import hashlib
import json

import six
from six.moves.urllib.parse import quote


def ensure_text(value, encoding='utf-8'):
    if isinstance(value, six.binary_type):
        return value.decode(encoding)
    return value


def ensure_bytes(value, encoding='utf-8'):
    if isinstance(value, six.text_type):
        return value.encode(encoding)
    return value


def path_info(environ):
    path = environ.get('PATH_INFO', '/')
    if six.PY2:
        return path.decode('utf-8')
    return path.encode('latin-1').decode('utf-8')


def etag(obj):
    payload = json.dumps(obj, sort_keys=True)
    return hashlib.sha1(six.ensure_binary(payload)).hexdigest()


def link(base, name):
    return '%s/%s' % (base, quote(ensure_bytes(name)))


def body(text):
    data = six.b('<html>') + ensure_bytes(text) + six.b('</html>')
    return [data]
