"""Flags the Python 2 `print` statement.

## What it does
Finds `print x`, `print x, y`, `print >>stream, x`, a trailing-comma `print x,`
and a bare `print`, in modules that do not use
`from __future__ import print_function`.

## Why is this bad?
`print` is a function on Python 3: `print x` is a SyntaxError, so the whole
module fails to import. A bare `print` still compiles but only names the
function: it prints nothing, silently.

## Example
```python
print "hello", name
```

Use instead:
```python
from __future__ import print_function
print("hello", name)
```

## Caveats
`print(x)` with one parenthesised argument prints the same on both versions
and is not flagged. `print(a, b)` is flagged by PY111 (`print-tuple`) instead.

## References
- What's New In Python 3.0, "Print Is A Function"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixPrintStatement(Py3Fix):
    RULE = Rule(
        id="PY101",
        symbol="print-statement",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="print statement is a SyntaxError on Python 3",
        fix_hint="add `from __future__ import print_function` and call print()",
    )
    PATTERN = """
        print_stmt< 'print' [any*] >
        | simple_stmt< bare='print' any* >
    """

    def transform(self, node, results):
        if "bare" in results:
            if self.ctx.grammar != "print-statement":
                return None  # with print_function, a bare `print` is just a name
            node = results["bare"]
        if node.type == self.syms.print_stmt and len(node.children) == 2:
            arg = node.children[1]
            if arg.type == self.syms.atom and arg.children[0].value == "(":
                return None  # print(x) or print(): PY111 judges those
        self.report(node)
