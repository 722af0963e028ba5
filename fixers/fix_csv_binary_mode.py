"""Flags the `csv` module reading or writing a file opened in binary mode.

## What it does
Finds `csv.reader()`, `csv.writer()`, `csv.DictReader()` and
`csv.DictWriter()` given a file opened with a `'b'` mode (`open(path,
'rb')`, `'wb'`, `'ab'`), an `io.BytesIO`, or `wsgi.input`, directly or
through a name.

## Why is this bad?
Python 2's `csv` module wanted binary files, and its documentation said so.
Python 3's works on text only: reading a binary file raises
`_csv.Error: iterator should return strings, not bytes`, and writing to one
raises `TypeError: a bytes-like object is required, not 'str'`. On Python 3
open the file in text mode with `newline=''` (and an encoding).

## Example
```python
import csv


def export(rows, path):
    with open(path, 'wb') as handle:
        csv.writer(handle).writerows(rows)
```

Use instead:
```python
import csv
import sys


def export(rows, path):
    if sys.version_info[0] == 2:
        handle = open(path, 'wb')
    else:
        handle = open(path, 'w', newline='', encoding='utf-8')
    with handle:
        csv.writer(handle).writerows(rows)
```

## Caveats
Code that must run on both versions needs the mode chosen per version (as
above) or a compatibility package such as `backports.csv`; `unicodecsv`
and `backports.csv` objects are not flagged. A mode held in a variable is
unknown and never flagged.

## References
- The `csv` module documentation, "If csvfile is a file object, it should
  be opened with newline=''"
"""

from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

CSV_FUNCTIONS = ("reader", "writer", "DictReader", "DictWriter")
BINARY = (tm.BINARY_FILE, tm.BYTESIO)


class FixCsvBinaryMode(Py3Fix):
    RULE = Rule(
        id="PY412",
        symbol="csv-binary-mode",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="`{function}()` is given {what}: Python 3's csv needs a text-mode "
                "file (opened with newline='')",
        fix_hint="on Python 3 open the file with open(path, 'r' or 'w', newline='', "
                 "encoding=...)",
    )
    PATTERN = """
        power< 'csv' trailer< '.' ('reader' | 'writer' | 'DictReader' | 'DictWriter') >
               trailer< '(' any* ')' > any* >
        | power< ('reader' | 'writer' | 'DictReader' | 'DictWriter')
                 trailer< '(' any* ')' > any* >
    """

    def transform(self, node, results):
        index = 2 if node.children[0].value == "csv" else 1
        function = tm.callee(self.ctx, node, index)
        if function not in {f"csv.{name}" for name in CSV_FUNCTIONS}:
            return None
        if tm.python_version_branch(node) == 2:
            return None
        positional, keywords = tm.args_of(node.children[index])
        target = positional[0] if positional else keywords.get("f")
        if target is None:
            return None
        value = tm.value_of(self.ctx, target)
        if value.obj not in BINARY:
            return None
        what = f"a binary-mode file ({value.origin})" if value.obj == tm.BINARY_FILE \
            else f"a bytes buffer ({value.origin})"
        confidence = Confidence.MEDIUM if value.indirect else None
        self.report(target, confidence=confidence, function=function, what=what)
        return None
