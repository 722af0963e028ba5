"""Flags request-body bytes (wsgi.input, request.body) used as text.

## What it does
Finds data read from `environ['wsgi.input']` (or WebOb's `request.body`,
Werkzeug's and Flask's `request.data`, `request.get_data()` and
`request.stream.read()`) that is compared with, concatenated with, split
by, searched for, joined or formatted with text or a native `str`, or
given to `parse_qs()`/`parse_qsl()`.

## Why is this bad?
The request body is bytes on Python 3. `data == 'yes'` is silently always
False there (a wrong branch, no error), `data.split('&')`,
`data + '\n'` and `'x' in data` raise `TypeError: a bytes-like object is
required, not 'str'`, and `'%s' % data` gives `"b'...'"`. On Python 2 the
data was a native `str`, so the same code worked. `parse_qs()` of bytes
returns bytes keys, so `form['name']` raises KeyError.

## Example
```python
def application(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    data = environ['wsgi.input'].read(length)
    fields = data.split('&')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'%d fields' % len(fields)]
```

Use instead:
```python
def application(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    data = environ['wsgi.input'].read(length).decode('utf-8')
    fields = data.split('&')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [str(len(fields)).encode('ascii')]
```

## Caveats
WebOb requests are recognised when made in the module (`Request(environ)`,
`Request.blank()` of an imported `webob.Request`), Werkzeug ones likewise
and as Flask's `request`; other objects with a `.body`/`.data` are not.
`json.loads()` accepts bytes on Python 3.6+ and is not flagged. The
generic bytes/text rules (PY407, PY408) may report the same line.

## References
- PEP 3333, "environ Variables" (wsgi.input) and "Input and Error Streams"
"""

from py3ready import mixing
from py3ready import typemodel as tm
from py3ready import wsgi_values as wv
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

STRINGS = (tm.Kind.TEXT, tm.Kind.NATIVE)
PARSERS = {f"{m}.{f}" for m in ("urlparse", "cgi", "urllib.parse",
                                 "six.moves.urllib.parse")
           for f in ("parse_qs", "parse_qsl")}


class FixWsgiInputUsedAsText(Py3Fix):
    RULE = Rule(
        id="PY610",
        symbol="wsgi-input-used-as-text",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="request data is bytes on Python 3, but `{op}` uses it as text: "
                "{data}; {other}",
        fix_hint="decode the request body once (data.decode('utf-8')) and work with "
                 "text, or use b'' literals",
        replaces=("PY407", "PY408"),
    )
    PATTERN = f"""
        arith_expr< any* '+' any* >
        | term< any* '%' any* >
        | expr_stmt< any* '+=' any* >
        | comparison< any* ('==' | '!=' | '<>' | 'in' | comp_op< 'not' 'in' >) any* >
        | power< any+ trailer< '.' ('join' | 'format' | {mixing.METHOD_ALTERNATIVES}) >
                 trailer< '(' any* ')' > any* >
        | power< any+ trailer< '.' ('parse_qs' | 'parse_qsl') > trailer< '(' any* ')' > >
        | power< ('parse_qs' | 'parse_qsl') trailer< '(' any* ')' > >
    """

    def match(self, node):
        if node.type in mixing.OPERATOR_NODES:
            return {"node": node}
        return super().match(node)

    def transform(self, node, results):
        if wv.skipped(node):
            return None
        if node.type == tm.syms.power and self._parser(node):
            return None
        for meeting in mixing.meetings(self.ctx, node):
            found = self._meeting(node, meeting)
            if found:
                return None
        if node.type == tm.syms.comparison or node.type == tm.syms.arith_expr:
            self._framework_operands(node)
        elif node.type == tm.syms.power:
            self._framework_method(node)
        return None

    def _parser(self, node):
        index = len(node.children) - 1
        if tm.callee(self.ctx, node, index) not in PARSERS:
            return False
        positional, _ = tm.args_of(node.children[index])
        if positional:
            data = wv.input_data(self.ctx, positional[0])
            if data:
                self.report(positional[0], op=tm.snippet(node, 30),
                            data=f"`{tm.snippet(positional[0])}` is bytes from {data}",
                            other="parse_qs() of bytes gives bytes keys and values")
        return True

    def _meeting(self, node, meeting):
        pairs = ((meeting.left, meeting.right, meeting.left_text, meeting.right_text),
                 (meeting.right, meeting.left, meeting.right_text, meeting.left_text))
        for data, other, data_text, other_text in pairs:
            if data.kind is not tm.Kind.BYTES or "wsgi.input" not in data.origin:
                continue
            if other.kind not in STRINGS:
                continue
            if meeting.op == "%" and data is meeting.left:
                continue  # bytes % text: PY407's
            if tm.type_checked(node, meeting.left_text, meeting.right_text):
                return True
            lines = wv.seen_set(self.ctx, "PY610-lines")
            if node.get_lineno() in lines:
                return True  # one finding per line: the first misuse raises
            lines.add(node.get_lineno())
            confidence = Confidence.MEDIUM if meeting.indirect else None
            self.report(meeting.anchor, confidence=confidence,
                        op=meeting.op.replace("in-container", "in"),
                        data=tm.explain(data_text, data),
                        other=tm.explain(other_text, other))
            return True
        return False

    def _framework_operands(self, node):
        kids = node.children
        for i in range(1, len(kids), 2):
            left, right = kids[i - 1], kids[i + 1]
            op = str(kids[i]).strip()
            if op not in ("==", "!=", "<>", "+", "in"):
                continue
            for data_node, other_node in ((left, right), (right, left)):
                data = wv.framework_data(self.ctx, data_node)
                other = tm.value_of(self.ctx, other_node)
                if data and other.kind in STRINGS:
                    self.report(kids[i], confidence=Confidence.MEDIUM, op=op,
                                data=f"`{tm.snippet(data_node)}` is bytes from {data}",
                                other=tm.explain(tm.snippet(other_node), other))
                    return

    def _framework_method(self, node):
        kids = node.children
        for i in range(2, len(kids)):
            attr, call = kids[i - 1], kids[i]
            if attr.children[0].value != "." or call.children[0].value != "(":
                continue
            method = attr.children[1].value
            if method not in mixing.ARGUMENT_METHODS:
                continue
            data = wv.framework_prefix(self.ctx, node, i - 1)
            positional, _ = tm.args_of(call)
            if not data or not positional:
                continue
            other = tm.value_of(self.ctx, positional[0])
            if other.kind in STRINGS:
                self.report(attr.children[1], confidence=Confidence.MEDIUM,
                            op=f".{method}()", data=f"it is bytes from {data}",
                            other=tm.explain(tm.snippet(positional[0]), other))
                return
