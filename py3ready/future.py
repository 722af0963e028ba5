"""What the ``__future__`` rules share: feature names, the project's required set,
and where in a module a ``__future__`` import belongs.

The required set comes from the scan options (``future_imports``: a list,
a tuple or a comma-separated string; ``--future-imports`` on the command
line); by default it is the four features the Flask foreword's porting
advice names. Rules that find a module *depending* on a missing feature
(PY502-PY504) mark it here, so the general advice (PY501) does not repeat it.
"""

from __future__ import annotations

from typing import Any, Dict, FrozenSet, Optional, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready.fixer_base import FileContext

syms = pygram.python_symbols

DEFAULT_REQUIRED = ("absolute_import", "division", "print_function", "unicode_literals")
# every feature Python 2.7 knows; the first four are always on in 2.7
PYTHON2_FEATURES = frozenset({"nested_scopes", "generators", "with_statement",
                              "division", "absolute_import", "print_function",
                              "unicode_literals"})
# features only Python 3 knows, with the release that added them
PYTHON3_FEATURES = {"barry_as_FLUFL": (3, 1), "generator_stop": (3, 5),
                    "annotations": (3, 7)}
_NEEDED = "future.needed"


def required(options: Dict[str, Any]) -> Tuple[str, ...]:
    """The project's required features, from ``options["future_imports"]``."""
    # fixtures spell option keys with dashes (`# py3ready: future-imports=...`)
    value = options.get("future_imports", options.get("future-imports"))
    if value is None:
        return DEFAULT_REQUIRED
    if isinstance(value, str):
        value = value.split(",")
    return tuple(name.strip() for name in value if name and name.strip())


def mark_needed(ctx: FileContext, feature: str) -> bool:
    """Record that the module depends on ``feature``; True the first time."""
    needed = ctx.cache.setdefault(_NEEDED, set())
    if feature in needed:
        return False
    needed.add(feature)
    return True


def needed(ctx: FileContext) -> FrozenSet[str]:
    return frozenset(ctx.cache.get(_NEEDED, ()))


def is_docstring(stmt: Base) -> bool:
    """True for a statement that is only a string (a docstring)."""
    if stmt.type != syms.simple_stmt:
        return False
    first = stmt.children[0]
    return first.type == token.STRING or (
        first.type == syms.atom and all(c.type == token.STRING for c in first.children))


def is_future_import(node: Base) -> bool:
    return node.type == syms.import_from and isinstance(node.children[1], Leaf) and (
        node.children[1].value == "__future__")


def statements(tree: Node):
    """The module's top-level statements (not blank lines or the end marker)."""
    return [c for c in tree.children if c.type not in (token.NEWLINE, token.ENDMARKER,
                                                       token.INDENT, token.DEDENT)]


def anchor(tree: Node) -> Optional[Base]:
    """The statement a new ``__future__`` import would go before: the first one
    after the docstring and the existing ``__future__`` imports. None for a
    module without code."""
    for index, stmt in enumerate(statements(tree)):
        if index == 0 and is_docstring(stmt):
            continue
        if stmt.type == syms.simple_stmt and all(
                is_future_import(c) for c in stmt.children
                if c.type not in (token.SEMI, token.NEWLINE)):
            continue
        return stmt
    return None


def root(node: Base) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def anchor_leaf(node: Base) -> Base:
    """The first token of the anchor of ``node``'s module (``node`` if none):
    where the module-level ``__future__`` findings are reported."""
    place = anchor(root(node))
    return next(place.leaves()) if place is not None else node
