"""Old encoding helpers from the Python 2 days."""
import base64
import binascii
import hashlib
import struct


def b64_text(data):
    return base64.b64encode(data).encode('ascii')  # [encode-on-bytes]


def hex_digest(data):
    return hashlib.md5(data).digest().encode('hex')


def hex_digest_ok(data):
    return binascii.hexlify(hashlib.md5(data).digest())


def length_prefix(payload):
    return struct.pack('>I', len(payload)).encode('latin-1') + payload  # [encode-on-bytes]


def ascii_only(text):
    return text.encode('ascii', 'replace')


def literal():
    return b'ready'.encode('utf-8')  # [encode-on-bytes]
