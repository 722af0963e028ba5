"""Flags a WSGI status that is not a native string: bytes, unicode or an int.

## What it does
Finds `start_response(status, headers)` calls (in applications, middleware
and helpers, whatever the parameters are called) whose status py3ready's
type model knows is bytes (`b'200 OK'`, `.encode()`), unicode (`u'200 OK'`,
`.decode()`, a bare literal in a `unicode_literals` module) or an int
(`start_response(200, headers)`).

## Why is this bad?
PEP 3333 wants the status as a native `str` on every Python. On Python 3
a bytes status fails in the server: wsgiref raises `AssertionError: Status
must be of type str (got b'200 OK')` and answers 500, gunicorn raises
`TypeError`. On Python 2 a unicode status is refused the same way
("Status must be a string"), which is what `unicode_literals` silently
turns every `'200 OK'` into. An int fails on both.

## Example
```python
from __future__ import unicode_literals


def application(environ, start_response):
    start_response('200 OK', [(str('Content-Type'), str('text/plain'))])
    return [b'hello']
```

Use instead:
```python
from __future__ import unicode_literals


def application(environ, start_response):
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain'))])
    return [b'hello']
```

## Caveats
Statuses the model cannot follow (attributes, table lookups) are not
flagged; a parameter counts as an int when every call of its function in
the module passes one (reported with medium confidence). `str('200 OK')` is the right spelling under
`unicode_literals`: it is native on both lines. A `u''` status works on
Python 3 but fails on Python 2, so it is reported while Python 2 is
supported. Code in Python-2-only branches is skipped.

## References
- PEP 3333, "A Note On String Types" and "The start_response() Callable"
"""

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

class FixWsgiStatusNotNative(wsgi.WsgiFix):
    RULE = Rule(
        id="PY601",
        symbol="wsgi-status-not-native",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="the WSGI status must be a native str, but {subject}; {effect}",
        fix_hint="pass a native str: a plain '200 OK' literal, or str('200 OK') "
                 "under unicode_literals",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        call = wv.start_call(self.ctx, node)
        if call is None or call.status is None or wv.skipped(node):
            return None
        status = call.status
        number = wv.int_value(self.ctx, status)
        if number is not None:
            inferred = tm.unparen(status).type == tm.token.NAME  # through a parameter
            self.report(status, subject=number,
                        confidence=Confidence.MEDIUM if inferred else None,
                        effect="servers refuse it on Python 2 and 3 (TypeError)")
            return None
        value = tm.value_of(self.ctx, status)
        if value.kind is tm.Kind.BYTES:
            effect = "Python 3 servers refuse bytes (AssertionError / TypeError)"
        elif value.kind is tm.Kind.TEXT:
            effect = "Python 2 servers refuse unicode (\"Status must be a string\")"
        else:
            return None
        if tm.type_checked(node, tm.snippet(status, 200)):
            return None
        confidence = None if tm.certain(value) else Confidence.MEDIUM
        self.report(status, confidence=confidence, effect=effect,
                    subject=wv.subject(self.ctx, status, value))
        return None
