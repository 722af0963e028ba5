"""Flags implicit relative imports of a sibling module inside a package.

## What it does
Inside a package (a directory with `__init__.py`), finds `import sibling`,
`import sibling.sub` and `from sibling import name` where `sibling` is
another module or subpackage of the same package, in modules without
`from __future__ import absolute_import`. It offers `from . import sibling`
or `from .sibling import name` as the fix where that is exact.

## Why is this bad?
Python 2 looks in the current package first, so `import models` inside
`shop/views.py` finds `shop/models.py`. Python 3 only does absolute
imports: it raises `ModuleNotFoundError: No module named 'models'`, or,
worse, silently imports an unrelated top-level module of the same name
(`import email` with an `email.py` beside it gets the standard library).

## Example
```python
# shop/views.py, next to shop/models.py
import models
from utils import slugify
```

Use instead:
```python
# shop/views.py, next to shop/models.py
from . import models
from .utils import slugify
```

## Caveats
The siblings are the `.py` files and subpackages in the same directory,
so the rule only fires when py3ready scans the package itself. A module
imported as `import sibling.sub` needs `from .sibling import sub` or
`import package.sibling.sub`, depending on how the code uses it, so no fix
is offered for it.

## References
- PEP 328, "Imports: Multi-Line and Absolute/Relative"
- What's New In Python 3.0, "Removed Syntax" (implicit relative imports)
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixImplicitRelativeImport(Py3Fix):
    RULE = Rule(
        id="PY213",
        symbol="implicit-relative-import",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{module}` is an implicit relative import of a sibling module: "
                "Python 3 looks for a top-level `{module}` instead",
        fix_hint="use an explicit relative import (`from . import x`) "
                 "or add `from __future__ import absolute_import` and the package name",
    )
    # The siblings differ per directory, so every import is a candidate.
    PATTERN = "import_name< 'import' any > | import_from< 'from' any+ 'import' any* >"

    def transform(self, node, results):
        siblings = self.ctx.siblings
        if not siblings or "absolute_import" in self.ctx.future_features:
            return None
        items = [item for item in scope.imported_names(node)
                 if not item.level and scope.reaches_sibling(siblings, item.module)]
        seen = set()
        for item in items:
            if id(item.module_node) in seen:
                continue  # from sibling import a, b: one finding
            seen.add(id(item.module_node))
            if item.name is not None:
                self.report(item.module_node, fix="." + item.module, module=item.module)
            elif len(items) == 1 and len(scope.imported_names(node)) == 1 and (
                    "." not in item.module):
                alias = item.alias.value
                names = item.module if alias == item.module else (
                    f"{item.module} as {alias}")
                self.report(node, fix=f"from . import {names}", module=item.module)
            else:  # import a.sub, or one of several modules: point at the name
                first = next(item.module_node.leaves())
                self.report(first, module=first.value)
