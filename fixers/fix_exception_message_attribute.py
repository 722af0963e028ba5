"""Flags `e.message` on an exception caught by an `except` clause.

## What it does
Finds `e.message` inside an `except SomeError as e:` (or
`except SomeError, e:`) handler, where `e` is the name that clause binds.

## Why is this bad?
`BaseException.message` was deprecated in Python 2.6 and is gone in
Python 3: reading it raises
`AttributeError: 'ValueError' object has no attribute 'message'`, inside
the error handler, so the original error is lost as well.

## Example
```python
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise SystemExit("bad port: %s" % exc.message)
```

Use instead:
```python
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise SystemExit("bad port: %s" % exc)
```

## Caveats
Exception classes that set their own `message` attribute (Django's
`ValidationError`, many application errors) still have it on Python 3, so
the confidence is medium; it drops to low when the file itself assigns a
`.message` attribute somewhere. `str(e)` or `e.args[0]` is the portable
spelling for builtin exceptions.

## References
- PEP 352, "Required Superclass for Exceptions"
- What's New In Python 3.0, "Changes To Exceptions"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixExceptionMessageAttribute(Py3Fix):
    RULE = Rule(
        id="PY208",
        symbol="exception-message-attribute",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`{name}.message`: exceptions have no `message` attribute on Python 3",
        fix_hint="use str(e) or e.args[0]",
    )
    PATTERN = "power< name=NAME trailer< '.' attr='message' > any* >"

    def transform(self, node, results):
        name = results["name"]
        if not _caught_as(node, name.value):
            return None
        index = scope.for_node(self.ctx, node)
        low = Confidence.LOW if "message" in index.assigned_attributes else None
        self.report(name, end=results["attr"], confidence=low, name=name.value)


def _caught_as(node, name):
    """True if ``node`` is in the handler of an ``except ... as <name>`` clause."""
    child, current = node, node.parent
    while current is not None and current.type not in scope.SCOPE_TYPES:
        colon = child.prev_sibling  # handler body <- ':' <- except_clause
        if current.type == syms.try_stmt and getattr(colon, "value", None) == ":":
            clause = colon.prev_sibling
            if clause is not None and clause.type == syms.except_clause:
                if len(clause.children) == 4 and clause.children[3].type == token.NAME:
                    if clause.children[3].value == name:
                        return True
        child, current = current, current.parent
    return False
