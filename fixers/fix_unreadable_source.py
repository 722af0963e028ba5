"""Flags a file that cannot be read, or whose bytes are not text in its encoding.

## What it does
Reports a file that cannot be read (permissions, vanished during the scan),
that holds NUL bytes (a binary file named `.py`), whose coding cookie names
an unknown codec or contradicts its byte order mark, or whose bytes are not
valid in its declared encoding (UTF-8 when none is declared).

## Why is this bad?
Python 3 reads source as UTF-8 unless a PEP 263 coding cookie says otherwise.
Python 2 code often holds Latin-1 bytes with no cookie; Python 2 raised a
SyntaxError for those too, but tools and editors let them slip through. On
Python 3 the module fails to import with "SyntaxError: (unicode error)" or
"Non-UTF-8 code starting with ...". When the text can still be decoded as
Latin-1, py3ready does so and runs the other rules on it.

## Example
```python
# this file is saved as Latin-1 and has no coding cookie
NAME = 'caf\xe9'
```

Use instead:
```python
# -*- coding: latin-1 -*-
NAME = 'caf\xe9'
```

## Caveats
The example above is shown as text; the rule fires on the raw byte 0xE9.
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixUnreadableSource(Py3Fix):
    RULE = Rule(
        id="PY002",
        symbol="unreadable-source",
        category=Category.TOOL,
        severity=Severity.ERROR,
        message="cannot read or decode this file",
        fix_hint="add a PEP 263 coding cookie or re-encode the file as UTF-8",
    )
    ENGINE_ONLY = True
