"""Flags `except E, e:`, Python 2's way of binding the caught exception.

## What it does
Finds except clauses that name the exception variable after a comma:
`except E, e:`, `except (A, B), e:`, and the forms that bind something other
than a plain name, such as `except E, (code, text):` (which unpacks the
exception's arguments) or `except E, self.error:`.

## Why is this bad?
Python 3 only accepts `except E as name:`, and the target must be a plain
name. Up to Python 3.13 the comma form is a SyntaxError.

Python 3.14 (PEP 758) accepts `except A, B:` again, with a new meaning: a
tuple of exception classes to catch. So on 3.14 `except ValueError, e:`
compiles, and only when an exception reaches the clause does `e` get
evaluated as an exception class: NameError if it is unbound, TypeError if it
holds anything but an exception class. The module imports without complaint
and the handler breaks only when an exception reaches it.

## Example
```python
try:
    conn = connect(dsn)
except (IOError, OSError), exc:
    log(exc)
```

Use instead:
```python
try:
    conn = connect(dsn)
except (IOError, OSError) as exc:
    log(exc)
```

## Caveats
Python 2's `except KeyError, ValueError:` catches only KeyError and rebinds
the name `ValueError`; a name that looks like an exception class gets its
own message, since the author probably meant a tuple.

## References
- PEP 3110, "Catching Exceptions in Python 3000"
- PEP 758, "Allow except and except* expressions without parentheses"
"""

from fissix.pgen2 import token

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_CLASS_SUFFIXES = ("Error", "Exception", "Warning", "Exit", "Interrupt")


def _text(node):
    return str(node)[len(node.prefix):]


def _short(node, limit=30):
    text = " ".join(_text(node).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class FixExceptComma(Py3Fix):
    RULE = Rule(
        id="PY105",
        symbol="except-comma",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="`except {exc}, {target}:` is a SyntaxError up to Python 3.13 "
                "and means `except ({exc}, {target}):` on 3.14; {advice}",
        fix_hint="write `except E as name:`",
    )
    PATTERN = "except_clause< 'except' exc=any ',' target=any >"

    def transform(self, node, results):
        exc, target = results["exc"], results["target"]
        fields = dict(exc=_short(exc), target=_short(target))
        if target.type == self.syms.atom:
            advice = ("Python 3 cannot unpack the exception there: bind it with "
                      "`as` and unpack its `.args` in the handler")
            self.report(node, advice=advice, **fields)
        elif target.type != token.NAME:
            advice = ("Python 3 can only bind a plain name: bind one with `as` "
                      "and assign it in the handler")
            self.report(node, advice=advice, **fields)
        elif target.value.endswith(_CLASS_SUFFIXES):
            advice = (f"on Python 2 this binds the name `{target.value}` instead "
                      f"of catching it; to catch both write "
                      f"`except ({_short(exc)}, {target.value}):`")
            self.report(node, advice=advice, **fields)
        else:
            advice = f"write `except {_short(exc)} as {target.value}:`"
            fix = f"except {_text(exc)} as {target.value}"
            self.report(node, advice=advice, fix=fix, **fields)
