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
Literals are checked, and values built from them (`%` formatting, `+`,
names, tuple unpacking, dict displays, parameters) when one text they can
hold is invalid; a value percent-decoded from the request by `unquote()`
is reported because `%0D%0A` puts CR/LF in it (both medium confidence).
Other computed values are not followed. A native
literal with UTF-8 bytes (`'caf\\xc3\\xa9'` on Python 2) is Latin-1 text on
Python 3 and is not reported here. Bytes headers are PY604's.

## References
- PEP 3333, "Unicode Issues" and "The start_response() Callable"
- RFC 7230, section 3.2 (header field names are tokens)
"""

import re

from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Confidence, Rule, Severity

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


class FixWsgiInvalidHeaderText(wsgi.WsgiFix):
    RULE = Rule(
        id="PY605",
        symbol="wsgi-invalid-header-text",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="invalid WSGI header {part} {text}: {problem}",
        fix_hint="keep header text to Latin-1 without control characters (encode "
                 "others per RFC 2047/5987 or percent-encode); names are tokens",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        for _, name, value in wv.header_pairs(self.ctx, node):
            for part, element, judge in (("name", name, name_problem),
                                         ("value", value, value_problem)):
                found = wv.literal_text(self.ctx, element)
                if found is None:
                    if part == "value":
                        self._built_value(element)
                    continue
                what = judge(found[0])
                if what is not None and wv.once(self.ctx, self.RULE.id, element):
                    self.report(element, part=part, text=repr(found[0]), problem=what)
        return None

    def _built_value(self, element):
        """A value built from literals one of which is invalid, or request data
        percent-decoded by unquote()."""
        if not wv.once(self.ctx, self.RULE.id, element):
            return
        source = wv.unquoted_request(self.ctx, element)
        if source is not None:
            self.report(element, confidence=Confidence.MEDIUM, part="value",
                        text=f"`{tm.snippet(element)}`",
                        problem=f"it is request data decoded by {source}, so a "
                                "%0D%0A in the request puts CR/LF in the header")
            return
        for text in wv.texts(self.ctx, element) or ():
            what = value_problem(text.replace(wv.UNKNOWN_PART, ""))
            if what is not None:
                self.report(element, confidence=Confidence.MEDIUM, part="value",
                            text=f"`{tm.snippet(element)}`",
                            problem=f"it can be {text.replace(wv.UNKNOWN_PART, '...')!r}, "
                                    f"and {what}")
                return
