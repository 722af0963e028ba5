"""Flags `==`, `!=` and `in` between bytes and text, always unequal on Python 3.

## What it does
Finds comparisons where py3ready's type model knows that one side is bytes
on Python 3 and the other is text or a native `str`: `data == 'ok'` with
`data` read from `wsgi.input`, `token.encode('utf-8') != expected`, `line
in ('yes', 'no')` with `line` read from a binary file. It also finds a byte
of a bytes value compared with a string (`data[0] == '{'`), which is an int
on Python 3.

## Why is this bad?
Python 3 never considers bytes equal to text: `b'ok' == 'ok'` is `False`,
`!=` is `True` and `in` with a tuple or list of the other type finds
nothing. No error is raised; the program silently takes the wrong branch
(`python3 -b` only warns). Indexing bytes gives an int on Python 3, so
`data[0] == '{'` is always `False` too. On Python 2 both sides were `str`
(or ASCII-compatible `unicode`) and compared equal.

## Example
```python
def wants_json(environ):
    body = environ['wsgi.input'].read(1)
    return body == '{'
```

Use instead:
```python
def wants_json(environ):
    body = environ['wsgi.input'].read(1)
    return body == b'{'
```

## Caveats
Both sides must be known to the type model; comparisons with parameters or
attributes are not flagged. `in` between two strings (a substring test)
raises TypeError instead and is PY407's. Code in a Python-2-only branch is
not flagged.

## References
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
- The `python3 -b` option (BytesWarning)
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

STRINGS = (tm.Kind.TEXT, tm.Kind.NATIVE)
RESULT = {"==": "always False", "!=": "always True", "<>": "always True",
          "in-container": "never true"}


class FixBytesTextComparison(Py3Fix):
    RULE = Rule(
        id="PY408",
        symbol="bytes-text-comparison",
        category=Category.UNICODE,
        severity=Severity.WARNING,
        message="`{op}` compares {what} with text: {result} on Python 3: "
                "{left}; {right}",
        fix_hint="compare like with like: b'' literals for bytes, or decode the bytes "
                 "first",
    )
    PATTERN = """
        comparison< any* ('==' | '!=' | '<>' | 'in' | comp_op< 'not' 'in' >) any* >
    """

    def match(self, node):
        # The bottom matcher only offers nodes whose operator child matched the
        # PATTERN; mixing.meetings checks the rest, so skip fissix's slower match.
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        for meeting in mixing.meetings(self.ctx, node):
            what = _mismatch(meeting)
            if what is None:
                continue
            if tm.python_version_branch(node) == 2 or tm.type_checked(
                    node, meeting.left_text, meeting.right_text):
                return None
            op = "in" if meeting.op == "in-container" else meeting.op
            if op == "in" and meeting.anchor.type != 1:  # 'not in'
                op = "not in"
            result = RESULT[meeting.op]
            if op == "not in":
                result = "always True"
            confidence = Confidence.MEDIUM if meeting.indirect else None
            left = (f"`{meeting.left_text}` is a byte, an int on Python 3"
                    if meeting.left.obj == tm.BYTE_INT
                    else tm.explain(meeting.left_text, meeting.left))
            right = (f"`{meeting.right_text}` is a byte, an int on Python 3"
                     if meeting.right.obj == tm.BYTE_INT
                     else tm.explain(meeting.right_text, meeting.right))
            if meeting.op == "in-container":
                right = right.replace(" is ", " holds ", 1)
            self.report(meeting.anchor, confidence=confidence, op=op, what=what,
                        result=result, left=left, right=right)
            return None
        return None


def _mismatch(meeting):
    """"bytes" or "a byte of bytes" if the meeting compares unlike types, else None."""
    if meeting.op not in RESULT:
        return None
    left = meeting.left
    if not left.known and left.obj != tm.BYTE_INT:
        return None
    right = meeting.right
    if tm.BYTE_INT in (left.obj, right.obj):
        other = right if left.obj == tm.BYTE_INT else left
        return "a byte of bytes" if other.known else None
    kinds = {left.kind, right.kind}
    if tm.Kind.BYTES in kinds and kinds & set(STRINGS):
        return "bytes"
    return None
