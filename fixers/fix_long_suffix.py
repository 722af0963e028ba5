"""Flags integer literals with Python 2's long suffix: `10L`, `0xFFl`.

## What it does
Finds integer literals that end in `L` or `l`, which made them `long` on
Python 2.

## Why is this bad?
Python 3 has a single integer type of unlimited size and no suffix for it:
`10L` is a SyntaxError ("invalid decimal literal").

## Example
```python
MAX_UPLOAD = 2147483648L
```

Use instead:
```python
MAX_UPLOAD = 2147483648
```

## Caveats
Code that tests `type(x) is long` or calls `long()` needs porting too; the
names rules report those.

## References
- PEP 237, "Unifying Long Integers and Integers"
- What's New In Python 3.0, "Integers"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def _python3_spelling(literal):
    """The literal without its suffix, and with ``0o`` for an old octal."""
    digits = literal[:-1]
    if digits.isdigit() and digits.startswith("0") and digits.strip("0"):
        return None if set(digits) & set("89") else "0o" + digits[1:]
    return digits


class FixLongSuffix(Py3Fix):
    RULE = Rule(
        id="PY108",
        symbol="long-suffix",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="long suffix in `{literal}` is a SyntaxError on Python 3; "
                "write `{fixed}`",
        fix_hint="drop the L suffix: Python 3's int has no size limit",
    )
    PATTERN = "NUMBER"

    def transform(self, node, results):
        literal = node.value
        if literal[-1] not in "lL":
            return None
        fixed = _python3_spelling(literal)
        self.report(node, literal=literal, fixed=fixed or literal[:-1], fix=fixed)
