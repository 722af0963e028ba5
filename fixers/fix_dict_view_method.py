"""Flags calls to the removed `dict.viewkeys()`, `viewvalues()` and `viewitems()`.

## What it does
Finds `.viewkeys()`, `.viewvalues()` and `.viewitems()` called without
arguments and offers `.keys()`, `.values()` or `.items()` as the fix.

## Why is this bad?
Python 2.7 added the `view*` methods to preview Python 3's dictionary
views; Python 3 then renamed them to the plain `keys()`, `values()` and
`items()`, so the old names raise
`AttributeError: 'dict' object has no attribute 'viewkeys'`.

## Example
```python
def changed_keys(old, new):
    return old.viewkeys() ^ new.viewkeys()
```

Use instead:
```python
def changed_keys(old, new):
    return set(old) ^ set(new)
```

## Caveats
The receiver's type is unknown, so any object with such a method is
flagged (hence medium confidence). On Python 2 `keys()` returns a list,
which has no set operators: code that must still run there can use
`set(d)` or `six.viewkeys(d)`.

## References
- What's New In Python 3.0, "Views And Iterators Instead Of Lists"
- PEP 3106, "Revamping dict.keys(), .values() and .items()"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

METHODS = {"viewitems": "items", "viewkeys": "keys", "viewvalues": "values"}


class FixDictViewMethod(Py3Fix):
    RULE = Rule(
        id="PY204",
        symbol="dict-view-method",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`dict.{method}()` was renamed in Python 3: use `.{new}()`",
        fix_hint="call keys()/values()/items(), which return views on Python 3",
    )
    PATTERN = "power< any+ trailer< '.' method=(%s) > trailer< '(' ')' > any* >" % (
        "|".join(map(repr, sorted(METHODS))))

    def transform(self, node, results):
        method = results["method"][0]
        new = METHODS[method.value]
        self.report(method, fix=new, method=method.value, new=new)
