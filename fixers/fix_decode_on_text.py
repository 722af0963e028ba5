"""Flags `.decode()` on a value that is already text on Python 3.

## What it does
Finds `x.decode(...)` where py3ready's type model knows that `x` is a `str`
on Python 3: a native string literal (`'caf\\xc3\\xa9'.decode('utf-8')`),
text (`u''`, a literal under `unicode_literals`, the result of `.decode()`),
or a native string from outside: WSGI environ values such as
`environ['PATH_INFO']`, `sys.argv`, `str()`, `json.dumps()`, `hexdigest()`,
`urllib.quote()` and data read from a file opened in text mode.

## Why is this bad?
Python 3's `str` has no `decode()` method, so the call raises
`AttributeError: 'str' object has no attribute 'decode'`. Python 2 allowed it
because these values were byte strings; `unicode.decode()` even worked for
ASCII text, by encoding it with the default codec first.

## Example
```python
def script_name(environ):
    return environ.get('SCRIPT_NAME', '').decode('utf-8')
```

Use instead:
```python
import six


def script_name(environ):
    name = environ.get('SCRIPT_NAME', '')
    if six.PY2:
        return name.decode('utf-8')
    return name.encode('latin-1').decode('utf-8')
```

## Caveats
Only values the type model can follow are checked: a parameter or an
attribute is unknown, so `self.name.decode()` is not flagged. Calls in a
Python-2-only branch (`if six.PY2:`) or in a `try` that catches
`AttributeError` are not flagged. `.decode('hex')` and the other non-text
codecs are PY404's.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- PEP 3333, "Unicode Issues" (environ values are native strings)
"""

from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixDecodeOnText(Py3Fix):
    RULE = Rule(
        id="PY405",
        symbol="decode-on-text",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="{subject}: str has no .decode() on Python 3 (AttributeError)",
        fix_hint="decode only bytes; text needs no decoding (keep it, or encode it "
                 "where bytes are wanted)",
    )
    PATTERN = "power< any+ trailer< '.' 'decode' > trailer< '(' [any] ')' > any* >"

    def transform(self, node, results):
        for attr, receiver, text in tm.codec_calls(self.ctx, node, "decode"):
            if receiver.kind in (tm.Kind.TEXT, tm.Kind.NATIVE):
                confidence = None if tm.certain(receiver) else Confidence.MEDIUM
                self.report(attr.children[1], confidence=confidence,
                            subject=tm.explain(text, receiver))
