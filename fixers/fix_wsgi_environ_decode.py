"""Flags `.decode()` on a WSGI environ value, which is already str on Python 3.

## What it does
Finds `.decode(...)` with a text codec called on a value taken from the
WSGI environ (`environ['PATH_INFO']`, `environ.get('QUERY_STRING')`,
`HTTP_*` headers, ...), directly or through a name.

## Why is this bad?
PEP 3333 makes environ values native strings. On Python 2 they were bytes
and `.decode('utf-8')` gave unicode; on Python 3 they are already `str`
(the request bytes decoded as Latin-1), and `str` has no `.decode()`:
`AttributeError: 'str' object has no attribute 'decode'` on every
request. To get the UTF-8 text of a path on Python 3, re-encode the
Latin-1 first: `path.encode('latin-1').decode('utf-8')`.

## Example
```python
def application(environ, start_response):
    path = environ.get('PATH_INFO', '/').decode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [path.encode('utf-8')]
```

Use instead:
```python
import six


def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if six.PY2:
        path = path.decode('utf-8')
    else:
        path = path.encode('latin-1').decode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [path.encode('utf-8')]
```

## Caveats
The environ is recognised as the first parameter of a WSGI callable (any
name), a parameter called `environ`, or `os.environ`, whose values are str
on Python 3 too. Calls in Python-2-only branches, under an AttributeError
handler or after a type check are skipped. PY405 (decode-on-text) may
report the same call.

## References
- PEP 3333, "environ Variables" and "Unicode Issues"
"""

from py3ready import typemodel as tm
from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixWsgiEnvironDecode(Py3Fix):
    RULE = Rule(
        id="PY611",
        symbol="wsgi-environ-decode",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="environ values are str on Python 3, which has no .decode() "
                "(AttributeError): {subject}",
        fix_hint="decode only on Python 2 (six.PY2); on Python 3 use "
                 "value.encode('latin-1').decode('utf-8') for UTF-8 text",
        replaces=("PY405",),
    )
    PATTERN = "power< any+ trailer< '.' 'decode' > trailer< '(' [any] ')' > any* >"

    def transform(self, node, results):
        if wv.skipped(node):
            return None
        for attr, receiver, text in tm.codec_calls(self.ctx, node, "decode"):
            if receiver.kind is not tm.Kind.NATIVE or receiver.source != "external" or (
                    "environ" not in receiver.origin):
                continue
            confidence = Confidence.MEDIUM if receiver.indirect else None
            self.report(attr.children[1], confidence=confidence,
                        subject=tm.explain(text, receiver))
        return None
