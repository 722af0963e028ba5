"""fissix's bottom matcher, made to report every rule whose pattern matches.

fissix's ``BottomMatcher`` walks up from each leaf through one automaton
state at a time. When one rule's linear pattern is a suffix of another's
(``print_stmt`` and ``'print' print_stmt``), the walk follows the longer one
and the shorter one is never reported: harmless for 2to3's fixed fixer set,
wrong for a checker whose rules must not hide each other. This matcher keeps
the set of all live states instead (a restart from the root at every node),
which finds every match in the same single bottom-up pass.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Dict, Iterable, List

from fissix.btm_matcher import BottomMatcher
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf


class Matcher(BottomMatcher):
    """A BottomMatcher whose ``run`` misses no overlapping pattern."""

    def run(self, leaves: Iterable[Leaf]) -> Dict[object, List[Base]]:
        root = self.root
        results: Dict[object, List[Base]] = defaultdict(list)
        for leaf in leaves:
            states: list = []
            node = leaf
            while node is not None:
                key = node.value if node.type == token.NAME else node.type
                advanced = [s.transition_table[key] for s in states
                            if key in s.transition_table]
                if not advanced and getattr(node, "was_checked", False):
                    # Restarts from here up were recorded by an earlier leaf.
                    break
                node.was_checked = True
                fresh = root.transition_table.get(key)
                if fresh is not None:
                    advanced.append(fresh)
                for state in advanced:
                    for fixer in state.fixers:
                        results[fixer].append(node)
                states = advanced
                node = node.parent
        return results

    def match_tree(self, tree: Base) -> Dict[object, List[Base]]:
        """Every (rule, node) match in ``tree``: the same matches as ``run``, faster.

        Each node starts one walk up from itself (the restart ``run`` makes
        there) and follows the automaton's transitions while they exist; a
        state shared by walks that started lower is simply taken again by
        each of them, instead of carrying a list of live states from every
        leaf. Iterative: no recursion limit on deep trees.
        """
        root_table = self.root.transition_table
        name = token.NAME
        results: Dict[object, List[Base]] = defaultdict(list)
        stack = [tree]
        while stack:
            start = stack.pop()
            children = start.children
            if children:
                stack.extend(reversed(children))
            state = root_table.get(start.value if start.type == name else start.type)
            node = start
            while state is not None:
                for fixer in state.fixers:
                    results[fixer].append(node)
                node = node.parent
                if node is None:
                    break
                state = state.transition_table.get(node.type)
        return results
