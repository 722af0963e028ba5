"""API tokens and HTTP basic authentication."""
import base64
import hashlib
import hmac
import os
import time

SECRET_KEY = 'x9!kd02-secret'


def new_token():
    return base64.urlsafe_b64encode(os.urandom(24))


def sign(payload):
    mac = hmac.new(SECRET_KEY, payload, hashlib.sha256)  # [text-passed-as-bytes]
    return mac.hexdigest()


def check(payload, signature):
    return hmac.compare_digest(sign(payload), signature)


def basic_header(user, password):
    credentials = base64.b64encode('%s:%s' % (user, password))  # [text-passed-as-bytes]
    return 'Basic ' + credentials  # [bytes-text-mix]


def parse_basic(header):
    scheme, _, value = header.partition(' ')
    if scheme.lower() != 'basic':
        return None
    user, _, password = base64.b64decode(value).partition(':')  # [bytes-text-mix]
    return user, password


def session_id(user):
    seed = '%s-%f' % (user, time.time())
    return hashlib.sha1(seed).hexdigest()  # [text-passed-as-bytes]


def cookie(user):
    token = new_token()
    return 'token=%s; Path=/; HttpOnly' % token  # [str-of-bytes]


def fingerprint(key_bytes):
    digest = hashlib.md5(key_bytes).hexdigest()
    return ':'.join(digest[i:i + 2] for i in range(0, len(digest), 2))
