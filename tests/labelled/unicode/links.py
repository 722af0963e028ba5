"""URL building for templates."""
import urllib

BASE = 'https://shop.example.com'


def url(path, **params):
    query = urllib.urlencode(sorted(params.items()))
    return '%s%s?%s' % (BASE, path, query) if query else BASE + path


def quoted(name):
    return urllib.quote(name.encode('utf-8'), safe='')


def display(name):
    return urllib.quote(name).decode('ascii')  # [decode-on-text]


def unquoted(environ):
    path = urllib.unquote(environ.get('PATH_INFO', ''))
    return u'Page: ' + path  # [implicit-ascii-coercion]
