"""Helpers shared by the views: logging, forms, URLs, paging, HTML.

PEP 3333 on both Pythons: environ values are native strings (bytes on 2,
latin-1 decoded text on 3), ``wsgi.input`` gives bytes. Everything inside the
shop is text; bytes are decoded here and encoded in ``views.html``.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import io
import re
import sys

try:
    from urllib.parse import quote, urlencode
except ImportError:  # Python 2
    from urllib import quote, urlencode

PER_PAGE = 3
DEBUG = True


def log(message, *args):
    if DEBUG:
        print("[shop] " + (message % args), file=sys.stderr)


def wsgi_bytes(value):
    """The bytes behind a native environ string."""
    return value if isinstance(value, bytes) else value.encode('latin-1')


def request_path(environ):
    """PATH_INFO as text (the URL's UTF-8), or '/'."""
    return wsgi_bytes(environ.get('PATH_INFO') or str('/')).decode('utf-8')


_PERCENT = re.compile(b'%([0-9A-Fa-f]{2})')


def unquote_plus_bytes(data):
    """Percent- and plus-decoded bytes of url-encoded bytes, on 2 and 3 alike."""
    return _PERCENT.sub(lambda match: bytes(bytearray([int(match.group(1), 16)])),
                        data.replace(b'+', b' '))


def decode_form(data, keep_blank_values=False):
    """A dict of text lists from url-encoded bytes; ';' separates fields too.

    Parsed as bytes and decoded last: Python 3's parse_qs() of bytes only
    takes ASCII after unquoting, Python 2's gives bytes.
    """
    params = {}
    for field in data.replace(b';', b'&').split(b'&'):
        name, equals, value = field.partition(b'=')
        if not field or not (equals or keep_blank_values):
            continue
        if value or keep_blank_values:
            name, value = [unquote_plus_bytes(part).decode('utf-8')
                           for part in (name, value)]
            params.setdefault(name, []).append(value)
    return params


def parse_form(environ):
    """Query string and urlencoded body, merged into a dict of lists."""
    params = decode_form(wsgi_bytes(environ.get('QUERY_STRING', str(''))),
                         keep_blank_values=True)
    if environ['REQUEST_METHOD'] == 'POST':
        try:
            length = int(environ.get('CONTENT_LENGTH') or 0)
        except ValueError as e:
            log("bad Content-Length: %s", e)
            length = 0
        body = environ['wsgi.input'].read(length)
        for key, values in decode_form(body).items():
            params.setdefault(key, []).extend(values)
    return params


def first(params, name, default=None):
    if name in params:
        return params[name][0]
    return default


def url_for(path, **params):
    if not params:
        return path
    return path + '?' + urlencode(sorted(params.items()))


def quote_tag(tag):
    return quote(tag.encode('utf-8'))


def slugify(text):
    return '-'.join(text.lower().split())


def escape(text):
    if not isinstance(text, type('')):
        text = '%s' % (text,)
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def paginate(items, page, per_page=PER_PAGE):
    """The items of one page, and how many pages there are."""
    pages = (len(items) + per_page - 1) // per_page
    start = (page - 1) * per_page
    return items[start:start + per_page], pages


def render_page(title, body_html):
    out = io.StringIO()
    out.write('<!DOCTYPE html>\n<html><head><title>%s</title></head>\n' % escape(title))
    out.write('<body><h1>%s</h1>\n' % escape(title))
    out.write(body_html)
    out.write('\n</body></html>\n')
    return out.getvalue()
