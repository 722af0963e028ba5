"""What the WSGI code sends: response headers, literal texts, request data.

:mod:`py3ready.wsgi` finds the ``start_response`` calls and the body; this
module follows their values for the PY6xx rules: the header tuples that reach
a call (list displays, names filled by ``append``/``extend``/``+=``, helpers
that build the list, wrappers that append to it), the text of literals, and
the data a request body gives (``environ['wsgi.input']``, WebOb's
``request.body``, Werkzeug's ``request.data``/``get_data()``/
``stream.read()``).
"""

from __future__ import annotations

import ast
import re
from typing import Iterator, List, Optional, Set, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import scope
from py3ready import typemodel as tm
from py3ready import wsgi
from py3ready.fixer_base import FileContext

syms = pygram.python_symbols

HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate",
                        "proxy-authorization", "te", "trailer", "trailers",
                        "transfer-encoding", "upgrade"})
_MAX_DEPTH = 3


def start_call(ctx: FileContext, node: Base) -> Optional[wsgi.StartCall]:
    """The :class:`wsgi.StartCall` whose call is ``node``, or None."""
    return wsgi.analyse(ctx, node).start_calls.get(id(node))


def once(ctx: FileContext, rule: str, node: Base) -> bool:
    """True the first time ``rule`` asks about ``node`` in this file (a header
    list shared by several calls is reported once)."""
    seen = ctx.cache.setdefault(f"wsgi-reported-{rule}", set())
    if id(node) in seen:
        return False
    seen.add(id(node))
    return True


def skipped(node: Base) -> bool:
    """Code that only runs on Python 2 is left alone."""
    return tm.python_version_branch(node) == 2


# -- headers ---------------------------------------------------------------------


def header_items(ctx: FileContext, expr: Optional[Base],
                 depth: int = 0) -> List[Base]:
    """The item expressions of the header list ``expr`` as far as they can be
    followed: displays, names bound to displays and filled by ``append``,
    ``extend``, ``insert`` or ``+=``, ``a + b``, local helpers' returns."""
    if expr is None or depth > _MAX_DEPTH:
        return []
    expr = tm.unparen(expr)
    if _is_display(expr, "["):
        return list(tm.string_elements(expr))
    if expr.type == syms.arith_expr and all(op.value == "+" for op in expr.children[1::2]):
        return [i for part in expr.children[::2] for i in header_items(ctx, part, depth + 1)]
    if expr.type == token.NAME:
        return _named_items(ctx, expr, depth)
    if expr.type == syms.power and len(expr.children) == 2 and (
            expr.children[0].type == token.NAME):
        bindings = tm.name_bindings(ctx, expr.children[0])
        if len(bindings) == 1 and bindings[0][0] == "def" and (
                bindings[0][1].type == syms.funcdef):
            items: List[Base] = []
            for stmt in _returns(bindings[0][1]):
                items.extend(header_items(ctx, stmt.children[1], depth + 1))
            return items
    return []


def _named_items(ctx: FileContext, leaf: Leaf, depth: int) -> List[Base]:
    bindings = tm.name_bindings(ctx, leaf)
    items: List[Base] = []
    for how, node in bindings:
        if how == "assign":
            items.extend(header_items(ctx, node, depth + 1))
        elif how == "aug" and node.children[1].value == "+=":
            items.extend(header_items(ctx, node.children[2], depth + 1))
    for ref in tm.uses(ctx, leaf):
        found = wsgi.method_call(ref)
        if found is None:
            continue
        method, call = found
        positional, _ = tm.args_of(call)
        if method == "append" and len(positional) == 1:
            items.append(positional[0])
        elif method == "insert" and len(positional) == 2:
            items.append(positional[1])
        elif method == "extend" and len(positional) == 1:
            items.extend(header_items(ctx, positional[0], depth + 1))
    return items


def _returns(funcdef: Node) -> Iterator[Node]:
    stack = [funcdef.children[-1]]
    while stack:
        node = stack.pop()
        if node.type in (syms.funcdef, syms.classdef) or isinstance(node, Leaf):
            continue
        if node.type == syms.return_stmt and len(node.children) == 2:
            yield node
        stack.extend(node.children)


def wrapper_header_items(ctx: FileContext, function: wsgi.Function) -> List[Base]:
    """Items a start_response wrapper appends to the headers it receives."""
    if len(function.positional) < 2:
        return []
    return _named_items(ctx, function.positional[1], 0)


def header_pair(item: Base) -> Optional[Tuple[Base, Base]]:
    """(name, value) of a ``(name, value)`` tuple display, else None."""
    item = tm.unparen(item)
    if not _is_display(item, "("):
        return None
    inner = item.children[1]
    if inner.type != syms.testlist_gexp or len(inner.children) not in (3, 4):
        return None
    if any(c.type == syms.comp_for for c in inner.children):
        return None
    return inner.children[0], inner.children[2]


def _is_display(node: Base, opener: str) -> bool:
    return node.type == syms.atom and node.children[0].value == opener


def all_header_items(ctx: FileContext, node: Base) -> List[Tuple[Base, str]]:
    """Header items reaching the start_response call ``node`` (or appended by a
    wrapper whose outer call ``node`` is), with where they came from."""
    call = start_call(ctx, node)
    if call is None:
        return []
    items = [(item, "") for item in header_items(ctx, call.headers)]
    info = wsgi.analyse(ctx, node)
    function = call.function
    if id(function.node) in info.implementations:
        items.extend((i, "") for i in wrapper_header_items(ctx, function))
    return items


def header_pairs(ctx: FileContext, node: Base) -> List[Tuple[Base, Base, Base]]:
    """``(item, name, value)`` for each ``(name, value)`` tuple among the
    headers reaching the start_response call ``node``; nothing when ``node``
    is not one or only runs on Python 2."""
    if start_call(ctx, node) is None or skipped(node):
        return []
    out = []
    for item, _ in all_header_items(ctx, node):
        pair = header_pair(item)
        if pair is not None:
            out.append((item, pair[0], pair[1]))
    return out


# -- literal text --------------------------------------------------------------------


def literal_text(ctx: FileContext, node: Base) -> Optional[Tuple[str, Base]]:
    """(text, literal node) if ``node`` is a string literal, or a name bound to
    one; the text as Python 3 reads a non-bytes literal. None otherwise."""
    node = tm.unparen(node)
    if node.type == syms.power and len(node.children) == 2 and tm.dotted(
            ctx, node.children[0]) == "builtins.str":
        positional, keywords = tm.args_of(node.children[1])
        if len(positional) != 1 or keywords:
            return None
        node = tm.unparen(positional[0])  # str('...'): the native spelling
    if node.type == token.NAME:
        value = tm.value_of(ctx, node)
        source = value.node
        if source is None or source.type != token.STRING or value.source not in (
                "literal", "future-literal"):
            return None
        node = source
    leaves = [node] if node.type == token.STRING else (
        node.children if node.type == syms.atom and all(
            c.type == token.STRING for c in node.children) else [])
    if not leaves:
        return None
    parts = []
    for leaf in leaves:
        prefix = tm.string_prefix(leaf)
        if "b" in prefix:
            return None
        body = leaf.value[len(prefix):]
        try:
            parts.append(ast.literal_eval(("r" if "r" in prefix else "") + body))
        except (SyntaxError, ValueError):
            return None
    return "".join(parts), node


UNKNOWN_PART = "\uffff"  # stands for a part of a text the model cannot know
_MAX_TEXTS = 32
_SPECIFIER = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?([diouxXeEfFgGcrsa%])")


def texts(ctx: FileContext, node: Base, depth: int = 0) -> Optional[List[str]]:
    """The texts ``node`` may hold, as far as literals tell: string literals
    (not bytes) and numbers, through names bound by ``=`` or tuple unpacking,
    parameters (the arguments of every call), ``%`` formatting, ``+``,
    ``str()``, ``x if c else y``, dict and tuple displays indexed or
    ``.get()``, and the returns of the module's functions. Parts that cannot
    be known are :data:`UNKNOWN_PART`; None when nothing is known."""
    if depth > _MAX_DEPTH + 2:
        return None
    node = tm.unparen(node)
    found = _texts(ctx, node, depth + 1)
    if found is None or not any(t.strip(UNKNOWN_PART) for t in found):
        return None
    return sorted(set(found))[:_MAX_TEXTS]


def _texts(ctx: FileContext, node: Base, depth: int) -> Optional[List[str]]:
    if node.type in (token.STRING, token.NUMBER) or (
            node.type == syms.atom and node.children[0].type == token.STRING):
        found = literal_text(ctx, node) if node.type != token.NUMBER else (
            node.value.rstrip("lL"), node)
        return [found[0]] if found else None
    if node.type == token.NAME:
        return _name_texts(ctx, node, depth)
    if node.type == syms.term and len(node.children) == 3 and (
            node.children[1].value == "%"):
        return _formatted(ctx, node, depth)
    if node.type == syms.arith_expr and all(op.value == "+" for op in node.children[1::2]):
        parts = [texts(ctx, c, depth) or [UNKNOWN_PART] for c in node.children[::2]]
        return _product(parts)
    if node.type == syms.test and len(node.children) == 5:
        return _union([texts(ctx, node.children[0], depth),
                       texts(ctx, node.children[4], depth)])
    if node.type == syms.power:
        return _power_texts(ctx, node, depth)
    return None


def _union(found: List[Optional[List[str]]]) -> Optional[List[str]]:
    out = [t for part in found for t in (part or [UNKNOWN_PART])]
    return out if any(part for part in found) else None


def _product(parts: List[List[str]]) -> List[str]:
    out = [""]
    for part in parts:
        out = [a + b for a in out for b in part][:_MAX_TEXTS]
    return out


def _name_texts(ctx: FileContext, leaf: Leaf, depth: int) -> Optional[List[str]]:
    bindings = tm.name_bindings(ctx, leaf)
    if not bindings:
        return None
    if bindings[0][0] == "param" and len(bindings) == 1:
        arguments = param_arguments(ctx, leaf)
        return _union([texts(ctx, a, depth) for a in arguments]) if arguments else None
    found = []
    for how, value in bindings:
        if how == "assign":
            found.append(texts(ctx, value, depth))
        elif how == "other" and _unpacking(value) is not None:
            found.append(_union([texts(ctx, e, depth)
                                 for e in _unpacked(ctx, value, depth)]) or None)
        else:
            return None
    return _union(found)


def _unpacking(leaf: Base) -> Optional[Tuple[Base, int]]:
    """(assigned value, position) for a NAME in a flat ``a, b = value`` target."""
    target = leaf.parent
    if target is None or target.type not in (syms.exprlist, syms.testlist_star_expr,
                                             syms.testlist_gexp):
        return None
    stmt = target.parent
    if stmt.type == syms.atom:
        target, stmt = stmt, stmt.parent
    if stmt is None or stmt.type != syms.expr_stmt or len(stmt.children) != 3 or (
            stmt.children[0] is not target or stmt.children[1].type != token.EQUAL):
        return None
    names = leaf.parent.children[::2]
    if not all(n.type == token.NAME for n in names):
        return None
    return stmt.children[2], tm.position_in(names, leaf)


def _unpacked(ctx: FileContext, leaf: Base, depth: int) -> List[Base]:
    value, position = _unpacking(leaf)
    return [e for item in _items(ctx, value, depth) for e in _element(item, position)]


def _element(node: Base, position: int) -> List[Base]:
    node = tm.unparen(node)
    if node.type == syms.atom and node.children[0].value in "([":
        elements = list(tm.string_elements(node))
        return [elements[position]] if position < len(elements) else []
    return []


def _items(ctx: FileContext, node: Base, depth: int) -> List[Base]:
    """The expressions ``node`` may be: itself, or the values of the dict
    display it looks up (``TABLE[k]``, ``TABLE.get(k, default)``)."""
    node = tm.unparen(node)
    if node.type != syms.power or depth > _MAX_DEPTH + 2:
        return [node]
    kids = node.children
    lookup = len(kids) == 2 and kids[1].children[0].value == "["
    get = len(kids) == 3 and str(kids[1]).strip() == ".get" and (
        kids[2].children[0].value == "(")
    if not (lookup or get) or kids[0].type != token.NAME:
        return [node]
    bindings = tm.name_bindings(ctx, kids[0])
    if len(bindings) != 1 or bindings[0][0] != "assign":
        return []
    table = tm.unparen(bindings[0][1])
    if table.type != syms.atom or table.children[0].value != "{" or len(
            table.children) != 3 or table.children[1].type != syms.dictsetmaker:
        return []
    values = table.children[1].children[2::4]
    if get:
        positional, _ = tm.args_of(kids[2])
        values = values + positional[1:2]
    return values


def _power_texts(ctx: FileContext, node: Node, depth: int) -> Optional[List[str]]:
    kids = node.children
    if len(kids) == 2 and kids[1].children[0].value == "(" and kids[0].type == token.NAME:
        positional, keywords = tm.args_of(kids[1])
        if tm.dotted(ctx, kids[0]) == "builtins.str":
            return texts(ctx, positional[0], depth) if len(positional) == 1 and (
                not keywords) else None
        bindings = tm.name_bindings(ctx, kids[0])
        if len(bindings) == 1 and bindings[0][0] == "def" and (
                bindings[0][1].type == syms.funcdef):
            returns = [r.children[1] for r in _returns(bindings[0][1])]
            return _union([texts(ctx, r, depth) for r in returns]) if returns else None
        return None
    items = _items(ctx, node, depth)
    if items == [node]:
        return None
    return _union([texts(ctx, i, depth) for i in items])


def _formatted(ctx: FileContext, node: Node, depth: int) -> Optional[List[str]]:
    templates = texts(ctx, node.children[0], depth)
    if not templates or any(UNKNOWN_PART in t for t in templates):
        return None
    arguments = tm.format_arguments(node.children[2])
    if tm.unparen(node.children[2]).type == syms.atom and tm.unparen(
            node.children[2]).children[0].value == "{":
        return None
    values = [texts(ctx, a, depth) or [UNKNOWN_PART] for a in arguments]
    out: List[str] = []
    for template in templates:
        pieces = _SPECIFIER.split(template)  # text, conversion, text, ...
        conversions = pieces[1::2]
        if len([c for c in conversions if c != "%"]) != len(values):
            return None
        parts, index = [], 0
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                parts.append([piece])
            elif piece == "%":
                parts.append(["%"])
            else:
                given = values[index]
                index += 1
                parts.append(given if piece in "sd" else [UNKNOWN_PART])
        out.extend(_product(parts))
    return out[:_MAX_TEXTS]


def int_value(ctx: FileContext, node: Base, depth: int = 0) -> Optional[str]:
    """A description if ``node`` is an int (a number, ``len()``, a parameter
    every call of its function passes an int for) or None."""
    node = tm.unparen(node)
    if node.type == token.NUMBER:
        return f"`{tm.snippet(node)}` is an int"
    if node.type == token.NAME and depth < _MAX_DEPTH:
        arguments = param_arguments(ctx, node)
        if arguments and all(int_value(ctx, a, depth + 1) for a in arguments):
            shown = ", ".join(sorted({tm.snippet(a, 12) for a in arguments}))
            return (f"`{node.value}` is an int (the calls of its function pass "
                    f"{shown})")
    if isinstance(node, Leaf) and node.value == "None":
        return "`None` is not a string"
    if node.type == syms.power and len(node.children) == 2:
        name = tm.dotted(ctx, node.children[0])
        if name in ("builtins.len", "builtins.int", "builtins.long") and (
                node.children[1].children[0].value == "("):
            return f"`{tm.snippet(node)}` is an int"
    return None


def param_arguments(ctx: FileContext, leaf: Leaf) -> Optional[List[Base]]:
    """The expressions passed for the parameter NAME ``leaf`` by every call of
    its function (a module-level ``def`` only ever called by name, in this
    file), the default when a call leaves it out; None when a use of the
    function is not such a call or the function is never called."""
    bindings = tm.name_bindings(ctx, leaf)
    if len(bindings) != 1 or bindings[0][0] != "param":
        return None
    funcdef = scope.nearest_scope(bindings[0][1])
    if funcdef.type != syms.funcdef or scope.nearest_scope(funcdef).type != (
            syms.file_input):
        return None
    params = wsgi.positional_params(funcdef)
    position = next((i for i, p in enumerate(params) if p.value == leaf.value), None)
    if position is None:
        return None
    default = _default(funcdef, leaf.value)
    root = funcdef
    while root.parent is not None:
        root = root.parent
    name, out = funcdef.children[1].value, []
    for ref in root.leaves():
        if ref.value != name or ref.type != token.NAME or ref is funcdef.children[1] or (
                not scope.is_reference(ref)):
            continue
        if tm.name_bindings(ctx, ref) != [("def", funcdef)]:
            continue
        power = ref.parent
        if power.type != syms.power or power.children[0] is not ref or len(
                power.children) != 2 or power.children[1].children[0].value != "(":
            return None
        positional, keywords = tm.args_of(power.children[1])
        if "*" in keywords:
            return None
        if position < len(positional):
            out.append(positional[position])
        elif leaf.value in keywords:
            out.append(keywords[leaf.value])
        elif default is not None:
            out.append(default)
        else:
            return None
    return out or None


def _default(funcdef: Node, name: str) -> Optional[Base]:
    for leaf in funcdef.children[2].leaves():
        if leaf.value == name and leaf.type == token.NAME:
            after = leaf.next_sibling
            if after is not None and after.type == token.EQUAL:
                return after.next_sibling
    return None


_UNQUOTERS = {f"{m}.{f}" for m in ("urllib", "urllib.parse", "six.moves.urllib.parse")
              for f in ("unquote", "unquote_plus")}


def through_name(ctx: FileContext, node: Base) -> Optional[Base]:
    """``node`` unparenthesised, or the value of the name ``node`` when it has
    exactly one binding, an ``=``; None for a name bound otherwise."""
    node = tm.unparen(node)
    if node.type != token.NAME:
        return node
    bindings = tm.name_bindings(ctx, node)
    if len(bindings) != 1 or bindings[0][0] != "assign":
        return None
    return tm.unparen(bindings[0][1])


def unquoted_request(ctx: FileContext, node: Base) -> Optional[str]:
    """"`unquote()` on line 30" if ``node`` is (a name bound only to)
    ``unquote(x)`` of an environ value, else None."""
    node = through_name(ctx, node)
    if node is None:
        return None
    if node.type != syms.power or len(node.children) < 2:
        return None
    trailer = node.children[-1]
    if trailer.children[0].value != "(" or tm.callee(
            ctx, node, len(node.children) - 1) not in _UNQUOTERS:
        return None
    positional, _ = tm.args_of(trailer)
    value = tm.value_of(ctx, positional[0]) if positional else tm.UNKNOWN
    if value.source != "external" or "environ" not in value.origin:
        return None
    return f"`{tm.snippet(node.children[:-1])}()` on line {node.get_lineno()}"


# -- request data -----------------------------------------------------------------

_WEBOB_REQUESTS = {"webob.Request", "webob.request.Request", "webob.BaseRequest",
                   "webob.request.BaseRequest"}
_WERKZEUG_REQUESTS = {"werkzeug.wrappers.Request", "werkzeug.Request",
                      "werkzeug.wrappers.BaseRequest", "werkzeug.wrappers.request.Request",
                      "flask.Request"}


def _request_kind(ctx: FileContext, leaf: Base) -> Optional[str]:
    """"webob" or "werkzeug" if the NAME ``leaf`` is a request object of that
    library (``flask.request``, ``Request(environ)`` of an imported class)."""
    if not (isinstance(leaf, Leaf) and leaf.type == token.NAME):
        return None
    if scope.for_node(ctx, leaf).imported_as(leaf) == "flask.request":
        return "werkzeug"
    bindings = tm.name_bindings(ctx, leaf)
    if len(bindings) != 1 or bindings[0][0] != "assign":
        return None
    value = tm.unparen(bindings[0][1])
    if value.type != syms.power or len(value.children) < 2:
        return None
    call_at = len(value.children) - 1
    if value.children[-1].children[0].value != "(":
        return None
    dotted = tm.callee(ctx, value, call_at)
    if dotted is None:
        return None
    if dotted.endswith(".blank"):
        dotted = dotted[: -len(".blank")]
    if dotted in _WEBOB_REQUESTS:
        return "webob"
    if dotted in _WERKZEUG_REQUESTS:
        return "werkzeug"
    return None


def framework_data(ctx: FileContext, node: Base) -> Optional[str]:
    """The API name if ``node`` reads a request body as bytes: WebOb's
    ``request.body``, Werkzeug's ``request.data``, ``request.get_data()``
    (without ``as_text``) and ``request.stream.read()``. Through one name."""
    node = through_name(ctx, node)
    if node is None:
        return None
    if node.type != syms.power:
        return None
    return framework_prefix(ctx, node, len(node.children))


def input_data(ctx: FileContext, node: Base) -> Optional[str]:
    """Where the request-body bytes in ``node`` came from, or None."""
    value = tm.value_of(ctx, node)
    if value.kind is tm.Kind.BYTES and "wsgi.input" in value.origin:
        return value.origin
    return framework_data(ctx, node)


def webob_response(ctx: FileContext, node: Base) -> bool:
    """True if ``node`` is a name bound to ``webob.Response(...)``."""
    if not (isinstance(node, Leaf) and node.type == token.NAME):
        return False
    bindings = tm.name_bindings(ctx, node)
    if not bindings or any(how != "assign" for how, _ in bindings):
        return False
    for _, value in bindings:
        value = tm.unparen(value)
        if value.type != syms.power or len(value.children) != 2:
            return False
        if tm.callee(ctx, value, 1) not in ("webob.Response", "webob.response.Response"):
            return False
    return True


def seen_set(ctx: FileContext, key: str) -> Set[int]:
    return ctx.cache.setdefault(f"wsgi-{key}", set())


def subject(ctx: FileContext, node: Base, value: Optional[tm.Value] = None) -> str:
    """"`x` is text (a literal made text by unicode_literals on line 3)"."""
    value = value or tm.value_of(ctx, node)
    text = tm.explain(tm.snippet(node), value)
    if value.origin and value.origin not in text:
        text += f" ({value.origin})"
    return text


def framework_prefix(ctx: FileContext, power: Node, end: int) -> Optional[str]:
    """:func:`framework_data` for ``power.children[:end]`` (``request.body``
    in ``request.body.split(',')``)."""
    kids = power.children[:end]
    if len(kids) < 2:
        return None
    kind = _request_kind(ctx, kids[0])
    if kind is None:
        return None
    rest = "".join(str(c).strip() for c in kids[1:])
    head = kids[0].value
    if kind == "webob" and rest == ".body":
        return f"`{head}.body` (WebOb: bytes)"
    if kind == "werkzeug":
        if rest == ".data":
            return f"`{head}.data` (Werkzeug: bytes)"
        if rest.startswith(".get_data(") and "as_text" not in rest:
            return f"`{head}.get_data()` (Werkzeug: bytes)"
        if rest.startswith(".stream.read("):
            return f"`{head}.stream.read()` (Werkzeug: bytes)"
    return None


def errors_stream(ctx: FileContext, node: Base, depth: int = 0) -> bool:
    """True if ``node`` is ``environ['wsgi.errors']`` (or ``.get()``), or a
    name bound only to it."""
    node = tm.unparen(node)
    if node.type == token.NAME and depth == 0:
        bindings = tm.name_bindings(ctx, node)
        return bool(bindings) and all(
            how == "assign" and errors_stream(ctx, value, 1) for how, value in bindings)
    if node.type != syms.power:
        return False
    return errors_stream_prefix(ctx, node, len(node.children))


def errors_stream_prefix(ctx: FileContext, power: Node, end: int) -> bool:
    """:func:`errors_stream` for ``power.children[:end]``."""
    if end == 1:
        return errors_stream(ctx, power.children[0])
    text = "".join(str(c).strip() for c in power.children[1:end]).replace('"', "'")
    if text not in ("['wsgi.errors']", ".get('wsgi.errors')"):
        return False
    return tm.value_of(ctx, power.children[0]).obj == tm.ENVIRON
