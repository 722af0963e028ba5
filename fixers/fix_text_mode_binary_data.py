"""Flags files opened in text mode whose data is used as bytes, or written with bytes.

## What it does
Finds data read from a file opened without `'b'` in its mode
(`open(path).read()`, a `for line in open(path)` loop) that goes to an API
taking only bytes: hashing, `hmac`, `base64`, `zlib`, `struct.unpack()`, a
binary file's `write()`. It also finds bytes (`.encode()`, `b''`, binary
data) written to a file opened in text mode.

## Why is this bad?
Python 2 on POSIX made no difference between text and binary mode. On
Python 3 a text-mode file decodes what it reads (with the locale's encoding:
binary content raises `UnicodeDecodeError`) and returns `str`, which
`hashlib` and friends refuse with `TypeError`. Writing bytes to a text-mode
file raises `TypeError: write() argument must be str, not bytes`.

## Example
```python
import hashlib


def file_digest(path):
    return hashlib.sha1(open(path).read()).hexdigest()
```

Use instead:
```python
import hashlib


def file_digest(path):
    with open(path, 'rb') as handle:
        return hashlib.sha1(handle.read()).hexdigest()
```

## Caveats
The file must be opened where the type model can see it: in the same
function, at module level, or returned by a function of the same module.
A mode held in a variable is unknown and never flagged.

## References
- The `open()` documentation: "Files opened in binary mode ... return
  contents as bytes objects without any decoding"
- What's New In Python 3.0, "Text Vs. Data Instead Of Unicode Vs. 8-bit"
"""

from py3ready import sinks
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

TEXT_FILES = (tm.TEXT_FILE, tm.IO_TEXT_FILE)


class FixTextModeBinaryData(Py3Fix):
    RULE = Rule(
        id="PY411",
        symbol="text-mode-binary-data",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="{problem}: TypeError on Python 3",
        fix_hint="open files that hold bytes with 'rb'/'wb' (and text files with "
                 "io.open and an encoding)",
        confidence=Confidence.MEDIUM,
    )
    PATTERN = sinks.BYTES_CALL_PATTERN

    def transform(self, node, results):
        if tm.python_version_branch(node) == 2:
            return None
        for argument, api in sinks.bytes_calls(self.ctx, node):
            value = tm.value_of(self.ctx, argument)
            if value.source == "text-file":
                self.report(argument, problem=f"{api} takes bytes, but "
                            f"{tm.explain(tm.snippet(argument), value)}")
        self._text_file_writes(node)
        return None

    def _text_file_writes(self, node):
        kids = node.children
        for i in range(2, len(kids)):
            call, attr = kids[i], kids[i - 1]
            if not (call.children[0].value == "(" and attr.children[0].value == "."
                    and attr.children[1].value in ("write", "writelines")):
                continue
            handle = tm.prefix_value(self.ctx, node, i - 1)
            positional, _ = tm.args_of(call)
            if handle.obj not in TEXT_FILES or len(positional) != 1:
                continue
            value = tm.value_of(self.ctx, positional[0])
            if attr.children[1].value == "writelines":
                value = tm.element_value(self.ctx, positional[0])
            if value.kind is tm.Kind.BYTES:
                self.report(positional[0], problem=(
                    f"the file from {handle.origin} is in text mode, but "
                    f"{tm.explain(tm.snippet(positional[0]), value)}"))
