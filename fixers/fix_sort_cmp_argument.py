"""Flags `cmp=` and positional arguments to `list.sort()` and `sorted()`.

## What it does
Finds `x.sort(cmp=f)`, `sorted(x, cmp=f)`, and the positional forms
`x.sort(f)`, `x.sort(None, key)` and `sorted(x, f)`.

## Why is this bad?
Python 3 removed the `cmp` parameter, and `sort()` and `sorted()` accept
`key` and `reverse` only as keyword arguments. Each of these calls raises
`TypeError` (`'cmp' is an invalid keyword argument`, or `sort() takes no
positional arguments`).

## Example
```python
def by_date(a, b):
    return cmp(a.created, b.created)

posts.sort(by_date)
recent = sorted(posts, cmp=by_date, reverse=True)
```

Use instead:
```python
import functools


def by_date(a, b):
    return (a.created > b.created) - (a.created < b.created)

posts.sort(key=functools.cmp_to_key(by_date))
recent = sorted(posts, key=lambda post: post.created, reverse=True)
```

## Caveats
`.sort()` is assumed to be `list.sort`. Positional arguments that are
string, number or collection literals (`cursor.sort("name", 1)` in pymongo)
are taken to belong to another API and are not flagged; other positional
arguments to `.sort()` are medium confidence. `sorted` is checked only when
it is the builtin.

## References
- What's New In Python 3.0, "Ordering Comparisons"
- functools.cmp_to_key
"""

from fissix.pgen2 import token

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

_LITERALS = (token.STRING, token.NUMBER)


class FixSortCmpArgument(Py3Fix):
    RULE = Rule(
        id="PY307",
        symbol="sort-cmp-argument",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        message="{what} to {call}(): Python 3 has no cmp parameter and takes "
        "key/reverse only as keywords (TypeError)",
        fix_hint="pass key=functools.cmp_to_key(f) (or a plain key function) and "
        "reverse= by keyword",
    )
    PATTERN = """
        power< any+ trailer< '.' 'sort' > trailer< '(' [any] ')' > any* >
        | power< name='sorted' trailer< '(' [any] ')' > any* >
    """

    def transform(self, node, results):
        kids = node.children
        if "name" in results:
            if scope.for_node(self.ctx, results["name"]).is_builtin(results["name"]):
                self._check(kids[1], 1, "sorted", Confidence.HIGH)
            return None
        for i in range(1, len(kids) - 1):
            method, call = kids[i], kids[i + 1]
            if (
                method.type == self.syms.trailer
                and su.is_leaf(method.children[0], ".")
                and method.children[1].value == "sort"
                and call.type == self.syms.trailer
                and su.is_leaf(call.children[0], "(")
            ):
                self._check(call, 0, "sort", Confidence.MEDIUM)

    def _check(self, trailer, allowed, call, confidence):
        positional, keywords = su.call_args(trailer)
        if "cmp" in keywords:
            argument = keywords["cmp"].parent
            return self.report(argument, what="the `cmp=` argument", call=call)
        extra = positional[allowed:]
        if not extra or any(self._literal(arg) for arg in extra):
            return None
        first = extra[0]
        if first.type == self.syms.lambdef:
            confidence = Confidence.HIGH
        what = (
            "a positional cmp function"
            if not su.is_leaf(first, "None")
            else "positional arguments"
        )
        self.report(first, end=extra[-1], confidence=confidence, what=what, call=call)

    def _literal(self, node):
        node = su.unparen(node)
        if node.type in _LITERALS or (
            node.type == self.syms.factor and node.children[-1].type == token.NUMBER
        ):
            return True
        return (
            node.type == self.syms.atom
            and node.children[0].value in "([{"
            or (node.type == self.syms.atom and node.children[0].type == token.STRING)
        )
