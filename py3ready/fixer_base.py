"""The base class every py3ready rule extends, and the per-file context it sees.

A rule is a fissix fixer that never rewrites: ``transform()`` calls
``self.report(node)`` and returns None, so the tree stays as parsed and every
rule sees the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Dict, FrozenSet, List, Optional, Tuple

from fissix.fixer_base import BaseFix
from fissix.pytree import Base, Leaf

from py3ready.findings import Finding
from py3ready.rules import Confidence, Rule


@dataclass
class FileContext:
    """What the rules of one file share: its text, its findings, lazy analyses.

    ``cache`` holds analyses that several rules need (bindings, imports, the
    type model). Each is computed on first use by the module that owns it and
    then shared, so no rule walks the tree again for it.
    """

    path: str
    source: str
    future_features: FrozenSet[str] = frozenset()
    grammar: str = ""
    siblings: FrozenSet[str] = frozenset()
    options: Dict[str, Any] = field(default_factory=dict)
    findings: List[Finding] = field(default_factory=list)
    cache: Dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = self.source.split("\n")

    def line_text(self, lineno: int) -> str:
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1].rstrip("\r")
        return ""


def node_start(node: Base) -> Tuple[int, int]:
    """1-based (line, column) of the first token of ``node``."""
    leaf = node if isinstance(node, Leaf) else _first_leaf(node)
    if leaf is None:
        return node.get_lineno() or 1, 1
    return leaf.lineno, leaf.column + 1


def node_end(node: Base) -> Tuple[int, int]:
    """1-based (line, exclusive column) just past the last token of ``node``."""
    leaf = node if isinstance(node, Leaf) else _last_leaf(node)
    if leaf is None:
        return node_start(node)
    value = leaf.value
    if "\n" in value:
        return leaf.lineno + value.count("\n"), len(value.rsplit("\n", 1)[1]) + 1
    return leaf.lineno, leaf.column + len(value) + 1


def _first_leaf(node: Base) -> Optional[Leaf]:
    while not isinstance(node, Leaf):
        if not node.children:
            return None
        node = node.children[0]
    return node


def _last_leaf(node: Base) -> Optional[Leaf]:
    # Walk down the rightmost children, skipping empty DEDENT/ENDMARKER leaves.
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Leaf):
            if current.value:
                return current
            continue
        stack.extend(current.children)
    return None


class Py3Fix(BaseFix):
    """A detection-only fissix fixer carrying its rule's metadata.

    Subclasses set ``RULE`` and ``PATTERN``; the default ``transform`` reports
    the whole match. ``ENGINE_ONLY`` rules (the PY0xx tool findings) are
    documented and selectable like any rule, but raised by the engine itself.
    """

    RULE: ClassVar[Rule]
    ENGINE_ONLY: ClassVar[bool] = False
    BM_compatible = True
    ctx: FileContext

    def __init__(self, options: Optional[dict] = None, log: Optional[list] = None):
        super().__init__(options or {}, log if log is not None else [])

    def transform(self, node: Base, results: Dict[str, Any]) -> None:
        self.report(node)

    def applies(self, tree: Base) -> bool:
        """False if this rule has nothing to find in the file (checked once per
        file, after ``start_tree``): the engine then skips its candidates."""
        return True

    def report(
        self,
        node: Base,
        *,
        end: Optional[Base] = None,
        confidence: Optional[Confidence] = None,
        removed_in: Optional[str] = None,
        fix: Optional[str] = None,
        **message_args: Any,
    ) -> None:
        """Record a finding for ``node`` (through ``end``, if given)."""
        rule = self.RULE
        line, column = node_start(node)
        end_line, end_column = node_end(end if end is not None else node)
        message = rule.message.format(**message_args) if message_args else rule.message
        self.ctx.findings.append(
            Finding(
                path=self.ctx.path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                rule=rule.id,
                symbol=rule.symbol,
                category=rule.category.value,
                severity=rule.severity.value,
                confidence=(confidence or rule.confidence).value,
                message=message,
                fix_hint=rule.fix_hint,
                source=self.ctx.line_text(line),
                removed_in=removed_in,
                fix=fix,
            )
        )
