"""Flags modules that use the print statement without importing `print_function`.

## What it does
Reports once per module, at the place the import belongs, a module that
uses `print` as a statement and does not use `from __future__ import
print_function`, when `print_function` is in the project's required set
(see PY501). The message names the first print statement.

## Why is this bad?
The whole module is a `SyntaxError` on Python 3 until every print statement
is a call. With `print_function` Python 2 parses the module like Python 3
does, so once it is imported a stray print statement can no longer come
back unnoticed.

## Example
```python
import sys

print >>sys.stderr, "starting"
```

Use instead:
```python
from __future__ import print_function

import sys

print("starting", file=sys.stderr)
```

## Caveats
PY101 (`print-statement`) reports every statement; this rule reports the
module once. `print(x)` with one argument prints the same on both versions
and does not count.

## References
- PEP 3105, "Make print a function"
"""

from py3ready import future
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixMissingFuturePrintFunction(Py3Fix):
    RULE = Rule(
        id="PY504",
        symbol="missing-future-print-function",
        category=Category.FUTURE,
        severity=Severity.ERROR,
        message="module uses the print statement (first on line {line}) without "
                "`from __future__ import print_function`: a SyntaxError on Python 3",
        fix_hint="add `from __future__ import print_function` and call print()",
    )
    PATTERN = "print_stmt< 'print' [any*] > | simple_stmt< bare='print' any* >"

    def transform(self, node, results):
        if self.ctx.grammar != "print-statement" or (
                "print_function" not in future.required(self.ctx.options)):
            return None
        if "bare" in results:
            node = results["bare"]
        elif len(node.children) == 2 and node.children[1].type == self.syms.atom and (
                node.children[1].children[0].value == "("):
            return None  # print(x): the same on both versions
        if future.mark_needed(self.ctx, "print_function"):
            self.report(future.anchor_leaf(node), line=node.get_lineno())
        return None
