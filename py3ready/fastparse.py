"""A faster driver for fissix's pgen2 parser: the same algorithm, the same trees.

fissix's ``Parser.addtoken`` decides what to do with each token by scanning
the arcs of the current DFA state and testing the first set of every
nonterminal it could enter, again for every token. Here each decision
(state, token label) -> shift, push or pop is computed once, the first time
it is needed, exactly as fissix computes it, and then looked up. The driver
loop (the whitespace and comment prefixes of each token) and the tree
building (``pytree.convert``) are fissix's, inlined. The result is the same
``pytree`` tree, with the same ``ParseError`` at the same token for bad
input; ``tests/test_fastparse.py`` checks both against fissix's own driver.
"""

from __future__ import annotations

import io
from typing import Dict, List

from fissix.pgen2 import grammar as pgen_grammar
from fissix.pgen2 import token, tokenize
from fissix.pgen2.parse import ParseError
from fissix.pytree import Leaf, Node

_SHIFT, _PUSH, _POP, _ERROR = 0, 1, 2, 3
_COMMENT_OR_NL = (tokenize.COMMENT, tokenize.NL)


def _node(type_: int, children: list) -> Node:
    """What ``Node(type_, children)`` builds, without re-copying and re-checking."""
    node = object.__new__(Node)
    node.type = type_
    node.children = children
    for child in children:
        child.parent = node
    node.fixers_applied = None
    return node


class Driver:
    """``parse_string(text)`` as fissix's ``Driver(grammar, convert=convert)``."""

    def __init__(self, grammar: pgen_grammar.Grammar):
        self.grammar = grammar
        # nonterminal -> per state: {label: action}, filled in lazily
        self._tables: Dict[int, List[Dict[int, tuple]]] = {}
        # nonterminal -> per state: True when its only arc accepts (pop at once)
        self._accept_only: Dict[int, List[bool]] = {}
        for nonterminal, (states, _first) in grammar.dfas.items():
            self._tables[nonterminal] = [{} for _ in states]
            self._accept_only[nonterminal] = [
                arcs == [(0, i)] for i, arcs in enumerate(states)
            ]

    def _step(self, nonterminal: int, state: int, label: int) -> tuple:
        """What fissix's addtoken does with ``label`` in this state (one step)."""
        grammar = self.grammar
        arcs = grammar.dfas[nonterminal][0][state]
        for i, newstate in arcs:
            kind = grammar.labels[i][0]
            if label == i:
                return (_SHIFT, newstate)
            if kind >= 256 and label in grammar.dfas[kind][1]:
                return (_PUSH, kind, newstate)
        return (_POP,) if (0, state) in arcs else (_ERROR,)

    def _decide(self, nonterminal: int, state: int, label: int) -> tuple:
        """The action for ``label``: a pop, an error, or the pushes then the shift.

        The chain of pushes that leads to a shift depends only on the state and
        the label, so it is computed once: (_SHIFT, ((pushed, parent state),
        ...), state after the shift).
        """
        pushes = []
        step = self._step(nonterminal, state, label)
        while step[0] == _PUSH:
            pushes.append((step[1], step[2]))
            step = self._step(step[1], 0, label)
        if step[0] == _SHIFT:
            return (_SHIFT, tuple(pushes), step[1])
        if pushes:  # not seen with fissix's grammars; go one step at a time
            return (_PUSH, pushes[0][0], pushes[0][1])
        return step

    def parse_string(self, text: str):
        """Parse ``text``; return the root Node (raises ParseError, TokenError, ...)."""
        return self.parse_tokens(tokenize.generate_tokens(io.StringIO(text).readline))

    def parse_tokens(self, tokens):  # noqa: C901 - one loop, kept flat for speed
        grammar = self.grammar
        keywords = grammar.keywords
        token_labels = grammar.tokens
        opmap = pgen_grammar.opmap
        tables = self._tables
        accept_only = self._accept_only
        decide = self._decide
        new_leaf = object.__new__
        make_node = _node
        NAME, OP = token.NAME, token.OP

        used_names = set()
        stack = [[grammar.start, 0, []]]
        root = None
        done = False
        lineno, column = 1, 0
        type_ = value = start = end = line_text = None
        prefix = ""
        for type_, value, start, end, line_text in tokens:
            if start != (lineno, column):
                assert (lineno, column) <= start, ((lineno, column), start)
                s_lineno, s_column = start
                if lineno < s_lineno:
                    prefix += "\n" * (s_lineno - lineno)
                    lineno = s_lineno
                    column = 0
                if column < s_column:
                    prefix += line_text[column:s_column]
                    column = s_column
            if type_ in _COMMENT_OR_NL:
                prefix += value
                lineno, column = end
                if value.endswith("\n"):
                    lineno += 1
                    column = 0
                continue
            if type_ == OP:
                type_ = opmap[value]
            context = (prefix, start)
            # classify
            label = None
            if type_ == NAME:
                used_names.add(value)
                label = keywords.get(value)
            if label is None:
                label = token_labels.get(type_)
                if label is None:
                    raise ParseError("bad token", type_, value, context)
            # addtoken
            while True:
                top = stack[-1]
                table = tables[top[0]][top[1]]
                action = table.get(label)
                if action is None:
                    action = table[label] = decide(top[0], top[1], label)
                kind = action[0]
                if kind == _SHIFT:
                    for pushed, parent_state in action[1]:
                        top[1] = parent_state
                        top = [pushed, 0, []]
                        stack.append(top)
                    leaf = new_leaf(Leaf)  # what Leaf(type_, value, context) sets:
                    leaf._prefix = prefix
                    leaf.lineno, leaf.column = start
                    leaf.type = type_
                    leaf.value = value
                    leaf.fixers_applied = []
                    top[2].append(leaf)
                    top[1] = action[2]
                    while accept_only[top[0]][top[1]]:
                        popped = stack.pop()
                        children = popped[2]
                        node = (
                            children[0]
                            if len(children) == 1
                            else make_node(popped[0], children)
                        )
                        if not stack:
                            root = node
                            root.used_names = used_names
                            done = True
                            break
                        top = stack[-1]
                        top[2].append(node)
                    break
                if kind == _POP:
                    popped = stack.pop()
                    children = popped[2]
                    node = (
                        children[0]
                        if len(children) == 1
                        else make_node(popped[0], children)
                    )
                    if not stack:
                        root = node
                        root.used_names = used_names
                        raise ParseError("too much input", type_, value, context)
                    stack[-1][2].append(node)
                    continue
                if kind == _PUSH:
                    top[1] = action[2]
                    stack.append([action[1], 0, []])
                    continue
                raise ParseError("bad input", type_, value, context)
            if done:
                break
            prefix = ""
            lineno, column = end
            if value.endswith("\n"):
                lineno += 1
                column = 0
        else:
            raise ParseError("incomplete input", type_, value, (prefix, start))
        return root
