"""Flags text given to bytes-only APIs: hashing, HMAC, base64, zlib, struct, files.

## What it does
Finds calls whose argument must be bytes on Python 3 (`hashlib.md5(x)`,
`hash.update(x)`, `hmac.new(key, msg)`, `base64.b64encode(x)`,
`binascii.hexlify(x)`, `zlib.compress(x)`, `zlib.crc32(x)`,
`struct.unpack(fmt, x)`, the `'s'` fields of `struct.pack()`, `os.write()`,
`bytearray(x)`, `sendall()`, and `write()` on a file opened in binary mode or
an `io.BytesIO`) where py3ready's type model knows the argument is text or
a native `str`: a plain literal, `u''`, `'%s' % ...`, `str()`,
`json.dumps()`, `hexdigest()`, an environ value.

## Why is this bad?
On Python 2 a native `str` was bytes and `unicode` was encoded with ASCII
on the fly. On Python 3 these functions refuse `str`: `hashlib.md5('x')`
raises `TypeError: Strings must be encoded before hashing`,
`base64.b64encode('x')` and `f.write('x')` on a binary file raise
`TypeError: a bytes-like object is required, not 'str'`, and
`struct.pack('4s', 'abcd')` raises `struct.error`.

## Example
```python
import hashlib


def password_hash(environ):
    password = environ.get('HTTP_X_PASSWORD', '')
    return hashlib.sha256('salt:' + password).hexdigest()
```

Use instead:
```python
import hashlib


def password_hash(environ):
    password = environ.get('HTTP_X_PASSWORD', '')
    data = ('salt:' + password).encode('utf-8')
    return hashlib.sha256(data).hexdigest()
```

## Caveats
Arguments the type model cannot follow (parameters, attributes, unknown
functions) are not flagged: `hashlib.md5(email)` with `email` a parameter
is quiet. Native strings are reported with medium confidence
when they come from a name or from the WSGI environ. Data read from a file
opened in text mode is PY411's (`text-mode-binary-data`).

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- hashlib documentation ("Feeding string objects into update() is not supported")
"""

from py3ready import sinks
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixTextPassedAsBytes(Py3Fix):
    RULE = Rule(
        id="PY410",
        symbol="text-passed-as-bytes",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="{api} takes bytes on Python 3 and raises {error} for str: {subject}",
        fix_hint="encode the text first (value.encode('utf-8')), or use b'' literals",
    )
    PATTERN = sinks.BYTES_CALL_PATTERN

    def transform(self, node, results):
        if tm.python_version_branch(node) == 2:
            return None
        for argument, api in sinks.bytes_calls(self.ctx, node):
            value = tm.value_of(self.ctx, argument)
            if value.kind not in (tm.Kind.TEXT, tm.Kind.NATIVE):
                continue
            if value.source == "text-file" or tm.type_checked(
                    node, tm.snippet(argument, 200)):
                continue  # text-file data: PY411 asks for binary mode instead
            confidence = None if tm.certain(value) else Confidence.MEDIUM
            error = "struct.error" if api.startswith("`struct.") else "TypeError"
            self.report(argument, confidence=confidence, api=api, error=error,
                        subject=tm.explain(tm.snippet(argument), value))
        return None
