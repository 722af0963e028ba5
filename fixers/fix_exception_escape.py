"""Flags an `except ... as e` name used after its handler has finished.

## What it does
Finds a name bound by an `except` clause (`except E as e:` or
`except E, e:`) that is read or deleted later in the same function (or
module) body, after the handler, with no rebinding in between.

## Why is this bad?
Python 3 deletes the name at the end of the handler (to break the
reference cycle through the traceback), even if it existed before. A later
`raise e`, `log(e)` or `del e` raises `NameError` (`UnboundLocalError` in a
function) instead of seeing the exception, as it did on Python 2.

## Example
```python
import time


def fetch_with_retry(fetch, attempts=3):
    for attempt in range(attempts):
        try:
            return fetch()
        except IOError as error:
            time.sleep(1)
    raise error
```

Use instead:
```python
import time


def fetch_with_retry(fetch, attempts=3):
    last_error = None
    for attempt in range(attempts):
        try:
            return fetch()
        except IOError as error:
            last_error = error
            time.sleep(1)
    raise last_error
```

## Caveats
Order is judged from the text. Uses in the `try` statement's `else` block
or in another handler never run after this handler and are skipped; when
the handler always leaves the block (`return`, `raise`, `break`,
`continue`), later code only runs when it did not, so nothing is flagged.
Other uses that only run when the handler did not (behind a condition) may
be flagged, and a conditional rebinding before the use silences the rule.
Uses in nested functions are not examined. Only the first use after each
handler is reported.

## References
- PEP 3110 (Catching Exceptions in Python 3000)
- The Python language reference, "The try statement" (the exception name is
  cleared at the end of the except clause)
"""

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixExceptionEscape(Py3Fix):
    RULE = Rule(
        id="PY313",
        symbol="exception-escape",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`{name}` was bound by the except clause on line {line}; Python 3 "
        "deletes it when the handler ends, so this {action} raises NameError",
        fix_hint="assign the exception to another name inside the handler and use "
        "that name afterwards",
    )
    PATTERN = "except_clause< 'except' any (',' | 'as') name=NAME >"

    def transform(self, node, results):
        name = results["name"]
        handler = su.handler_body(node)
        if su.always_exits(handler):
            return None
        for leaf, kind in su.uses_after(
            self.ctx, name, name.value, su.end_position(handler)
        ):
            action = "`del`" if kind == "del" else "use"
            self.report(leaf, name=name.value, line=name.lineno, action=action)
            break
