"""Flags a Content-Length header computed from the length of text, not bytes.

## What it does
Finds `('Content-Length', str(len(body)))` (or `len(body)`, or
`'%d' % len(body)`) in the headers given to `start_response` when `body`
is text (`u''`, `.decode()`, a literal under `unicode_literals`), or a
native `str` that the code encodes later or that may hold non-ASCII
characters.

## Why is this bad?
Content-Length counts the bytes sent. `len()` of text counts characters,
so as soon as the text holds a non-ASCII character the header is too small:
the client cuts the body short or waits for bytes that never come, and
Werkzeug's lint warns "Content-Length and the number of bytes sent to the
client do not match". On Python 2 `len()` of a native `str` counted bytes;
on Python 3 the same code counts characters.

## Example
```python
def application(environ, start_response):
    text = u'<p>Caf\\xe9</p>'
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(text)))])
    return [text.encode('utf-8')]
```

Use instead:
```python
def application(environ, start_response):
    body = u'<p>Caf\\xe9</p>'.encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(body)))])
    return [body]
```

## Caveats
A native `str` that is only ASCII and never encoded (a fixed literal) is
not reported: its length is the same in bytes. Lengths of values the type
model cannot follow are quiet.

## References
- PEP 3333, "Handling the Content-Length Header"
"""

from fissix.pgen2 import token

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

syms = tm.syms


def measured(ctx, value_node):
    """The argument of the ``len()`` call inside a header value, or None."""
    for node in value_node.pre_order():
        if node.type == syms.power and len(node.children) == 2 and (
                tm.dotted(ctx, node.children[0]) == "builtins.len"):
            positional, _ = tm.args_of(node.children[1])
            return positional[0] if len(positional) == 1 else None
    return None


def encoded_later(ctx, node):
    """True if the NAME ``node`` is encoded somewhere in its scope."""
    if node.type != token.NAME:
        return False
    for ref in tm.uses(ctx, node):
        nxt = ref.next_sibling
        if nxt is not None and nxt.type == syms.trailer and str(nxt).strip() == ".encode":
            return True
    return False


class FixWsgiContentLengthOfText(wsgi.WsgiFix):
    RULE = Rule(
        id="PY609",
        symbol="wsgi-content-length-of-text",
        category=Category.WSGI,
        severity=Severity.WARNING,
        message="Content-Length counts characters, not bytes: {subject}; with "
                "non-ASCII text the header is wrong on Python 3",
        fix_hint="encode the body first and take len() of the bytes",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        for _, name, header_value in wv.header_pairs(self.ctx, node):
            name = wv.literal_text(self.ctx, name)
            if name is None or name[0].lower() != "content-length":
                continue
            target = measured(self.ctx, header_value)
            if target is None:
                continue
            target = tm.unparen(target)
            value = tm.value_of(self.ctx, target)
            if value.kind is tm.Kind.TEXT or (value.kind is tm.Kind.NATIVE and (
                    value.non_ascii or encoded_later(self.ctx, target))):
                if tm.type_checked(target, tm.snippet(target, 200)) or not wv.once(
                        self.ctx, self.RULE.id, target):
                    continue
                confidence = None if tm.certain(value) else Confidence.MEDIUM
                self.report(target, confidence=confidence,
                            subject=wv.subject(self.ctx, target, value))
        return None
