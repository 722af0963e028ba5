"""Flags the Python 2 `raise exc_info[0], exc_info[1], exc_info[2]` of WSGI error handling.

## What it does
Finds the three-argument `raise T, V, TB` in a `start_response`
implementation (a server, a test harness, a middleware's wrapper), in a
WSGI application or middleware, or wherever it re-raises the items of an
`exc_info` tuple (`raise exc_info[0], exc_info[1], exc_info[2]`).

## Why is this bad?
PEP 3333 asks `start_response` to re-raise the `exc_info` it is given when
the headers were already sent, and PEP 333's sample code spelled it
`raise exc_info[0], exc_info[1], exc_info[2]`. That is a SyntaxError on
Python 3: the whole module fails to import, so the application does not
start at all. (This rule replaces the generic PY106 finding for such a
raise.)

## Example
```python
def start_response(status, response_headers, exc_info=None):
    if exc_info:
        try:
            raise exc_info[0], exc_info[1], exc_info[2]
        finally:
            exc_info = None
    return None
```

Use instead:
```python
import six


def start_response(status, response_headers, exc_info=None):
    if exc_info:
        try:
            six.reraise(*exc_info)
        finally:
            exc_info = None
    return None
```

## Caveats
Other three-argument raises are left to PY106 (raise-comma).

## References
- PEP 3333, "The start_response() Callable" and "Error Handling"
- What's New In Python 3.0, "Changed Syntax" (raise)
"""

from py3ready import wsgi
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixWsgiExcInfoReraise(Py3Fix):
    RULE = Rule(
        id="PY614",
        symbol="wsgi-exc-info-reraise",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="`raise T, V, TB` re-raising the WSGI exc_info is a SyntaxError on "
                "Python 3: {where}",
        fix_hint="use six.reraise(*exc_info), or raise exc_info[1].with_traceback("
                 "exc_info[2]) on Python 3 only",
        replaces=("PY106",),
    )
    PATTERN = "raise_stmt< 'raise' any ',' any ',' any >"

    def transform(self, node, results):
        where = wsgi.exc_info_reraise(self.ctx, node)
        if where:
            self.report(node, where=where)
        return None
