"""Flags ordering comparisons with `None` (`x > None`, `None < y`).

## What it does
Finds `<`, `<=`, `>` and `>=` where one operand is the literal `None`.

## Why is this bad?
Python 2 ordered `None` below every other object, so `x > None` was a
cheap "is set and positive-ish" test and `max(a, None)` worked. Python 3
refuses to order unrelated types: the comparison raises
`TypeError: '>' not supported between instances of 'int' and 'NoneType'`.

## Example
```python
def is_expired(expires_at, now):
    return expires_at < now and expires_at > None
```

Use instead:
```python
def is_expired(expires_at, now):
    return expires_at is not None and expires_at < now
```

## Caveats
Only a literal `None` is detected; a variable that holds `None` at run time,
and sorting lists that contain `None`, are not.

## References
- What's New In Python 3.0, "Ordering Comparisons"
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixNoneOrderingComparison(Py3Fix):
    RULE = Rule(
        id="PY316",
        symbol="none-ordering-comparison",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        message="`{op}` with None raises TypeError on Python 3 (Python 2 ordered "
        "None below everything)",
        fix_hint="test `x is None` / `x is not None` explicitly before comparing",
    )
    PATTERN = "comparison< any* op=('<' | '>' | '<=' | '>=') any* >"

    def transform(self, node, results):
        kids = node.children
        for i in range(1, len(kids) - 1, 2):
            op = kids[i]
            if not (
                su.is_leaf(op, "<")
                or su.is_leaf(op, ">")
                or su.is_leaf(op, "<=")
                or su.is_leaf(op, ">=")
            ):
                continue
            if su.is_leaf(su.unparen(kids[i - 1]), "None") or su.is_leaf(
                su.unparen(kids[i + 1]), "None"
            ):
                self.report(kids[i - 1], end=kids[i + 1], op=op.value)
