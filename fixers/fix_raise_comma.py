"""Flags `raise E, V` and `raise E, V, T`, and raising a tuple.

## What it does
Finds the Python 2 raise forms that pass the exception value (and the
traceback) after commas: `raise E, V` and `raise E, V, T`. It also finds
`raise (A, B)`, which Python 2 treated as raising the tuple's first item.

## Why is this bad?
Python 3 only accepts `raise E`, `raise E(V)` and `raise E from cause`; the
comma forms are a SyntaxError. Raising a tuple compiles but fails when run
with "TypeError: exceptions must derive from BaseException".

## Example
```python
raise ValueError, "bad port: %r" % port
```

Use instead:
```python
raise ValueError("bad port: %r" % port)
```

## Caveats
The fix for `raise E, V` is `raise E(V)` (or `raise E(*V)` for a literal
tuple). Python 2 raised V itself when V was already an instance of E; the
fix would wrap it again. The three-argument form gets no fix: use
`raise E(V).with_traceback(T)`, or `six.reraise(E, V, T)` to run on both.

## References
- PEP 3109, "Raising Exceptions in Python 3000"
- What's New In Python 3.0, "Changes To Exceptions"
"""

from fissix.pgen2 import token

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def _text(node):
    return str(node)[len(node.prefix):]


def _tuple_items(node, syms):
    """The testlist_gexp of a literal tuple ``(a, b)``, or None."""
    if node.type == syms.atom and node.children[0].value == "(":
        inner = node.children[1]
        if inner.type == syms.testlist_gexp and inner.children[1].type == token.COMMA:
            return inner
    return None


class FixRaiseComma(Py3Fix):
    RULE = Rule(
        id="PY106",
        symbol="raise-comma",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="{form} {problem} on Python 3; {advice}",
        fix_hint="raise an instance: raise E(V); for a traceback use "
                 "E(V).with_traceback(T) or six.reraise(E, V, T)",
    )
    PATTERN = """
        raise_stmt< 'raise' exc=any ',' val=any [',' tb=any] >
        | raise_stmt< 'raise' exc=atom< '(' testlist_gexp ')' > >
    """

    def transform(self, node, results):
        exc, val = results["exc"], results.get("val")
        if val is None:
            if _tuple_items(exc, self.syms) is None:
                return None  # a parenthesised expression, not a tuple
            self.report(node, form="`raise (A, B)`", problem="raises TypeError",
                        advice="raise one exception class")
            return None
        if "tb" in results:
            self.report(node, form="`raise E, V, T`", problem="is a SyntaxError",
                        advice="use `raise E(V).with_traceback(T)`, or "
                               "`six.reraise(E, V, T)` to run on both")
            return None
        fix = None
        simple = exc.type != token.STRING and _tuple_items(exc, self.syms) is None
        if simple:
            items = _tuple_items(val, self.syms)
            if val.type == token.NAME and val.value == "None":
                fix = f"raise {_text(exc)}"
            elif val.type == self.syms.atom and _text(val).replace(" ", "") == "()":
                fix = f"raise {_text(exc)}()"
            elif items is not None:
                fix = f"raise {_text(exc)}({_text(items)})"
            else:
                fix = f"raise {_text(exc)}({_text(val)})"
        self.report(node, form="`raise E, V`", problem="is a SyntaxError",
                    advice="use `raise E(V)`", fix=fix)
