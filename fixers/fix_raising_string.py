"""Flags `raise "message"` and `gen.throw("message")`: string exceptions.

## What it does
Finds a `raise` statement whose only operand is a string literal, a
`"..." % args` formatting or a concatenation starting with a string, and a
generator's `.throw()` called with such a string.

## Why is this bad?
String exceptions were deprecated in Python 2.5 and are gone in Python 3:
the statement itself raises `TypeError: exceptions must derive from
BaseException`, so the intended error and its message are lost, and no
`except` clause written for it can catch it.

## Example
```python
def load_template(name):
    if "/" in name:
        raise "bad template name: %s" % name
```

Use instead:
```python
def load_template(name):
    if "/" in name:
        raise ValueError("bad template name: %s" % name)
```

## Caveats
`raise E, "message"` (the comma form) is reported by the syntax rules, not
here. A string held in a variable (`raise msg`) is not detected.

## References
- PEP 352 (Required Superclass for Exceptions)
- What's New In Python 3.0, "Changes To Exceptions"
"""

from fissix.pgen2 import token

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixRaisingString(Py3Fix):
    RULE = Rule(
        id="PY311",
        symbol="raising-string",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        message="{what} a string: Python 3 raises TypeError (exceptions must "
        "derive from BaseException) instead",
        fix_hint='raise an exception instance, e.g. ValueError("message")',
    )
    PATTERN = """
        raise_stmt< 'raise' exc=any >
        | power< any+ trailer< '.' 'throw' > args=trailer< '(' [any] ')' > any* >
    """

    def transform(self, node, results):
        if "exc" in results:
            if self._stringy(results["exc"]):
                self.report(node, what="`raise` of")
            return None
        positional, _ = su.call_args(results["args"])
        if positional and self._stringy(positional[0]):
            self.report(positional[0], what="`.throw()` of")

    def _stringy(self, node):
        node = su.unparen(node)
        if node.type == token.STRING:
            return True
        if node.type == self.syms.atom:
            return node.children[0].type == token.STRING
        if node.type in (self.syms.term, self.syms.arith_expr):
            return node.children[1].value in ("%", "+") and self._stringy(
                node.children[0]
            )
        return False
