"""Where two strings meet: concatenation, formatting, joins, comparisons.

The PY4xx rules about bytes and text mixed all look at the same places; this
module lists them for a matched node, with the type model's value of each
side, so each rule only decides which combinations it reports.
"""

from __future__ import annotations

from functools import cached_property
from typing import Callable, Iterator, List

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import typemodel as tm
from py3ready.fixer_base import FileContext

syms = pygram.python_symbols

# str methods whose string arguments must have the receiver's type on Python 3
ARGUMENT_METHODS = frozenset(
    "startswith endswith split rsplit replace find rfind index rindex count strip "
    "lstrip rstrip partition rpartition".split())
METHOD_ALTERNATIVES = "|".join(f"'{m}'" for m in sorted(ARGUMENT_METHODS))

# ops: "+", "+=", "%", ".join()", ".format()", ".<method>()" (ARGUMENT_METHODS),
# "==" / "!=" (equality), "in" (substring test), "in-container" (membership)
CONCATENATING = frozenset({"+", "+=", "%", ".join()", ".format()"})
# node types whose PATTERN alternatives end at an operator leaf (see the rules' match)
OPERATOR_NODES = frozenset({syms.arith_expr, syms.term, syms.expr_stmt,
                            syms.comparison})


class Meeting:
    """Two values that meet at ``anchor`` through ``op``.

    The values are computed on first access, so a rule that finds one side
    unknown never pays for the other.
    """

    def __init__(self, op: str, anchor: Base, left: Callable[[], tm.Value],
                 right: Callable[[], tm.Value], left_nodes: List[Base],
                 right_node: Base) -> None:
        self.op, self.anchor = op, anchor
        self._left, self._right = left, right
        self.left_nodes, self.right_node = left_nodes, right_node

    @cached_property
    def left_text(self) -> str:
        return tm.snippet(self.left_nodes)

    @cached_property
    def right_text(self) -> str:
        return tm.snippet(self.right_node)

    @cached_property
    def left(self) -> tm.Value:
        return self._left()

    @cached_property
    def right(self) -> tm.Value:
        return self._right()

    def kinds(self) -> frozenset:
        return frozenset({self.left.kind, self.right.kind})

    @property
    def indirect(self) -> bool:
        return self.left.indirect or self.right.indirect


def _value(ctx: FileContext, node: Base) -> Callable[[], tm.Value]:
    return lambda: tm.value_of(ctx, node)


def _known(value: tm.Value) -> Callable[[], tm.Value]:
    return lambda: value


def meetings(ctx: FileContext, node: Base) -> Iterator[Meeting]:
    """Every place under the matched ``node`` (not its descendants) where two
    string values meet."""
    kind = node.type
    if kind == syms.arith_expr:
        yield from _concatenation(ctx, node)
    elif kind == syms.term:
        yield from _formatting(ctx, node)
    elif kind == syms.expr_stmt:
        yield from _augmented(ctx, node)
    elif kind == syms.comparison:
        yield from _comparison(ctx, node)
    elif kind == syms.power:
        yield from _methods(ctx, node)


def _concatenation(ctx: FileContext, node: Node) -> Iterator[Meeting]:
    kids = node.children
    for i in range(1, len(kids), 2):
        if kids[i].value != "+":
            return
        left = (_value(ctx, kids[0]) if i == 1 else
                (lambda end=i: tm.concat([tm.value_of(ctx, k) for k in kids[:end:2]])))
        yield Meeting("+", kids[i], left, _value(ctx, kids[i + 1]),
                      kids[:i], kids[i + 1])


def _formatting(ctx: FileContext, node: Node) -> Iterator[Meeting]:
    kids = node.children
    if len(kids) < 3 or kids[1].value != "%":
        return
    left = tm.value_of(ctx, kids[0])
    if not left.known:
        return
    for arg in tm.format_arguments(kids[2]):
        yield Meeting("%", kids[1], _known(left), _value(ctx, arg), [kids[0]], arg)


def _augmented(ctx: FileContext, node: Node) -> Iterator[Meeting]:
    kids = node.children
    if len(kids) != 3 or not isinstance(kids[1], Leaf) or kids[1].value != "+=":
        return
    target = kids[0]
    left = ((lambda: tm.assigned_value(ctx, target)) if target.type == token.NAME
            else _value(ctx, target))
    yield Meeting("+=", kids[1], left, _value(ctx, kids[2]), [target], kids[2])


def _comparison(ctx: FileContext, node: Node) -> Iterator[Meeting]:
    kids = node.children
    for i in range(1, len(kids), 2):
        op = kids[i]
        text = " ".join(leaf.value for leaf in op.leaves()) if isinstance(op, Node) \
            else op.value
        left_node, right_node = kids[i - 1], kids[i + 1]
        if text in ("==", "!=", "<>"):
            yield Meeting(text, op, _value(ctx, left_node), _value(ctx, right_node),
                          [left_node], right_node)
        elif text in ("in", "not in"):
            left = tm.value_of(ctx, left_node)
            if not left.known and left.obj != tm.BYTE_INT:
                continue
            right = tm.value_of(ctx, right_node)
            if right.known:
                yield Meeting("in", op, _known(left), _known(right), [left_node],
                              right_node)
                continue
            for element in _container_elements(ctx, right_node, right):
                yield Meeting("in-container", op, _known(left), _known(element),
                              [left_node], right_node)


def _container_elements(ctx: FileContext, node: Base,
                        value: tm.Value) -> List[tm.Value]:
    node = tm.unparen(node)
    if node.type == syms.atom and node.children[0].value in "([{":
        return [tm.value_of(ctx, e) for e in tm.string_elements(node)
                if e.type != token.STAR]
    if value.obj == tm.LIST and value.item is not None:
        return [value.item]
    return []


def _methods(ctx: FileContext, node: Node) -> Iterator[Meeting]:
    kids = node.children
    for i in range(2, len(kids)):
        call, attr = kids[i], kids[i - 1]
        if not (call.type == syms.trailer and call.children[0].value == "("
                and attr.type == syms.trailer and attr.children[0].value == "."):
            continue
        method = attr.children[1].value
        if method not in ARGUMENT_METHODS | {"join", "format"}:
            continue
        receiver = tm.prefix_value(ctx, node, i - 1)
        if not receiver.known:
            continue
        positional, keywords = tm.args_of(call)
        op = f".{method}()"
        if method == "join":
            if len(positional) == 1:
                yield Meeting(op, attr.children[1], _known(receiver),
                              (lambda arg=positional[0]: tm.element_value(ctx, arg)),
                              kids[:i - 1], positional[0])
            continue
        args = positional + ([v for k, v in keywords.items() if k != "*"]
                             if method == "format" else [])
        if method in ("startswith", "endswith") and positional:
            args = list(tm.string_elements(positional[0])) + positional[1:2]
        for arg in args[:2] if method == "replace" else args[:1] if method != "format" \
                else args:
            yield Meeting(op, attr.children[1], _known(receiver), _value(ctx, arg),
                          kids[:i - 1], arg)
