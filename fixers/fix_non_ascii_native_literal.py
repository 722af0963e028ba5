"""Flags non-ASCII plain string literals: bytes on Python 2 but text on Python 3.

## What it does
In a module without `from __future__ import unicode_literals`, finds string
literals with no `b` or `u` prefix that contain non-ASCII characters
(`'café'`) or escapes above 0x7f (`'caf\\xc3\\xa9'`, `'\\xe9'`). Docstrings,
dict keys and literals only printed, logged or given to an exception are left
alone.

## Why is this bad?
The same literal is a different value on each version. On Python 2 `'café'`
is the UTF-8 bytes of the source (5 bytes); on Python 3 it is 4 characters
of text. Lengths, slices and offsets change, comparing it with decoded text
is `False` with a `UnicodeWarning` on Python 2 but `True` on Python 3,
`.encode()` raises `UnicodeDecodeError` on Python 2, and `'\\xe9'` is one
byte on Python 2 but the character `é` on Python 3.

## Example
```python
# -*- coding: utf-8 -*-
CURRENCY = '€'


def price(amount):
    return '%.2f %s' % (amount, CURRENCY)
```

Use instead:
```python
# -*- coding: utf-8 -*-
CURRENCY = u'€'


def price(amount):
    return u'%.2f %s' % (amount, CURRENCY)
```

## Caveats
The literal is flagged once, wherever it is used; whether the difference
matters depends on the code that uses it, hence the medium confidence.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- PEP 263 (source code encodings)
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

LOGGING = frozenset({"debug", "info", "warning", "warn", "error", "exception",
                     "critical", "log", "write"})


class FixNonAsciiNativeLiteral(Py3Fix):
    RULE = Rule(
        id="PY415",
        symbol="non-ascii-native-literal",
        category=Category.UNICODE,
        severity=Severity.WARNING,
        confidence=Confidence.MEDIUM,
        message="non-ASCII native string {literal}: bytes on Python 2 but text on "
                "Python 3 (length, slicing and comparisons with text differ)",
        fix_hint="write u'...' for text or b'...' for bytes, or use unicode_literals",
    )
    PATTERN = "STRING"

    def transform(self, node, results):
        prefix = tm.string_prefix(node)
        if "unicode_literals" in self.ctx.future_features or (
                "b" in prefix or "u" in prefix):
            return None
        if not tm.literal_non_ascii(node) or _harmless(node):
            return None
        self.report(node, literal=tm.snippet(node, 30))
        return None


def _harmless(leaf):
    """Docstrings, dict keys, print/log/exception arguments, `.decode()` receivers."""
    node = leaf.parent if leaf.parent.type == syms.atom and all(
        c.type == token.STRING for c in leaf.parent.children) else leaf
    if node.parent.type == syms.term and node.parent.children[0] is node and (
            node.parent.children[1].value == "%"):
        node = node.parent  # 'message: %s' % value, judged by where it goes
    parent = node.parent
    if parent.type == syms.simple_stmt or parent.type == syms.print_stmt:
        return True
    following = node.next_sibling
    if parent.type == syms.dictsetmaker and following is not None and (
            following.type == token.COLON):
        return True  # a dict key: consistent as long as every lookup uses literals
    if parent.type == syms.trailer and parent.children[0].value == "[":
        return True  # settings['clé']
    if parent.type == syms.power and parent.children[0] is node:
        trailer = parent.children[1]
        return trailer.children[0].value == "." and (
            trailer.children[1].value == "decode")
    call = parent.parent if parent.type == syms.arglist else parent
    if call.type == syms.argument:
        call = call.parent.parent if call.parent.type == syms.arglist else call.parent
    if call.type != syms.trailer or call.children[0].value != "(":
        return False
    power = call.parent
    before = power.children[tm.position_in(power.children, call) - 1]
    name = before.children[-1].value if before.type == syms.trailer else before.value
    if name in LOGGING or name == "print":
        return True
    return name[:1].isupper() and _raised(power)


def _raised(power):
    return power.parent is not None and power.parent.type == syms.raise_stmt
