"""What Python 2.7 and 3 spell differently, written once for both (no six).

PEP 3333: environ values are native strings, bytes on Python 2 and
latin-1 decoded text on Python 3; bodies and ``wsgi.input`` are bytes.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import re

_PERCENT = re.compile(b'%([0-9A-Fa-f]{2})')


def wsgi_bytes(value):
    """The raw bytes behind a native environ string."""
    if isinstance(value, bytes):
        return value
    return value.encode('latin-1')


def wsgi_text(value):
    """An environ string (PATH_INFO, QUERY_STRING...) as UTF-8 decoded text."""
    return wsgi_bytes(value).decode('utf-8', 'replace')


def unquote_plus(data):
    """Percent-decode url-encoded bytes."""
    return _PERCENT.sub(lambda match: bytes(bytearray([int(match.group(1), 16)])),
                        data.replace(b'+', b' '))


def parse_form(data):
    """(name, value) text pairs of an url-encoded query string or body."""
    pairs = []
    for field in data.split(b'&'):
        if field:
            name, _, value = field.partition(b'=')
            pairs.append((unquote_plus(name).decode('utf-8', 'replace'),
                          unquote_plus(value).decode('utf-8', 'replace')))
    return pairs


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def native(text):
    """A native string for status lines and headers (ASCII only)."""
    return str(text)
