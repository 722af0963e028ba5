"""Flags `round(x)` with one argument, which returns an int on Python 3.

## What it does
Finds calls of the builtin `round()` with a single argument.

## Why is this bad?
On Python 2, `round(2.5)` is the float `3.0`: halves round away from zero.
On Python 3 it is the int `2`: halves round to the even neighbour
(`round(0.5) == 0`, `round(1.5) == 2`), and the result is an `int`. Totals,
prices and pixel positions silently change, and code that formats or divides
the result sees an int where it had a float.

## Example
```python
def stars(rating):
    return round(rating)
```

Use instead:
```python
import math


def stars(rating):
    return float(math.floor(rating + 0.5))
```

## Caveats
With `ndigits` (`round(x, 2)`) both versions return a float; only the
rounding of exact halves differs, and binary floats are rarely exact
halves, so that form is not flagged. `int(round(x))` keeps the type, so it
is reported with low confidence (the half-way rule still changes).
`round` rebound in the module (`from builtins import round`, a parameter)
is not the builtin and is skipped.

## References
- What's New In Python 3.0, "Builtins" (round() rounding strategy and return type)
"""

from fissix.pgen2 import token

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixRoundBuiltin(Py3Fix):
    RULE = Rule(
        id="PY308",
        symbol="round-builtin",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        confidence=Confidence.MEDIUM,
        message="round() with one argument returns an int on Python 3 and rounds "
        "halves to even (Python 2: a float, halves away from zero)",
        fix_hint="use math.floor(x + 0.5) for Python 2 rounding, or accept the int "
        "and banker's rounding explicitly",
    )
    PATTERN = "power< name='round' args=trailer< '(' arg=any ')' > any* >"

    def transform(self, node, results):
        name, arg = results["name"], results["arg"]
        if not scope.for_node(self.ctx, name).is_builtin(name):
            return None
        if arg.type == self.syms.arglist or (
            arg.type == self.syms.argument
            and arg.children[0].type in (token.STAR, token.DOUBLESTAR)
        ):
            return None
        confidence = None
        if len(node.children) == 2:
            use = su.value_use(self.ctx, node)
            if (
                use.kind == "call"
                and use.position == 0
                and use.detail in ("builtins.int", "builtins.long")
            ):
                confidence = Confidence.LOW
        self.report(name, end=results["args"], confidence=confidence)
