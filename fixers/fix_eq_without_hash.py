"""Flags a class that defines `__eq__` but not `__hash__`.

## What it does
Finds `def __eq__` in a new-style class whose body neither defines nor
assigns `__hash__` (`__hash__ = None` counts: it states the intent).

## Why is this bad?
On Python 3 a class that defines `__eq__` without `__hash__` gets
`__hash__ = None`: its instances are unhashable, and putting one in a set or
using it as a dict key raises `TypeError: unhashable type`. Python 2 kept
the identity-based hash of new-style classes, so code that caches or
deduplicates such objects breaks only on Python 3.

## Example
```python
class UserId(object):
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, UserId) and self.value == other.value
```

Use instead:
```python
class UserId(object):
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, UserId) and self.value == other.value

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.value)
```

## Caveats
A class without bases is old-style on Python 2 (unless the module sets
`__metaclass__ = type`), and old-style instances with `__eq__` were already
unhashable there, so such classes are not flagged. With bases other than
`object` the confidence is low: a base may be old-style, or the class may
never be hashed. A `__hash__` inherited from a base does not help on
Python 3 (defining `__eq__` resets it), so bases never silence the rule.

## References
- Python 3 data model, `object.__hash__`
- What's New In Python 3.0, "Operators And Special Methods"
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixEqWithoutHash(Py3Fix):
    RULE = Rule(
        id="PY309",
        symbol="eq-without-hash",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        confidence=Confidence.MEDIUM,
        message="`{cls}` defines __eq__ but not __hash__: its instances are "
        "unhashable on Python 3 (TypeError in sets and as dict keys)",
        fix_hint="define __hash__ consistent with __eq__, or set `__hash__ = None` "
        "if instances must not be hashed",
    )
    PATTERN = "funcdef< 'def' name='__eq__' parameters any* >"

    def transform(self, node, results):
        cls = su.enclosing_class(node)
        if cls is None:
            return None
        members = su.class_members(cls)
        if "__hash__" in members:
            return None
        bases = [su.text(base) for base in su.class_bases(cls)]
        if (
            not bases
            and "__metaclass__" not in members
            and not su.module_metaclass(self.ctx, node)
        ):
            return None  # old-style: unhashable on Python 2 already
        confidence = (
            None
            if all(b in ("object", "__builtin__.object") for b in bases)
            else Confidence.LOW
        )
        self.report(results["name"], confidence=confidence, cls=cls.children[1].value)
