"""WSGI middleware: request timing and signed cookie sessions."""
import Cookie
import hashlib
import hmac
import mimetools
import time

SECRET = 'change-me-in-production'


class TimingMiddleware(object):
    """Adds X-Runtime (CPU seconds) and X-Request-Id headers; logs slow requests."""

    def __init__(self, app, slow=0.5):
        self.app = app
        self.slow = slow

    def __call__(self, environ, start_response):
        started = time.clock()

        def timed_start_response(status, headers, exc_info=None):
            elapsed = time.clock() - started
            headers.append(('X-Runtime', '%.4f' % elapsed))
            headers.append(('X-Request-Id', mimetools.choose_boundary()))
            return start_response(status, headers, exc_info)
        # A page body is rendered lazily: join it so that the time counts it all.
        body = ''.join(apply(self.app, (environ, timed_start_response)))
        elapsed = time.clock() - started
        if elapsed > self.slow:
            print >>environ['wsgi.errors'], "slow request: %s (%.2fs)" % (
                environ.get('PATH_INFO'), elapsed)
        return [body]


class SessionMiddleware(object):
    """A dict in ``environ['wiki.session']``, kept in a signed cookie."""

    def __init__(self, app, cookie_name='wikisession'):
        self.app = app
        self.cookie_name = cookie_name

    def sign(self, data):
        return hmac.new(SECRET, data, hashlib.sha1).hexdigest()

    def dump(self, session):
        data = '&'.join('%s=%s' % item for item in sorted(session.iteritems()))
        data = data.encode('hex')
        return '%s-%s' % (data, self.sign(data))

    def load(self, value):
        data, _, signature = value.partition('-')
        if not data or self.sign(data) != signature:
            return {}
        return dict(pair.split('=', 1) for pair in data.decode('hex').split('&'))

    def __call__(self, environ, start_response):
        cookie = Cookie.SimpleCookie(environ.get('HTTP_COOKIE', ''))
        session = {}
        if cookie.has_key(self.cookie_name):
            session = self.load(cookie[self.cookie_name].value)
        environ['wiki.session'] = session

        def session_start_response(status, headers, exc_info=None):
            if exc_info:
                # an error page must not replace a half-sent page: re-raise
                raise exc_info[0], exc_info[1], exc_info[2]
            if session:
                headers.append(('Set-Cookie', '%s=%s; Path=/; HttpOnly'
                                % (self.cookie_name, self.dump(session))))
            return start_response(status, headers, exc_info)
        return self.app(environ, session_start_response)
