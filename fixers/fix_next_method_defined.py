"""Flags an iterator class that defines `next()` but not `__next__()`.

## What it does
Finds `def next(self)` in a class that defines no `__next__` (as a method or
an alias such as `__next__ = next`), when the class looks like an iterator:
its `__iter__` returns `self`, or it has no `__iter__` and `next` takes no
argument besides `self`.

## Why is this bad?
Python 3's iterator protocol calls `__next__`. A `for` loop over such an
object fails with `TypeError: iter() returned non-iterator of type ...`, and
`next(obj)` raises `TypeError: ... object is not an iterator`.

## Example
```python
class LineReader(object):
    def __init__(self, stream):
        self.stream = stream

    def __iter__(self):
        return self

    def next(self):
        line = self.stream.readline()
        if not line:
            raise StopIteration
        return line.rstrip("\\n")
```

Use instead:
```python
class LineReader(object):
    def __init__(self, stream):
        self.stream = stream

    def __iter__(self):
        return self

    def __next__(self):
        line = self.stream.readline()
        if not line:
            raise StopIteration
        return line.rstrip("\\n")

    next = __next__
```

## Caveats
Confidence is high when `__iter__` returns `self`, medium when the class
has no `__iter__` (another object's `__iter__` may return it, or `next` may
be an ordinary method such as a linked-list link). Not flagged: a decorated
`next` (a `@property` on a pagination object is no iterator method), and a
class whose `__iter__` is a generator or returns another object, because
iteration then never calls `next`. Calls such as `it.next()` are reported
by the names rules.

## References
- PEP 3114 (Renaming iterator.next() to iterator.__next__())
"""

from fissix.pgen2 import token

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


def _walk_body(node):
    """``node`` and its descendants, without entering nested defs and lambdas."""
    yield node
    for child in node.children:
        if child.type not in (
            su.syms.funcdef,
            su.syms.classdef,
            su.syms.lambdef,
            su.syms.old_lambdef,
        ):
            yield from _walk_body(child)


class FixNextMethodDefined(Py3Fix):
    RULE = Rule(
        id="PY305",
        symbol="next-method-defined",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        message="`{cls}` defines next() but not __next__(): Python 3 does not "
        "treat its instances as iterators (TypeError)",
        fix_hint="rename the method to __next__ and add `next = __next__` for Python 2",
    )
    PATTERN = "funcdef< 'def' name='next' params=parameters any* >"

    def transform(self, node, results):
        cls = su.enclosing_class(node)
        if cls is None or node.parent.type == self.syms.decorated:
            return None
        members = su.class_members(cls)
        if "__next__" in members or self._rebound_as_property(cls):
            return None
        only_self = (
            len(results["params"].children) == 3
            and results["params"].children[1].type == token.NAME
        )
        iter_method = members.get("__iter__")
        if iter_method is None:
            if not only_self:
                return None
            confidence = Confidence.MEDIUM
        else:
            definition = iter_method.parent
            if definition.type != self.syms.funcdef:
                confidence = Confidence.MEDIUM
            elif self._returns_self(definition):
                confidence = Confidence.HIGH
            else:
                return None
        self.report(results["name"], confidence=confidence, cls=cls.children[1].value)

    def _rebound_as_property(self, cls):
        """`next = property(next)` in the class body: an attribute, not an iterator."""
        for stmt in su.suite_statements(cls.children[-1]):
            for small in su.small_statements(stmt):
                kids = small.children if small.type == self.syms.expr_stmt else ()
                if (
                    len(kids) == 3
                    and su.is_leaf(kids[0], "next")
                    and kids[1].type == token.EQUAL
                    and kids[2].type == self.syms.power
                    and su.is_leaf(kids[2].children[0], "property")
                ):
                    return True
        return False

    def _returns_self(self, definition):
        """True if the method has a `return self` (and is no generator)."""
        found = False
        for node in _walk_body(definition.children[-1]):
            if (
                node.type == self.syms.return_stmt
                and su.text(node.children[1]) == "self"
            ):
                found = True
            if su.is_leaf(node, "yield"):
                return False
        return found
