"""Which names a module binds, and what its imports make of dotted names.

Several rules need to know whether ``reduce`` is the builtin or a name the
module defined, and that ``u.urlopen`` means ``urllib2.urlopen`` after
``import urllib2 as u``. This module computes that once per file, on first
use, and caches it on the FileContext so every rule shares one walk.
"""

from __future__ import annotations

from typing import Dict, Iterator, Optional, Set

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready.fixer_base import FileContext

syms = pygram.python_symbols
SCOPE_TYPES = {syms.file_input, syms.funcdef, syms.classdef, syms.lambdef}
_TARGET_CONTAINERS = {
    syms.atom, syms.testlist_gexp, syms.exprlist, syms.testlist,
    syms.testlist_star_expr, syms.star_expr, syms.listmaker,
}
_PARAM_CONTAINERS = {
    syms.typedargslist, syms.varargslist, syms.tname, syms.tfpdef, syms.tfplist,
    syms.vname, syms.vfpdef, syms.vfplist, syms.parameters,
}


class ScopeIndex:
    """Bindings per scope node, and the module's import aliases."""

    def __init__(self, tree: Node) -> None:
        self.bound: Dict[int, Set[str]] = {}
        self.opaque: Set[int] = set()  # scopes with `from x import *`
        self.imports: Dict[str, str] = {}  # local name -> dotted target
        for node in tree.pre_order():
            self._visit(node)

    # -- queries --------------------------------------------------------------
    def is_builtin(self, leaf: Leaf) -> bool:
        """True if the NAME ``leaf`` is a reference no enclosing scope binds."""
        if leaf.type != token.NAME or not is_reference(leaf):
            return False
        name = leaf.value
        first = True
        for scope in enclosing_scopes(leaf):
            if scope.type == syms.classdef and not first:
                continue  # class bodies are not visible from nested functions
            first = False
            if id(scope) in self.opaque or name in self.bound.get(id(scope), ()):
                return False
        return True

    def resolve(self, dotted: str) -> str:
        """Rewrite the first part of ``dotted`` through the module's imports."""
        head, _, rest = dotted.partition(".")
        target = self.imports.get(head)
        if target is None:
            return dotted
        return f"{target}.{rest}" if rest else target

    # -- building -------------------------------------------------------------
    def _bind(self, leaf: Base, scope: Optional[Base] = None) -> None:
        if isinstance(leaf, Leaf) and leaf.type == token.NAME:
            scope = scope or nearest_scope(leaf)
            self.bound.setdefault(id(scope), set()).add(leaf.value)

    def _bind_target(self, node: Base) -> None:
        if isinstance(node, Leaf):
            self._bind(node)
        elif node.type in _TARGET_CONTAINERS:
            for child in node.children:
                self._bind_target(child)

    def _visit(self, node: Base) -> None:
        kind = node.type
        if kind in (syms.funcdef, syms.classdef):
            self._bind(node.children[1], nearest_scope(node))
        elif kind in _PARAM_CONTAINERS:
            for i, child in enumerate(node.children):
                previous = node.children[i - 1] if i else None
                if isinstance(child, Leaf) and child.type == token.NAME and not (
                    previous is not None and previous.type in (token.EQUAL, token.COLON)
                ):
                    self._bind(child)
        elif kind == syms.expr_stmt:
            children = node.children
            if len(children) > 1 and children[1].type == syms.augassign:
                self._bind_target(children[0])
            elif len(children) > 1 and children[1].type == syms.annassign:
                self._bind_target(children[0])
            else:
                for i in range(0, len(children) - 1, 2):
                    if children[i + 1].type == token.EQUAL:
                        self._bind_target(children[i])
        elif kind in (syms.for_stmt, syms.comp_for):
            self._bind_target(node.children[node.children.index(_in(node)) - 1])
        elif kind in (syms.with_stmt, syms.with_item) or kind == syms.except_clause:
            for i, child in enumerate(node.children[:-1]):
                if isinstance(child, Leaf) and child.value in ("as", ","):
                    if kind != syms.except_clause or i == 2:
                        self._bind_target(node.children[i + 1])
        elif kind == syms.global_stmt:
            for child in node.children[1::2]:
                self._bind(child)
        elif kind == syms.import_name:
            self._import_names(node.children[1])
        elif kind == syms.import_from:
            self._import_from(node)

    def _import_names(self, node: Base) -> None:
        if node.type == syms.dotted_as_names:
            for child in node.children[::2]:
                self._import_names(child)
        elif node.type == syms.dotted_as_name:
            module, alias = node.children[0], node.children[2]
            self._bind(alias)
            self.imports[alias.value] = dotted_text(module)
        else:  # a plain dotted_name or NAME binds its first part
            text = dotted_text(node)
            head = text.split(".")[0]
            first = node if isinstance(node, Leaf) else node.children[0]
            self._bind(first)
            self.imports.setdefault(head, head)

    def _import_from(self, node: Node) -> None:
        children = node.children
        index = 1
        module = ""
        while children[index].type != token.NAME or children[index].value != "import":
            module += dotted_text(children[index])
            index += 1
        names = [c for c in children[index + 1:] if c.type not in (token.LPAR, token.RPAR)]
        if names and names[0].type == token.STAR:
            self.opaque.add(id(nearest_scope(node)))
            return
        items = names[0].children[::2] if names and names[0].type == syms.import_as_names else names
        for item in items:
            if item.type == syms.import_as_name:
                original, alias = item.children[0].value, item.children[2]
            else:
                original, alias = item.value, item
            self._bind(alias)
            if not module.startswith("."):
                self.imports[alias.value] = f"{module}.{original}"


def _in(node: Node) -> Leaf:
    return next(c for c in node.children if isinstance(c, Leaf) and c.value == "in")


def dotted_text(node: Base) -> str:
    """The source text of a dotted name or NAME, without whitespace."""
    return "".join(leaf.value for leaf in node.leaves()) if isinstance(node, Node) else node.value


def nearest_scope(node: Base) -> Base:
    """The function, lambda, class or module whose namespace ``node`` is in."""
    current = node.parent
    while current is not None and current.type not in SCOPE_TYPES:
        current = current.parent
    return current if current is not None else node


def enclosing_scopes(node: Base) -> Iterator[Base]:
    """The scopes around ``node``, innermost first, ending with the module.

    A funcdef's or classdef's own name, and the defaults and decorators of a
    function, belong to the enclosing scope, not to the function itself.
    """
    current = node.parent
    while current is not None:
        if current.type in SCOPE_TYPES:
            if current.type in (syms.funcdef, syms.classdef) and _outside_body(node, current):
                pass
            else:
                yield current
        node, current = current, current.parent


def _outside_body(node: Base, scope: Node) -> bool:
    """True if ``node`` (a child of ``scope``) is not the def's body or params."""
    if scope.type == syms.funcdef:
        return node is scope.children[1]
    return node is not scope.children[-1]


def is_reference(leaf: Leaf) -> bool:
    """True if the NAME leaf reads a variable (not an attribute, keyword or def)."""
    parent = leaf.parent
    previous = leaf.prev_sibling
    if previous is not None and previous.type == token.DOT:
        return False  # obj.name
    if parent is None:
        return True
    if parent.type == syms.argument and leaf is parent.children[0] and len(
            parent.children) > 1 and parent.children[1].type == token.EQUAL:
        return False  # f(name=...)
    if parent.type in (syms.funcdef, syms.classdef) and leaf is parent.children[1]:
        return False
    if parent.type in (syms.import_as_name, syms.dotted_as_name, syms.dotted_name,
                       syms.import_from, syms.import_name, syms.import_as_names):
        return False
    return True


def index(ctx: FileContext, tree: Optional[Base] = None) -> ScopeIndex:
    """The ScopeIndex of the file being checked, built on first use."""
    cached = ctx.cache.get("scope")
    if cached is None:
        root = tree
        if root is None:
            raise ValueError("the first call for a file must pass its tree")
        while root.parent is not None:
            root = root.parent
        cached = ctx.cache["scope"] = ScopeIndex(root)
    return cached


def for_node(ctx: FileContext, node: Base) -> ScopeIndex:
    """The ScopeIndex of the file that ``node`` belongs to."""
    return index(ctx, node)


def dotted_name(node: Base) -> Optional[str]:
    """``a.b.c`` for a NAME or a ``power< NAME trailer<'.' NAME>* >``, else None."""
    if isinstance(node, Leaf):
        return node.value if node.type == token.NAME else None
    if node.type != syms.power:
        return None
    parts = []
    first = node.children[0]
    if not (isinstance(first, Leaf) and first.type == token.NAME):
        return None
    parts.append(first.value)
    for trailer in node.children[1:]:
        if trailer.type != syms.trailer or trailer.children[0].type != token.DOT:
            return None
        parts.append(trailer.children[1].value)
    return ".".join(parts)
