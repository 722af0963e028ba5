"""Cookie signing and asset fingerprints (Python 2.7)."""
import base64
import binascii
import codecs
import hashlib
import hmac
import zlib

SECRET = 'not-so-secret'


def sign(value):
    mac = hmac.new(SECRET, value, hashlib.sha1).digest()
    return value + '|' + mac.encode('hex')  # [invalid-str-codec]


def unsign(signed):
    value, _, mac = signed.rpartition('|')
    return value, mac.decode('hex')  # [invalid-str-codec]


def pack(data):
    return data.encode('zlib').encode('base64')  # [invalid-str-codec, invalid-str-codec]


def unpack(text):
    return text.decode('base-64').decode('zip')  # [invalid-str-codec, invalid-str-codec]


def obfuscate(text):
    return text.encode(encoding='rot13')  # [invalid-str-codec]


def unescape(raw):
    return raw.decode('string_escape')  # [invalid-str-codec]


def mime_body(text):
    return text.encode('quoted-printable', 'strict')  # [invalid-str-codec]


def portable(data, text, codec):
    # text codecs, codecs.encode() and the dedicated modules are fine
    return (text.encode('utf-8'), data.decode('latin-1'), text.encode('unicode_escape'),
            codecs.encode(data, 'hex'), codecs.decode(data, 'base64'),
            binascii.hexlify(data), base64.b64encode(data), zlib.compress(data),
            text.encode(codec), hashlib.md5(data).hexdigest())
