"""Flags an unparenthesised tuple after `in` in a list comprehension.

## What it does
Finds comprehensions that loop over a bare tuple: `[x for x in 1, 2, 3]`,
which Python 2 accepted in list comprehensions.

## Why is this bad?
Python 3 requires the tuple to be parenthesised; `[x for x in 1, 2, 3]` is a
SyntaxError there and the module fails to import.

## Example
```python
methods = [m.upper() for m in "get", "head"]
```

Use instead:
```python
methods = [m.upper() for m in ("get", "head")]
```

## References
- What's New In Python 3.0, "Changed Syntax"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixListComprehensionTuple(Py3Fix):
    RULE = Rule(
        id="PY116",
        symbol="list-comprehension-tuple",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="unparenthesised tuple `{items}` after `in` is a SyntaxError "
                "on Python 3",
        fix_hint="put parentheses around the tuple: `for x in (a, b)`",
    )
    # testlist_safe only exists where commas follow `in` in a comprehension.
    PATTERN = "comp_for< any* 'in' items=testlist_safe any* >"

    def transform(self, node, results):
        items = results["items"]
        text = str(items)[len(items.prefix):]
        short = " ".join(leaf.value for leaf in items.leaves()).replace(" ,", ",")
        if len(short) > 40:
            short = short[:37] + "..."
        self.report(items, items=short, fix=f"({text})")
