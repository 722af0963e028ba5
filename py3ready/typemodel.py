"""What kind of string an expression holds on Python 2 and on Python 3.

The unicode, ``__future__`` and WSGI rules all ask the same question: is this
value text, bytes or a native ``str``? This module answers it from the fissix
tree of one file, without running anything:

========  ===============  ===============  ====================================
kind      Python 2 type    Python 3 type    made by
========  ===============  ===============  ====================================
TEXT      ``unicode``      ``str``          ``u''``, ``.decode()``, ``unicode()``
BYTES     ``str``          ``bytes``        ``b''``, ``.encode()``, binary reads
NATIVE    ``str``          ``str``          ``''`` (without ``unicode_literals``),
                                            ``str()``, ``environ['PATH_INFO']``
UNKNOWN   ?                ?                everything else
========  ===============  ===============  ====================================

Values flow through ``+``, ``%``, ``*``, ``.format()``, ``.join()``, slicing,
``.strip()`` and friends, ``x if c else y``, simple and augmented assignments
to names (flow-insensitive: conflicting assignments give UNKNOWN), ``for``
and ``with`` targets, returns of functions and methods of the same module
(every return must agree), and well-known library calls (``json.dumps``,
``base64``, ``hashlib``, ``urllib.quote``, ``open()`` in text or binary mode,
``io.open``, ``StringIO``/``BytesIO``, the WSGI ``environ``). Unknown stays
unknown: rules stay quiet when a side is UNKNOWN.

Nothing is computed until a rule asks: each scope's bindings are indexed on
first use and every answer is memoised in ``ctx.cache`` for the file.

Public API. Values: :func:`value_of` (a :class:`Value`: kind, origin,
flags), :func:`kind_of`, :func:`origin`, :func:`prefix_value` (a receiver
inside ``a.b(c).d``), :func:`element_value` (the items of an iterable),
:func:`assigned_value`, :func:`explain` (for messages), :func:`certain`.
Syntax helpers: :func:`literal_kind`, :func:`string_prefix`,
:func:`literal_non_ascii`, :func:`callee`, :func:`dotted`, :func:`args_of`,
:func:`string_elements`, :func:`format_arguments`, :func:`uses`,
:func:`snippet`. Guards: :func:`python_version_branch`, :func:`type_checked`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from typing import Dict, Iterable, List, Optional, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import scope, versioncheck
from py3ready.fixer_base import FileContext

syms = pygram.python_symbols
_KEY = "typemodel"
_MAX_DEPTH = 40


class Kind(str, enum.Enum):
    """The string type of a value on Python 2 and 3 (see the module table)."""

    TEXT = "text"
    BYTES = "bytes"
    NATIVE = "native"
    UNKNOWN = "unknown"


# obj tags for the non-string values the model follows
TEXT_FILE, BINARY_FILE, IO_TEXT_FILE = "file:text", "file:binary", "file:io-text"
PY2_STRINGIO, BYTESIO, TEXTIO = "stringio", "bytesio", "textio"
HASH, ENVIRON, LIST, NONE, METHOD = "hash", "environ", "list", "none", "method"
DICT = "dict"  # a dict display: ``item`` is the value of its values
UUID, BYTE_INT = "uuid", "byte-int"  # BYTE_INT: bytes indexed, an int on Python 3
FILE_OBJECTS = {TEXT_FILE, BINARY_FILE, IO_TEXT_FILE, PY2_STRINGIO, BYTESIO, TEXTIO}


@dataclass(frozen=True, eq=False)
class Value:
    """What the model knows about one expression.

    ``origin`` says in words where the value came from ("a b'' literal on
    line 3", "`.encode()` on line 9"), for messages. ``source`` is a tag
    for rules: ``literal``, ``future-literal`` (a bare literal that is text
    only because of ``unicode_literals``), ``external`` (native data from
    outside: environ, files, argv), ``text-file`` (read from a file opened in
    text mode), or empty. ``non_ascii`` is True when the value holds, or may
    hold, non-ASCII characters or bytes. ``obj``/``item`` describe non-string
    objects: files, hashes, the WSGI environ, lists (``item`` = element).
    """

    kind: Kind = Kind.UNKNOWN
    origin: str = ""
    source: str = ""
    non_ascii: bool = False
    obj: str = ""
    item: Optional["Value"] = None
    node: Optional[Base] = field(default=None, repr=False)
    indirect: bool = False  # inferred through a name or a function's returns

    @property
    def known(self) -> bool:
        return self.kind is not Kind.UNKNOWN

    def describe(self) -> str:
        """``bytes (a b'' literal on line 3)``."""
        return f"{self.kind.value} ({self.origin})" if self.origin else self.kind.value


UNKNOWN = Value()
_PENDING = Value(source="pending")  # a name whose value is being computed
_NO_INFO = Value(source="no-info")  # a binding that says nothing (x += unknown)


# -- public API --------------------------------------------------------------------


def value_of(ctx: FileContext, node: Base) -> Value:
    """The :class:`Value` of the expression ``node`` (memoised per file)."""
    state = _state(ctx)
    key = id(node)
    cached = state["values"].get(key)
    if cached is not None:
        return cached
    if state["depth"] > _MAX_DEPTH:
        return UNKNOWN
    state["depth"] += 1
    try:
        value = _evaluate(ctx, node)
    finally:
        state["depth"] -= 1
    if value is not _PENDING:
        state["values"][key] = value
    return value


def kind_of(ctx: FileContext, node: Base) -> Kind:
    """TEXT, BYTES, NATIVE or UNKNOWN for the expression ``node``."""
    return value_of(ctx, node).kind


def origin(ctx: FileContext, node: Base) -> str:
    """Where the value of ``node`` came from, in words ("" if unknown)."""
    return value_of(ctx, node).origin


def position_in(children: List[Base], child: Base) -> int:
    """The index of ``child`` in ``children`` by identity (pytree's ``==``
    compares structure, so ``list.index`` can find an equal twin)."""
    return next(i for i, candidate in enumerate(children) if candidate is child)


def snippet(nodes, limit: int = 40) -> str:
    """The source text of a node or a run of sibling nodes, shortened for messages."""
    nodes = [nodes] if isinstance(nodes, Base) else list(nodes)
    text = re.sub(r"\s+", " ", "".join(str(n) for n in nodes)).strip()
    return text if len(text) <= limit else text[:limit - 3] + "..."


KIND_PHRASES = {
    Kind.TEXT: "text",
    Kind.BYTES: "bytes",
    Kind.NATIVE: "a native str (text on Python 3)",
    Kind.UNKNOWN: "of unknown type",
}


def explain(expr: str, value: Value) -> str:
    """"`raw` is a native str (text on Python 3) from `environ.get('X')` on line 4"."""
    text = f"`{expr}` is {KIND_PHRASES[value.kind]}"
    origin_ = value.origin
    if not origin_ or origin_.startswith(f"`{expr}") or (
            not value.indirect and (origin_.startswith("`") or "literal" in origin_)):
        return text
    return f"{text} from {origin_}"


def string_prefix(leaf: Leaf) -> str:
    """The lowercase prefix letters of a STRING leaf (``ub``, ``r``, ``""``)."""
    match = re.match(r"[A-Za-z]*", leaf.value)
    return match.group(0).lower() if match else ""


def literal_kind(ctx: FileContext, leaf: Leaf) -> Kind:
    """The kind of a STRING leaf, by its prefix and the module's future imports."""
    prefix = string_prefix(leaf)
    if "b" in prefix:
        return Kind.BYTES
    if "u" in prefix or "unicode_literals" in ctx.future_features:
        return Kind.TEXT
    return Kind.NATIVE


_HIGH_ESCAPE = re.compile(
    r"\\(?:x[89a-fA-F][0-9a-fA-F]|[23][0-7][0-7]|u[0-9a-fA-F]{4}|U)")


def literal_non_ascii(leaf: Leaf) -> bool:
    """True if a STRING leaf holds non-ASCII characters or escapes above 0x7f."""
    text = leaf.value
    if not text.isascii():
        return True
    if "r" in string_prefix(leaf):
        return False
    return bool(_HIGH_ESCAPE.search(re.sub(r"\\\\", "", text)))


def callee(ctx: FileContext, power: Node, index: int) -> Optional[str]:
    """The dotted name called by ``power.children[index]`` (a call trailer).

    Imports are resolved (``import hashlib as h``: ``h.md5`` -> ``hashlib.md5``)
    and builtins get a ``builtins.`` prefix; None when the callee is a local
    object or not a dotted name.
    """
    head = power.children[0]
    if not (isinstance(head, Leaf) and head.type == token.NAME):
        return None
    names = [head.value]
    for trailer in power.children[1:index]:
        if trailer.type != syms.trailer or trailer.children[0].type != token.DOT:
            return None
        names.append(trailer.children[1].value)
    index_ = scope.for_node(ctx, head)
    if len(names) == 1 and index_.is_builtin(head):
        return "builtins." + head.value
    return index_.qualify(head, ".".join(names))


def dotted(ctx: FileContext, node: Base) -> Optional[str]:
    """The resolved dotted name of a NAME or ``a.b.c`` node (see :func:`callee`)."""
    if isinstance(node, Leaf) and node.type == token.NAME:
        index = scope.for_node(ctx, node)
        if index.is_builtin(node):
            return "builtins." + node.value
        return index.qualify(node)
    if node.type == syms.power:
        return callee(ctx, node, len(node.children))
    return None


def args_of(trailer: Node) -> Tuple[List[Base], Dict[str, Base]]:
    """Positional and keyword arguments of a ``( ... )`` trailer (``*a`` skipped)."""
    if len(trailer.children) < 3:
        return [], {}
    inner = trailer.children[1]
    items = inner.children[::2] if inner.type == syms.arglist else [inner]
    positional: List[Base] = []
    keywords: Dict[str, Base] = {}
    for item in items:
        if item.type == syms.argument:
            first = item.children[0]
            if first.type in (token.STAR, token.DOUBLESTAR):
                keywords["*"] = item
            elif len(item.children) == 3 and item.children[1].type == token.EQUAL:
                keywords[first.value] = item.children[2]
            else:
                positional.append(item)  # a generator argument
        else:
            positional.append(item)
    return positional, keywords


def uses(ctx: FileContext, name: Leaf) -> List[Leaf]:
    """The references to ``name`` in the scope that binds it, in source order."""
    owner = _binding_scope(ctx, name)
    if owner is None:
        return []
    return list(_scope_info(ctx, owner).refs.get(name.value, ()))


def assigned_value(ctx: FileContext, leaf: Leaf) -> Value:
    """The value of the NAME ``leaf`` from its plain bindings only (``=``,
    ``for``, ``with``), leaving out its augmented assignments (``+=``)."""
    bindings = _bindings(ctx, leaf)
    if not bindings:
        return UNKNOWN
    result = _join([_binding_value(ctx, how, node) for how, node in bindings
                    if how != "aug"])
    if result is _PENDING or not (result.known or result.obj):
        return UNKNOWN
    return replace(result, indirect=True)


def string_elements(node: Base) -> Iterable[Base]:
    """The items of a list/tuple/set display, or ``node`` itself."""
    node = unparen(node)
    if node.type == syms.atom and node.children[0].value in "([{" and len(
            node.children) == 3:
        inner = node.children[1]
        if inner.type in (syms.listmaker, syms.testlist_gexp, syms.dictsetmaker):
            if any(c.type == syms.comp_for for c in inner.children):
                return []
            if any(c.type == token.COLON for c in inner.children):
                return list(inner.children[::4])  # a dict display: its keys
            return list(inner.children[::2])
        return [inner]
    if node.type in (syms.testlist, syms.testlist_star_expr, syms.exprlist):
        return node.children[::2]
    if node.type == syms.atom and len(node.children) == 2:
        return []
    return [node]


def element_value(ctx: FileContext, node: Base) -> Value:
    """The value of the items of an iterable: a list, a comprehension, a file."""
    node = unparen(node)
    inner = None
    if node.type == syms.atom and len(node.children) == 3:
        inner = node.children[1]
    elif node.type == syms.argument and node.children[-1].type == syms.comp_for:
        inner = node
    if inner is not None and inner.type in (syms.listmaker, syms.testlist_gexp,
                                            syms.argument) and any(
            c.type == syms.comp_for for c in inner.children):
        return value_of(ctx, inner.children[0])
    value = value_of(ctx, node)
    if value.obj == LIST or value.obj in FILE_OBJECTS:
        return value.item or UNKNOWN
    return UNKNOWN


def format_arguments(node: Base) -> List[Base]:
    """The values a ``%`` format operator inserts: tuple items, or the one value.

    A dict display (``% {'a': x}``) gives its values; a name or call gives itself.
    """
    node = unparen(node)
    if node.type == syms.atom and node.children[0].value == "{":
        inner = node.children[1] if len(node.children) == 3 else None
        if inner is None or inner.type != syms.dictsetmaker or any(
                c.type == syms.comp_for for c in inner.children):
            return []
        return [c for i, c in enumerate(inner.children) if i % 4 == 2]
    if node.type == syms.atom and node.children[0].value == "(":
        return list(string_elements(node))
    return [node]


# -- evaluation -------------------------------------------------------------------


def _state(ctx: FileContext) -> dict:
    state = ctx.cache.get(_KEY)
    if state is None:
        state = ctx.cache[_KEY] = {"values": {}, "scopes": {}, "returns": {},
                                   "names": {}, "prefixes": {}, "depth": 0}
    return state


def unparen(node: Base) -> Base:
    while (node.type == syms.atom and len(node.children) == 3
           and node.children[0].value == "("
           and node.children[1].type not in (syms.testlist_gexp, syms.yield_expr)):
        node = node.children[1]
    return node


def _line(node: Base) -> int:
    return node.get_lineno() or 0


def _evaluate(ctx: FileContext, node: Base) -> Value:
    t = node.type
    if t == token.STRING:
        return _literal(ctx, node)
    if t == token.NAME:
        return _name(ctx, node)
    if t == syms.atom:
        return _atom(ctx, node)
    if t == syms.power:
        return _power(ctx, node)
    if t == syms.arith_expr:
        ops = {c.value for c in node.children[1::2]}
        return concat([value_of(ctx, c) for c in node.children[::2]]) if ops == {
            "+"} else UNKNOWN
    if t == syms.term:
        return _term(ctx, node)
    if t == syms.test and len(node.children) == 5:
        return _join([value_of(ctx, node.children[0]), value_of(ctx, node.children[4])])
    if t == syms.or_test:
        return _join([value_of(ctx, c) for c in node.children[::2]])
    return UNKNOWN


def _literal(ctx: FileContext, leaf: Leaf) -> Value:
    kind = literal_kind(ctx, leaf)
    prefix = string_prefix(leaf)
    line = _line(leaf)
    if kind is Kind.BYTES:
        what, source = "a b'' literal", "literal"
    elif "u" in prefix:
        what, source = "a u'' literal", "literal"
    elif kind is Kind.TEXT:
        what, source = "a literal made text by unicode_literals", "future-literal"
    else:
        what, source = "a native str literal", "literal"
    return Value(kind, f"{what} on line {line}", source, literal_non_ascii(leaf),
                 node=leaf)


def _atom(ctx: FileContext, node: Node) -> Value:
    kids = node.children
    first = kids[0]
    if first.type == token.STRING:  # implicit concatenation 'a' 'b'
        return _join([value_of(ctx, c) for c in kids])
    if first.value == "(" and len(kids) == 3 and kids[1].type not in (
            syms.testlist_gexp, syms.yield_expr):
        return value_of(ctx, kids[1])
    if first.value == "{" and len(kids) == 3 and kids[1].type == syms.dictsetmaker and (
            any(c.type == token.COLON for c in kids[1].children)) and not any(
            c.type == syms.comp_for for c in kids[1].children):
        values = kids[1].children[2::4]
        return Value(obj=DICT, item=_join([value_of(ctx, v) for v in values]), node=node)
    if first.value in "([":
        inner = kids[1] if len(kids) == 3 else None
        if inner is not None and any(c.type == syms.comp_for for c in inner.children):
            return Value(obj=LIST, item=value_of(ctx, inner.children[0]), node=node)
        items = list(string_elements(node))
        item = _join([value_of(ctx, i) for i in items]) if items else None
        return Value(obj=LIST, item=item, node=node)
    return UNKNOWN


def _join(values: List[Value]) -> Value:
    """One value for several possible ones: their kind if they all agree."""
    known = [v for v in values if v is not _PENDING and v is not _NO_INFO
             and v.obj != NONE]
    if not known:
        return _PENDING if any(v is _PENDING for v in values) else UNKNOWN
    first = known[0]
    if all(v.kind is first.kind and v.obj == first.obj for v in known[1:]):
        if first.known or first.obj:
            item = first.item
            if first.obj and len(known) > 1 and item is not None:  # lists, dicts
                item = _join([v.item or UNKNOWN for v in known])
                item = first.item if item is _PENDING else item
            return replace(first, non_ascii=any(v.non_ascii for v in known),
                           indirect=any(v.indirect for v in known), item=item)
    return UNKNOWN


def concat(values: List[Value]) -> Value:
    """``a + b + c``: the operands' common kind; text wins over native."""
    known = [v for v in values if v.known]
    if not known:
        return UNKNOWN
    kinds = {v.kind for v in known}
    if kinds == {Kind.TEXT, Kind.NATIVE}:
        kinds = {Kind.TEXT}
    if len(kinds) != 1:
        return UNKNOWN
    kind = kinds.pop()
    first = next(v for v in known if v.kind is kind)
    return Value(kind, first.origin, first.source if len(known) == 1 else "",
                 any(v.non_ascii for v in known), node=first.node,
                 indirect=any(v.indirect for v in known))


def _term(ctx: FileContext, node: Node) -> Value:
    kids = node.children
    if len(kids) != 3:
        return UNKNOWN
    op = kids[1].value
    left = value_of(ctx, kids[0])
    if op == "%" and left.known:
        kind = left.kind
        args = [value_of(ctx, arg) for arg in format_arguments(kids[2])]
        if kind is Kind.NATIVE and any(a.kind is Kind.TEXT for a in args):
            kind = Kind.TEXT  # '%s' % u'x' is unicode on Python 2
        return Value(kind, f"`%` formatting on line {_line(kids[1])}",
                     non_ascii=left.non_ascii, node=node)
    if op == "*":
        right = value_of(ctx, kids[2])
        return left if left.known else (right if right.known else UNKNOWN)
    return UNKNOWN


# -- names --------------------------------------------------------------------------


@dataclass
class _ScopeInfo:
    """Bindings and references of one scope, not counting nested scopes."""

    bindings: Dict[str, List[Tuple[str, Base]]] = field(default_factory=dict)
    refs: Dict[str, List[Leaf]] = field(default_factory=dict)
    params: List[Leaf] = field(default_factory=list)


def _scope_info(ctx: FileContext, owner: Base) -> _ScopeInfo:
    scopes = _state(ctx)["scopes"]
    info = scopes.get(id(owner))
    if info is None:
        info = scopes[id(owner)] = _ScopeInfo()
        if owner.type == syms.funcdef:
            for leaf in owner.children[2].leaves():
                if scope.declares_parameter(leaf):
                    info.params.append(leaf)
                    _bind(info, leaf, "param", leaf)
            body = owner.children[-1]
        elif owner.type == syms.classdef:
            body = owner.children[-1]
        else:
            body = owner
        if owner.type in scope.LAMBDAS:
            return info
        _index(info, body)
    return info


def _bind(info: _ScopeInfo, leaf: Base, how: str, node: Base) -> None:
    if isinstance(leaf, Leaf) and leaf.type == token.NAME:
        info.bindings.setdefault(leaf.value, []).append((how, node))


def _bind_other(info: _ScopeInfo, target: Base) -> None:
    for leaf in ([target] if isinstance(target, Leaf) else target.leaves()):
        if leaf.type == token.NAME and scope.is_reference(leaf):
            _bind(info, leaf, "other", leaf)


def _index(info: _ScopeInfo, node: Base) -> None:
    """Record the bindings and name references under ``node`` (not nested scopes)."""
    stack = [node]
    while stack:
        current = stack.pop()
        t = current.type
        if isinstance(current, Leaf):
            if t == token.NAME and scope.is_reference(current):
                info.refs.setdefault(current.value, []).append(current)
            continue
        if t in (syms.funcdef, syms.classdef):
            _bind(info, current.children[1], "def", current)
            if t == syms.classdef:  # bases are evaluated here
                stack.extend(reversed(current.children[2:-1]))
            continue
        if t in scope.LAMBDAS:
            continue
        if t == syms.expr_stmt:
            _index_assignment(info, current)
        elif t == syms.for_stmt:
            target = current.children[1]
            if isinstance(target, Leaf):
                _bind(info, target, "for", current.children[3])
            else:
                _bind_other(info, target)
        elif t == syms.with_item:
            target = current.children[2]
            if isinstance(target, Leaf):
                _bind(info, target, "with", current.children[0])
            else:
                _bind_other(info, target)
        elif t == syms.comp_for and isinstance(current.children[1], Leaf):
            _bind(info, current.children[1], "for", current.children[3])
        elif t in (syms.comp_for, syms.del_stmt):
            _bind_other(info, current.children[1])
        elif t == syms.except_clause and len(current.children) == 4:
            _bind_other(info, current.children[3])  # except E as e / except E, e
        elif t in (syms.import_name, syms.import_from):
            for item in scope.imported_names(current):
                if item.alias is not None:
                    _bind(info, item.alias, "other", current)
            continue
        elif t == syms.global_stmt:
            for leaf in current.children[1::2]:
                _bind(info, leaf, "other", current)
            continue
        stack.extend(reversed(current.children))


def _index_assignment(info: _ScopeInfo, stmt: Node) -> None:
    kids = stmt.children
    if len(kids) == 3 and isinstance(kids[1], Leaf) and kids[1].value.endswith(
            "=") and kids[1].value != "=":
        if isinstance(kids[0], Leaf):
            _bind(info, kids[0], "aug", stmt)
        return
    if len(kids) >= 2 and kids[1].type == syms.annassign:
        _bind_other(info, kids[0])
        return
    value = kids[-1]
    for i in range(0, len(kids) - 1, 2):
        if kids[i + 1].type != token.EQUAL:
            continue
        target = kids[i]
        if isinstance(target, Leaf):
            _bind(info, target, "assign", value)
        elif target.type != syms.power:
            _bind_other(info, target)


def _visible_scopes(leaf: Leaf) -> Iterable[Base]:
    first = True
    for owner in scope.enclosing_scopes(leaf):
        if owner.type == syms.classdef and not first:
            continue
        first = False
        yield owner


def _binding_scope(ctx: FileContext, leaf: Leaf) -> Optional[Base]:
    for owner in _visible_scopes(leaf):
        if leaf.value in _scope_info(ctx, owner).bindings:
            return owner
    return None


def _bindings(ctx: FileContext, leaf: Leaf) -> Optional[List[Tuple[str, Base]]]:
    owner = _binding_scope(ctx, leaf)
    return None if owner is None else _scope_info(ctx, owner).bindings[leaf.value]


def _name(ctx: FileContext, leaf: Leaf) -> Value:
    if leaf.value == "None":
        return Value(obj=NONE)
    bindings = _bindings(ctx, leaf)
    if bindings is None:
        return UNKNOWN
    names = _state(ctx)["names"]
    key = id(bindings)
    if key in names:
        return names[key]
    names[key] = _PENDING
    values = [_binding_value(ctx, how, node) for how, node in bindings]
    result = _join(values)
    if result is not _PENDING and (result.known or result.obj):
        result = replace(result, indirect=True)
    names[key] = result
    return result


def _binding_value(ctx: FileContext, how: str, node: Base) -> Value:
    if how == "assign":
        return value_of(ctx, node)
    if how == "with":
        return value_of(ctx, node)
    if how == "for":
        iterable = value_of(ctx, node)
        if iterable.obj in FILE_OBJECTS or iterable.obj == LIST:
            return iterable.item or UNKNOWN
        return UNKNOWN
    if how == "aug":
        if node.children[1].value != "+=":
            return UNKNOWN
        added = value_of(ctx, node.children[2])
        # x += y is x + y: an unknown y leaves x's kind to its other bindings
        return added if added.known else _NO_INFO
    if how == "param" and (node.value == "environ" or _wsgi_environ(ctx, node)):
        return Value(obj=ENVIRON, origin="the WSGI environ", node=node)
    return UNKNOWN


def _wsgi_environ(ctx: FileContext, param: Leaf) -> bool:
    """True for the environ parameter of a WSGI callable with another name
    (``def app(env, start_response)``), as py3ready.wsgi detects them."""
    from py3ready import wsgi  # wsgi uses this module: import on first use

    return wsgi.analyse(ctx, param).is_environ_param(param)


def name_bindings(ctx: FileContext, leaf: Leaf) -> List[Tuple[str, Base]]:
    """``(how, node)`` for each binding of the NAME ``leaf`` in the scope that
    binds it: how is "assign" (node: the value), "aug" (the statement),
    "for", "with", "param", "def" or "other"."""
    return list(_bindings(ctx, leaf) or [])


# -- calls, attributes and subscripts ------------------------------------------------

_LIBRARY: Dict[str, Kind] = {}
for _name_ in ("b64encode b64decode urlsafe_b64encode urlsafe_b64decode "
               "standard_b64encode standard_b64decode b32encode b32decode b16encode "
               "b16decode encodestring decodestring encodebytes decodebytes").split():
    _LIBRARY["base64." + _name_] = Kind.BYTES
for _name_ in "hexlify unhexlify b2a_hex a2b_hex b2a_base64 a2b_base64".split():
    _LIBRARY["binascii." + _name_] = Kind.BYTES
_LIBRARY.update({
    "zlib.compress": Kind.BYTES, "zlib.decompress": Kind.BYTES,
    "bz2.compress": Kind.BYTES, "bz2.decompress": Kind.BYTES,
    "struct.pack": Kind.BYTES, "os.urandom": Kind.BYTES, "pickle.dumps": Kind.BYTES,
    "cPickle.dumps": Kind.BYTES, "marshal.dumps": Kind.BYTES, "six.b": Kind.BYTES,
    "six.ensure_binary": Kind.BYTES,
    "builtins.unicode": Kind.TEXT, "builtins.unichr": Kind.TEXT, "six.u": Kind.TEXT,
    "six.text_type": Kind.TEXT, "six.ensure_text": Kind.TEXT, "os.getcwdu": Kind.TEXT,
    "builtins.str": Kind.NATIVE, "builtins.repr": Kind.NATIVE,
    "builtins.chr": Kind.NATIVE,
    "builtins.hex": Kind.NATIVE, "builtins.oct": Kind.NATIVE,
    "builtins.format": Kind.NATIVE, "six.ensure_str": Kind.NATIVE,
    "os.getcwd": Kind.NATIVE, "time.strftime": Kind.NATIVE,
    "json.dumps": Kind.NATIVE, "simplejson.dumps": Kind.NATIVE,
})
for _module in ("urllib", "urllib.parse", "six.moves.urllib.parse"):
    for _name_ in ("quote", "quote_plus", "urlencode"):
        _LIBRARY[f"{_module}.{_name_}"] = Kind.NATIVE
# native strings that may carry non-ASCII bytes on Python 2
_EXTERNAL = {f"{m}.{n}" for m in ("urllib", "urllib.parse", "six.moves.urllib.parse")
             for n in ("unquote", "unquote_plus")}
_HASHES = {f"hashlib.{n}" for n in (
    "md5 sha1 sha224 sha256 sha384 sha512 new blake2b blake2s sha3_256 sha3_512"
    .split())}
_HASHES |= {"hmac.new", "md5.new", "md5.md5", "sha.new", "sha.sha"}
_OPENERS = {"builtins.open", "builtins.file", "io.open", "codecs.open"}
_BINARY_OPENERS = {"gzip.open", "gzip.GzipFile", "bz2.BZ2File", "urllib.urlopen",
                   "urllib2.urlopen", "urllib.request.urlopen",
                   "six.moves.urllib.request.urlopen", "tempfile.TemporaryFile",
                   "tempfile.NamedTemporaryFile", "tempfile.SpooledTemporaryFile"}
_BUFFERS = {"StringIO.StringIO": PY2_STRINGIO, "cStringIO.StringIO": PY2_STRINGIO,
            "io.BytesIO": BYTESIO, "six.BytesIO": BYTESIO, "io.StringIO": TEXTIO,
            "six.StringIO": TEXTIO, "six.moves.cStringIO": TEXTIO}
_PASSTHROUGH = {"cgi.escape", "html.escape", "xml.sax.saxutils.escape",
                "textwrap.dedent", "textwrap.fill", "os.path.normpath",
                "os.path.basename", "os.path.dirname"}
# methods that return a string of the receiver's kind
_SAME_KIND = frozenset(
    "strip lstrip rstrip lower upper title capitalize swapcase replace ljust rjust "
    "center zfill expandtabs translate join format".split())
_SPLITTERS = frozenset("split rsplit splitlines partition rpartition".split())
_READERS = frozenset("read readline read1 getvalue recv".split())
# codecs whose encode()/decode() do not change bytes <-> text (PY404's list)
_NON_TEXT_CODECS = re.compile(
    r"^(base64|base_64|base64_codec|bz2|bz2_codec|hex|hex_codec|quopri|quopri_codec|"
    r"quoted.printable|rot.?13|string_escape|uu|uu_codec|zip|zlib|zlib_codec)$", re.I)


def _power(ctx: FileContext, node: Node) -> Value:
    kids = node.children
    if any(isinstance(k, Leaf) and k.value == "**" for k in kids):
        return UNKNOWN
    return prefix_value(ctx, node, len(kids))


def prefix_value(ctx: FileContext, node: Node, end: int) -> Value:
    """The value of ``node.children[:end]`` of a power (``a.b(c)[d]``): the
    receiver of a method call, the object a trailer applies to."""
    if end <= 1:
        return value_of(ctx, node.children[0])
    if end >= len(node.children) and id(node) in _state(ctx)["values"]:
        return _state(ctx)["values"][id(node)]
    prefixes = _state(ctx)["prefixes"]
    key = (id(node), end)
    if key in prefixes:
        return prefixes[key]
    value = prefix_value(ctx, node, end - 1)
    trailer = node.children[end - 1]
    if trailer.type != syms.trailer:
        value = UNKNOWN
    elif trailer.children[0].value == "(":
        value = _call(ctx, node, end - 1, value)
    elif trailer.children[0].value == "[":
        value = _subscript(ctx, value, trailer)
    else:
        name = trailer.children[1].value
        calls = end < len(node.children) and node.children[end].children[0].value == "("
        value = (Value(obj=METHOD, origin=name, item=value, node=trailer) if calls
                 else _attribute(ctx, node, end - 1, value, name))
    if value is not _PENDING and value.item is not _PENDING:
        prefixes[key] = value
    return value


def _attribute(ctx: FileContext, node: Node, index: int, receiver: Value,
               name: str) -> Value:
    line = _line(node.children[index])
    if name == "environ":
        dotted = callee(ctx, node, index + 1)
        return Value(obj=ENVIRON, origin=f"`{dotted or 'environ'}`", node=node)
    if name == "argv" and callee(ctx, node, index + 1) == "sys.argv":
        item = Value(Kind.NATIVE, f"`sys.argv` on line {line}", "external", True)
        return Value(obj=LIST, item=item, node=node)
    if name == "hex" and receiver.obj == UUID:
        return Value(Kind.NATIVE, f"`.hex` on line {line}")
    return UNKNOWN


def _call(ctx: FileContext, node: Node, index: int, function: Value) -> Value:
    trailer = node.children[index]
    line = _line(trailer)
    if index == 1 and node.children[0].type == token.NAME:
        aliased = _compat_alias(ctx, node.children[0], line)
        if aliased is not None:
            return aliased
    dotted = callee(ctx, node, index)
    if dotted is not None:
        known = _library(ctx, dotted, trailer, line)
        if known is not None:
            return known
        head = node.children[0]
        if index > 1 and scope.for_node(ctx, head).imported_as(head) is not None:
            return UNKNOWN  # a module's function (codecs.decode), not a str method
    if function.obj == METHOD:
        receiver = function.item or UNKNOWN
        if index == 2 and not receiver.known and not receiver.obj:
            own = _method_call(ctx, node.children[0], function.origin)
            if own.known or own.obj:
                return own
        return _method(ctx, receiver, function.origin, trailer, line)
    head = node.children[0]
    if index == 1 and isinstance(head, Leaf) and head.type == token.NAME:
        return _local_call(ctx, head)
    return UNKNOWN


# (builtin on Python 2, on Python 3) of a compat alias -> what its call returns
_ALIAS_KINDS = {("unicode", "str"): Kind.TEXT, ("str", "bytes"): Kind.BYTES,
                ("bytes", "bytes"): Kind.BYTES, ("str", "str"): Kind.NATIVE}


def _compat_alias(ctx: FileContext, head: Leaf, line: int) -> Optional[Value]:
    """``text_type(x)`` where a version shim (here or in the project's compat
    module) made ``text_type`` unicode on Python 2 and str on Python 3."""
    from py3ready import reachability

    root = head
    while root.parent is not None:
        root = root.parent
    pair = reachability.facts(ctx, root).aliases.get(head.value)
    kind = _ALIAS_KINDS.get(tuple(pair)) if pair else None
    if kind is None or not scope.for_node(ctx, head).binding_scope_is_module(head):
        return None
    return Value(kind, f"`{head.value}()` on line {line} ({pair[0]} on Python 2, "
                       f"{pair[1]} on Python 3)")


def _mode(trailer: Node, position: int = 1, default: str = "r") -> Optional[str]:
    """The mode argument of an open()-like call; None when it is not a literal."""
    positional, keywords = args_of(trailer)
    mode = keywords.get("mode")
    if mode is None and len(positional) > position:
        mode = positional[position]
    if mode is None:
        return default
    if mode.type == token.STRING:
        return mode.value.lstrip("bBuUrR").strip("'\"")
    return None


def _library(ctx: FileContext, dotted: str, trailer: Node,
             line: int) -> Optional[Value]:
    """The value returned by a well-known library call; None if not one."""
    where = f"`{dotted.replace('builtins.', '')}()` on line {line}"
    kind = _LIBRARY.get(dotted)
    positional, keywords = args_of(trailer)
    if dotted in ("json.dumps", "simplejson.dumps") and "ensure_ascii" in keywords:
        return UNKNOWN
    if dotted in ("builtins.str", "builtins.unicode") and positional:
        inner = value_of(ctx, positional[0])
        if inner.kind is kind:
            return inner  # str(x) of a native x: keep x's origin
        return Value(kind, where, non_ascii=inner.non_ascii, node=trailer)
    if kind is not None:
        return Value(kind, where, node=trailer)
    if dotted in _EXTERNAL:
        inner = value_of(ctx, positional[0]) if positional else UNKNOWN
        if inner.source == "external" and "environ" in inner.origin:
            where = f"{where}, of {inner.origin}"  # still the environ's native str
        return Value(Kind.NATIVE, where, "external", True, node=trailer)
    if dotted in _PASSTHROUGH and positional:
        return value_of(ctx, positional[0])
    if dotted in _HASHES:
        return Value(obj=HASH, origin=where)
    if dotted in _BUFFERS:
        return Value(obj=_BUFFERS[dotted], origin=where,
                     item=_read_value(_BUFFERS[dotted], where))
    if dotted in ("uuid.uuid1", "uuid.uuid3", "uuid.uuid4", "uuid.uuid5"):
        return Value(obj=UUID, origin=where)
    if dotted in _OPENERS:
        return _opened(dotted, trailer, where)
    if dotted in _BINARY_OPENERS:
        mode = _mode(trailer, 1, "rb") if dotted.startswith(("gzip", "bz2")) else "rb"
        return _file(BINARY_FILE, where) if mode and "b" in mode else UNKNOWN
    if dotted == "subprocess.check_output":
        if set(keywords) & {"universal_newlines", "text", "encoding", "errors"}:
            return UNKNOWN
        return Value(Kind.BYTES, where, node=trailer)
    if dotted == "os.listdir":  # names of the path's type; a str path is most common
        path = value_of(ctx, positional[0]) if positional else UNKNOWN
        kind = path.kind if path.known else Kind.NATIVE
        return Value(obj=LIST, item=Value(kind, where, "external", True,
                                          indirect=not path.known))
    return None


def _opened(dotted: str, trailer: Node, where: str) -> Value:
    mode = _mode(trailer)
    if mode is None:
        return Value(obj="file:unknown", origin=where)
    if "b" in mode:
        return _file(BINARY_FILE, where)
    positional, keywords = args_of(trailer)
    if dotted == "io.open" or (dotted == "codecs.open" and (
            "encoding" in keywords or len(positional) > 2)):
        return _file(IO_TEXT_FILE, where)
    return _file(TEXT_FILE, where)


def _file(tag: str, where: str) -> Value:
    if not tag:
        return UNKNOWN
    return Value(obj=tag, origin=where, item=_read_value(tag, where))


def _read_value(tag: str, where: str) -> Optional[Value]:
    if tag in (BINARY_FILE, BYTESIO):
        return Value(Kind.BYTES, f"data read from {where} (binary mode)")
    if tag == TEXT_FILE:
        return Value(Kind.NATIVE, f"data read from {where} (text mode)", "text-file",
                     True)
    if tag in (IO_TEXT_FILE, TEXTIO):
        return Value(Kind.TEXT, f"text read from {where}")
    return None


def _method(ctx: FileContext, receiver: Value, name: str, trailer: Node,
            line: int) -> Value:
    where = f"`.{name}()` on line {line}"
    positional, keywords = args_of(trailer)
    if name in ("encode", "decode"):
        codec = keywords.get("encoding", positional[0] if positional else None)
        if codec is not None and codec.type == token.STRING and _NON_TEXT_CODECS.match(
                codec.value.lstrip("bBuUrR").strip("'\"").replace("-", "_")):
            return UNKNOWN
        return Value(Kind.BYTES if name == "encode" else Kind.TEXT, where)
    if name == "hexdigest":
        return Value(Kind.NATIVE, where)
    if name == "digest" and receiver.obj in (HASH, ""):
        return Value(Kind.BYTES, where)
    if receiver.obj in FILE_OBJECTS and name in _READERS | {"readlines"}:
        item = receiver.item
        if name == "getvalue" and receiver.obj == PY2_STRINGIO:
            return UNKNOWN
        if item is None:
            return UNKNOWN
        item = replace(item, node=trailer)
        return Value(obj=LIST, item=item) if name == "readlines" else item
    if receiver.obj == DICT:
        if name in ("get", "setdefault", "pop") and positional and not keywords:
            found = [receiver.item or UNKNOWN]
            found += [value_of(ctx, default) for default in positional[1:2]]
            return _join(found)
        if name in ("values", "itervalues") and not positional:
            return Value(obj=LIST, item=receiver.item)
        return UNKNOWN
    if receiver is _PENDING and name in _SAME_KIND:
        return _PENDING  # x = x.strip(): says nothing more about x
    if receiver.obj == ENVIRON:
        if name in ("get", "setdefault", "pop") and positional:
            return _environ_item(positional[0], f".{name}", line)
        if name == "copy":
            return receiver
        return UNKNOWN
    if name == "recv":
        return Value(Kind.BYTES, where)
    if receiver.known and name == "join":
        items = element_value(ctx, positional[0]) if len(positional) == 1 else UNKNOWN
        kind = receiver.kind
        if {kind, items.kind} == {Kind.NATIVE, Kind.TEXT}:
            kind = Kind.TEXT  # unicode on Python 2, str on 3
        return Value(kind, where, non_ascii=receiver.non_ascii or items.non_ascii,
                     node=trailer)
    if receiver.known and name in _SAME_KIND:
        return replace(receiver, node=trailer)
    if receiver.known and name in _SPLITTERS:
        return Value(obj=LIST, item=receiver)
    return UNKNOWN


def _environ_item(key: Base, how: str, line: int) -> Value:
    """``environ[key]`` (``how`` "[]") or ``environ.get(key)`` (``how`` ".get")."""
    if key.type != token.STRING:
        return UNKNOWN
    name = key.value.lstrip("bBuUrR").strip("'\"")
    shown = f"environ[{key.value}]" if how == "[]" else f"environ{how}({key.value})"
    where = f"`{shown}` on line {line}"
    if name == "wsgi.input":
        return _file(BINARY_FILE, where)
    if name.startswith("wsgi."):
        return UNKNOWN
    return Value(Kind.NATIVE, where, "external", name not in _ASCII_ENVIRON)


# CGI variables that hold only ASCII in practice (methods, numbers, addresses)
_ASCII_ENVIRON = frozenset({
    "REQUEST_METHOD", "SERVER_PORT", "SERVER_PROTOCOL", "CONTENT_LENGTH",
    "REMOTE_ADDR", "REMOTE_PORT", "GATEWAY_INTERFACE", "HTTPS", "SERVER_SOFTWARE"})


def _subscript(ctx: FileContext, value: Value, trailer: Node) -> Value:
    inner = trailer.children[1]
    if value.obj == ENVIRON:
        return _environ_item(inner, "[]", _line(trailer))
    if value.obj == DICT:
        return value.item or UNKNOWN
    is_slice = inner.type in (syms.subscript, syms.sliceop) or (
        isinstance(inner, Leaf) and inner.value == ":")
    if value.obj == LIST:
        return value if is_slice else (value.item or UNKNOWN)
    if value.known:
        if is_slice:
            return value
        if value.kind is Kind.BYTES:  # an int on Python 3
            return Value(obj=BYTE_INT, origin=value.origin, indirect=value.indirect,
                         node=trailer)
        return value
    return UNKNOWN


# -- functions of the same module ---------------------------------------------------


def _local_call(ctx: FileContext, head: Leaf) -> Value:
    bindings = _bindings(ctx, head)
    if not bindings or len(bindings) != 1 or bindings[0][0] != "def":
        return UNKNOWN
    funcdef = bindings[0][1]
    if funcdef.type != syms.funcdef:
        return UNKNOWN
    return _returned(ctx, funcdef, head.value)


def _method_call(ctx: FileContext, head: Base, name: str) -> Value:
    """``self.name()`` inside a method: the returns of the class's own ``name``."""
    if not (isinstance(head, Leaf) and head.value == "self"):
        return UNKNOWN
    function = scope.nearest_scope(head)
    if function.type != syms.funcdef:
        return UNKNOWN
    params = _scope_info(ctx, function).params
    bindings = _bindings(ctx, head)
    if not params or params[0].value != "self" or not bindings or len(bindings) != 1:
        return UNKNOWN  # not a method, or self was rebound
    owner = function.parent
    while owner is not None and owner.type in (syms.decorated, syms.suite):
        owner = owner.parent
    if owner is None or owner.type != syms.classdef:
        return UNKNOWN
    members = _scope_info(ctx, owner).bindings.get(name, [])
    if len(members) != 1 or members[0][0] != "def" or (
            members[0][1].type != syms.funcdef):
        return UNKNOWN
    return _returned(ctx, members[0][1], f"self.{name}")


_NESTED = {syms.funcdef, syms.classdef} | scope.LAMBDAS


def _returned(ctx: FileContext, funcdef: Node, name: str) -> Value:
    returns = _state(ctx)["returns"]
    key = id(funcdef)
    if key in returns:
        return returns[key]
    returns[key] = _PENDING
    result = UNKNOWN
    if _plain_function(funcdef):
        values = []
        generator = False
        stack = [funcdef.children[-1]]
        while stack:
            current = stack.pop()
            if current.type in _NESTED:
                continue
            if isinstance(current, Leaf):
                generator = generator or current.value == "yield"
                continue
            if current.type == syms.return_stmt and len(current.children) == 2:
                values.append(_bytes_guarded(current) or value_of(ctx, current.children[1]))
            stack.extend(current.children)
        if values and not generator:
            joined = _join(values)
            if joined.known:
                result = replace(joined, indirect=True,
                                 origin=f"{joined.origin}, returned by `{name}()`")
            elif joined.obj:
                result = replace(joined, indirect=True)
    returns[key] = result
    return result


_BYTES_TEST = re.compile(r"^isinstance\((\w+),(?:bytes|six\.binary_type|binary_type)\)$")


def _bytes_guarded(stmt: Node) -> Optional[Value]:
    """BYTES for ``return x`` right under ``if isinstance(x, bytes):`` (the
    to-bytes helper's early return), else None."""
    returned, block = stmt.children[1], stmt.parent
    if block.parent is not None and block.parent.type == syms.suite:
        block = block.parent
    if_stmt = block.parent
    if not (isinstance(returned, Leaf) and returned.type == token.NAME) or (
            if_stmt is None or if_stmt.type != syms.if_stmt):
        return None
    kids = if_stmt.children
    if len(kids) < 4 or kids[3] is not block:
        return None
    match = _BYTES_TEST.match(re.sub(r"\s+", "", str(kids[1])))
    if match is None or match.group(1) != returned.value:
        return None
    return Value(Kind.BYTES, f"`{returned.value}` checked to be bytes on line "
                             f"{_line(kids[1])}", node=returned)


def _plain_function(funcdef: Node) -> bool:
    parent = funcdef.parent
    if parent is None or parent.type != syms.decorated:
        return True
    decorators = parent.children[0]
    items = decorators.children if decorators.type == syms.decorators else [decorators]
    return all(scope.dotted_text(item.children[1]) in ("staticmethod", "classmethod")
               for item in items)


# -- version checks -----------------------------------------------------------------

def _condition_version(test: Base) -> Optional[int]:
    return versioncheck.major_version_of(test)


def _if_branch(if_stmt: Node, suite: Base) -> Optional[int]:
    """The version the ``suite`` of ``if_stmt`` runs on, from its condition."""
    # 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
    kids = if_stmt.children
    position = position_in(kids, suite)
    if position < 3 or kids[position - 1].type != token.COLON:
        return None
    if _is_leaf(kids[position - 2], "else"):
        if any(isinstance(k, Leaf) and k.value == "elif" for k in kids):
            return None
        version = _condition_version(kids[1])
        return 5 - version if version else None
    if _is_leaf(kids[position - 3], "if"):
        return _condition_version(kids[position - 2])
    return None


def _is_leaf(node: Base, value: str) -> bool:
    return isinstance(node, Leaf) and node.value == value


def python_version_branch(node: Base) -> Optional[int]:
    """2 if ``node`` only runs on Python 2 (``if six.PY2:`` body, the ``else:``
    of ``if PY3:``, ``sys.version_info[0] == 2`` ...), 3 for Python 3 only
    branches, None otherwise."""
    child, current = node, node.parent
    while current is not None:
        if current.type == syms.if_stmt:
            version = _if_branch(current, child)
            if version:
                return version
        elif current.type == syms.test and len(current.children) == 5:
            version = _condition_version(current.children[2])
            if version and child is current.children[0]:
                return version
            if version and child is current.children[4]:
                return 5 - version
        child, current = current, current.parent
    return None


def certain(value: Value) -> bool:
    """True if ``value`` is known without heuristics: not through names or
    returns, and not from the name-based guess of what ``environ`` is."""
    return not value.indirect and value.source != "external"


_TYPE_TESTS = ("isinstance(", "hasattr(", "type(", "callable(")


def type_checked(node: Base, *expressions: str) -> bool:
    """True if ``node`` runs under a condition that tests the type of one of
    ``expressions`` (``if isinstance(data, bytes):``, ``hasattr(x, 'decode')``,
    ``isinstance(x, str) and x.decode()``): there the value may be of another
    type than the model assumes, so rules stay quiet."""
    names = set()
    for text in expressions:
        match = re.match(r"[A-Za-z_][\w.]*", text or "")
        if match:
            names.add(match.group(0))
    if not names:
        return False
    pattern = re.compile(r"(?:%s)(?:%s)[,)]" % (
        "|".join(re.escape(t) for t in _TYPE_TESTS),
        "|".join(re.escape(n) for n in sorted(names))))
    child, current = node, node.parent
    while current is not None and current.type not in (syms.funcdef, syms.classdef,
                                                       syms.file_input):
        kids = current.children
        tests: List[Base] = []
        if current.type in (syms.if_stmt, syms.while_stmt):
            tests = [k for k in kids[:position_in(kids, child)]
                     if k.type not in (token.COLON, syms.suite) and not (
                         isinstance(k, Leaf) and k.value in ("if", "elif", "else",
                                                             "while"))]
        elif current.type == syms.and_test:
            tests = kids[:position_in(kids, child)]
        elif current.type == syms.test and len(kids) == 5:
            tests = [kids[2]]
        if any(pattern.search(re.sub(r"\s+", "", str(t))) for t in tests):
            return True
        child, current = current, current.parent
    return False


# Handlers that show the code expects `.decode`/`.encode` to be missing.
_ATTRIBUTE_GUARDS = frozenset({"AttributeError", "Exception", "BaseException"})
_CODEC_RESULT = {"decode": Kind.TEXT, "encode": Kind.BYTES}


def codec_calls(ctx: FileContext, node: Node, method: str) -> Iterable[Tuple[Node, Value, str]]:
    """``(attribute trailer, receiver value, receiver text)`` for each
    ``.decode(codec)`` / ``.encode(codec)`` call with a text codec in the
    ``power`` node; nothing when the call sits in a Python-2-only branch,
    under an AttributeError handler or after a type check of the receiver.
    Non-text codecs are PY404's."""
    kids = node.children
    for i in range(1, len(kids) - 1):
        attr = kids[i]
        if not (attr.children[0].value == "." and attr.children[1].value == method
                and kids[i + 1].children[0].value == "("):
            continue
        if prefix_value(ctx, node, i + 2).kind is not _CODEC_RESULT[method]:
            continue
        if python_version_branch(node) == 2 or scope.guarded_by(
                node, _ATTRIBUTE_GUARDS) or type_checked(node, snippet(kids[:i], 200)):
            return
        yield attr, prefix_value(ctx, node, i), snippet(kids[:i])
