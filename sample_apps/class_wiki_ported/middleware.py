"""WSGI middleware: request timing and signed cookie sessions."""
from __future__ import absolute_import, division, print_function, unicode_literals

import binascii
import hashlib
import hmac
import time
import uuid

try:
    from http.cookies import SimpleCookie
except ImportError:  # Python 2
    from Cookie import SimpleCookie

SECRET = b'change-me-in-production'


def wsgi_text(value):
    """An environ value as text: UTF-8 bytes on Python 2, latin-1 text on 3."""
    if not isinstance(value, bytes):
        value = value.encode('latin-1')
    return value.decode('utf-8')


def native(text):
    """Text as a native string (``wsgi.errors`` wants one): UTF-8 bytes on 2."""
    return text if isinstance(text, str) else text.encode('utf-8')


class TimingMiddleware(object):
    """Adds X-Runtime (seconds) and X-Request-Id headers; logs slow requests."""

    def __init__(self, app, slow=0.5):
        self.app = app
        self.slow = slow

    def __call__(self, environ, start_response):
        started = time.time()

        def timed_start_response(status, headers, exc_info=None):
            elapsed = time.time() - started
            headers.append((str('X-Runtime'), str('%.4f' % elapsed)))
            headers.append((str('X-Request-Id'), str(uuid.uuid4().hex)))
            return start_response(status, headers, exc_info)
        # A page body is rendered lazily: join it so that the time counts it all.
        body = b''.join(self.app(environ, timed_start_response))
        elapsed = time.time() - started
        if elapsed > self.slow:
            environ['wsgi.errors'].write(native('slow request: %s (%.2fs)\n' % (
                wsgi_text(environ.get('PATH_INFO', str('/'))), elapsed)))
        return [body]


class SessionMiddleware(object):
    """A dict of text in ``environ['wiki.session']``, kept in a signed cookie."""

    def __init__(self, app, cookie_name='wikisession'):
        self.app = app
        self.cookie_name = cookie_name

    def sign(self, data):
        return hmac.new(SECRET, data.encode('ascii'), hashlib.sha1).hexdigest()

    def dump(self, session):
        data = '&'.join('%s=%s' % item for item in sorted(session.items()))
        data = binascii.hexlify(data.encode('utf-8')).decode('ascii')
        return '%s-%s' % (data, self.sign(data))

    def load(self, value):
        data, _, signature = value.partition('-')
        if not data or self.sign(data) != signature:
            return {}
        text = binascii.unhexlify(data.encode('ascii')).decode('utf-8')
        return dict(pair.split('=', 1) for pair in text.split('&'))

    def __call__(self, environ, start_response):
        cookie = SimpleCookie(environ.get('HTTP_COOKIE', str('')))
        session = {}
        if self.cookie_name in cookie:
            session = self.load(cookie[self.cookie_name].value)
        environ['wiki.session'] = session

        def session_start_response(status, headers, exc_info=None):
            if exc_info:
                # an error page must not replace a half-sent page: re-raise
                # (Python 3 keeps the traceback on the exception; 2 starts anew)
                raise exc_info[1]
            if session:
                headers.append((str('Set-Cookie'), str('%s=%s; Path=/; HttpOnly'
                                                       % (self.cookie_name, self.dump(session)))))
            return start_response(status, headers, exc_info)
        return self.app(environ, session_start_response)
