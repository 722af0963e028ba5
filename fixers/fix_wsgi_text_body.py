"""Flags a WSGI response body chunk that is text or a native str, not bytes.

## What it does
Finds what a WSGI application sends as its body when py3ready's type model
knows it is text (`u''`, `.decode()`, a bare literal under
`unicode_literals`) or a native `str` (a plain `''` literal, `'%s' % x`,
`str()`, `json.dumps()`, environ values): the items of the list it returns
(also a name bound to a list and filled by `append`), what a generator
application or a generator it returns yields, what the `__iter__`/`next`
of a response class it returns produce, the returns of a helper it returns,
the argument of the `write()` callable `start_response` returned, and
WebOb's `response.body = ...`.

## Why is this bad?
PEP 3333 says the body is bytestrings. On Python 2 a native `str` was
bytes, so `return ['Hello']` worked; on Python 3 the same literal is text
and the server fails: wsgiref answers 500 with `AssertionError: write()
argument must be a bytes instance`, `wsgiref.validate` raises "Iterator
yielded non-bytestring", gunicorn raises `TypeError: 'Hello' is not a
byte`. A unicode chunk already failed on Python 2 ("write() argument must
be string"), or was encoded as ASCII by other servers. WebOb refuses a text
`response.body` on Python 3 with `TypeError: You cannot set Response.body
to a text object`.

## Example
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/html')])
    return ['<h1>Hello</h1>']
```

Use instead:
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8')])
    return [u'<h1>Hello</h1>'.encode('utf-8')]
```

## Caveats
Values the type model cannot follow (parameters, attributes, other
modules, inner applications) are not flagged; a helper of the same module
that returns `html.encode('utf-8')` gives bytes and is quiet. WebOb's
`Response(body=text)` is not flagged: WebOb 1.8 encodes text given to the
constructor with the response charset; Werkzeug's and Flask's `Response`
accept text too. Code in Python-2-only branches and under `isinstance`
checks is skipped.

## References
- PEP 3333, "A Note On String Types", "Specification Details" and "The
  write() Callable"
"""

from fissix.pgen2 import token

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixWsgiTextBody(Py3Fix):
    RULE = Rule(
        id="PY607",
        symbol="wsgi-text-body",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="WSGI response bodies must be bytes, but {subject} ({how}); {effect}",
        fix_hint="encode the text: body.encode('utf-8'), or use b'' literals",
    )
    PATTERN = """
        return_stmt< 'return' any >
        | yield_expr< 'yield' any >
        | power< any trailer< '(' any* ')' > >
        | power< any trailer< '.' ('append' | 'extend') > trailer< '(' any* ')' > >
        | expr_stmt< any* '+=' any* >
        | expr_stmt< power< any trailer< '.' 'body' > > '=' any >
    """

    def applies(self, tree):
        # WebOb's `response.body = ...` needs no WSGI callable in the file
        return not wsgi.analyse(self.ctx, tree).empty or ".body" in self.ctx.source

    def transform(self, node, results):
        if wv.skipped(node):
            return None
        if node.type == tm.syms.expr_stmt and node.children[1].value == "=":
            return self._webob_body(node)
        for chunk in wsgi.analyse(self.ctx, node).chunks.get(id(node), ()):
            self._check(chunk.node, chunk.how)
        return None

    def _check(self, expr, how):
        value = tm.value_of(self.ctx, expr)
        if value.kind is tm.Kind.TEXT:
            effect = "text fails on Python 3 and is encoded as ASCII on Python 2"
        elif value.kind is tm.Kind.NATIVE:
            effect = "a native str is text on Python 3, where the server refuses it"
        else:
            return
        if _joins_inner_body(self.ctx, expr):
            return  # built by joining the wrapped app's chunks: PY615 reports that
        if tm.type_checked(expr, tm.snippet(expr, 200)) or not wv.once(
                self.ctx, self.RULE.id, expr):
            return
        confidence = None if tm.certain(value) else Confidence.MEDIUM
        self.report(expr, confidence=confidence, how=how, effect=effect,
                    subject=wv.subject(self.ctx, expr, value))

    def _webob_body(self, node):
        target = node.children[0]
        if not wv.webob_response(self.ctx, target.children[0]):
            return None
        self._check(node.children[2], "assigned to WebOb's `Response.body`, a "
                                      "TypeError for text on Python 3")
        return None


def _joins_inner_body(ctx, expr):
    """True if a name in ``expr`` holds ``sep.join(inner_app(environ, sr))``, or
    accumulates the inner app's chunks (``page += chunk``)."""
    from py3ready.fixers.fix_wsgi_middleware_text_join import (
        accumulates_inner, inner_result)

    for leaf in expr.leaves() if not isinstance(expr, tm.Leaf) else [expr]:
        if leaf.type != token.NAME:
            continue
        bindings = tm.name_bindings(ctx, leaf)
        if any(how == "aug" and accumulates_inner(ctx, stmt) for how, stmt in bindings):
            return True
        if len(bindings) != 1 or bindings[0][0] != "assign":
            continue
        value = tm.unparen(bindings[0][1])
        kids = value.children if value.type == tm.syms.power else []
        if len(kids) == 3 and str(kids[1]).strip() == ".join" and len(
                kids[2].children) == 3 and inner_result(ctx, kids[2].children[1]):
            return True
    return False
