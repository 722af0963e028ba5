# -*- coding: utf-8 -*-
"""Response helpers for the shop front (UTF-8 source)."""

EURO = b"€"  # [non-ascii-bytes-literal]
SEPARATOR = B' — '  # [non-ascii-bytes-literal]
RAW = br"caf\é"  # [non-ascii-bytes-literal]
ESCAPED = b"caf\xc3\xa9"
ASCII = b"Content-Type"
EMPTY = b''
TEXT = u"café"
NATIVE = "naïve"  # a plain literal: not this rule's concern
RAW_TEXT = r"\d+ café"
CURRENCY = u'caf\xe9'


def headers(length):
    # b"é" in a comment is not code
    return [
        (b"Content-Length", str(length)),
        (b"X-Powered-By", b"caf" + b"\xc3\xa9"),
        (b"X-Greeting", b"h\xe9llo " b"wörld"),  # [non-ascii-bytes-literal]
    ]
