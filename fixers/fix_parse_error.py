"""Flags a file that no Python 2 or Python 3 grammar can parse.

## What it does
Reports a file that fissix cannot parse with any of its grammars (with the
print statement, with the print function, and without the exec statement),
with the line and column where parsing stopped. The scan goes on with the
other files.

## Why is this bad?
A file that does not parse cannot be imported on Python 3 either, and no other
rule can say anything about it. Common causes are a broken merge, a template
or a Python 3 file with syntax newer than fissix understands (in which case
py3ready reports PY003 instead), or Python 2 code with a syntax error that
Python 2 itself would reject.

## Example
```python
def broken(:
    pass
```

Use instead:
```python
def fixed():
    pass
```
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixParseError(Py3Fix):
    RULE = Rule(
        id="PY001",
        symbol="parse-error",
        category=Category.TOOL,
        severity=Severity.ERROR,
        message="cannot parse this file",
        fix_hint="fix the syntax error; py3ready can check nothing else in this file",
    )
    ENGINE_ONLY = True
