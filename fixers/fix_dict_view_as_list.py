"""Flags `d.keys()`, `d.values()` and `d.items()` results used as lists.

## What it does
Finds a `.keys()`, `.values()` or `.items()` call whose result is used in a
way only a list supports: indexed or sliced (`d.keys()[0]`), given a list
method (`.sort()`, `.append()`, `.pop()`, ...), joined with `+` or `*`,
compared with `==` to a list, passed to `json.dumps()`, `pickle.dumps()` or
`random.choice()`/`shuffle()`/`sample()`. It also follows a name assigned the
result in the same function (`keys = d.keys(); keys.sort()`), and flags a
`for` loop over a view whose body deletes from that same dict.

## Why is this bad?
On Python 3 these methods return views, not lists. Indexing a view raises
`TypeError: 'dict_keys' object is not subscriptable`, `.sort()` raises
`AttributeError`, `+` raises `TypeError`, a view never equals a list (and a
values view equals nothing but itself), `json.dumps()` and `pickle` reject
it. A view also tracks the dict, so deleting from the dict inside
`for k in d.keys():` raises `RuntimeError: dictionary changed size during
iteration`.

## Example
```python
def first_key(params):
    names = params.keys()
    names.sort()
    return names[0]
```

Use instead:
```python
def first_key(params):
    names = sorted(params)
    return names[0]
```

## Caveats
Only visible list-only uses are reported. A view that is returned, stored,
printed or passed to an unknown function is not (fissix wraps those in
`list()` regardless; most work unchanged, and flagging them all drowns the
real failures). Iterating, `len()`, `in`, `list()`, `sorted()`, `set()`,
`join()`, `min()`/`max()`/`sum()`, unpacking and the like work on views and
are never flagged. The receiver is assumed to be a dict: confidence is high
for a direct use, medium through a name or for the loop-mutation case.

## References
- What's New In Python 3.0, "Views And Iterators Instead Of Lists"
- PEP 3106 (Revamping dict.keys(), .values() and .items())
"""

from fissix.pgen2 import token
from fissix.pytree import Leaf

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

_MUTATORS = {"pop", "popitem", "clear"}


def _exits_after(node):
    """True if the statement after the one holding ``node`` is break/return/raise:
    then the loop never asks the changed dict for its next key."""
    small = node
    while small.parent is not None and small.parent.type not in (
        su.syms.simple_stmt,
        su.syms.suite,
        su.syms.file_input,
    ):
        small = small.parent
    following = small.next_sibling
    while following is not None and following.type == token.SEMI:
        following = following.next_sibling
    if following is None or following.type == token.NEWLINE:
        line = small.parent
        following = line.next_sibling if line is not None else None
        while following is not None and following.type in (token.NEWLINE, token.DEDENT):
            following = following.next_sibling
        if following is not None and following.type == su.syms.simple_stmt:
            following = following.children[0]
    if isinstance(following, Leaf):
        return following.value in ("break", "return", "raise")
    return following is not None and following.type in (
        su.syms.return_stmt,
        su.syms.raise_stmt,
    )


class FixDictViewAsList(Py3Fix):
    RULE = Rule(
        id="PY302",
        symbol="dict-view-as-list",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        message="`{call}` returns a view on Python 3, not a list: {problem}",
        fix_hint="wrap it in list(...), or use sorted(...) for a sorted list",
    )
    PATTERN = """
        power< any+ trailer< '.' ('keys' | 'values' | 'items') >
               trailer< '(' ')' > any* >
    """

    def transform(self, node, results):
        kids = node.children
        for i in range(1, len(kids) - 1):
            method = kids[i]
            if not (
                method.type == self.syms.trailer
                and su.is_leaf(method.children[0], ".")
                and method.children[1].value in ("keys", "values", "items")
                and kids[i + 1].type == self.syms.trailer
                and len(kids[i + 1].children) == 2
            ):
                continue
            name = method.children[1].value
            call = "".join(str(c) for c in kids[: i + 2]).strip()
            if i + 2 < len(kids):
                use = su.trailer_use(node, i + 2)
            else:
                use = su.value_use(self.ctx, node)
            self._judge(node, kids[:i], kids[i + 1], use, name, call)

    def _judge(self, node, receiver, parens, use, name, call):
        start = node.children[0]
        if use.kind in ("equality", "concat", "repeat") and self._second_of_pair(
            node, use
        ):
            return  # `a.values() == b.values()`, `a.keys() + b.keys()`: one finding
        problem = su.list_only_problem(use, su.VIEW, name)
        confidence = Confidence.HIGH
        if problem is None and use.kind == "assign":
            problem = su.tracked_problem(
                self.ctx, use.other, use.other.parent, su.VIEW, name
            )
            confidence = Confidence.MEDIUM
        if (
            problem is None
            and use.kind == "iterate"
            and use.node is not None
            and use.node.type == self.syms.for_stmt
        ):
            problem = self._mutated_in_loop(use.node, receiver)
            confidence = Confidence.MEDIUM
        if problem:
            self.report(
                start, end=parens, confidence=confidence, call=call, problem=problem
            )

    @staticmethod
    def _second_of_pair(node, use):
        other = use.other
        return (
            other is not None
            and su.position(other) < su.position(node)
            and other.type == node.type
            and str(other).rstrip().endswith((".keys()", ".values()", ".items()"))
        )

    def _mutated_in_loop(self, loop, receiver):
        """A `del d[k]` / `d.pop(k)` in the loop body, not followed by `break`."""
        owner = "".join(str(c) for c in receiver).strip()
        body = loop.children[5]
        for node in body.pre_order():
            if node.type == self.syms.del_stmt:
                target = su.unparen(node.children[1])
                if target.type == self.syms.power and self._is_item_of(target, owner):
                    if not _exits_after(node):
                        return (
                            f"deleting from `{owner}` inside the loop raises "
                            "RuntimeError"
                        )
            elif node.type == self.syms.power and len(node.children) >= 3:
                kids = node.children
                method = kids[-2]
                if (
                    method.type == self.syms.trailer
                    and su.is_leaf(method.children[0], ".")
                    and method.children[1].value in _MUTATORS
                    and "".join(str(c) for c in kids[:-2]).strip() == owner
                    and not _exits_after(node)
                ):
                    return (
                        f"`{owner}.{method.children[1].value}()` inside the loop "
                        f"raises RuntimeError"
                    )
        return None

    def _is_item_of(self, target, owner):
        kids = target.children
        last = kids[-1]
        return (
            last.type == self.syms.trailer
            and su.is_leaf(last.children[0], "[")
            and "".join(str(c) for c in kids[:-1]).strip() == owner
        )
