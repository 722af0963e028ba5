"""Flags non-ASCII text compared with an environ value that is Latin-1 on Python 3.

## What it does
Finds comparisons and searches (`==`, `!=`, `in`, `startswith()`,
`endswith()`, `find()`, `replace()` ...) between a WSGI environ value that
may hold non-ASCII characters (`PATH_INFO`, `QUERY_STRING`,
`HTTP_COOKIE`, other `HTTP_*` headers) and a literal holding non-ASCII
characters, without the `.encode('latin-1').decode('utf-8')` round trip.

## Why is this bad?
On Python 3 the server decodes the request bytes as Latin-1 to make the
native strings PEP 3333 asks for: a request for `/caf%C3%A9` gives
`PATH_INFO == '/caf\\xc3\\xa9'` ("cafÃ©"), not `'/café'`. Comparing it with
`'/café'` is silently never true, and showing it prints mojibake. On
Python 2 both sides were UTF-8 bytes and matched.

## Example
```python
# -*- coding: utf-8 -*-
def application(environ, start_response):
    if environ['PATH_INFO'] == '/café':
        body = b'coffee'
    else:
        body = b'no coffee'
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [body]
```

Use instead:
```python
# -*- coding: utf-8 -*-
import six


def application(environ, start_response):
    path = environ['PATH_INFO']
    if six.PY3:
        path = path.encode('latin-1').decode('utf-8')
    else:
        path = path.decode('utf-8')
    if path == u'/café':
        body = b'coffee'
    else:
        body = b'no coffee'
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [body]
```

## Caveats
A heuristic, hence a warning with low confidence: only literals with
non-ASCII characters are compared against. Values that are ASCII by nature
(`REQUEST_METHOD`, `SERVER_PORT`, `CONTENT_LENGTH`...) are left alone.
Concatenation with text is PY416's (implicit-ascii-coercion).

## References
- PEP 3333, "Unicode Issues" and "environ Variables"
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

OPS = {"==", "!=", "<>", "in", "in-container"} | {
    f".{m}()" for m in mixing.ARGUMENT_METHODS}


def _environ(value):
    return (value.kind is tm.Kind.NATIVE and value.source == "external"
            and value.non_ascii and "environ" in value.origin)


def _non_ascii_literal(value):
    """Text with non-ASCII characters; a native literal only when it holds
    them as characters (``'\\xc3\\xa9'`` escapes are Latin-1 on Python 3 and
    do match)."""
    if not (value.known and value.non_ascii and value.source in (
            "literal", "future-literal")):
        return False
    node = value.node
    return value.kind is tm.Kind.TEXT or (
        node is not None and not str(node).strip().isascii())


class FixWsgiEnvironMojibake(Py3Fix):
    RULE = Rule(
        id="PY612",
        symbol="wsgi-environ-mojibake",
        category=Category.WSGI,
        severity=Severity.WARNING,
        confidence=Confidence.LOW,
        message="`{op}` compares an environ value with non-ASCII text; on Python 3 "
                "the value is the request bytes decoded as Latin-1, so it never "
                "matches: {left}; {right}",
        fix_hint="on Python 3, recover the text with value.encode('latin-1')"
                 ".decode('utf-8') before comparing",
    )
    PATTERN = f"""
        comparison< any* ('==' | '!=' | '<>' | 'in' | comp_op< 'not' 'in' >) any* >
        | power< any+ trailer< '.' ({mixing.METHOD_ALTERNATIVES}) >
                 trailer< '(' any* ')' > any* >
    """

    def match(self, node):
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        if wv.skipped(node) or tm.python_version_branch(node) == 3:
            return None
        for meeting in mixing.meetings(self.ctx, node):
            if meeting.op not in OPS:
                continue
            left, right = meeting.left, meeting.right
            if not ((_environ(left) and _non_ascii_literal(right)) or (
                    _environ(right) and _non_ascii_literal(left))):
                continue
            if tm.type_checked(node, meeting.left_text, meeting.right_text):
                return None
            self.report(meeting.anchor, op=meeting.op.replace("in-container", "in"),
                        left=tm.explain(meeting.left_text, left),
                        right=tm.explain(meeting.right_text, right))
            return None
        return None
