r"""Flags string literals with the `ur` prefix: `ur'\d+'`.

## What it does
Finds string literals whose prefix is `ur` in any case (`ur`, `uR`, `Ur`,
`UR`): Python 2's raw unicode strings.

## Why is this bad?
Python 3.3 brought back the `u` prefix but not `ur`, so these literals are a
SyntaxError and the module fails to import. The meaning also differs from
Python 3's `r''`: Python 2 still decoded `\uXXXX` escapes inside `ur''`.

## Example
```python
SLUG = re.compile(ur"^[\w-]+$", re.UNICODE)
```

Use instead:
```python
SLUG = re.compile(u"^[\\w-]+$", re.UNICODE)
```

## Caveats
A fix is offered only for literals without backslashes (just drop the `r`).
With backslashes, use `u''` and double them, or `r''` together with
`from __future__ import unicode_literals`; a `\uXXXX` escape must be
written as the character itself, or `u''` with the escape.

## References
- PEP 414, "Explicit Unicode Literal for Python 3.3"
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixUnicodeRawPrefix(Py3Fix):
    RULE = Rule(
        id="PY109",
        symbol="unicode-raw-prefix",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="string prefix `{prefix}` is a SyntaxError on Python 3",
        fix_hint="use u'' with escaped backslashes, or r'' with unicode_literals",
    )
    PATTERN = "STRING"

    def transform(self, node, results):
        value = node.value
        prefix = value[: len(value) - len(value.lstrip("uUrRbBfF"))]
        if prefix.lower() != "ur":
            return None
        body = value[len(prefix):]
        fix = prefix[0] + body if "\\" not in body else None
        self.report(node, prefix=prefix, fix=fix)
