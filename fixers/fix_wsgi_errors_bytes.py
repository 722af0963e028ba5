"""Flags bytes written to `environ['wsgi.errors']`, a text stream on Python 3.

## What it does
Finds `environ['wsgi.errors'].write(data)` (also through a name bound to
the stream, and `print >>errors, data`) where the type model knows `data`
is bytes (`b''`, `.encode()`, data read from `wsgi.input`).

## Why is this bad?
PEP 3333 makes `wsgi.errors` a text-mode stream taking native strings. On
Python 3 writing bytes to it raises `TypeError: write() argument must be
str, not bytes` (`wsgiref.validate` asserts `type(s) is str`), usually
inside an error handler, so the original error is lost too. `print` of
bytes writes `b'...'`.

## Example
```python
def application(environ, start_response):
    message = u'bad request'.encode('utf-8')
    environ['wsgi.errors'].write(message)
    start_response('400 Bad Request', [('Content-Type', 'text/plain')])
    return [b'bad request']
```

Use instead:
```python
def application(environ, start_response):
    environ['wsgi.errors'].write('bad request\\n')
    start_response('400 Bad Request', [('Content-Type', 'text/plain')])
    return [b'bad request']
```

## Caveats
Only writes the model can follow are checked; a logging handler built on
the stream is not followed.

## References
- PEP 3333, "Input and Error Streams"
"""

from py3ready import typemodel as tm
from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixWsgiErrorsBytes(Py3Fix):
    RULE = Rule(
        id="PY613",
        symbol="wsgi-errors-bytes",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="wsgi.errors is a text stream on Python 3, so writing bytes raises "
                "TypeError (print shows b'...'): {subject}",
        fix_hint="write native strings to wsgi.errors (decode bytes first)",
    )
    PATTERN = """
        power< any+ trailer< '.' ('write' | 'writelines') > trailer< '(' any ')' > >
        | print_stmt< 'print' '>>' any ',' any* >
    """

    def transform(self, node, results):
        if wv.skipped(node):
            return None
        if node.type == tm.syms.print_stmt:
            stream = node.children[2]
            values = node.children[4::2]
        else:
            values = [node.children[-1].children[1]]
        if node.type == tm.syms.print_stmt:
            if not wv.errors_stream(self.ctx, stream):
                return None
        elif not wv.errors_stream_prefix(self.ctx, node, len(node.children) - 2):
            return None
        for value_node in values:
            value = tm.value_of(self.ctx, value_node)
            if node.type != tm.syms.print_stmt and str(node.children[-2]).strip() == \
                    ".writelines":
                value = tm.element_value(self.ctx, value_node)
            if value.kind is not tm.Kind.BYTES or tm.type_checked(
                    node, tm.snippet(value_node, 200)):
                continue
            confidence = None if tm.certain(value) else Confidence.MEDIUM
            self.report(value_node, confidence=confidence,
                        subject=wv.subject(self.ctx, value_node, value))
        return None

