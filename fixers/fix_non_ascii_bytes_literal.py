r"""Flags `b'...'` literals that contain non-ASCII characters.

## What it does
Finds string literals with an explicit `b` prefix (`b''`, `br''`, `B''`)
whose source text contains characters outside ASCII, such as `b'café'`.
Escapes like `b'caf\xc3\xa9'` are ASCII source and are fine. Plain `'...'`
literals are not this rule's business.

## Why is this bad?
Python 2 stored such a literal as the source file's encoded bytes. Python 3
requires the text of a bytes literal to be ASCII and stops with
"SyntaxError: bytes can only contain ASCII literal characters".

## Example
```python
# -*- coding: utf-8 -*-
SEPARATOR = b"—"
```

Use instead:
```python
# -*- coding: utf-8 -*-
SEPARATOR = b"\xe2\x80\x94"
```

## Caveats
No fix is offered: the right escapes depend on the file's encoding. Encode
the text in that encoding (usually UTF-8) and write the bytes as `\x`
escapes, or keep a text literal and `.encode()` it where bytes are needed.

## References
- https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixNonAsciiBytesLiteral(Py3Fix):
    RULE = Rule(
        id="PY112",
        symbol="non-ascii-bytes-literal",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="bytes literal contains non-ASCII characters ({chars}): "
                "a SyntaxError on Python 3",
        fix_hint="write the bytes as \\x escapes, or encode a text literal",
    )
    PATTERN = "STRING"

    def transform(self, node, results):
        value = node.value
        if value.isascii():
            return None
        prefix = value[: len(value) - len(value.lstrip("uUrRbBfF"))]
        if "b" not in prefix.lower():
            return None
        chars = []
        for char in value:
            if ord(char) > 127 and char not in chars:
                chars.append(char)
        self.report(node, chars=", ".join(repr(c) for c in chars[:3])
                    + (", ..." if len(chars) > 3 else ""))
