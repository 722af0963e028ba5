# -*- coding: utf-8 -*-
"""Request helpers of a small WSGI app (Python 2.7)."""
import hashlib
import json
import sys
import urllib

import six

DEFAULT_TITLE = 'Caf\xc3\xa9 du coin'
TITLE = DEFAULT_TITLE.decode('utf-8')  # [decode-on-text]
GREETING = 'Bonjour'.decode('ascii')  # [decode-on-text]
ALREADY = u'd\xe9j\xe0'.decode('utf-8')  # [decode-on-text]


def path_info(environ):
    return environ['PATH_INFO'].decode('utf-8')  # [decode-on-text]


def query(environ):
    raw = environ.get('QUERY_STRING', '')
    return raw.decode('latin-1')  # [decode-on-text]


def user_agent(environ):
    agent = environ.get('HTTP_USER_AGENT', '')
    if six.PY2:
        agent = agent.decode('latin-1')  # Python 2 only: fine
    return agent


def body(environ):
    data = environ['wsgi.input'].read()
    return data.decode('utf-8')  # bytes: fine


def etag(payload):
    digest = hashlib.md5(payload).hexdigest()
    return digest.decode('ascii')  # [decode-on-text]


def as_json(obj):
    return json.dumps(obj).decode('utf-8')  # [decode-on-text]


def argument():
    return sys.argv[1].decode(sys.getfilesystemencoding())  # [decode-on-text]


def quoted(name):
    return urllib.quote(name).decode('ascii')  # [decode-on-text]


def settings(path):
    text = open(path).read()
    return text.decode('utf-8')  # [decode-on-text]


def settings_binary(path):
    with open(path, 'rb') as handle:
        return handle.read().decode('utf-8')


def hex_token(value):
    return 'deadbeef'.decode('hex')  # non-text codec: PY404's business


def unknown(value, request):
    # parameters and attributes are unknown: quiet
    return value.decode('utf-8') + request.body.decode('utf-8')


def twice(value):
    return value.encode('utf-8').decode('utf-8')


def guarded(value):
    label = 'na\xc3\xafve'
    try:
        return label.decode('utf-8')
    except AttributeError:
        return label


class Page(object):
    def title(self):
        return 'Accueil'

    def render(self):
        return self.title().decode('utf-8')  # [decode-on-text]


def checked(environ):
    name = environ.get('REMOTE_USER', '')
    if not isinstance(name, six.text_type):
        name = name.decode('utf-8')
    path = environ['PATH_INFO']
    return name, hasattr(path, 'decode') and path.decode('utf-8')
