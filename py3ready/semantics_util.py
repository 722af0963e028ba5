"""Helpers shared by the PY3xx (semantics) rules.

Three questions come up again and again in these rules: how is the value of
an expression used (indexed, iterated, compared, passed to ``json.dumps``)?
Where else in the same scope is a name read or rebound? What does a class
body define? The answers are computed from the fissix tree only; the per-file
name index is built once and cached on the FileContext.
"""

from __future__ import annotations

import keyword
from typing import Dict, Iterator, List, NamedTuple, Optional, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import scope
from py3ready.fixer_base import FileContext

syms = pygram.python_symbols
_CACHE_KEY = "semantics.names"
_KEYWORDS = frozenset(keyword.kwlist) - {"True", "False", "None"} | {"print", "exec"}
_TARGET_CONTAINERS = {
    syms.atom,
    syms.testlist_gexp,
    syms.exprlist,
    syms.testlist,
    syms.testlist_star_expr,
    syms.star_expr,
    syms.listmaker,
}
_PARAM_CONTAINERS = {
    syms.parameters,
    syms.typedargslist,
    syms.varargslist,
    syms.tname,
    syms.tfpdef,
    syms.tfplist,
    syms.vname,
    syms.vfpdef,
    syms.vfplist,
}
_IMPORT_PARTS = {
    syms.import_as_name,
    syms.dotted_as_name,
    syms.import_as_names,
    syms.import_from,
    syms.import_name,
    syms.dotted_as_names,
}
AUGMENTED = {
    "+=",
    "-=",
    "*=",
    "/=",
    "//=",
    "%=",
    "**=",
    ">>=",
    "<<=",
    "&=",
    "^=",
    "|=",
    "@=",
}

# Methods a list has and a dict view, map/filter/zip object or range lacks.
LIST_METHODS = frozenset(
    ["sort", "append", "extend", "insert", "remove", "pop", "reverse", "index", "count"]
)


class Use(NamedTuple):
    """How a value is used: ``kind`` plus what the kind needs.

    kinds: index, slice, store (item assignment or del), method, attribute,
    called, call (passed as argument ``detail`` = callee, ``position``),
    iterate (for/comprehension/star), contains (right of ``in``), equality,
    order (``<`` and friends; ``other`` = the other operand), concat, repeat,
    truth, assign (``other`` = the target NAME), statement, other.
    """

    kind: str
    detail: str = ""
    node: Optional[Base] = None
    other: Optional[Base] = None
    position: object = None


# -- small tree helpers ---------------------------------------------------------


def is_leaf(node: Optional[Base], value: str) -> bool:
    return isinstance(node, Leaf) and node.value == value


def text(node: Base) -> str:
    """Source text of ``node`` without its leading whitespace or comments."""
    return str(node).strip()


def position(node: Base) -> Tuple[int, int]:
    leaf = node if isinstance(node, Leaf) else next(node.leaves(), None)
    return (leaf.lineno, leaf.column) if leaf is not None else (0, 0)


def end_position(node: Base) -> Tuple[int, int]:
    last = None
    for leaf in (node.leaves() if isinstance(node, Node) else [node]):
        if leaf.value:  # DEDENT and ENDMARKER leaves sit on the next line
            last = leaf
    if last is None:
        return (0, 0)
    return (last.lineno, last.column + len(last.value))


def unparen(node: Base) -> Base:
    """``((x))`` -> ``x``."""
    while (
        node.type == syms.atom
        and len(node.children) == 3
        and is_leaf(node.children[0], "(")
        and node.children[1].type != syms.testlist_gexp
    ):
        node = node.children[1]
    return node


def callee_name(ctx: FileContext, parts: List[Base]) -> str:
    """A name for the called object ``parts`` (a power's leading children).

    ``len`` -> ``builtins.len`` when it is the builtin; imported names are
    resolved (``json.dumps``); ``x.join`` on any other object -> ``.join``.
    """
    if not parts:
        return ""
    head = parts[0]
    names = []
    for trailer in parts[1:]:
        if trailer.type != syms.trailer or not is_leaf(trailer.children[0], "."):
            return ""
        names.append(trailer.children[1].value)
    if isinstance(head, Leaf) and head.type == token.NAME:
        index = scope.for_node(ctx, head)
        if not names and index.is_builtin(head):
            return "builtins." + head.value
        dotted = ".".join([head.value] + names)
        return index.resolve(dotted)
    return "." + names[-1] if names else ""


def call_parts(power: Node) -> Optional[Tuple[str, Node]]:
    """For ``NAME(...)`` return (name, args trailer); else None."""
    kids = power.children
    if (
        power.type == syms.power
        and len(kids) == 2
        and isinstance(kids[0], Leaf)
        and kids[0].type == token.NAME
        and kids[1].type == syms.trailer
        and is_leaf(kids[1].children[0], "(")
    ):
        return kids[0].value, kids[1]
    return None


def call_args(trailer: Node) -> Tuple[List[Base], Dict[str, Base]]:
    """Positional and keyword arguments of a ``( ... )`` trailer."""
    if len(trailer.children) < 3:
        return [], {}
    inner = trailer.children[1]
    items = inner.children[::2] if inner.type == syms.arglist else [inner]
    positional, keywords = [], {}
    for item in items:
        if item.type == syms.argument and is_leaf(item.children[1], "="):
            keywords[item.children[0].value] = item.children[2]
        elif item.type == syms.argument and item.children[0].type in (
            token.STAR,
            token.DOUBLESTAR,
        ):
            keywords["*" + item.children[0].value] = item.children[1]
        else:
            positional.append(item)
    return positional, keywords


def suite_statements(suite: Base) -> List[Base]:
    """The statements of a suite (or the one simple statement of a one-liner)."""
    if suite.type != syms.suite:
        return [suite]
    return [
        c
        for c in suite.children
        if c.type not in (token.NEWLINE, token.INDENT, token.DEDENT)
    ]


def small_statements(stmt: Base) -> List[Base]:
    if stmt.type == syms.simple_stmt:
        return [c for c in stmt.children if c.type not in (token.SEMI, token.NEWLINE)]
    return [stmt]


# -- classes -------------------------------------------------------------------


def class_members(classdef: Node) -> Dict[str, Base]:
    """Names the class body binds: defs and simple assignments.

    Maps each name to its def's NAME leaf or the assignment's target leaf.
    Definitions inside ``if``/``try`` blocks of the body count.
    """
    members: Dict[str, Base] = {}
    _collect_members(classdef.children[-1], members)
    return members


def _collect_members(suite: Base, members: Dict[str, Base]) -> None:
    for stmt in suite_statements(suite):
        if stmt.type in (syms.if_stmt, syms.try_stmt):
            # `if PY3: __str__ = __unicode__` and friends define members too
            for child in stmt.children:
                if child.type == syms.suite or (
                    child.prev_sibling is not None and is_leaf(child.prev_sibling, ":")
                ):
                    _collect_members(child, members)
            continue
        if stmt.type == syms.decorated:
            stmt = stmt.children[-1]
        if stmt.type in (syms.funcdef, syms.classdef):
            members.setdefault(stmt.children[1].value, stmt.children[1])
            continue
        for small in small_statements(stmt):
            if small.type != syms.expr_stmt:
                continue
            kids = small.children
            for i in range(0, len(kids) - 1, 2):
                if kids[i + 1].type == token.EQUAL:
                    for leaf in _target_names(kids[i]):
                        members.setdefault(leaf.value, leaf)


def _target_names(node: Base) -> Iterator[Leaf]:
    if isinstance(node, Leaf):
        if node.type == token.NAME:
            yield node
    elif node.type in _TARGET_CONTAINERS:
        for child in node.children:
            yield from _target_names(child)


def decorator_names(node: Base) -> List[str]:
    """Dotted names of the decorators of a def or class (``six.add_metaclass``)."""
    parent = node.parent
    if parent is None or parent.type != syms.decorated:
        return []
    decorators = parent.children[0]
    items = decorators.children if decorators.type == syms.decorators else [decorators]
    names = []
    for item in items:
        target = item.children[1]
        names.append(scope.dotted_text(target))
    return names


def enclosing_class(funcdef: Base) -> Optional[Node]:
    """The class whose body directly contains ``funcdef`` (decorated or not)."""
    node = funcdef.parent
    if node is not None and node.type == syms.decorated:
        node = node.parent
    if node is not None and node.type == syms.suite:
        node = node.parent
    return node if node is not None and node.type == syms.classdef else None


def class_bases(classdef: Node) -> List[Base]:
    kids = classdef.children
    if len(kids) > 3 and is_leaf(kids[2], "("):
        inner = kids[3]
        if is_leaf(inner, ")"):
            return []
        return inner.children[::2] if inner.type == syms.arglist else [inner]
    return []


# -- names in a scope ------------------------------------------------------------


def role(leaf: Leaf) -> str:
    """``bind``, ``aug`` (augmented assignment target), ``del``, ``ref``, ``other``."""
    node, parent = leaf, leaf.parent
    if parent is None:
        return "ref"
    if (
        parent.type in (syms.funcdef, syms.classdef, syms.lambdef, syms.old_lambdef)
        and leaf is parent.children[1]
    ):
        return "bind"  # a def's name, or a lambda's only parameter
    if parent.type in _IMPORT_PARTS:
        return "bind"
    if parent.type in _PARAM_CONTAINERS:
        previous = leaf.prev_sibling
        if previous is None or previous.type not in (token.EQUAL, token.COLON):
            return "bind"
    if not scope.is_reference(leaf):
        return "other"
    while parent is not None and parent.type in _TARGET_CONTAINERS:
        node, parent = parent, parent.parent
    if parent is None:
        return "ref"
    kind = parent.type
    kids = parent.children
    if kind == syms.expr_stmt:
        if len(kids) > 1 and isinstance(kids[1], Leaf) and kids[1].value in AUGMENTED:
            return "aug" if node is kids[0] else "ref"
        i = kids.index(node)
        if i + 1 < len(kids) and kids[i + 1].type == token.EQUAL:
            return "bind"
    elif kind in (syms.for_stmt, syms.comp_for):
        i = kids.index(node)
        if i + 1 < len(kids) and is_leaf(kids[i + 1], "in"):
            return "bind"
    elif kind in (syms.with_item, syms.with_stmt, syms.except_clause):
        previous = node.prev_sibling
        if is_leaf(previous, "as") or is_leaf(previous, ","):
            if kind != syms.except_clause or kids.index(node) == 3:
                return "bind"
    elif kind == syms.del_stmt:
        return "del"
    elif kind == syms.global_stmt:
        return "other"
    return "ref"


def _scope_of(leaf: Leaf) -> Base:
    return next(scope.enclosing_scopes(leaf), leaf)


def _build_index(root: Base) -> Dict[int, Dict[str, List[Leaf]]]:
    names: Dict[int, Dict[str, List[Leaf]]] = {}
    for leaf in root.leaves():
        if leaf.type != token.NAME or leaf.value in _KEYWORDS:
            continue
        previous = leaf.prev_sibling
        if previous is not None and previous.type == token.DOT:
            continue
        names.setdefault(id(_scope_of(leaf)), {}).setdefault(leaf.value, []).append(
            leaf
        )
    return names


def name_leaves(ctx: FileContext, scope_node: Base, name: str) -> List[Leaf]:
    """The NAME leaves spelled ``name`` in ``scope_node`` (not nested ones)."""
    index = ctx.cache.get(_CACHE_KEY)
    if index is None:
        root = scope_node
        while root.parent is not None:
            root = root.parent
        index = ctx.cache[_CACHE_KEY] = _build_index(root)
    return index.get(id(scope_node), {}).get(name, [])


def scope_of(node: Base) -> Base:
    """The scope (function, class, lambda or module) ``node`` executes in."""
    leaf = node if isinstance(node, Leaf) else next(node.leaves())
    return _scope_of(leaf)


def is_inside(node: Base, ancestor: Base) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def uses_after(
    ctx: FileContext, leaf_or_node: Base, name: str, after: Tuple[int, int]
) -> Iterator[Tuple[Leaf, str]]:
    """(leaf, role) for ``name`` in the scope of ``leaf_or_node``, after ``after``.

    Stops after the first rebinding: an augmented assignment is yielded (it
    reads the name first); an ordinary rebinding is not, but reads in the rest
    of the rebinding statement (its right-hand side) are. Leaves in a branch
    that excludes the one of ``leaf_or_node`` (``if``/``else``) are skipped.
    """
    rebinding: Optional[Base] = None
    for leaf in name_leaves(ctx, scope_of(leaf_or_node), name):
        if (leaf.lineno, leaf.column) <= after:
            continue
        if rebinding is not None and not is_inside(leaf, rebinding):
            return
        if exclusive_branches(leaf_or_node, leaf):
            continue  # `if` / `else`: never both run in one pass
        kind = role(leaf)
        if kind == "other":
            continue
        comprehension = binding_comprehension(leaf)
        if comprehension is not None and (
            kind == "ref" or comprehension.type != syms.listmaker
        ):
            continue  # the comprehension's own variable (Python 2 leaked only lists')
        if kind in ("bind", "aug") and rebinding is None:
            if kind == "aug":
                yield leaf, kind
                return
            rebinding = _assignment_of(leaf)
            if rebinding is None:
                return  # for/with/except/def/import targets bind before any read
            continue
        if kind in ("ref", "del"):
            yield leaf, kind


_COMPREHENSIONS = {syms.listmaker, syms.testlist_gexp, syms.dictsetmaker, syms.argument}


def comprehension_targets(comp_for: Base) -> Iterator[Leaf]:
    """NAME leaves bound by a ``for`` clause and the clauses nested in it."""
    current: Optional[Base] = comp_for
    while current is not None and current.type == syms.comp_for:
        for leaf in current.children[1].leaves():
            if leaf.type == token.NAME:
                yield leaf
        last = current.children[-1]
        while last.type == syms.comp_if and len(last.children) > 2:
            last = last.children[-1]
        current = last if last.type == syms.comp_for else None


def binding_comprehension(leaf: Leaf) -> Optional[Base]:
    """The comprehension (listmaker, testlist_gexp, ...) whose for binds ``leaf``."""
    node = leaf.parent
    while node is not None and node.type not in scope.SCOPE_TYPES:
        if node.type in _COMPREHENSIONS:
            clause = next((c for c in node.children if c.type == syms.comp_for), None)
            if clause is not None and any(
                t.value == leaf.value for t in comprehension_targets(clause)
            ):
                return node
        node = node.parent
    return None


def _branch(node: Base, compound: Node) -> Optional[str]:
    """Which clause of ``compound`` (an if or try statement) holds ``node``."""
    kids = compound.children
    child = node
    while child.parent is not compound:
        child = child.parent
    if child.type == syms.except_clause:
        return f"except-{kids.index(child) + 2}"  # the handler's own name
    if child.type != syms.suite and not (
        kids.index(child) > 0 and is_leaf(kids[kids.index(child) - 1], ":")
    ):
        return None  # a condition or an except clause's header
    i = kids.index(child)
    header = kids[i - 2]
    if compound.type == syms.if_stmt:
        return f"if-{i}"
    if header.type == syms.except_clause:
        return f"except-{i}"
    return header.value if isinstance(header, Leaf) else None


def exclusive_branches(first: Base, second: Base) -> bool:
    """True if ``first`` and ``second`` sit in branches that never both run.

    That is: different suites of one ``if``/``elif``/``else``, or two except
    handlers, or a handler and the ``else`` of one ``try``.
    """
    ancestors = set()
    node = first
    while node is not None:
        ancestors.add(id(node))
        node = node.parent
    node = second.parent
    while node is not None and id(node) not in ancestors:
        node = node.parent
    if node is None or node.type not in (syms.if_stmt, syms.try_stmt) or node is second:
        return False
    one, two = _branch(first, node), _branch(second, node)
    if one is None or two is None or one == two:
        return False
    if node.type == syms.if_stmt:
        return True
    pair = {one.split("-")[0], two.split("-")[0]}
    return pair in ({"except"}, {"except", "else"})


def _assignment_of(leaf: Leaf) -> Optional[Node]:
    """The ``=`` statement that ``leaf`` is a target of, if any."""
    node = leaf.parent
    while node is not None and node.type in _TARGET_CONTAINERS:
        node = node.parent
    return node if node is not None and node.type == syms.expr_stmt else None


# -- how a value is used -----------------------------------------------------------


def _subscript_kind(trailer: Node) -> str:
    inner = trailer.children[1]
    if inner.type == syms.subscript or (
        inner.type == syms.subscriptlist
        and any(c.type == syms.subscript for c in inner.children)
    ):
        return "slice"
    return "index"


def _is_store(node: Base) -> bool:
    """True if ``node`` is an assignment, augmented assignment or del target."""
    child, parent = node, node.parent
    while parent is not None and parent.type in _TARGET_CONTAINERS:
        child, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == syms.del_stmt:
        return True
    if parent.type == syms.expr_stmt:
        kids = parent.children
        i = kids.index(child)
        return i + 1 < len(kids) and (
            kids[i + 1].type == token.EQUAL
            or (isinstance(kids[i + 1], Leaf) and kids[i + 1].value in AUGMENTED)
        )
    return False


def is_assigned(node: Base) -> bool:
    """True if ``node`` is a target of a plain ``=`` (written, never read)."""
    child, parent = node, node.parent
    while parent is not None and parent.type in _TARGET_CONTAINERS:
        child, parent = parent, parent.parent
    if parent is None or parent.type != syms.expr_stmt:
        return False
    kids = parent.children
    i = _identity_index(kids, child)  # list.index compares trees by value
    return i + 1 < len(kids) and kids[i + 1].type == token.EQUAL


def _identity_index(kids: List[Base], child: Base) -> int:
    return next(i for i, kid in enumerate(kids) if kid is child)


def trailer_use(power: Node, index: int) -> Use:
    """How ``power.children[:index]`` is used by the trailer that follows it."""
    trailer = power.children[index]
    opener = trailer.children[0].value
    if opener == "[":
        if index == len(power.children) - 1 and _is_store(power):
            return Use("store", node=trailer)
        return Use(_subscript_kind(trailer), node=trailer)
    if opener == ".":
        name = trailer.children[1].value
        following = (
            power.children[index + 1] if index + 1 < len(power.children) else None
        )
        if following is not None and is_leaf(following.children[0], "("):
            return Use("method", name, node=trailer)
        return Use("attribute", name, node=trailer)
    return Use("called", node=trailer)


def value_use(ctx: FileContext, node: Base) -> Use:
    """How the value of the expression ``node`` is used by its surroundings."""
    value = node
    parent = value.parent
    while (
        parent is not None
        and parent.type == syms.atom
        and len(parent.children) == 3
        and is_leaf(parent.children[0], "(")
    ):
        value, parent = parent, parent.parent
    if parent is None:
        return Use("other")
    kind = parent.type
    kids = parent.children
    if kind == syms.power:
        if value is kids[0] and len(kids) > 1:
            if kids[1].type == syms.trailer:
                return trailer_use(parent, 1)
        return Use("other")
    if kind == syms.trailer and is_leaf(kids[0], "("):
        return _argument_use(ctx, parent, 0, None)
    if kind == syms.arglist:
        positional = [c for c in kids[::2] if c.type != syms.argument]
        place = positional.index(value) if value in positional else None
        return _argument_use(ctx, parent.parent, place, None)
    if kind == syms.argument:
        if is_leaf(kids[0], "*") or is_leaf(kids[0], "**"):
            return Use("iterate")
        if len(kids) == 3 and is_leaf(kids[1], "=") and value is kids[2]:
            holder = parent.parent
            if holder.type == syms.arglist:
                holder = holder.parent
            return _argument_use(ctx, holder, None, kids[0].value)
        return Use("other")
    if kind in (syms.for_stmt, syms.comp_for):
        i = kids.index(value)
        if i > 0 and is_leaf(kids[i - 1], "in"):
            return Use("iterate", node=parent)
        return Use("other")
    if kind == syms.comparison:
        return _comparison_use(parent, value)
    if kind == syms.arith_expr:
        return _operator_use(parent, value, {"+": "concat"})
    if kind == syms.term:
        use = _operator_use(parent, value, {"*": "repeat"})
        return use
    if kind in (syms.not_test, syms.comp_if):
        return Use("truth")
    if kind == syms.assert_stmt:
        return Use("truth") if value is kids[1] else Use("other")
    if kind in (syms.and_test, syms.or_test):
        return Use("truth") if value is not kids[-1] else Use("other")
    if kind in (syms.if_stmt, syms.while_stmt):
        i = kids.index(value)
        if (
            i > 0
            and isinstance(kids[i - 1], Leaf)
            and kids[i - 1].value in ("if", "elif", "while")
        ):
            return Use("truth")
        return Use("other")
    if kind == syms.test and len(kids) == 5 and value is kids[2]:
        return Use("truth")
    if kind == syms.expr_stmt:
        return _assignment_use(parent, value)
    if kind == syms.simple_stmt:
        return Use("statement")
    if kind == syms.return_stmt:
        return Use("return")
    return Use("other")


def _argument_use(ctx: FileContext, trailer: Node, place, keyword_name) -> Use:
    power = trailer.parent
    if power is None or power.type != syms.power:
        return Use("other")
    i = power.children.index(trailer)
    callee = callee_name(ctx, power.children[:i])
    return Use("call", callee, node=power, position=keyword_name or place)


def _comparison_use(parent: Node, value: Base) -> Use:
    kids = parent.children
    i = kids.index(value)
    for op_index, other_index in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= op_index < len(kids) and 0 <= other_index < len(kids):
            op = (
                scope.dotted_text(kids[op_index])
                if isinstance(kids[op_index], Node)
                else kids[op_index].value
            )
            other = kids[other_index]
            if op in ("in", "notin") and op_index < i:
                return Use("contains")
            if op in ("==", "!=", "<>"):
                return Use("equality", op, other=other)
            if op in ("<", "<=", ">", ">="):
                return Use("order", op, other=other)
    return Use("other")


def _operator_use(parent: Node, value: Base, kinds: Dict[str, str]) -> Use:
    kids = parent.children
    i = kids.index(value)
    for op_index, other_index in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= op_index < len(kids) and isinstance(kids[op_index], Leaf):
            found = kinds.get(kids[op_index].value)
            if found:
                return Use(found, kids[op_index].value, other=kids[other_index])
    return Use("other")


def _assignment_use(stmt: Node, value: Base) -> Use:
    kids = stmt.children
    i = kids.index(value)
    if len(kids) == 3 and isinstance(kids[1], Leaf) and kids[1].value in AUGMENTED:
        if i == 0:
            kinds = {"+=": "concat", "*=": "repeat"}
            return Use(kinds.get(kids[1].value, "other"), kids[1].value)
        return Use("other")
    if i == len(kids) - 1 and i > 0 and kids[i - 1].type == token.EQUAL:
        targets = kids[0 : i - 1 : 2]
        if (
            len(targets) == 1
            and isinstance(targets[0], Leaf)
            and targets[0].type == token.NAME
        ):
            return Use("assign", other=targets[0])
        if any(t.type not in (token.NAME, syms.power) for t in targets):
            return Use("unpack")
        return Use("other")
    return Use("other")


def is_list_display(node: Base) -> bool:
    """A ``[...]`` display or comprehension, or a ``list()``/``sorted()`` call."""
    node = unparen(node)
    if node.type == syms.atom and is_leaf(node.children[0], "["):
        return True
    call = call_parts(node) if node.type == syms.power else None
    return call is not None and call[0] in ("list", "sorted")


# -- list-only uses of values that are no longer lists -------------------------------

_SERIALISERS = {"json.dumps", "json.dump", "simplejson.dumps", "simplejson.dump"}
_PICKLERS = {"pickle.dumps", "pickle.dump", "cPickle.dumps", "cPickle.dump"}
# What each kind of non-list value lacks, by flavour: dict views, lazy
# iterators (map/filter/zip objects) and range objects.
VIEW, ITERATOR, RANGE = "view", "iterator", "range"


def list_only_problem(use: Use, flavour: str, method: str = "") -> Optional[str]:
    """What breaks when a ``flavour`` value is used as ``use``; None if it works.

    ``method`` is the dict method (``values``) or builtin that made the value.
    """
    kind = use.kind
    if kind in ("index", "slice") and flavour != RANGE:
        return ("indexing" if kind == "index" else "slicing") + " it raises TypeError"
    if kind == "store":
        return "assigning or deleting items raises TypeError"
    if kind == "method" and use.detail in LIST_METHODS:
        if flavour == RANGE and use.detail in ("index", "count"):
            return None
        return f"it has no .{use.detail}() method (AttributeError)"
    if kind in ("concat", "repeat"):
        return f"`{use.detail}` with it raises TypeError"
    if kind == "equality":
        if flavour == VIEW and method == "values":
            return "a values view never compares equal to anything but itself"
        if use.other is not None and is_list_display(use.other):
            return "it never compares equal to a list"
        return None
    if kind == "order" and use.other is not None and is_list_display(use.other):
        return f"`{use.detail}` against a list raises TypeError"
    if kind == "truth" and flavour == ITERATOR:
        return "it is always true, even when empty"
    if kind == "statement" and method in ("map", "filter"):
        return "it is lazy, so the function is never called"
    if kind == "call" and use.position == 0:
        return _call_problem(use.detail, flavour)
    return None


def _call_problem(callee: str, flavour: str) -> Optional[str]:
    if callee in _SERIALISERS:
        return f"{callee}() cannot serialise it (TypeError)"
    if callee in _PICKLERS and flavour == VIEW:
        return f"{callee}() cannot pickle it (TypeError)"
    if callee == "random.shuffle":
        return f"{callee}() needs a mutable list (TypeError)"
    if callee in ("random.choice", "random.sample") and flavour != RANGE:
        return f"{callee}() needs a sequence (TypeError)"
    if flavour == ITERATOR:
        if callee in ("builtins.len", "builtins.reversed"):
            return f"{callee[9:]}() of it raises TypeError"
        if callee in ("numpy.array", "numpy.asarray"):
            return f"{callee}() wraps it in a 0-d object array instead of a list"
    return None


def tracked_problem(
    ctx: FileContext, target: Leaf, assignment: Base, flavour: str, method: str = ""
) -> Optional[str]:
    """The first list-only use of the name ``target`` assigned by ``assignment``."""
    for leaf, kind in uses_after(ctx, target, target.value, end_position(assignment)):
        if kind == "aug":
            use = _assignment_use(leaf.parent, leaf)
        elif kind == "ref":
            use = value_use(ctx, leaf)
        else:
            continue
        if use.kind == "statement":
            continue  # a bare name as a statement does nothing on either version
        problem = list_only_problem(use, flavour, method)
        if problem:
            return f"`{leaf.value}` on line {leaf.lineno}: {problem}"
    return None


def module_metaclass(ctx: FileContext, node: Base) -> bool:
    """True if the module of ``node`` assigns ``__metaclass__`` at top level."""
    found = ctx.cache.get("semantics.module_metaclass")
    if found is None:
        root = node
        while root.parent is not None:
            root = root.parent
        found = False
        for stmt in root.children:
            for small in (
                small_statements(stmt) if stmt.type == syms.simple_stmt else ()
            ):
                if small.type == syms.expr_stmt and is_leaf(
                    small.children[0], "__metaclass__"
                ):
                    found = True
        ctx.cache["semantics.module_metaclass"] = found
    return found


def handler_body(except_clause: Node) -> Base:
    """The suite run by an ``except`` clause."""
    colon = except_clause.next_sibling
    return colon.next_sibling if colon is not None else except_clause


def always_exits(body: Base) -> bool:
    """True if the last statement of a block is return/raise/continue/break."""
    statements = suite_statements(body)
    if not statements:
        return False
    last = small_statements(statements[-1])[-1]
    if isinstance(last, Leaf):
        return last.value in ("return", "raise", "continue", "break")
    return last.type in (syms.return_stmt, syms.raise_stmt)


# -- feature tests on the receiver ---------------------------------------------------


def _hasattr_test(test: Base, receiver: str, attr: str) -> bool:
    """True if ``test`` is, or has as one of its ``and`` operands,
    ``hasattr(<receiver>, '<attr>')``."""
    test = unparen(test)
    if test.type == syms.and_test:
        return any(_hasattr_test(t, receiver, attr) for t in test.children[::2])
    if test.type != syms.power or len(test.children) != 2:
        return False
    head, trailer = test.children
    if not is_leaf(head, "hasattr") or not is_leaf(trailer.children[0], "("):
        return False
    positional, keywords = call_args(trailer)
    if len(positional) != 2 or keywords or positional[1].type != token.STRING:
        return False
    name = positional[1].value.lstrip("bBuU")
    return name[1:-1] == attr and text(positional[0]).strip() == receiver


def hasattr_guarded(node: Base, receiver: List[Base], attr: str) -> bool:
    """True if ``node`` only runs when ``hasattr(receiver, attr)`` is true
    (``receiver``: the nodes before the ``.attr`` trailer).

    Covers ``if hasattr(x, 'a'): ... x.a ...`` (and its ``elif``), the right
    side of ``hasattr(x, 'a') and x.a`` and ``x.a if hasattr(x, 'a') else y``.
    Where the test fails the attribute is never touched, on any Python.
    """
    wanted = "".join(map(str, receiver)).strip()
    child, current = node, node.parent
    while current is not None and current.type not in (syms.funcdef, syms.classdef):
        kids = current.children
        if current.type in (syms.if_stmt, syms.while_stmt) and child.type == syms.suite:
            test = kids[_identity_index(kids, child) - 2]
            if not is_leaf(test, "else") and _hasattr_test(test, wanted, attr):
                return True
        elif current.type == syms.and_test:
            before = kids[: _identity_index(kids, child)]
            if any(_hasattr_test(t, wanted, attr) for t in before[::2]):
                return True
        elif current.type == syms.test and len(kids) == 5 and child is kids[0]:
            if _hasattr_test(kids[2], wanted, attr):
                return True
        child, current = current, current.parent
    return False
