"""Flags text mixed with outside native strings, which Python 2 decodes as ASCII.

## What it does
Finds `+`, `+=`, `%`, `.format()` and `.join()` that combine text (a `u''`
literal, or any literal under `unicode_literals`, `.decode()` results) with
a native `str` that comes from outside the program and may hold non-ASCII
bytes on Python 2: WSGI environ values (`PATH_INFO`, `QUERY_STRING`,
headers), `sys.argv`, `os.listdir()`, `urllib.unquote()`, or data read from
a file opened in text mode.

## Why is this bad?
On Python 2 those values are byte strings. Combining them with `unicode`
makes Python decode them implicitly with the ASCII codec, which raises
`UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3` as soon as a
request path, header or file holds a non-ASCII character. Python 3 gives
text on both sides and works, so the bug shows up only on Python 2, and
typically right after `unicode_literals` was added to a module that used to
build native strings.

## Example
```python
from __future__ import unicode_literals


def breadcrumb(environ):
    return 'You are here: %s' % environ['PATH_INFO']
```

Use instead:
```python
from __future__ import unicode_literals

import six


def breadcrumb(environ):
    path = environ['PATH_INFO']
    if six.PY2:
        path = path.decode('utf-8', 'replace')
    return 'You are here: %s' % path
```

## Caveats
Native string literals are not reported here (a non-ASCII one is PY415),
nor environ values that are ASCII by nature (`REQUEST_METHOD`,
`CONTENT_LENGTH`, `SERVER_PORT`, `REMOTE_ADDR`...).
The rule does not know whether the data is ASCII in practice: URLs, file
names and headers usually are, hence the medium confidence.

## References
- PEP 3333, "Unicode Issues"
- Python 2 Unicode HOWTO, "The Unicode Type"
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

OUTSIDE = ("external", "text-file")


class FixImplicitAsciiCoercion(Py3Fix):
    RULE = Rule(
        id="PY416",
        symbol="implicit-ascii-coercion",
        category=Category.UNICODE,
        severity=Severity.WARNING,
        confidence=Confidence.MEDIUM,
        message="`{op}` mixes text with a native str that may hold non-ASCII bytes "
                "on Python 2, where it is decoded as ASCII (UnicodeDecodeError): "
                "{left}; {right}",
        fix_hint="decode the native string explicitly on Python 2 (six.PY2) before "
                 "combining it with text",
    )
    PATTERN = """
        arith_expr< any* '+' any* >
        | term< any* '%' any* >
        | expr_stmt< any* '+=' any* >
        | power< any+ trailer< '.' ('join' | 'format') > trailer< '(' any* ')' > any* >
    """

    def match(self, node):
        # The bottom matcher only offers nodes whose operator child matched the
        # PATTERN; mixing.meetings checks the rest, so skip fissix's slower match.
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        for meeting in mixing.meetings(self.ctx, node):
            if meeting.op not in mixing.CONCATENATING or not _coerces(meeting):
                continue
            if tm.python_version_branch(node) == 3 or tm.type_checked(
                    node, meeting.left_text, meeting.right_text):
                return None
            self.report(meeting.anchor, op=meeting.op,
                        left=tm.explain(meeting.left_text, meeting.left),
                        right=tm.explain(meeting.right_text, meeting.right))
            return None
        return None


def _coerces(meeting):
    if meeting.left.kind not in (tm.Kind.TEXT, tm.Kind.NATIVE):
        return False
    pair = (meeting.left, meeting.right)
    return any(a.kind is tm.Kind.TEXT and b.kind is tm.Kind.NATIVE and b.non_ascii
               and b.source in OUTSIDE for a, b in (pair, pair[::-1]))
