"""Flags `StringIO` buffers that hold bytes, where Python 3 needs `io.BytesIO`.

## What it does
Finds `StringIO.StringIO()`, `cStringIO.StringIO()`, `io.StringIO()` and
`six.StringIO()` buffers that are used for bytes: created from bytes,
written bytes (`.encode()`, `b''`, binary reads, `struct.pack()`), handed
to `gzip.GzipFile(fileobj=...)`, `tarfile`, `zipfile` or `pickle.dump()`,
or whose `getvalue()` goes to an API that takes only bytes.

## Why is this bad?
Python 3 has two buffers: `io.StringIO` for text and `io.BytesIO` for
bytes. The Python 2 modules are gone (PY205 reports the import) and the
usual rename to `io.StringIO` breaks bytes code:
`TypeError: string argument expected, got 'bytes'` on the first `write()`,
and `gzip`/`zipfile` fail on a text buffer. This rule tells which of the two
a buffer needs.

## Example
```python
import gzip
from cStringIO import StringIO


def gzipped(body):
    buf = StringIO()
    with gzip.GzipFile(fileobj=buf, mode='wb') as archive:
        archive.write(body.encode('utf-8'))
    return buf.getvalue()
```

Use instead:
```python
import gzip
from io import BytesIO


def gzipped(body):
    buf = BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb') as archive:
        archive.write(body.encode('utf-8'))
    return buf.getvalue()
```

## Caveats
The buffer must be bound to a name in the same scope (or used directly);
buffers stored on attributes are not followed. Buffers used for text are
left to PY205's advice (`io.StringIO`).

## References
- The `io` module documentation, "Text I/O" and "Binary I/O"
- PEP 3116, "New I/O"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import sinks
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

BUFFERS = {"StringIO.StringIO", "cStringIO.StringIO", "io.StringIO", "six.StringIO",
           "six.moves.cStringIO", "six.moves.StringIO"}
# callee -> the argument (position or keyword) that is a binary file object
BINARY_FILE_ARGUMENTS = {
    "gzip.GzipFile": ("fileobj", 3), "tarfile.open": ("fileobj", 2),
    "tarfile.TarFile": ("fileobj", 2), "zipfile.ZipFile": ("file", 0),
    "pickle.dump": ("file", 1), "cPickle.dump": ("file", 1),
}


class FixStringioForBytes(Py3Fix):
    RULE = Rule(
        id="PY413",
        symbol="stringio-for-bytes",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="this {name} buffer holds bytes ({evidence}): on Python 3 use "
                "io.BytesIO (io.StringIO raises TypeError for bytes)",
        fix_hint="use io.BytesIO (six.BytesIO) for bytes, io.StringIO for text",
        confidence=Confidence.MEDIUM,
    )
    PATTERN = """
        power< any+ trailer< '.' ('StringIO' | 'cStringIO') > trailer< '(' any* ')' > >
        | power< ('StringIO' | 'cStringIO') trailer< '(' any* ')' > >
    """

    def transform(self, node, results):
        index = len(node.children) - 1
        name = tm.callee(self.ctx, node, index)
        if name not in BUFFERS or tm.python_version_branch(node) == 2:
            return None
        evidence = self._evidence(node)
        if evidence:
            self.report(node.children[index - 1] if index == 1 else
                        node.children[index - 1].children[1],
                        name=f"`{name}()`", evidence=evidence)
        return None

    def _evidence(self, node):
        positional, _ = tm.args_of(node.children[-1])
        if positional and tm.kind_of(self.ctx, positional[0]) is tm.Kind.BYTES:
            return "it starts from bytes"
        where = _binary_file_use(self.ctx, node)
        if where:
            return where
        target = _bound_name(node)
        for use in tm.uses(self.ctx, target) if target is not None else ():
            if use.lineno < target.lineno:
                continue
            found = _binary_file_use(self.ctx, use) or _bytes_write(self.ctx, use)
            if found:
                return found
        return None


def _bound_name(node):
    """The NAME that ``x = StringIO()`` or ``with StringIO() as x`` binds."""
    parent = node.parent
    if parent is None:
        return None
    kids = parent.children
    if parent.type == syms.expr_stmt and len(kids) == 3 and kids[2] is node \
            and kids[1].type == token.EQUAL and kids[0].type == token.NAME:
        return kids[0]
    if parent.type == syms.with_item and kids[0] is node and kids[2].type == token.NAME:
        return kids[2]
    return None


def _binary_file_use(ctx, node):
    """Where ``node`` is given as the file of gzip, tarfile, zipfile or pickle."""
    holder = node.parent
    keyword = None
    if holder is not None and holder.type == syms.argument:
        keyword = holder.children[0].value
        holder = holder.parent
    if holder is not None and holder.type == syms.arglist:
        holder = holder.parent
    if holder is None or holder.type != syms.trailer or holder.children[0].value != "(":
        return None
    call = holder.parent
    index = tm.position_in(call.children, holder)
    callee = tm.callee(ctx, call, index)
    wanted = BINARY_FILE_ARGUMENTS.get(callee or "")
    if wanted is None:
        return None
    positional, keywords = tm.args_of(holder)
    name, position = wanted
    if keywords.get(name) is node or (keyword is None and position < len(positional)
                                      and positional[position] is node):
        return f"given to `{callee}()` on line {node.get_lineno()}"
    return None


def _bytes_write(ctx, use):
    """``buf.write(bytes)``, or ``buf.getvalue()`` passed where bytes are needed."""
    power = use.parent
    if power is None or power.type != syms.power or power.children[0] is not use \
            or len(power.children) < 3:
        return None
    method = power.children[1].children[-1].value
    call = power.children[2]
    if call.children[0].value != "(":
        return None
    positional, _ = tm.args_of(call)
    written = tm.kind_of(ctx, positional[0]) if positional else None
    if method == "write" and written is tm.Kind.BYTES:
        return f"written bytes on line {use.lineno}"
    if method in ("getvalue", "read") and len(power.children) == 3:
        outer = power.parent
        while outer is not None and outer.type in (syms.arglist, syms.argument,
                                                   syms.trailer):
            outer = outer.parent
        if outer is not None and outer.type == syms.power:
            for argument, api in sinks.bytes_calls(ctx, outer):
                if argument is power:
                    return f"its value goes to {api} on line {use.lineno}"
    return None
