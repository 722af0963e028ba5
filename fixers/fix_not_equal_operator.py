"""Flags the `<>` inequality operator.

## What it does
Finds comparisons written with `<>`, Python 2's old spelling of `!=`.

## Why is this bad?
Python 3 only knows `!=`; `a <> b` is a SyntaxError there, so the module does
not import at all.

## Example
```python
if status <> 200:
    retry()
```

Use instead:
```python
if status != 200:
    retry()
```

## References
- What's New In Python 3.0, "Removed Syntax"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixNotEqualOperator(Py3Fix):
    RULE = Rule(
        id="PY104",
        symbol="not-equal-operator",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="`<>` is a SyntaxError on Python 3; use `!=`",
        fix_hint="replace `<>` with `!=`",
    )
    PATTERN = "'<>'"

    def transform(self, node, results):
        self.report(node, fix="!=")
