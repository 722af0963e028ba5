"""Flags `print(a, b)` and `print()` under the print statement.

## What it does
In modules without `from __future__ import print_function`, finds print
statements whose only argument is a parenthesised tuple: `print(a, b)`,
`print(x,)`, and the empty `print()`.

## Why is this bad?
Python 2 parses `print(a, b)` as printing one tuple, so it writes
`('a', 'b')`; Python 3 calls the function and writes `a b`. `print()` writes
`()` on Python 2 and an empty line on Python 3. The code runs on both, but
the output changes silently (logs, generated files, CLI output).

## Example
```python
print("user", name)
```

Use instead:
```python
from __future__ import print_function
print("user", name)
```

## Caveats
`print(x)` with one argument and no trailing comma prints the same on both
versions and is not flagged. `print(x,)` is flagged: Python 2 prints the
one-item tuple `('x',)`. Other print statements (`print x`, `print(a), b`)
are PY101's.

## References
- What's New In Python 3.0, "Print Is A Function"
"""

from fissix.pgen2 import token

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixPrintTuple(Py3Fix):
    RULE = Rule(
        id="PY111",
        symbol="print-tuple",
        category=Category.SYNTAX,
        severity=Severity.WARNING,
        message="{form} prints {py2} on Python 2 but {py3} on Python 3",
        fix_hint="add `from __future__ import print_function` so both call print()",
    )
    PATTERN = "print_stmt< 'print' args=atom< '(' [any] ')' > >"

    def transform(self, node, results):
        if self.ctx.grammar != "print-statement":
            return None
        if "print_function" in self.ctx.future_features:
            return None
        args = results["args"]
        if len(args.children) == 2:
            self.report(node, form="`print()`", py2="`()`", py3="an empty line")
            return None
        inner = args.children[1]
        if (inner.type != self.syms.testlist_gexp
                or inner.children[1].type != token.COMMA):
            return None  # one value, or a generator expression
        if len(inner.children) == 2:
            self.report(node, form="`print(x,)`", py2="a one-item tuple",
                        py3="just the value")
        else:
            self.report(node, form="`print(a, b)`", py2="a tuple",
                        py3="the values separated by spaces")
