"""Flags tuple parameters: `def f(a, (b, c)):` and `lambda (x, y): ...`.

## What it does
Finds function and lambda parameters written as a parenthesised tuple, which
Python 2 unpacked from the argument on the call, and parameters wrapped in
redundant parentheses such as `lambda (x): x`.

## Why is this bad?
PEP 3113 removed tuple parameter unpacking: any parenthesised parameter is a
SyntaxError on Python 3, so the module fails to import. Lambdas passed to
`sorted()` and `map()` over `dict.items()` are the usual place.

## Example
```python
by_size = sorted(files.items(), key=lambda (name, size): size)
```

Use instead:
```python
by_size = sorted(files.items(), key=lambda item: item[1])
```

## Caveats
A fix is offered only for a single name in parentheses (`(x)` -> `x`); a real
tuple needs one parameter and an unpacking line in the body.

## References
- PEP 3113, "Removal of Tuple Parameter Unpacking"
"""

from fissix.pgen2 import token

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixTupleParameter(Py3Fix):
    RULE = Rule(
        id="PY110",
        symbol="tuple-parameter",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="parenthesised parameter `{param}` is a SyntaxError on Python 3 "
                "(PEP 3113)",
        fix_hint="take a single parameter and unpack it in the body",
    )
    PATTERN = """
        tfpdef< '(' inner=any ')' >
        | vfpdef< '(' inner=any ')' >
    """

    def transform(self, node, results):
        nested = (self.syms.tfpdef, self.syms.tfplist, self.syms.vfpdef,
                  self.syms.vfplist)
        if node.parent is not None and node.parent.type in nested:
            return None  # the outermost tuple parameter is reported
        inner = results["inner"]
        while inner.type in (self.syms.tfpdef, self.syms.vfpdef):
            inner = inner.children[1]
        param = " ".join(str(node).split())
        if len(param) > 40:
            param = param[:37] + "..."
        fix = inner.value if inner.type == token.NAME else None
        self.report(node, param=param, fix=fix)
