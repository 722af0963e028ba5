"""Flags `s.translate(table, deletechars)`, the two-argument str.translate of Python 2.

## What it does
Finds `.translate()` method calls with exactly two positional arguments.

## Why is this bad?
Python 3's `str.translate()` takes a single mapping argument; deleting
characters is done by mapping them to `None`. The two-argument call raises
`TypeError: translate() takes exactly one argument (2 given)`. The common
Python 2 idiom `s.translate(None, "abc")` fails the same way.

## Example
```python
def strip_digits(text):
    return text.translate(None, "0123456789")
```

Use instead:
```python
import re


def strip_digits(text):
    return re.sub("[0-9]", "", text)
```

## Caveats
The receiver's type is unknown: `bytes.translate(table, delete)` still
accepts two arguments on Python 3, so code that really works on bytes is
fine (low confidence). The call is not flagged when the table, the
characters to delete or the receiver are known to be bytes (a `b"..."`
literal, or a name bound to one), or when the receiver's type is tested
around the call (`isinstance(key, bytes) and key.translate(t, d)`).
The `string.translate(s, table, deletechars)`
function is reported by the names rules.

## References
- Python 3 documentation, `str.translate` and `str.maketrans`
"""

from fissix.pgen2 import token

from py3ready import semantics_util as su
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixStrTranslateDeletechars(Py3Fix):
    RULE = Rule(
        id="PY315",
        symbol="str-translate-deletechars",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        confidence=Confidence.LOW,
        message="translate() with a deletechars argument raises TypeError on "
        "Python 3 for str (it takes one mapping argument)",
        fix_hint="map the characters to delete to None in the table (str.maketrans("
        "'', '', chars)), or work on bytes",
    )
    PATTERN = """
        power< any+ trailer< '.' name='translate' >
               args=trailer< '(' arglist ')' > any* >
    """

    def transform(self, node, results):
        positional, keywords = su.call_args(results["args"])
        if len(positional) != 2 or keywords:
            return None
        if positional[1].type == token.STRING and positional[1].value[:1] in "bB":
            return None  # b"..." to delete: bytes.translate, which takes two
        receiver = node.children[: node.children.index(results["name"].parent)]
        if su.callee_name(self.ctx, receiver) == "string":
            return None
        # a bytes table, deletechars or receiver: bytes.translate, which takes two
        parts = positional + (receiver if len(receiver) == 1 else [])
        if any(tm.value_of(self.ctx, part).kind == tm.Kind.BYTES for part in parts):
            return None
        if len(receiver) == 1 and tm.type_checked(node, su.text(receiver[0])):
            return None  # `isinstance(key, bytes) and key.translate(t, d)`
        self.report(results["name"], end=results["args"])
