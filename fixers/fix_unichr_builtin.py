"""Flags references to the `unichr` builtin, which Python 3 renamed to `chr`.

## What it does
Finds every use of `unichr` as a builtin. A module that binds the name
itself (`unichr = chr`, or a `try: unichr except NameError:` shim) is not
flagged, nor are attributes and keyword arguments.

## Why is this bad?
Python 3's `chr` returns a one-character text string for any code point
and there is no `unichr`: the first use raises
`NameError: name 'unichr' is not defined`.

## Example
```python
def bullet():
    return unichr(0x2022)
```

Use instead:
```python
def bullet():
    return u"\\u2022"
```

## Caveats
A reference inside a `try` block that catches `NameError` is a
compatibility shim and is not flagged. On Python 2 `chr` only accepts
0-255, so code for both versions uses `six.unichr`.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixUnichrBuiltin(Py3Fix):
    RULE = Rule(
        id="PY403",
        symbol="unichr-builtin",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`unichr` is not a builtin on Python 3 (NameError): use `chr`",
        fix_hint="use chr (or six.unichr in code that still runs on Python 2)",
    )
    PATTERN = "'unichr'"

    def transform(self, node, results):
        if scope.missing_builtin(self.ctx, node):
            self.report(node, fix="chr")
