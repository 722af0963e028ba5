"""Flags `.encode()` on a value that is bytes on Python 3.

## What it does
Finds `x.encode(...)` where py3ready's type model knows that `x` is bytes on
Python 3: a `b''` literal, the result of an earlier `.encode()`, `base64`,
`zlib`, `struct.pack()`, a hash's `digest()`, `subprocess.check_output()`,
or data read from a file opened in binary mode or from `wsgi.input`.

## Why is this bad?
Python 3's `bytes` has no `encode()` method: the call raises
`AttributeError: 'bytes' object has no attribute 'encode'`. Python 2's `str`
had one, which first decoded the bytes with ASCII, so it only ever worked
for ASCII data and raised `UnicodeDecodeError` for anything else.

## Example
```python
import base64


def basic_auth(user, password):
    token = base64.b64encode(user + b':' + password)
    return 'Basic ' + token.encode('ascii')
```

Use instead:
```python
import base64


def basic_auth(user, password):
    token = base64.b64encode(user + b':' + password)
    return 'Basic ' + token.decode('ascii')
```

## Caveats
Only values the type model can follow are checked. Calls in a
Python-2-only branch (`if six.PY2:`) or in a `try` that catches
`AttributeError` are not flagged. `.encode('hex')` and the other non-text
codecs are PY404's.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixEncodeOnBytes(Py3Fix):
    RULE = Rule(
        id="PY406",
        symbol="encode-on-bytes",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="{subject}: bytes has no .encode() on Python 3 (AttributeError)",
        fix_hint="encode only text: drop the .encode(), or .decode() if text is wanted",
    )
    PATTERN = "power< any+ trailer< '.' 'encode' > trailer< '(' [any] ')' > any* >"

    def transform(self, node, results):
        for attr, receiver, text in tm.codec_calls(self.ctx, node, "encode"):
            if receiver.kind in (tm.Kind.BYTES,):
                confidence = None if tm.certain(receiver) else Confidence.MEDIUM
                self.report(attr.children[1], confidence=confidence,
                            subject=tm.explain(text, receiver))
