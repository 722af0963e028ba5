"""Flags `__metaclass__ = M` assignments, which Python 3 ignores.

## What it does
Finds `__metaclass__ = M` in a class body, and at module level when `M` is
not `type`.

## Why is this bad?
Python 3 takes the metaclass only from the class statement
(`class C(metaclass=M)`); a `__metaclass__` attribute is an ordinary class
attribute. The class is silently built by `type`: abstract methods of an
`ABCMeta` class are no longer enforced, registries filled by the metaclass
stay empty, and so on. A module-level `__metaclass__ = M` made Python 2 build
every class without bases with `M`; Python 3 ignores it as well.

## Example
```python
import abc

class Storage(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def save(self, key, value):
        pass
```

Use instead:
```python
import abc

import six


class Storage(six.with_metaclass(abc.ABCMeta, object)):
    @abc.abstractmethod
    def save(self, key, value):
        pass
```

## Caveats
`__metaclass__ = type` is not flagged: in a class or at module level it
only asks Python 2 for a new-style class, which is what Python 3 always
builds. A class that also gets its metaclass from `six.add_metaclass`,
`six.with_metaclass` or `future.utils.with_metaclass` is not flagged.

## References
- PEP 3115 (Metaclasses in Python 3000)
- six documentation, "with_metaclass" and "add_metaclass"
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_PORTABLE = ("add_metaclass", "with_metaclass")


class FixMetaclassAttribute(Py3Fix):
    RULE = Rule(
        id="PY306",
        symbol="metaclass-attribute",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        message="`__metaclass__ = {meta}` {where} is ignored on Python 3: {effect}",
        fix_hint="use `six.with_metaclass(M, Base)` or `@six.add_metaclass(M)` "
        "(`class C(metaclass=M)` once Python 2 is dropped)",
    )
    PATTERN = "expr_stmt< name='__metaclass__' '=' value=any >"

    def transform(self, node, results):
        meta = su.text(results["value"])
        if meta == "type":
            return None
        holder = node.parent.parent if node.parent is not None else None
        if holder is not None and holder.type == self.syms.suite:
            holder = holder.parent
        if holder is None:
            return None
        if holder.type == self.syms.file_input:
            self.report(
                results["name"],
                end=node,
                meta=meta,
                where="at module level",
                effect="classes without bases are no longer built by it",
            )
        elif holder.type == self.syms.classdef and not self._portable(holder):
            self.report(
                results["name"],
                end=node,
                meta=meta,
                where="in a class body",
                effect=f"`{holder.children[1].value}` is built by `type` instead",
            )

    def _portable(self, cls):
        decorators = [d.rsplit(".", 1)[-1] for d in su.decorator_names(cls)]
        bases = " ".join(su.text(b) for b in su.class_bases(cls))
        return any(name in decorators or name + "(" in bases for name in _PORTABLE)
