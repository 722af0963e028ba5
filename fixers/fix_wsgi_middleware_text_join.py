"""Flags middleware that joins an inner application's body chunks with text.

## What it does
Finds middleware that collects the body of the application it wraps with
a text or native separator: `''.join(self.app(environ, start_response))`,
`''.join(app_iter)` where `app_iter` holds the inner application's result,
or `body += chunk` over it with `body` starting as `''`.

## Why is this bad?
The inner application's chunks are bytes on Python 3 (PEP 3333). Joining
them with the native `''` worked on Python 2, where both were byte
strings; on Python 3 it raises `TypeError: sequence item 0: expected str
instance, bytes found`, and `'' + chunk` raises `TypeError: can only
concatenate str (not "bytes") to str`, on every request through the
middleware.

## Example
```python
class Gzipper(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        body = ''.join(self.app(environ, start_response))
        return [body.upper()]
```

Use instead:
```python
class Gzipper(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        body = b''.join(self.app(environ, start_response))
        return [body.upper()]
```

## Caveats
The inner application is recognised as a call passing the middleware's own
`environ` and a `start_response` on; results kept on attributes or passed
to helpers are not followed.

## References
- PEP 3333, "Middleware: Components that Play Both Sides" and "A Note On
  String Types"
"""

from fissix.pgen2 import token

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

STRINGS = (tm.Kind.TEXT, tm.Kind.NATIVE)


def inner_result(ctx, node):
    """True if ``node`` is an inner app's call, or a name bound only to one."""
    info = wsgi.analyse(ctx, node)
    node = tm.unparen(node)
    if id(node) in info.inner_app_calls:
        return True
    if node.type == token.NAME:
        bindings = tm.name_bindings(ctx, node)
        return bool(bindings) and all(
            how == "assign" and id(tm.unparen(value)) in info.inner_app_calls
            for how, value in bindings)
    return False


def accumulates_inner(ctx, stmt):
    """True if ``stmt`` is ``name += chunk`` in a ``for chunk in`` loop over an
    inner app's result."""
    target, added = stmt.children[0], tm.unparen(stmt.children[2])
    if target.type != token.NAME or added.type != token.NAME:
        return False
    loop = stmt.parent
    while loop is not None and loop.type != tm.syms.for_stmt:
        loop = loop.parent
    if loop is None or loop.children[1].type != token.NAME or (
            loop.children[1].value != added.value):
        return False
    return inner_result(ctx, loop.children[3])


class FixWsgiMiddlewareTextJoin(wsgi.WsgiFix):
    RULE = Rule(
        id="PY615",
        symbol="wsgi-middleware-text-join",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="the wrapped application's body chunks are bytes on Python 3, so "
                "`{op}` with {subject} raises TypeError",
        fix_hint="join and concatenate body chunks with bytes: b''.join(app_iter)",
    )
    PATTERN = """
        power< any trailer< '.' 'join' > trailer< '(' any ')' > >
        | expr_stmt< any* '+=' any* >
    """

    def transform(self, node, results):
        if wv.skipped(node):
            return None
        if node.type == tm.syms.power:
            argument = node.children[-1].children[1]
            separator = node.children[0]
            if not inner_result(self.ctx, argument):
                return None
            value = tm.value_of(self.ctx, separator)
            if value.kind in STRINGS:
                confidence = None if tm.certain(value) else Confidence.MEDIUM
                self.report(node, confidence=confidence, op=".join()",
                            subject=wv.subject(self.ctx, separator, value))
            return None
        return self._accumulate(node)

    def _accumulate(self, node):
        if not accumulates_inner(self.ctx, node):
            return None
        target = node.children[0]
        value = tm.assigned_value(self.ctx, target)
        if value.kind in STRINGS:
            self.report(node, confidence=Confidence.MEDIUM, op="+=",
                        subject=wv.subject(self.ctx, target, value))
        return None
