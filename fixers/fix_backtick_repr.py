"""Flags backquotes used as a shorthand for `repr()`: `` `x` ``.

## What it does
Finds expressions written between backquotes, which Python 2 evaluates as
`repr()` of the expression.

## Why is this bad?
Python 3 removed the backquote syntax; the backquote character is not a
token any more, so the module fails with a SyntaxError.

## Example
```python
message = "unexpected value " + `value`
```

Use instead:
```python
message = "unexpected value " + repr(value)
```

## References
- What's New In Python 3.0, "Removed Syntax"
- PEP 3099 (things that will not change in Python 3000)
"""

from fissix.pgen2 import token
from fissix.pytree import Leaf

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def _as_repr(atom):
    """``repr(...)`` text for a backquote atom, converting nested backquotes."""
    inner = atom.children[1]
    text = _render(inner)[len(inner.prefix):]
    if any(child.type == token.COMMA for child in inner.children):
        return "repr(({}))".format(text)  # `a, b` is the repr of a tuple
    return "repr({})".format(text)


def _render(node):
    if isinstance(node, Leaf):
        return node.prefix + node.value
    if node.children and node.children[0].type == token.BACKQUOTE:
        return node.prefix + _as_repr(node)
    return "".join(_render(child) for child in node.children)


class FixBacktickRepr(Py3Fix):
    RULE = Rule(
        id="PY103",
        symbol="backtick-repr",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="backquotes are a SyntaxError on Python 3; call repr() instead",
        fix_hint="replace `expr` with repr(expr)",
    )
    PATTERN = "atom< '`' any '`' >"

    def transform(self, node, results):
        self.report(node, fix=_as_repr(node))
