"""Flags `it.next()` method calls on iterators.

## What it does
Finds `.next()` called with no arguments on any object, and offers
`next(it)` as the fix. `next(it)`, `six.next(it)` and `obj.next(arg)` are
not flagged. `self.next()` inside a class that defines its own `next`
method is reported with low confidence.

## Why is this bad?
Python 3 renamed the iterator method to `__next__`, so generators, files
and other iterators have no `next` attribute: the call raises
`AttributeError: 'generator' object has no attribute 'next'`. The `next()`
builtin works on both versions (since 2.6).

## Example
```python
def first_row(reader):
    return reader.next()
```

Use instead:
```python
def first_row(reader):
    return next(reader)
```

## Caveats
The receiver's type is unknown, so an object with its own `next()` method
(a paginator, a linked list) is flagged too: medium confidence. A class
that defines `next` for iteration also needs `__next__`; that is a
different rule. Attribute uses without a call (`node.next`) are not
flagged: the name is too common outside iterators.

## References
- PEP 3114, "Renaming iterator.next() to iterator.__next__()"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixNextMethodCall(Py3Fix):
    RULE = Rule(
        id="PY210",
        symbol="next-method-call",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="iterators have no `.next()` method on Python 3: call `next(it)`",
        fix_hint="call the next() builtin",
    )
    PATTERN = """
        power< any+ method=trailer< '.' 'next' > call=trailer< '(' ')' > any* >
    """

    def transform(self, node, results):
        method, call = results["method"], results["call"]
        receiver = node.children[:node.children.index(method)]
        if su.hasattr_guarded(node, receiver, "next"):
            return None  # a feature test: no `.next` on Python 3, so this never runs
        # self.next() in a class with its own next(): fine if the class keeps it
        low = Confidence.LOW if self._own_method(receiver) else None
        if call is node.children[-1]:
            text = "".join(map(str, receiver))[len(node.prefix):]
            self.report(node, end=call, confidence=low, fix=f"next({text})")
        else:  # `it.next().strip()`: the fix would need the rest of the chain
            self.report(method.children[1], end=call, confidence=low)

    def _own_method(self, receiver):
        """True for ``self.next()`` in a class whose body binds ``next``."""
        first = receiver[0]
        if len(receiver) != 1 or first.type != token.NAME or first.value != "self":
            return False
        current = first.parent
        while current is not None and current.type != syms.classdef:
            current = current.parent
        bound = scope.for_node(self.ctx, first).bound
        return current is not None and "next" in bound.get(id(current), ())
