"""Notes a file that only Python 3's own parser accepts, so no rule ran on it.

## What it does
Reports a file that fissix's grammars reject but that the running Python 3
compiles, because it uses syntax newer than fissix knows (positional-only
parameters, `match` statements, and so on).

## Why is this bad?
It is not: the file is already Python 3 code. The note is there so that a
reader of the report knows py3ready could not look inside the file.

## Example
```python
def clamp(value, /, low=0, high=1):
    return max(low, min(value, high))
```

Use instead:
```python
def clamp(value, low=0, high=1):
    return max(low, min(value, high))
```
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixPython3OnlySyntax(Py3Fix):
    RULE = Rule(
        id="PY003",
        symbol="python3-only-syntax",
        category=Category.TOOL,
        severity=Severity.INFO,
        message="file uses Python 3 syntax that fissix cannot parse; no rule ran",
        fix_hint="nothing to port here; ignore PY003 to hide this note",
    )
    ENGINE_ONLY = True
