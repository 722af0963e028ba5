"""Flags WSGI response headers that are not a list of 2-tuples.

## What it does
Finds the headers given to `start_response` when they are a tuple, a dict,
`dict.items()`, a list of lists or of tuples that are not pairs: a display
in the call, a name bound to one, or items appended to the list.

## Why is this bad?
PEP 3333 requires `response_headers` to be a Python `list` of
`(header_name, header_value)` tuples. `wsgiref.validate` asserts
"Headers (...) must be of type list" and "Individual headers must be of
type tuple", and wsgiref's `Headers` class raises `TypeError: Headers must
be a list of name/value tuples` on Python 3. `dict.items()` is the trap of
the port: it returned a list on Python 2 and returns a view on Python 3.

## Example
```python
def application(environ, start_response):
    headers = {'Content-Type': 'text/plain'}
    start_response('200 OK', headers.items())
    return [b'hello']
```

Use instead:
```python
def application(environ, start_response):
    headers = {'Content-Type': 'text/plain'}
    start_response('200 OK', list(headers.items()))
    return [b'hello']
```

## Caveats
Header lists that come from parameters, attributes or other modules are not
followed. Objects that behave like a list (`wsgiref.headers.Headers`) are
left alone.

## References
- PEP 3333, "The start_response() Callable"
"""

from fissix.pgen2 import token

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

syms = tm.syms


def shape(ctx, expr):
    """What the headers expression ``expr`` is when it is not a list, or None."""
    expr = tm.unparen(expr)
    if expr.type == syms.atom and expr.children[0].value == "(":
        return "a tuple"
    if expr.type == syms.atom and expr.children[0].value == "{":
        return "a dict"
    kids = expr.children
    if expr.type == syms.power and len(kids) >= 3 and str(kids[-2]).strip() == ".items" \
            and str(kids[-1]).replace(" ", "") == "()":
        return "`dict.items()`, a list on Python 2 but a view on Python 3"
    return None


def item_shape(item):
    item = tm.unparen(item)
    if item.type == syms.atom and item.children[0].value == "[":
        return "a list, not a tuple"
    if item.type == syms.atom and item.children[0].value == "(" and (
            wv.header_pair(item) is None):
        inner = item.children[1] if len(item.children) == 3 else None
        if inner is None or inner.type != syms.testlist_gexp or any(
                c.type == syms.comp_for for c in inner.children):
            return None
        return "a tuple of %d items, not a (name, value) pair" % len(inner.children[::2])
    return None


class FixWsgiHeadersNotList(wsgi.WsgiFix):
    RULE = Rule(
        id="PY603",
        symbol="wsgi-headers-not-list",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="WSGI response headers must be a list of (name, value) tuples, "
                "but {subject} is {what}",
        fix_hint="pass a list of 2-tuples: [('Content-Type', 'text/html')], or "
                 "list(headers.items())",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        call = wv.start_call(self.ctx, node)
        if call is None or call.headers is None or wv.skipped(node):
            return None
        headers = tm.unparen(call.headers)
        what = shape(self.ctx, headers)
        confidence = None
        if what is None and headers.type == token.NAME:
            bindings = tm.name_bindings(self.ctx, headers)
            shapes = {shape(self.ctx, v) for how, v in bindings if how == "assign"}
            if bindings and all(how == "assign" for how, _ in bindings) and len(
                    shapes) == 1 and None not in shapes:
                what, confidence = shapes.pop(), Confidence.MEDIUM
        if what is not None:
            if wv.once(self.ctx, self.RULE.id, headers):
                self.report(call.headers, confidence=confidence,
                            subject=f"`{tm.snippet(call.headers)}`", what=what)
            return None
        for item, _ in wv.all_header_items(self.ctx, node):
            what = item_shape(item)
            if what is not None and wv.once(self.ctx, self.RULE.id, item):
                self.report(item, subject=f"the header `{tm.snippet(item)}`", what=what)
        return None
