"""Flags hop-by-hop headers (Connection, Transfer-Encoding...) set by a WSGI app.

## What it does
Finds literal header names given to `start_response` (directly, through the
header list, or appended by a middleware's wrapper) that are hop-by-hop:
`Connection`, `Keep-Alive`, `Transfer-Encoding`, `TE`, `Trailer`,
`Trailers`, `Upgrade`, `Proxy-Authenticate`, `Proxy-Authorization`.

## Why is this bad?
PEP 3333 leaves the connection to the server: an application must not use
hop-by-hop headers. Python 3's wsgiref handler asserts "Hop-by-hop headers
not allowed" and answers 500, and `wsgiref.validate` rejects them; other
servers send a `Transfer-Encoding: chunked` the body is not encoded for.

## Example
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'),
                              ('Connection', 'close')])
    return [b'bye']
```

Use instead:
```python
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'bye']
```

## Caveats
Only literal names are checked. A `start_response` implementation that is
itself a server (not a wrapper around one) may set them and is left alone.

## References
- PEP 3333, "Other HTTP Features"
- RFC 2616, section 13.5.1 (hop-by-hop headers)
"""

from py3ready import wsgi
from py3ready import wsgi_values as wv
from py3ready.rules import Category, Rule, Severity


class FixWsgiHopByHopHeader(wsgi.WsgiFix):
    RULE = Rule(
        id="PY606",
        symbol="wsgi-hop-by-hop-header",
        category=Category.WSGI,
        severity=Severity.ERROR,
        message="`{name}` is a hop-by-hop header, which a WSGI application must not "
                "set: wsgiref on Python 3 refuses it (\"Hop-by-hop headers not "
                "allowed\")",
        fix_hint="leave connection handling to the server: drop the header",
    )
    PATTERN = wsgi.CALL_PATTERN

    def transform(self, node, results):
        for _, name, _ in wv.header_pairs(self.ctx, node):
            found = wv.literal_text(self.ctx, name)
            if found is not None and found[0].lower() in wv.HOP_BY_HOP and wv.once(
                    self.ctx, self.RULE.id, name):
                self.report(name, name=found[0])
        return None
