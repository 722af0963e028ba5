"""Flags WSGI header names and values that are not native strings.

## What it does
Finds the `(name, value)` tuples of the headers given to `start_response`
(in the call, in a list bound to a name and filled by `append`/`extend`/
`+=`, in a helper that builds the list, or appended by a middleware's
start_response wrapper) whose name or value is bytes, unicode (a `u''`
literal, `.decode()`, a bare literal under `unicode_literals`), an int
(`('Content-Length', len(body))`) or `None`.

## Why is this bad?
PEP 3333 wants header names and values as native `str`. On Python 3
wsgiref's handler raises `AssertionError: Header names/values must be of
type str (got b'Content-Type')` (and for an int, "got 5"), gunicorn raises
`TypeError`. On Python 2 a unicode header is refused by wsgiref ("Header
names must be strings") and mod_wsgi ("expected byte string object for
header name, value of type unicode found"): the usual result of adding
`unicode_literals` to a WSGI module.

## Example
```python
def application(environ, start_response):
    body = b'hello'
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('Content-Length', len(body))])
    return [body]
```

Use instead:
```python
def application(environ, start_response):
    body = b'hello'
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('Content-Length', str(len(body)))])
    return [body]
```

## Caveats
Values the type model cannot follow (parameters, attributes, lookups) are
not flagged; neither are header lists from other modules. `str(...)`
values are native and correct under `unicode_literals`. Code in
Python-2-only branches and under `isinstance` checks is skipped.

## References
- PEP 3333, "A Note On String Types" and "The start_response() Callable"
"""

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

EFFECTS = {
    tm.Kind.BYTES: "Python 3 servers refuse bytes (AssertionError / TypeError)",
    tm.Kind.TEXT: "Python 2 servers refuse unicode (\"Header names/values must be strings\")",
}


class FixWsgiHeaderNotNative(wsgi.WsgiFix):
    RULE = Rule(
        id="PY604",
        symbol="wsgi-header-not-native",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="WSGI header {part}s must be native str, but {subject}; {effect}",
        fix_hint="use native strings: plain '' literals, str('...') under "
                 "unicode_literals, str(len(body)) for numbers",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        for item, name, value in wv.header_pairs(self.ctx, node):
            if not wv.skipped(item):
                self._check("name", name)
                self._check("value", value)
        return None

    def _check(self, part, element):
        number = wv.int_value(self.ctx, element)
        if number is not None:
            if wv.once(self.ctx, self.RULE.id, element):
                inferred = tm.unparen(element).type == tm.token.NAME  # a parameter
                self.report(element, part=part, subject=number,
                            confidence=Confidence.MEDIUM if inferred else None,
                            effect="servers refuse it on Python 2 and 3")
            return
        value = tm.value_of(self.ctx, element)
        effect = EFFECTS.get(value.kind)
        if effect is None or tm.type_checked(element, tm.snippet(element, 200)):
            return
        if wv.once(self.ctx, self.RULE.id, element):
            confidence = None if tm.certain(value) else Confidence.MEDIUM
            self.report(element, confidence=confidence, part=part, effect=effect,
                        subject=wv.subject(self.ctx, element, value))
