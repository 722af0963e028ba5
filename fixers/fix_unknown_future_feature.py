"""Flags `from __future__ import` of a feature Python does not have.

## What it does
Finds names in `from __future__ import ...` that Python 2.7 does not know
(misspellings such as `print_functions`, `unicode_literal`, and Python 3
features such as `annotations` or `generator_stop`), and Python 3 features
that the target version does not have yet.

## Why is this bad?
The compiler rejects the whole module: `SyntaxError: future feature
print_functions is not defined`. A Python 3 feature imported in a module
that must still run on Python 2 makes the module fail there.

## Example
```python
from __future__ import print_functions
```

Use instead:
```python
from __future__ import print_function
```

## References
- The `__future__` module documentation (the list of features and the
  releases that added them)
"""

from fissix.pgen2 import token

from py3ready import future
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity, parse_version


class FixUnknownFutureFeature(Py3Fix):
    RULE = Rule(
        id="PY506",
        symbol="unknown-future-feature",
        category=Category.FUTURE,
        severity=Severity.ERROR,
        message="future feature `{name}` is not defined on {where} (SyntaxError)",
        fix_hint="check the spelling against the __future__ module's feature list",
    )
    PATTERN = "import_from< 'from' '__future__' 'import' any* >"

    def transform(self, node, results):
        target = self.ctx.options.get("target")
        version = parse_version(target) if target else None
        for leaf in node.children[3].leaves():
            if leaf.type == token.STAR:  # from __future__ import *
                self.report(leaf, name="*", where="Python 2 or 3")
                continue
            if leaf.type != token.NAME or leaf.value == "as" or (
                    leaf.prev_sibling is not None and leaf.prev_sibling.value == "as"):
                continue
            where = _unknown_on(leaf.value, version)
            if where:
                self.report(leaf, name=leaf.value, where=where)
        return None


def _unknown_on(name, target):
    if name in future.PYTHON2_FEATURES:
        return None
    added = future.PYTHON3_FEATURES.get(name)
    if added is None:
        return "Python 2 or 3"
    if target is not None and target < added:
        return f"Python 2.7 nor Python {target[0]}.{target[1]}"
    return "Python 2.7"
