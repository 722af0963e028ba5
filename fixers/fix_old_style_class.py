"""Flags `class C:` and `class C():` without bases: old-style classes on Python 2.

## What it does
Finds class statements with no base classes, in modules that do not set
`__metaclass__` at module level, when the class body does not set it either.
This rule is opt-in: select it with `--select PY318`.

## Why is this bad?
On Python 2 such a class is old-style; on Python 3 every class is
new-style. Behaviour differs in corners: the method resolution order of
diamond hierarchies, special methods looked up on the type rather than the
instance (`obj.__len__ = ...` stops working), `__getattr__` no longer
catching dunder lookups, `__slots__` and descriptors (`property` setters)
starting to work, and `type(obj)` naming the class instead of `instance`.
Making the class inherit from `object` gives both versions the same
semantics, so tests on Python 2 cover Python 3 behaviour.

## Example
```python
class Settings:
    debug = False
```

Use instead:
```python
class Settings(object):
    debug = False
```

## Caveats
Most old-style classes behave the same once new-style, so this is guidance
(info, low confidence), not an error. A module-level `__metaclass__ = type`
already makes every such class new-style on Python 2 and silences the rule.

## References
- Python 2 documentation, "New-style and classic classes"
- Python 2.2 "Unifying types and classes" (descrintro)
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixOldStyleClass(Py3Fix):
    RULE = Rule(
        id="PY318",
        symbol="old-style-class",
        category=Category.SEMANTICS,
        severity=Severity.INFO,
        confidence=Confidence.LOW,
        default=False,
        message="`{name}` is an old-style class on Python 2 but new-style on "
        "Python 3 (MRO, special-method lookup and descriptors differ)",
        fix_hint="inherit from object so both versions use new-style semantics",
    )
    PATTERN = "classdef< 'class' name=NAME ['(' ')'] ':' any >"

    def transform(self, node, results):
        if su.module_metaclass(self.ctx, node):
            return None
        if "__metaclass__" in su.class_members(node):
            return None
        self.report(results["name"], name=results["name"].value)
