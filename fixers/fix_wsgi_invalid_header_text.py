"""Flags WSGI header text that servers refuse: non-Latin-1, CR/LF, bad names.

## What it does
Finds literal header names and values given to `start_response` (directly
or through the header list) where the value holds a character outside
Latin-1 (`'\\u20ac'`), a CR, LF or other control character, or the name is
not an HTTP token (`'Content Type'`, `'X-Foo:'`, `'X-Trailing-'`) or is
`Status`.

## Why is this bad?
PEP 3333 ("Unicode Issues") says header text must be representable in
ISO-8859-1; a Python 3 server encodes the status line and headers as
Latin-1 when it sends them, so `'\\u20ac'` passes `wsgiref.validate` and then
fails with `UnicodeEncodeError: 'latin-1' codec can't encode character`,
after part of the response went out. Control characters and bad names
fail `wsgiref.validate` and `werkzeug`'s lint, and a CR/LF in a value lets
the header split the response. The `Status` header is reserved: the status
goes to `start_response`.

## Example
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('X-Price', '10 \\u20ac')])
    return [b'hello']
```

Use instead:
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('X-Price', '10 EUR')])
    return [b'hello']
```

## Caveats
Only literals (and names bound to one literal) are checked. A native
literal with UTF-8 bytes (`'caf\\xc3\\xa9'` on Python 2) is Latin-1 text on
Python 3 and is not reported here. Bytes headers are PY604's.

## References
- PEP 3333, "Unicode Issues" and "The start_response() Callable"
- RFC 7230, section 3.2 (header field names are tokens)
"""

import re

from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9\-_]*$")


def name_problem(text):
    if text.lower() == "status":
        return "the `Status` header is reserved: pass the status to start_response"
    if not _TOKEN.match(text) or text[-1] in "-_":
        return "it is not an HTTP token (letters, digits, '-' and '_' only)"
    return None


def value_problem(text):
    if re.search(r"[\r\n]", text):
        return "it holds CR or LF, which would split the response"
    if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", text):
        return "it holds a control character"
    bad = next((c for c in text if ord(c) > 0xFF), None)
    if bad is not None:
        return (f"U+{ord(bad):04X} is not Latin-1: Python 3 servers raise "
                "UnicodeEncodeError sending it")
    return None


class FixWsgiInvalidHeaderText(Py3Fix):
    RULE = Rule(
        id="PY605",
        symbol="wsgi-invalid-header-text",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="invalid WSGI header {part} {text!r}: {problem}",
        fix_hint="keep header text to Latin-1 without control characters (encode "
                 "others per RFC 2047/5987 or percent-encode); names are tokens",
    )
    PATTERN = """
        power< any trailer< '(' any* ')' > >
        | power< 'self' trailer< '.' any > trailer< '(' any* ')' > >
    """

    def transform(self, node, results):
        if wv.start_call(self.ctx, node) is None or wv.skipped(node):
            return None
        for item, _ in wv.all_header_items(self.ctx, node):
            pair = wv.header_pair(item)
            if pair is None:
                continue
            for part, element, judge in (("name", pair[0], name_problem),
                                         ("value", pair[1], value_problem)):
                found = wv.literal_text(self.ctx, element)
                if found is None:
                    continue
                what = judge(found[0])
                if what is not None and wv.once(self.ctx, self.RULE.id, element):
                    self.report(element, part=part, text=found[0], problem=what)
        return None
