"""Flags the Python 2 function and method attributes `func_name`, `im_self` and friends.

## What it does
Finds attribute access to `func_name`, `func_code`, `func_defaults`,
`func_globals`, `func_closure`, `func_dict` and `func_doc` on functions,
and `im_func`, `im_self` and `im_class` on methods, and offers the dunder
spelling (`__name__`, `__code__`, `__func__`, ...) as the fix.

## Why is this bad?
Python 3 kept only the dunder names, which Python 2.6 already had, so
`view.func_name` raises
`AttributeError: 'function' object has no attribute 'func_name'`.
`im_class` has no direct replacement: bound methods no longer know the
class they were looked up on; `type(m.__self__)` is the closest.

## Example
```python
def route_name(view):
    return view.func_name
```

Use instead:
```python
def route_name(view):
    return view.__name__
```

## Caveats
Any object with such an attribute is flagged (hence medium confidence).
When the file itself assigns that attribute (`self.func_name = ...`) or
defines it in a class body, it is probably the program's own attribute and
the confidence drops to low.

## References
- What's New In Python 3.0, "Operators And Special Methods"
"""

from fissix.pgen2 import token

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

# attribute -> (Python 3 spelling, exact replacement text or None)
RENAMED_ATTRIBUTES = {
    "func_closure": ("__closure__", "__closure__"),
    "func_code": ("__code__", "__code__"),
    "func_defaults": ("__defaults__", "__defaults__"),
    "func_dict": ("__dict__", "__dict__"),
    "func_doc": ("__doc__", "__doc__"),
    "func_globals": ("__globals__", "__globals__"),
    "func_name": ("__name__", "__name__"),
    "im_class": ("type(m.__self__)", None),
    "im_func": ("__func__", "__func__"),
    "im_self": ("__self__", "__self__"),
}


class FixFunctionAttribute(Py3Fix):
    RULE = Rule(
        id="PY211",
        symbol="function-attribute",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`{attr}` does not exist on Python 3: use `{new}`",
        fix_hint="use the dunder attribute (available since Python 2.6)",
    )
    PATTERN = "power< any+ trailer< '.' (%s) > any* >" % "|".join(
        map(repr, sorted(RENAMED_ATTRIBUTES)))

    def transform(self, node, results):
        index = scope.for_node(self.ctx, node)
        own = index.assigned_attributes | index.class_members
        for i, trailer in enumerate(node.children[1:], 1):  # m.im_func.func_name
            attr = trailer.children[-1]
            if trailer.children[0].type != token.DOT or (
                    attr.value not in RENAMED_ATTRIBUTES):
                continue
            if i == len(node.children) - 1 and su.is_assigned(node):
                continue  # `f.func_name = name` just sets a new attribute on Python 3
            if su.hasattr_guarded(node, node.children[:i], attr.value):
                continue  # `if hasattr(f, "im_func"): f = f.im_func`: a feature test
            new, fix = RENAMED_ATTRIBUTES[attr.value]
            self.report(attr, confidence=Confidence.LOW if attr.value in own else None,
                        fix=fix, attr=attr.value, new=new)
