"""Flags references to the `unicode` builtin, which Python 3 renamed to `str`.

## What it does
Finds every use of `unicode` as a builtin: calls such as `unicode(value)`,
and plain references such as `isinstance(value, unicode)`. A module that
binds the name itself (`unicode = str`, or the `try: unicode except
NameError: unicode = str` shim) is not flagged, nor are attributes
(`field.unicode`) and keyword arguments.

## Why is this bad?
Python 3's `str` is the Unicode text type and there is no `unicode`
builtin: the first use raises `NameError: name 'unicode' is not defined`.

## Example
```python
def as_text(value):
    if isinstance(value, unicode):
        return value
    return unicode(value, "utf-8")
```

Use instead:
```python
import six


def as_text(value):
    if isinstance(value, six.text_type):
        return value
    return value.decode("utf-8")
```

## Caveats
A reference inside a `try` block that catches `NameError` is a
compatibility shim and is not flagged. Version checks (`if PY2: text =
unicode`) are still flagged.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixUnicodeBuiltin(Py3Fix):
    RULE = Rule(
        id="PY401",
        symbol="unicode-builtin",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`unicode` is not a builtin on Python 3 (NameError): use `str`",
        fix_hint="use str (or six.text_type in code that still runs on Python 2)",
    )
    PATTERN = "'unicode'"

    def transform(self, node, results):
        if scope.missing_builtin(self.ctx, node):
            self.report(node, fix="str")
