"""Flags `from __future__ import ...` after other statements.

## What it does
Finds `__future__` imports that are not at the top of the module: after an
ordinary import or any other statement, after a second string statement,
or inside a function, class or `if`/`try` block. Only the module
docstring, comments, blank lines and other `__future__` imports may come
before one.

## Why is this bad?
Python 2 and Python 3 both refuse to compile the module:
`SyntaxError: from __future__ imports must occur at the beginning of the
file`. py3ready also cannot take the import into account, so the module is
judged as if the feature were off.

## Example
```python
"Utilities."
import os
from __future__ import print_function
```

Use instead:
```python
"Utilities."
from __future__ import print_function

import os
```

## References
- PEP 236, "Back to the __future__"
- The language reference, "Future statements"
"""

from fissix.pgen2 import token

from py3ready import future
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixLateFutureImport(Py3Fix):
    RULE = Rule(
        id="PY505",
        symbol="late-future-import",
        category=Category.FUTURE,
        severity=Severity.ERROR,
        message="`from __future__ import` after {what}: a SyntaxError on "
                "Python 2 and 3",
        fix_hint="move the __future__ import to the top, right after the docstring",
    )
    PATTERN = "import_from< 'from' '__future__' 'import' any* >"

    def transform(self, node, results):
        what = _before(node)
        if what:
            self.report(node, what=what)
        return None


def _before(node):
    """What comes before the future import that may not, or None."""
    stmt = node.parent
    module = stmt.parent if stmt is not None else None
    if module is None or module.type != future.syms.file_input:
        return "other code (it is inside a block, not at module level)"
    for sibling in stmt.children[:tm.position_in(stmt.children, node)]:
        if sibling.type != token.SEMI and not future.is_future_import(sibling):
            return f"another statement on line {sibling.get_lineno()}"
    for index, earlier in enumerate(future.statements(stmt.parent)):
        if earlier is stmt:
            return None
        if index == 0 and future.is_docstring(earlier):
            continue
        if earlier.type == future.syms.simple_stmt and all(
                future.is_future_import(c) for c in earlier.children
                if c.type not in (token.SEMI, token.NEWLINE)):
            continue
        return f"another statement on line {earlier.get_lineno()}"
    return None
