"""Flags a WSGI application that returns one string instead of a list of chunks.

## What it does
Finds `return body` in a WSGI application (function, method or `__call__`)
when the returned value is a string (bytes, text or native `str`), not an
iterable of chunks such as `[body]`.

## Why is this bad?
The server iterates over what the application returns. Iterating a string
gives single characters: on Python 2 the response was sent one byte at a
time (slow but working), on Python 3 iterating bytes gives ints and
iterating text gives one-character `str`s, so wsgiref fails with "write()
argument must be a bytes instance" and `wsgiref.validate` raises "You
should not return a string as your application iterator".

## Example
```python
def application(environ, start_response):
    body = b'<h1>Hello</h1>'
    start_response('200 OK', [('Content-Type', 'text/html')])
    return body
```

Use instead:
```python
def application(environ, start_response):
    body = b'<h1>Hello</h1>'
    start_response('200 OK', [('Content-Type', 'text/html')])
    return [body]
```

## Caveats
Only values the type model knows are strings are flagged: a returned
parameter, attribute or inner application's result is quiet. A function
whose result the module wraps in a list (`[render(environ,
start_response)]`) is a body helper, not an application.

## References
- PEP 3333, "Buffering and Streaming" and "Specification Details"
"""

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity


class FixWsgiStringAsIterable(wsgi.WsgiFix):
    RULE = Rule(
        id="PY608",
        symbol="wsgi-string-as-iterable",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="the WSGI application returns a single string, which the server "
                "iterates character by character (ints for bytes on Python 3): "
                "{subject}",
        fix_hint="return a list holding the body: return [body]",
    )
    PATTERN = "return_stmt< 'return' any >"

    def transform(self, node, results):
        info = wsgi.analyse(self.ctx, node)
        app = info.app_returns.get(id(node))
        if app is None or wv.skipped(node) or id(app.node) in info.body_helpers:
            return None
        expr = node.children[1]
        value = tm.value_of(self.ctx, expr)
        if not value.known or tm.type_checked(node, tm.snippet(expr, 200)):
            return None
        confidence = None if tm.certain(value) else Confidence.MEDIUM
        self.report(expr, confidence=confidence,
                    subject=wv.subject(self.ctx, expr, value))
        return None
