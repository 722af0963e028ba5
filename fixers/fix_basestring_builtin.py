"""Flags references to the `basestring` builtin, which Python 3 removed.

## What it does
Finds every use of `basestring` as a builtin, typically
`isinstance(value, basestring)`. A module that binds the name itself
(`basestring = str`, or a `try: basestring except NameError:` shim) is not
flagged, nor are attributes and keyword arguments.

## Why is this bad?
Python 3 has no common base class for text and bytes: the first use
raises `NameError: name 'basestring' is not defined`. Text is `str`,
binary data is `bytes`, and code must decide which one it accepts.

## Example
```python
def header_value(value):
    if not isinstance(value, basestring):
        value = str(value)
    return value
```

Use instead:
```python
import six


def header_value(value):
    if not isinstance(value, six.string_types):
        value = str(value)
    return value
```

## Caveats
A reference inside a `try` block that catches `NameError` is a
compatibility shim and is not flagged. Which replacement is right depends
on the data: `str` when only text is expected, `(str, bytes)` when both
are, `six.string_types` in code that must still run on Python 2.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixBasestringBuiltin(Py3Fix):
    RULE = Rule(
        id="PY402",
        symbol="basestring-builtin",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`basestring` is not a builtin on Python 3 (NameError): "
                "use `str`, `(str, bytes)` or `six.string_types`",
        fix_hint="check for str (text), bytes, or both explicitly",
    )
    PATTERN = "'basestring'"

    def transform(self, node, results):
        if scope.missing_builtin(self.ctx, node):
            self.report(node)
