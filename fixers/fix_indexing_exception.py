"""Flags indexing, slicing or unpacking an exception bound by `except`.

## What it does
Inside an `except E as e:` (or `except E, e:`) handler, finds `e[0]`,
`e[1:]` and tuple unpacking `errno, message = e` of the caught exception.

## Why is this bad?
Python 2 exceptions behaved like their `args` tuple. Python 3 exceptions
are not sequences: `e[0]` raises `TypeError: 'OSError' object is not
subscriptable` and unpacking raises `TypeError: cannot unpack
non-iterable ...`, inside the error handler, hiding the original error.

## Example
```python
import socket


def connect(address):
    try:
        return socket.create_connection(address)
    except socket.error as e:
        if e[0] == 111:
            return None
        raise
```

Use instead:
```python
import errno
import socket


def connect(address):
    try:
        return socket.create_connection(address)
    except socket.error as e:
        if e.args[0] == errno.ECONNREFUSED:
            return None
        raise
```

## Caveats
Only the handler body is checked, up to a rebinding of the name. The caught
class is not examined: a user-defined exception class that defines
`__getitem__` would work on both versions (medium confidence).

## References
- PEP 352 (Required Superclass for Exceptions), "Transition Plan"
- What's New In Python 3.0, "Changes To Exceptions"
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

_HOW = {"index": "indexing", "slice": "slicing", "unpack": "unpacking"}


class FixIndexingException(Py3Fix):
    RULE = Rule(
        id="PY312",
        symbol="indexing-exception",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`{name}` is an exception: {how} it raises TypeError on Python 3",
        fix_hint="use the exception's .args tuple (e.args[0]) or its attributes "
        "(.errno, .strerror)",
    )
    PATTERN = "except_clause< 'except' any (',' | 'as') name=NAME >"

    def transform(self, node, results):
        name = results["name"]
        handler = su.handler_body(node)
        for leaf, kind in su.uses_after(self.ctx, name, name.value, su.position(name)):
            if not su.is_inside(leaf, handler):
                break
            if kind != "ref":
                continue
            use = su.value_use(self.ctx, leaf)
            how = _HOW.get(use.kind)
            if how:
                end = use.node if use.node is not None else leaf
                self.report(leaf, end=end, name=name.value, how=how)
