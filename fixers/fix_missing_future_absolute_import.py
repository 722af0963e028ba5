"""Flags package modules that import a sibling implicitly without `absolute_import`.

## What it does
Reports once per module, at the place the import belongs, a module inside
a package that imports one of its sibling modules with an implicit relative
import (`import models` next to `models.py`) and does not use `from
__future__ import absolute_import`, when `absolute_import` is in the
project's required set (see PY501). The message names the first such import.

## Why is this bad?
The module depends on Python 2's implicit relative imports, which Python 3
removed: there `import models` looks for a top-level `models` and raises
`ModuleNotFoundError` (or imports an unrelated module). With
`absolute_import`, Python 2 behaves the same way, so explicit relative
imports (`from . import models`) can be written and tested on Python 2.

## Example
```python
# shop/views.py, next to shop/models.py
import models
```

Use instead:
```python
# shop/views.py, next to shop/models.py
from __future__ import absolute_import

from . import models
```

## Caveats
PY213 (`implicit-relative-import`) reports every such import with its fix;
this rule reports the module once. Siblings are only known when py3ready
scans the package directory itself.

## References
- PEP 328, "Imports: Multi-Line and Absolute/Relative"
"""

from py3ready import future, scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixMissingFutureAbsoluteImport(Py3Fix):
    RULE = Rule(
        id="PY503",
        symbol="missing-future-absolute-import",
        category=Category.FUTURE,
        severity=Severity.ERROR,
        message="module imports its sibling `{module}` implicitly (line {line}) "
                "without `from __future__ import absolute_import`: Python 3 cannot "
                "find it",
        fix_hint="add `from __future__ import absolute_import` and use explicit "
                 "relative imports (`from . import x`)",
    )
    PATTERN = "import_name< 'import' any > | import_from< 'from' any+ 'import' any* >"

    def transform(self, node, results):
        siblings = self.ctx.siblings
        if not siblings or "absolute_import" in self.ctx.future_features or (
                "absolute_import" not in future.required(self.ctx.options)):
            return None
        for item in scope.imported_names(node):
            if item.level or not scope.reaches_sibling(siblings, item.module):
                continue
            if future.mark_needed(self.ctx, "absolute_import"):
                self.report(future.anchor_leaf(node), module=item.module,
                            line=node.get_lineno())
            return None
        return None
