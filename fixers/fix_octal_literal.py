"""Flags old-style octal literals with a leading zero: `0777`.

## What it does
Finds integer literals made of digits with a leading zero, such as `0777`,
`0644` or `0777L`, which Python 2 reads as octal. `0`, `00`, floats like
`0.5` or `01e3`, and the `0o777` spelling are fine.

## Why is this bad?
Python 3 only reads octal written as `0o777`; a decimal literal with a
leading zero is a SyntaxError ("leading zeros in decimal integer literals
are not permitted"). Mode bits for `os.chmod` and `os.makedirs` are the
usual place to meet them.

## Example
```python
os.chmod(path, 0755)
```

Use instead:
```python
os.chmod(path, 0o755)
```

## References
- PEP 3127, "Integer Literal Support and Syntax"
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def _is_old_octal(digits):
    """True for ``0777`` (not ``0``, ``00`` or ``0o777``)."""
    return digits.isdigit() and digits.startswith("0") and bool(digits.strip("0"))


class FixOctalLiteral(Py3Fix):
    RULE = Rule(
        id="PY107",
        symbol="octal-literal",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="octal literal `{literal}` is a SyntaxError on Python 3; {advice}",
        fix_hint="write octal numbers with the 0o prefix: 0o755",
    )
    PATTERN = "NUMBER"

    def transform(self, node, results):
        literal = node.value
        digits = literal.rstrip("lL")
        if not _is_old_octal(digits):
            return None
        if set(digits) & set("89"):
            self.report(node, literal=literal,
                        advice="it has a digit 8 or 9, so Python 2 rejected it too")
            return None
        fixed = "0o" + digits[1:]
        self.report(node, literal=literal, advice=f"write `{fixed}`", fix=fixed)
