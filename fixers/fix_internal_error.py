"""Flags a file on which one of py3ready's own rules failed.

## What it does
Reports that a rule raised an exception while checking this file. The other
rules still ran, and the scan went on with the other files.

## Why is this bad?
It is a bug in py3ready, not in your code, but it means this file was not
fully checked. Please report it with the message and the code around the line.

## Example
```python
# no Python code triggers this on purpose
```

Use instead:
```python
# no Python code triggers this on purpose
```
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixInternalError(Py3Fix):
    RULE = Rule(
        id="PY004",
        symbol="internal-error",
        category=Category.TOOL,
        severity=Severity.WARNING,
        message="a py3ready rule failed on this file",
        fix_hint="report the message to py3ready; the rest of the file was checked",
    )
    ENGINE_ONLY = True
