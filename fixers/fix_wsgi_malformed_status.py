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
Built statuses are checked when every text they can hold is known to be
wrong: `str(code)` of an int, `'%s %d' % (reason, code)` with the reason
first, following names, parameters (the arguments of every call), dict
displays and the module's functions. Statuses the model cannot follow
(`httplib.responses` lookups, attributes) are not flagged.

## References
- PEP 3333, "The start_response() Callable"
"""

import re

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

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


class FixWsgiMalformedStatus(wsgi.WsgiFix):
    RULE = Rule(
        id="PY602",
        symbol="wsgi-malformed-status",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="the WSGI status {text} is not `NNN Reason`: {problem}",
        fix_hint="write the code, one space and the reason phrase: '404 Not Found'",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        call = wv.start_call(self.ctx, node)
        if call is None or call.status is None or wv.skipped(node):
            return None
        found = wv.literal_text(self.ctx, call.status)
        if found is not None:
            text, literal = found
            what = problem(text)
            if what is not None and wv.once(self.ctx, self.RULE.id, literal):
                self.report(call.status, text=repr(text), problem=what)
            return None
        what = self._built(call.status)
        if what is not None and wv.once(self.ctx, self.RULE.id, call.status):
            self.report(call.status, confidence=Confidence.MEDIUM,
                        text=f"`{tm.snippet(call.status)}`", problem=what)
        return None

    def _built(self, status):
        """The problem of a status built from numbers and names, when every text
        it can hold has one."""
        status = tm.unparen(status)
        if wv.int_value(self.ctx, status):
            return None  # not a string at all: PY601's
        if status.type == tm.syms.power and len(status.children) == 2 and tm.dotted(
                self.ctx, status.children[0]) == "builtins.str":
            positional, _ = tm.args_of(status.children[1])
            if len(positional) == 1 and wv.int_value(self.ctx, positional[0]):
                return "str() of an int is the code alone, without a reason phrase"
        candidates = wv.texts(self.ctx, status)
        if not candidates:
            return None
        problems = [_partial_problem(text) for text in candidates]
        if None in problems:
            return None
        example = next(t for t in candidates if wv.UNKNOWN_PART not in t) if any(
            wv.UNKNOWN_PART not in t for t in candidates) else None
        return problems[0] + (f" (it can be {example!r})" if example else "")


def _partial_problem(text):
    """:func:`problem` for a text whose unknown parts are wv.UNKNOWN_PART: only
    what its known beginning decides."""
    if wv.UNKNOWN_PART not in text:
        return problem(text)
    known = text.split(wv.UNKNOWN_PART)[0]
    if len(known) >= 3 and not re.match(r"^\d{3}", known):
        return "it does not begin with a three-digit code"
    return None
