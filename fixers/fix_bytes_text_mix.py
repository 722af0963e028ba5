r"""Flags bytes combined with text by `+`, `%`, `join()`, `in` or a str method.

## What it does
Finds `a + b`, `a += b`, `fmt % args`, `sep.join(items)`, `a in b` and
calls such as `data.startswith(prefix)`, `data.split(sep)` or
`data.replace(old, new)` where py3ready's type model knows that one side is
bytes on Python 3 (a `b''` literal, `.encode()`, `base64`, a binary read,
`wsgi.input`) and the other is text or a native `str` (a plain literal,
`u''`, `.decode()`, `str()`, `json.dumps()`, an environ value).

## Why is this bad?
Python 3 never converts between bytes and text implicitly. Each of these
raises `TypeError` (`can't concat str to bytes`, `a bytes-like object is
required, not 'str'`, `sequence item 0: expected str instance, bytes
found`). On Python 2 both were `str` and just worked, or, with a `unicode`
side, the bytes were silently decoded as ASCII (a `UnicodeDecodeError` for
any non-ASCII byte).

## Example
```python
def add_signature(environ, signature):
    body = environ['wsgi.input'].read()
    return body + '\n-- \n' + signature
```

Use instead:
```python
def add_signature(environ, signature):
    body = environ['wsgi.input'].read()
    return body + b'\n-- \n' + signature
```

## Caveats
Both sides must be known to the type model: a parameter, an attribute or a
call to an unknown function is never assumed to be bytes or text. `%` with
a text format and bytes arguments is PY409 (`str-of-bytes`), comparisons
are PY408. Code in a Python-2-only branch is not flagged.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- The `python3 -b` option (BytesWarning)
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

STRINGS = (tm.Kind.TEXT, tm.Kind.NATIVE)
OPS = {"+", "+=", "%", ".join()", "in"} | {f".{m}()" for m in mixing.ARGUMENT_METHODS}


class FixBytesTextMix(Py3Fix):
    RULE = Rule(
        id="PY407",
        symbol="bytes-text-mix",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`{op}` mixes bytes and text, a TypeError on Python 3{py2}: "
                "{left}; {right}",
        fix_hint="make both sides bytes (b'', .encode()) or both text (.decode())",
    )
    PATTERN = f"""
        arith_expr< any* '+' any* >
        | term< any* '%' any* >
        | expr_stmt< any* '+=' any* >
        | comparison< any* ('in' | comp_op< 'not' 'in' >) any* >
        | power< any+ trailer< '.' ('join' | {mixing.METHOD_ALTERNATIVES}) >
                 trailer< '(' any* ')' > any* >
    """

    def match(self, node):
        # The bottom matcher only offers nodes whose operator child matched the
        # PATTERN; mixing.meetings checks the rest, so skip fissix's slower match.
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        for meeting in mixing.meetings(self.ctx, node):
            if meeting.op not in OPS or not _mixed(meeting):
                continue
            if tm.python_version_branch(node) == 2 or tm.type_checked(
                    node, meeting.left_text, meeting.right_text):
                return None
            bytes_right = meeting.right.kind is tm.Kind.BYTES
            other = meeting.left if bytes_right else meeting.right
            py2 = (" (Python 2 decoded the bytes as ASCII)"
                   if other.kind is tm.Kind.TEXT else "")
            confidence = Confidence.MEDIUM if meeting.indirect else None
            self.report(meeting.anchor, confidence=confidence, op=meeting.op.strip(),
                        py2=py2, left=tm.explain(meeting.left_text, meeting.left),
                        right=tm.explain(meeting.right_text, meeting.right))
            return None
        return None


def _mixed(meeting):
    left = meeting.left.kind
    if not meeting.left.known:
        return False
    right = meeting.right.kind
    if meeting.op == "%":
        return left is tm.Kind.BYTES and right in STRINGS  # text % bytes: PY409
    return (left is tm.Kind.BYTES and right in STRINGS) or (
        right is tm.Kind.BYTES and left in STRINGS)
