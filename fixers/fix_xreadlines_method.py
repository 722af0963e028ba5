"""Flags calls to the removed `file.xreadlines()` method.

## What it does
Finds `f.xreadlines()` called without arguments (and `f.xreadlines` used
without a call). When the call is what a
`for` loop or comprehension iterates over, it offers the file object itself
as the fix (`for line in f:`).

## Why is this bad?
Python 3 file objects have no `xreadlines` method: the call raises
`AttributeError: '_io.TextIOWrapper' object has no attribute 'xreadlines'`.
Files have been their own line iterators since Python 2.3.

## Example
```python
def count_lines(path):
    with open(path) as stream:
        return sum(1 for line in stream.xreadlines())
```

Use instead:
```python
def count_lines(path):
    with open(path) as stream:
        return sum(1 for line in stream)
```

## Caveats
The receiver's type is unknown, so any object with an `xreadlines()`
method is flagged (hence medium confidence). Outside a loop, `iter(f)` is
the equivalent.

## References
- What's New In Python 3.0, "Builtins" (the `file` type is gone)
"""

from fissix.pygram import python_symbols as syms

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

LOOPS = (syms.for_stmt, syms.comp_for)


class FixXreadlinesMethod(Py3Fix):
    RULE = Rule(
        id="PY209",
        symbol="xreadlines-method",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`xreadlines()` was removed in Python 3: iterate over the file itself",
        fix_hint="loop over the file object directly, or use iter(f)",
    )
    PATTERN = """
        power< any+ method=trailer< '.' 'xreadlines' > call=trailer< '(' ')' > any* >
        | power< any+ method=trailer< '.' 'xreadlines' > >
    """

    def transform(self, node, results):
        method, call = results["method"], results.get("call")
        if call is None:  # `lines = f.xreadlines`: fails just the same
            self.report(method.children[1])
            return None
        fix = None
        looped = node.parent is not None and node.parent.type in LOOPS
        if looped and call is node.children[-1] and node.prev_sibling.value == "in":
            receiver = node.children[:node.children.index(method)]
            fix = "".join(map(str, receiver))[len(node.prefix):]
        if fix is None:
            self.report(method.children[1])
        else:  # the fix replaces the whole `f.xreadlines()` with `f`
            self.report(node, end=call, fix=fix)
