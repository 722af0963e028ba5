"""Session middleware for the shop front end (Python 2)."""
from six.moves import http_cookies


class SessionMiddleware(object):
    def __init__(self, app, store):
        self.app = app
        self.store = store
        self.has_key_cache = {}

    def __call__(self, environ, start_response):
        if environ.has_key('HTTP_COOKIE'):  # [dict-has-key]
            cookie = http_cookies.SimpleCookie(environ['HTTP_COOKIE'])
        else:
            cookie = http_cookies.SimpleCookie()
        sid = cookie['sid'].value if 'sid' in cookie else None
        if sid and not self.store.has_key(sid):  # [dict-has-key]
            sid = None
        environ['shop.session'] = self.store.get(sid, {})
        return self.app(environ, start_response)


def has_key(mapping, key):
    """A module-level helper called has_key is fine, and so is calling it."""
    return key in mapping


def lookup(form, name, default=None):
    if has_key(form, name):
        return form[name]
    return default


def cached(cache, key, default=None):
    return cache.has_key(key or default)  # [dict-has-key]


def remember(cache, key, value):
    seen = cache.has_key(key) == True  # [dict-has-key]
    cache[key] = value
    return seen


def wants_json(environ):
    headers = dict((k, v) for k, v in environ.items() if k.startswith('HTTP_'))
    return (headers.has_key('HTTP_ACCEPT')  # [dict-has-key]
            and 'json' in headers['HTTP_ACCEPT'])


check = {}.has_key  # [dict-has-key]
print_has_key = "environ.has_key('x') in a string is not code"
