"""Flags a WSGI status literal that is not shaped `NNN Reason`.

## What it does
Finds status strings given to `start_response` (directly or through a name
bound to one literal) that are not a three-digit code of at least 100, one
space and a reason phrase: `'200'`, `'OK'`, `'200OK'`, `'200  OK'`,
`' 200 OK'`, `'200 OK\\r\\n'`, `'099 Odd'`.

## Why is this bad?
PEP 3333 defines the status as the code and the reason phrase separated by
a single space, with no surrounding whitespace or other characters. On
Python 3 `wsgiref.validate` asserts the code ("Status message must begin
w/3-digit code") and wsgiref's handler asserts "Status message must have a
space after code"; servers that write the status line as given let a CR/LF
split the response. Python 2's servers check the same, so this was a bug
before the port too, but a port is the moment the code is run against the
stricter Python 3 servers and validators.

## Example
```python
def application(environ, start_response):
    start_response('200', [('Content-Type', 'text/plain')])
    return [b'hello']
```

Use instead:
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'hello']
```

## Caveats
Only literal statuses are checked; built ones (`'%d %s' % (code, reason)`,
`httplib.responses` lookups) are not.

## References
- PEP 3333, "The start_response() Callable"
"""

import re

from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_SHAPE = re.compile(r"^([1-9]\d\d) [^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$")


def problem(text):
    """What is wrong with a status text, or None."""
    if _SHAPE.match(text):
        return None
    if re.search(r"[\x00-\x1f\x7f]", text):
        return "it holds a control character (CR, LF, tab ...)"
    if text != text.strip():
        return "it has surrounding whitespace"
    if not re.match(r"^\d{3}", text):
        return "it does not begin with a three-digit code"
    if re.match(r"^0\d\d", text):
        return "its code is below 100"
    if len(text) == 3:
        return "it has no reason phrase after the code"
    if text[3] != " ":
        return "the code is not followed by a space"
    return "the code and the reason phrase must be separated by one space"


class FixWsgiMalformedStatus(Py3Fix):
    RULE = Rule(
        id="PY602",
        symbol="wsgi-malformed-status",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="the WSGI status {text!r} is not `NNN Reason`: {problem}",
        fix_hint="write the code, one space and the reason phrase: '404 Not Found'",
    )
    PATTERN = """
        power< any trailer< '(' any* ')' > >
        | power< 'self' trailer< '.' any > trailer< '(' any* ')' > >
    """

    def transform(self, node, results):
        call = wv.start_call(self.ctx, node)
        if call is None or call.status is None or wv.skipped(node):
            return None
        found = wv.literal_text(self.ctx, call.status)
        if found is None:
            return None
        text, literal = found
        what = problem(text)
        if what is not None and wv.once(self.ctx, self.RULE.id, literal):
            self.report(call.status, text=text, problem=what)
        return None
