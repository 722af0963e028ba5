"""Signed, compressed sessions stored in a cookie."""
import base64
import cPickle as pickle
import hashlib
import hmac
import zlib

KEY = b'session-signing-key'


def dump(session):
    data = zlib.compress(pickle.dumps(session, 2))
    mac = hmac.new(KEY, data, hashlib.sha1).digest()
    return base64.urlsafe_b64encode(mac + data)


def load(value):
    raw = base64.urlsafe_b64decode(value)
    mac, data = raw[:20], raw[20:]
    if not hmac.compare_digest(mac, hmac.new(KEY, data, hashlib.sha1).digest()):
        return {}
    return pickle.loads(zlib.decompress(data))


def set_cookie(headers, session):
    value = dump(session)
    headers.append(('Set-Cookie', 'session=' + value + '; Path=/'))  # [bytes-text-mix]


def set_cookie_ok(headers, session):
    value = dump(session).decode('ascii')
    headers.append(('Set-Cookie', 'session=%s; Path=/' % value))


def session_key(session_id):
    return 'sess:' + hashlib.sha1(session_id).hexdigest()
