"""Flags special methods Python 3 never calls: `__nonzero__`, `__cmp__`, `__div__`, ...

## What it does
Finds a class that defines `__nonzero__`, `__cmp__`, `__div__`, `__idiv__`,
`__rdiv__`, `__getslice__`, `__setslice__`, `__delslice__`, `__coerce__`,
`__oct__`, `__hex__`, `__long__` or `__unicode__` without also defining
(or aliasing) the method Python 3 uses instead.

## Why is this bad?
Python 3 silently ignores these methods. Instances with only `__nonzero__`
are always true; with only `__cmp__`, `<` raises `TypeError` and `==`
compares identity; with only `__div__`, `/` raises `TypeError`; slicing
calls `__getitem__` with a slice object; `hex()`/`oct()` need `__index__`;
`int()` needs `__int__`; `str()` uses `__str__`, not `__unicode__`.

## Example
```python
class Cart(object):
    def __init__(self, items):
        self.items = items

    def __nonzero__(self):
        return bool(self.items)
```

Use instead:
```python
class Cart(object):
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        return bool(self.items)

    __nonzero__ = __bool__
```

## Caveats
A counterpart counts when the class body defines or assigns it; one
inherited from a base class is not seen. `__cmp__` is quiet only next to
`__eq__` plus an ordering method. `__getslice__` next to a `__getitem__`
that mentions `slice` is quiet; next to one that does not, low confidence.
`__unicode__` is quiet with `__str__ = __unicode__` or six's or Django's
`python_2_unicode_compatible`; next to a separate `__str__` it is medium
confidence, because Python 2 code usually makes that `__str__` return bytes.

## References
- What's New In Python 3.0, "Operators And Special Methods"
- PEP 3100 (Miscellaneous Python 3.0 Plans)
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

# method -> (Python 3 counterparts, what happens and what to do instead)
REMOVED = {
    "__nonzero__": (("__bool__",), "instances are always true; define `__bool__`"),
    "__cmp__": (
        ("__eq__", "__lt__"),
        "`<` raises TypeError and `==` compares "
        "identity; define `__eq__` and `__lt__` (with functools.total_ordering)",
    ),
    "__div__": (
        ("__truediv__",),
        "`/` raises TypeError; define `__truediv__` " "(and `__floordiv__`)",
    ),
    "__idiv__": (
        ("__itruediv__",),
        "`/=` uses `__itruediv__` (or `__truediv__`); " "define `__itruediv__`",
    ),
    "__rdiv__": (
        ("__rtruediv__",),
        "`x / obj` raises TypeError; define `__rtruediv__`",
    ),
    "__getslice__": (
        ("__getitem__",),
        "slicing calls `__getitem__` with a slice " "object; handle slices there",
    ),
    "__setslice__": (
        ("__setitem__",),
        "slice assignment calls `__setitem__` with a "
        "slice object; handle slices there",
    ),
    "__delslice__": (
        ("__delitem__",),
        "`del obj[i:j]` calls `__delitem__` with a "
        "slice object; handle slices there",
    ),
    "__coerce__": (
        (),
        "mixed-type arithmetic is not coerced; convert the other "
        "operand inside the arithmetic methods",
    ),
    "__oct__": (("__index__",), "oct() uses `__index__`; define `__index__`"),
    "__hex__": (("__index__",), "hex() uses `__index__`; define `__index__`"),
    "__long__": (("__int__",), "int() uses `__int__`; define `__int__`"),
    "__unicode__": (
        ("__str__",),
        "str() uses `__str__`; define `__str__` returning " "text",
    ),
}
_ORDERING = ("__lt__", "__le__", "__gt__", "__ge__")
_SLICES = ("__getslice__", "__setslice__", "__delslice__")
_UNICODE_DECORATORS = ("python_2_unicode_compatible",)


class FixRemovedSpecialMethod(Py3Fix):
    RULE = Rule(
        id="PY304",
        symbol="removed-special-method",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        message="Python 3 never calls `{name}`: {advice}",
        fix_hint="define the Python 3 method (or alias it in the class body) so both "
        "versions behave the same",
    )
    PATTERN = "funcdef< 'def' name=(%s) any* >" % " | ".join(
        f"'{name}'" for name in REMOVED
    )

    def transform(self, node, results):
        name = results["name"][0]
        cls = su.enclosing_class(node)
        if cls is None:
            return None
        members = su.class_members(cls)
        counterparts, advice = REMOVED[name.value]
        confidence = Confidence.HIGH
        if name.value == "__cmp__":
            if "__eq__" in members and any(m in members for m in _ORDERING):
                return None
            if "__eq__" in members:
                advice = (
                    "`<` raises TypeError; define `__lt__` (with "
                    "functools.total_ordering)"
                )
        elif name.value == "__unicode__":
            if any(
                d.rsplit(".", 1)[-1] in _UNICODE_DECORATORS
                for d in su.decorator_names(cls)
            ):
                return None
            alias = members.get("__str__")
            if alias is not None and alias.parent.type == self.syms.expr_stmt:
                return None  # `__str__ = __unicode__`
            if alias is not None:
                confidence = Confidence.MEDIUM
                advice = (
                    "str() uses `__str__`, which Python 2 code usually makes "
                    "return bytes; make `__str__` return text"
                )
        elif name.value in _SLICES and counterparts[0] in members:
            if self._handles_slices(members[counterparts[0]]):
                return None
            confidence = Confidence.LOW
        elif any(c in members for c in counterparts):
            return None
        self.report(name, confidence=confidence, name=name.value, advice=advice)

    def _handles_slices(self, leaf):
        definition = leaf.parent
        return definition.type == self.syms.funcdef and "slice" in str(
            definition.children[-1]
        )
