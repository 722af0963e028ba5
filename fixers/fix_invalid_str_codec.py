"""Flags `.encode()` and `.decode()` with a codec that is no text encoding, like `hex`.

## What it does
Finds `.encode(...)` and `.decode(...)` calls whose codec argument is a
string literal naming a bytes-to-bytes codec (`hex`, `base64`, `zlib`,
`bz2`, `uu`, `quopri` and their aliases), the text-to-text `rot13`, or
`string_escape`, which Python 3 does not have at all.

## Why is this bad?
Python 2 let `str.encode` and `str.decode` use any codec. On Python 3
`str.encode` and `bytes.decode` only accept text encodings, so
`data.encode("hex")` raises
`LookupError: 'hex' is not a text encoding; use codecs.encode() to handle
arbitrary codecs`, and `"string_escape"` raises
`LookupError: unknown encoding: string_escape`.

## Example
```python
import hashlib


def etag(body):
    return '"%s"' % hashlib.md5(body).digest().encode("hex")
```

Use instead:
```python
import hashlib


def etag(body):
    return '"%s"' % hashlib.md5(body).hexdigest()
```

## Caveats
Only literal codec names are checked; a name held in a variable is not.
`codecs.encode(data, "hex")` and `codecs.decode(...)` accept every codec
and are not flagged.

## References
- What's New In Python 3.4, "Improvements to codec handling"
- The codecs documentation, "Binary Transforms" and "Text Transforms"
"""

import ast

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_BASE64 = "`base64.b64encode()`/`b64decode()`"
_HEX = "`binascii.hexlify()`/`unhexlify()`"
_QUOPRI = "`quopri.encodestring()`/`decodestring()`"
_ZLIB = "`zlib.compress()`/`decompress()`"
_BZ2 = "`bz2.compress()`/`decompress()`"
_ROT13 = "`codecs.encode(text, 'rot13')`"
# normalised codec name -> what to use instead
CODECS = {
    "base64": _BASE64, "base64_codec": _BASE64, "base_64": _BASE64,
    "bz2": _BZ2, "bz2_codec": _BZ2,
    "hex": _HEX, "hex_codec": _HEX,
    "quopri": _QUOPRI, "quopri_codec": _QUOPRI, "quoted_printable": _QUOPRI,
    "quotedprintable": _QUOPRI,
    "rot13": _ROT13, "rot_13": _ROT13,
    "string_escape": "the 'unicode_escape' codec, or `ast.literal_eval`",
    "uu": "`codecs.encode(data, 'uu')`", "uu_codec": "`codecs.encode(data, 'uu')`",
    "zip": _ZLIB, "zlib": _ZLIB, "zlib_codec": _ZLIB,
}
GONE = frozenset({"string_escape"})


class FixInvalidStrCodec(Py3Fix):
    RULE = Rule(
        id="PY404",
        symbol="invalid-str-codec",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`.{method}({codec!r})` raises LookupError on Python 3 ({reason}): "
                "use {replacement}",
        fix_hint="use the module that does the transform (binascii, base64, zlib)",
    )
    PATTERN = """
        power< any+ trailer< '.' ('encode'|'decode') > trailer< '(' any ')' > any* >
    """

    def transform(self, node, results):
        head = node.children[0]
        if head.type == token.NAME and (
                scope.for_node(self.ctx, node).qualify(head) == "codecs"):
            return None  # codecs.encode(obj, codec) takes any codec
        # one chain may hold several calls: data.encode('zlib').encode('base64')
        for method, call in zip(node.children[1:], node.children[2:]):
            if (method.type == syms.trailer and method.children[0].type == token.DOT
                    and method.children[1].value in ("encode", "decode")
                    and call.type == syms.trailer and len(call.children) == 3
                    and call.children[0].type == token.LPAR):
                self._check(method.children[1].value, call.children[1])
        return None

    def _check(self, method, args):
        literal = _codec_argument(args)
        if literal is None:
            return
        try:
            name = ast.literal_eval(str(literal).strip())
        except (ValueError, SyntaxError):
            return
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if not isinstance(name, str):
            return
        normal = "".join(c if c.isalnum() or c == "." else "_" for c in name.lower())
        if normal in CODECS:
            reason = "unknown encoding" if normal in GONE else "not a text encoding"
            self.report(literal, method=method, codec=name, reason=reason,
                        replacement=CODECS[normal])


def _codec_argument(args):
    """The STRING naming the codec in ``(codec, errors)`` or ``(encoding=codec)``."""
    candidates = args.children if args.type == syms.arglist else [args]
    first = candidates[0]
    if first.type == token.STRING:
        return first
    for argument in candidates:
        if argument.type == syms.argument and (
                getattr(argument.children[0], "value", None) == "encoding"):
            value = argument.children[2]
            return value if value.type == token.STRING else None
    return None
