"""Flags `from module import *` inside a function or class body.

## What it does
Finds star imports that are not at module level: inside a `def`, or inside a
class body.

## Why is this bad?
Python 2 allowed them with a SyntaxWarning (the compiler cannot then tell
which names are local). Python 3 refuses: "SyntaxError: import * only allowed
at module level", so the whole module fails to import.

## Example
```python
def render(template, context):
    from django.template import *
    return Template(template).render(Context(context))
```

Use instead:
```python
def render(template, context):
    from django.template import Context, Template
    return Template(template).render(Context(context))
```

## References
- https://docs.python.org/3/reference/simple_stmts.html#the-import-statement
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixImportStarInFunction(Py3Fix):
    RULE = Rule(
        id="PY113",
        symbol="import-star-in-function",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="`from {module} import *` inside a {where} is a SyntaxError "
                "on Python 3",
        fix_hint="import the names you use explicitly, or move the import to "
                 "module level",
    )
    PATTERN = "import_from< 'from' any+ 'import' '*' >"

    def transform(self, node, results):
        scope = node.parent
        while scope is not None and scope.type not in (self.syms.funcdef,
                                                       self.syms.classdef):
            scope = scope.parent
        if scope is None:
            return None
        where = "function" if scope.type == self.syms.funcdef else "class body"
        module = "".join(str(child).strip() for child in node.children[1:-2])
        self.report(node, module=module, where=where)
