"""Flags `str()`, `%` and `format()` applied to bytes, which embed `b'...'` on Python 3.

## What it does
Finds `str(x)`, `'...%s...' % x` and `'...{}...'.format(x)` where py3ready's
type model knows that `x` is bytes on Python 3 (a `b''` literal,
`.encode()`, `base64`, `hashlib` `digest()`, a binary read, `wsgi.input`)
and the format string is text or a native `str`.

## Why is this bad?
On Python 2 these returned the bytes unchanged. On Python 3 they use the
bytes' `repr()`: `str(b'abc')` is the five characters `"b'abc'"`, and
`'id=%s' % token` gives `"id=b'abc'"`. Nothing fails at that point: the
wrong text ends up in headers, URLs, HTML and log files, and comparisons
with it fail later.

## Example
```python
import base64


def auth_header(user, password):
    token = base64.b64encode(user + b':' + password)
    return 'Basic %s' % token
```

Use instead:
```python
import base64


def auth_header(user, password):
    token = base64.b64encode(user + b':' + password)
    return 'Basic %s' % token.decode('ascii')
```

## Caveats
Only values the type model knows to be bytes are checked. A `%` format
that is itself bytes is PY407's (`bytes-text-mix`). `str(data, 'utf-8')`
decodes and is not flagged (it is a TypeError on Python 2, though).

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- The `python3 -b` option (BytesWarning on `str(b'')`)
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

STRINGS = (tm.Kind.TEXT, tm.Kind.NATIVE)


class FixStrOfBytes(Py3Fix):
    RULE = Rule(
        id="PY409",
        symbol="str-of-bytes",
        category=Category.UNICODE,
        severity=Severity.WARNING,
        message="{how} gives \"b'...'\" on Python 3, not the bytes' content: {subject}",
        fix_hint="decode the bytes first (data.decode('ascii')), or keep the whole "
                 "string bytes",
    )
    PATTERN = """
        power< 'str' trailer< '(' any ')' > >
        | term< any* '%' any* >
        | power< any+ trailer< '.' 'format' > trailer< '(' any* ')' > any* >
    """

    def match(self, node):
        # The bottom matcher only offers nodes whose operator child matched the
        # PATTERN; mixing.meetings checks the rest, so skip fissix's slower match.
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        if tm.python_version_branch(node) == 2:
            return None
        if node.type == self.syms.power and tm.snippet(node.children[0]) == "str":
            self._str_call(node)
            return None
        for meeting in mixing.meetings(self.ctx, node):
            if meeting.op not in ("%", ".format()") or meeting.left.kind not in STRINGS:
                continue
            if meeting.right.kind is tm.Kind.BYTES and not tm.type_checked(
                    node, meeting.right_text):
                how = "`%` formatting" if meeting.op == "%" else "`.format()`"
                self._report(meeting.right_node, meeting.right_text, meeting.right, how)
        return None

    def _str_call(self, node):
        if tm.callee(self.ctx, node, 1) != "builtins.str":
            return
        positional, keywords = tm.args_of(node.children[1])
        if len(positional) != 1 or keywords:
            return
        value = tm.value_of(self.ctx, positional[0])
        if value.kind is tm.Kind.BYTES and not tm.type_checked(
                node, tm.snippet(positional[0], 200)):
            self._report(node.children[0], tm.snippet(positional[0]), value, "`str()`")

    def _report(self, anchor, text, value, how):
        confidence = None if tm.certain(value) else Confidence.MEDIUM
        self.report(anchor, confidence=confidence, how=how,
                    subject=tm.explain(text, value))
