"""Which names a module binds, and what its imports make of dotted names.

Several rules need to know whether ``reduce`` is the builtin or a name the
module defined, and that ``u.urlopen`` means ``urllib2.urlopen`` after
``import urllib2 as u``. This module computes that once per file, on first
use, and caches it on the FileContext so every rule shares one walk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection, Dict, Iterator, List, Optional, Set, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready.fixer_base import FileContext

syms = pygram.python_symbols
LAMBDAS = {syms.lambdef, syms.old_lambdef}
SCOPE_TYPES = {syms.file_input, syms.funcdef, syms.classdef} | LAMBDAS
_TARGET_CONTAINERS = {
    syms.atom, syms.testlist_gexp, syms.exprlist, syms.testlist,
    syms.testlist_star_expr, syms.star_expr, syms.listmaker,
}
# Handlers that make `try: unicode except NameError: ...` a compatibility shim.
NAME_ERROR_HANDLERS = frozenset({"NameError", "Exception", "BaseException"})
_PARAM_CONTAINERS = {
    syms.typedargslist, syms.varargslist, syms.tname, syms.tfpdef, syms.tfplist,
    syms.vname, syms.vfpdef, syms.vfplist, syms.parameters,
}


@dataclass(frozen=True)
class ImportedName:
    """One module or name brought in by an import statement.

    ``import a.b as c`` gives module "a.b", alias node ``c``; ``from ..m
    import x`` gives module "m", level 2, name "x". ``module_node`` is the
    module's NAME or dotted_name (None in ``from . import x``), ``name_node``
    the imported NAME of a from-import, ``alias`` the NAME leaf that is bound
    (None for ``*``).
    """

    module: str
    module_node: Optional[Base]
    level: int = 0
    name: Optional[str] = None
    name_node: Optional[Leaf] = None
    alias: Optional[Leaf] = None


def imported_names(node: Base) -> List[ImportedName]:
    """What an ``import_name`` or ``import_from`` node imports, in order."""
    if node.type == syms.import_name:
        items = _items(node.children[1], syms.dotted_as_names)
        return [_dotted_import(item) for item in items]
    if node.type != syms.import_from:
        return []
    children = node.children
    index, level, module_node = 1, 0, None
    while getattr(children[index], "value", None) != "import":
        if children[index].type == token.DOT:
            level += 1
        else:
            module_node = children[index]
        index += 1
    module = dotted_text(module_node) if module_node is not None else ""
    names = [c for c in children[index + 1:] if c.type not in (token.LPAR, token.RPAR)]
    out = []
    for item in _items(names[0], syms.import_as_names) if names else ():
        if item.type == token.STAR:
            out.append(ImportedName(module, module_node, level, "*", item))
        elif item.type == syms.import_as_name:
            name, alias = item.children[0], item.children[2]
            out.append(ImportedName(module, module_node, level, name.value, name,
                                    alias))
        else:
            out.append(ImportedName(module, module_node, level, item.value, item,
                                    item))
    return out


def find_module(item: ImportedName,
                modules: Collection[str]) -> Optional[Tuple[str, Base]]:
    """The entry of ``modules`` that ``item`` imports, and the node naming it.

    ``import a.b.c`` reaches ``a``, ``a.b`` and ``a.b.c`` (the shortest
    listed one wins); ``from a import b`` also reaches the submodule
    ``a.b``. Relative imports reach nothing.
    """
    if item.level or item.module_node is None:
        return None
    parts = item.module.split(".")
    for end in range(1, len(parts) + 1):
        if ".".join(parts[:end]) in modules:
            node = item.module_node
            if end == 1 and isinstance(node, Node):
                node = node.children[0]  # `import distutils.core`: at `distutils`
            return ".".join(parts[:end]), node
    if item.name and f"{item.module}.{item.name}" in modules:
        return f"{item.module}.{item.name}", item.name_node
    return None


def _items(node: Base, list_type: int) -> List[Base]:
    return node.children[::2] if node.type == list_type else [node]


def _dotted_import(item: Base) -> ImportedName:
    if item.type == syms.dotted_as_name:
        module = item.children[0]
        return ImportedName(dotted_text(module), module, alias=item.children[2])
    first = item if isinstance(item, Leaf) else item.children[0]
    return ImportedName(dotted_text(item), item, alias=first)


class ScopeIndex:
    """Bindings per scope node, and the module's import aliases."""

    def __init__(self, tree: Node,
                 python2_only: Optional[Callable[[Base], bool]] = None) -> None:
        # Imports for which this is true bind their name, but do not say what
        # it refers to: the Python 2 side of a shim.
        self.python2_only = python2_only
        self.bound: Dict[int, Set[str]] = {}
        self.opaque: Set[int] = set()  # scopes with `from x import *`
        self.imports: Dict[str, str] = {}  # local name -> dotted target
        self.scope_imports: Dict[int, Dict[str, str]] = {}  # the same, per scope
        self.class_scopes: Set[int] = set()
        self.assigned_attributes: Set[str] = set()  # `x` of every `obj.x = ...`
        for node in tree.pre_order():
            self._visit(node)

    # -- queries --------------------------------------------------------------
    def is_builtin(self, leaf: Leaf) -> bool:
        """True if the NAME ``leaf`` is a reference no enclosing scope binds."""
        if leaf.type != token.NAME or not is_reference(leaf):
            return False
        for scope in self._visible_scopes(leaf):
            if id(scope) in self.opaque or leaf.value in self.bound.get(id(scope), ()):
                return False
        return True

    def resolve(self, dotted: str) -> str:
        """Rewrite the first part of ``dotted`` through the module's imports."""
        head, _, rest = dotted.partition(".")
        target = self.imports.get(head)
        if target is None:
            return dotted
        return f"{target}.{rest}" if rest else target

    def qualify(self, head: Leaf, dotted: Optional[str] = None) -> Optional[str]:
        """Resolve ``dotted`` (default: the NAME ``head``) through ``head``'s binding.

        Unlike ``resolve``, this looks at the scope that really binds the
        first name: after ``import string``, ``string.lower`` in a function
        whose parameter is ``string`` gives None (a local object, not the
        module). A name no scope binds is returned unchanged.
        """
        dotted = dotted or head.value
        kind, target = self._binding(head)
        if kind == "local":
            return None
        _, dot, rest = dotted.partition(".")
        return f"{target}{dot}{rest}" if kind == "import" else dotted

    def imported_as(self, leaf: Leaf) -> Optional[str]:
        """The dotted target if the NAME ``leaf`` refers to an import, else None."""
        kind, target = self._binding(leaf)
        return target if kind == "import" else None

    def _binding(self, leaf: Leaf):
        """("import", target), ("local", None) or ("free", None) for a NAME."""
        for scope in self._visible_scopes(leaf):
            imported = self.scope_imports.get(id(scope), {})
            if leaf.value in imported:
                return "import", imported[leaf.value]
            if leaf.value in self.bound.get(id(scope), ()):
                return "local", None
        return "free", None

    def binding_scope_is_module(self, leaf: Leaf) -> bool:
        """True if the scope that binds the NAME ``leaf`` is the module."""
        for scope in self._visible_scopes(leaf):
            if leaf.value in self.scope_imports.get(id(scope), {}) or (
                    leaf.value in self.bound.get(id(scope), ())):
                return scope.type == syms.file_input
        return False

    @property
    def class_members(self) -> Set[str]:
        """Every name bound in some class body of the file (methods, attributes)."""
        return set().union(*(self.bound.get(key, set()) for key in self.class_scopes))

    def _visible_scopes(self, leaf: Leaf) -> Iterator[Base]:
        first = True
        for scope in enclosing_scopes(leaf):
            if scope.type == syms.classdef and not first:
                continue  # class bodies are not visible from nested functions
            first = False
            yield scope

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
        elif node.type == syms.power and node.children[-1].type == syms.trailer:
            last = node.children[-1].children
            if last[0].type == token.DOT:
                self.assigned_attributes.add(last[1].value)

    def _visit(self, node: Base) -> None:
        kind = node.type
        if kind in (syms.funcdef, syms.classdef):
            self._bind(node.children[1], nearest_scope(node))
            if kind == syms.classdef:
                self.class_scopes.add(id(node))
        elif kind in LAMBDAS:
            self._bind(node.children[1], node)  # `lambda x: ...` has no param list
        elif kind in _PARAM_CONTAINERS:
            for i, child in enumerate(node.children):
                previous = node.children[i - 1] if i else None
                if isinstance(child, Leaf) and child.type == token.NAME and not (
                    previous is not None and previous.type in (token.EQUAL, token.COLON)
                ):
                    self._bind(child)
        elif kind == syms.expr_stmt:
            children = node.children
            if len(children) > 1 and children[1].type in (syms.augassign,
                                                           syms.annassign):
                self._bind_target(children[0])
            else:
                for i in range(0, len(children) - 1, 2):
                    if children[i + 1].type == token.EQUAL:
                        self._bind_target(children[i])
        elif kind in (syms.for_stmt, syms.comp_for):
            self._bind_target(node.children[node.children.index(_in(node)) - 1])
        elif kind == syms.with_item:
            self._bind_target(node.children[2])
        elif kind == syms.except_clause:
            if len(node.children) == 4:  # except E, e / except E as e
                self._bind_target(node.children[3])
        elif kind == syms.global_stmt:
            for child in node.children[1::2]:
                self._bind(child)
        elif kind in (syms.import_name, syms.import_from):
            self._import(node)

    def _import(self, node: Base) -> None:
        scope = nearest_scope(node)
        local = self.scope_imports.setdefault(id(scope), {})
        for item in imported_names(node):
            if item.name == "*":
                self.opaque.add(id(scope))
                continue
            self._bind(item.alias, scope)
            if self.python2_only is not None and self.python2_only(node):
                continue
            if item.name is not None:  # from m import name [as alias]
                if not item.level:
                    self.imports[item.alias.value] = local[item.alias.value] = (
                        f"{item.module}.{item.name}")
            elif _renames(item.alias):  # import a.b as c
                self.imports[item.alias.value] = local[item.alias.value] = item.module
            else:  # import a.b binds a
                self.imports.setdefault(item.alias.value, item.alias.value)
                local.setdefault(item.alias.value, item.alias.value)


def _renames(alias: Leaf) -> bool:
    previous = alias.prev_sibling
    return previous is not None and previous.value == "as"


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

    A funcdef's or classdef's own name, its bases, and the defaults and
    annotations of a function or lambda belong to the enclosing scope.
    """
    start = node
    current = node.parent
    while current is not None:
        if current.type in SCOPE_TYPES and not _outside_body(start, node, current):
            yield current
        node, current = current, current.parent


def _outside_body(start: Base, child: Base, scope: Node) -> bool:
    """True if ``child`` of ``scope`` (on the way up from ``start``) runs outside it."""
    if scope.type == syms.file_input:
        return False
    if scope.type == syms.classdef:
        return child is not scope.children[-1]
    if child is scope.children[-1]:
        return False  # the body
    if scope.type == syms.funcdef and child is not scope.children[2]:
        return True  # name, return annotation
    return not declares_parameter(start)


def declares_parameter(leaf: Base) -> bool:
    """True if ``leaf`` is the name of a function or lambda parameter."""
    parent = leaf.parent
    if not isinstance(leaf, Leaf) or leaf.type != token.NAME or parent is None:
        return False
    if parent.type in LAMBDAS:
        return leaf is parent.children[1]
    previous = leaf.prev_sibling
    return parent.type in _PARAM_CONTAINERS and not (
        previous is not None and previous.type in (token.EQUAL, token.COLON))


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


def guarded_by(node: Base, exceptions: Collection[str]) -> bool:
    """True if ``node`` runs in a ``try`` body with a handler for one of ``exceptions``.

    A bare ``except:`` counts as handling everything. The search stops at
    the enclosing function: a ``try`` around a ``def`` does not guard its body.
    """
    child, current = node, node.parent
    while current is not None and current.type not in (syms.funcdef, *LAMBDAS):
        if current.type == syms.try_stmt and child is current.children[2]:
            for clause in current.children:
                if isinstance(clause, Leaf) and clause.value == "except":
                    return True
                if clause.type == syms.except_clause and any(
                        leaf.value in exceptions
                        for leaf in clause.children[1].leaves()):
                    return True
        child, current = current, current.parent
    return False


def index(ctx: FileContext, tree: Optional[Base] = None) -> ScopeIndex:
    """The ScopeIndex of the file being checked, built on first use."""
    cached = ctx.cache.get("scope")
    if cached is None:
        root = tree
        if root is None:
            raise ValueError("the first call for a file must pass its tree")
        while root.parent is not None:
            root = root.parent
        from py3ready.reachability import python2_only  # it uses this module

        cached = ctx.cache["scope"] = ScopeIndex(root, lambda node: python2_only(ctx, node))
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


def module_import_pattern(modules) -> str:
    """A fissix PATTERN matching any import of one of ``modules`` (dotted names)."""
    heads = "(%s)" % "|".join(sorted({repr(m.split(".")[0]) for m in modules}))
    module = f"({heads} | dotted_name< {heads} any* >)"
    alias = f"({module} | dotted_as_name< {module} 'as' any >)"
    return f"""
        import_name< 'import' ({alias} | dotted_as_names< any* {alias} any* >) >
        | import_from< 'from' {module} 'import' any* >
    """


def reaches_sibling(siblings: Collection[str], module: str) -> bool:
    """True if an implicit relative import of ``module`` finds a sibling.

    ``siblings`` holds the module and package names of the directory, and
    ``name.py`` for each plain module: ``import http.server`` next to a
    module ``http.py`` cannot mean it (a module has no submodules).
    """
    head, dot, _ = module.partition(".")
    return head in siblings and not (dot and f"{head}.py" in siblings)


def imports_of(ctx: FileContext, node: Base, table) -> Iterator:
    """(module, node to report) for each import in ``node`` of a module in
    ``table``, once per module node, leaving out names that a sibling module
    shadows while the file lacks ``absolute_import`` (PY213 reports those)."""
    siblings = set()
    if "absolute_import" not in ctx.future_features:
        siblings = ctx.siblings
    seen = set()
    for item in imported_names(node):
        found = find_module(item, table)
        if found is None or reaches_sibling(siblings, item.module):
            continue
        module, where = found
        if id(where) not in seen:
            seen.add(id(where))
            yield module, where


def missing_builtin(ctx: FileContext, leaf: Leaf) -> bool:
    """True if ``leaf`` names a builtin that nothing in the module binds and no
    ``except NameError`` shim around it expects to be missing, outside the
    special methods that only Python 2 calls."""
    return for_node(ctx, leaf).is_builtin(leaf) and not guarded_by(
        leaf, NAME_ERROR_HANDLERS) and not in_python2_only_method(leaf)


# Special methods that Python 3 never calls: `unicode(self.x)` in `__unicode__`
# or `cmp(a, b)` in `__cmp__` cannot fail there (PY304 reports the methods).
PYTHON2_ONLY_METHODS = frozenset({
    "__unicode__", "__nonzero__", "__cmp__", "__rcmp__", "__long__", "__div__",
    "__rdiv__", "__idiv__", "__coerce__", "__oct__", "__hex__", "__getslice__",
    "__setslice__", "__delslice__",
})


def in_python2_only_method(node: Base) -> bool:
    """True if ``node`` is inside a class's ``def __unicode__`` (or
    ``__cmp__ = lambda ...``, or another of PYTHON2_ONLY_METHODS) that the
    class body does not also bind to another name (``__bool__ = __nonzero__``)."""
    current = node.parent
    while current is not None:
        name = None
        if current.type == syms.funcdef:
            name = current.children[1].value
        elif current.type in LAMBDAS and current.parent is not None and (
                current.parent.type == syms.expr_stmt
                and current.parent.children[-1] is current):
            target = current.parent.children[0]
            name = target.value if isinstance(target, Leaf) else None
        if name in PYTHON2_ONLY_METHODS:
            suite = current.parent if current.type == syms.funcdef else current.parent.parent
            while suite is not None and suite.type in (syms.suite, syms.simple_stmt,
                                                       syms.decorated):
                suite = suite.parent
            if suite is not None and suite.type == syms.classdef:
                return not _aliased(suite, name)
        current = current.parent
    return False


def _aliased(classdef: Node, name: str) -> bool:
    """True if the class body assigns ``name`` to something (``__bool__ = __nonzero__``)."""
    for stmt in classdef.children[-1].pre_order():
        if stmt.type == syms.expr_stmt and isinstance(stmt.children[-1], Leaf) and (
                stmt.children[-1].value == name):
            return True
    return False
