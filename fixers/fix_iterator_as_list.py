"""Flags `map()`, `filter()`, `zip()` and `range()` results used as lists.

## What it does
Finds a call of the builtin `map`, `filter` or `zip` whose result is used in
a way only a list supports: indexed or sliced, given a list method, joined
with `+`/`*`, passed to `len()`, `reversed()`, `json.dumps()`,
`random.choice()` or `numpy.array()`, compared with a list, tested for
truth, or looped over twice in the same block. Flags `map()`/`filter()`
called as a statement for their side effects, and `map(None, ...)`. For
`range()`, flags only what a range object cannot do: list methods such as
`.append()` or `.sort()`, `+`, `*`, item assignment, `random.shuffle()`,
`json.dumps()`, comparison with a list. A name assigned the result in the
same function is followed.

## Why is this bad?
On Python 3 `map`, `filter` and `zip` return one-shot iterators: indexing
or `len()` raises `TypeError`, the object is always true even when empty,
a second loop over it sees nothing, and a bare `map(f, xs)` statement never
calls `f`. `map(None, a, b)` raises `TypeError: 'NoneType' object is not
callable` once iterated. `range()` returns an immutable range object:
`range(3) + [3]` raises `TypeError`, `.append()` raises `AttributeError`.

## Example
```python
def visible_titles(pages):
    titles = map(lambda page: page.title, pages)
    if titles:
        return titles[0]
```

Use instead:
```python
def visible_titles(pages):
    titles = [page.title for page in pages]
    if titles:
        return titles[0]
```

## Caveats
Contexts that only iterate (`for`, comprehensions, `list()`, `sorted()`,
`set()`, `join()`, `sum()`, `dict()`, unpacking, `in`) are never flagged,
nor is a result that is returned or passed to another function. Names
rebound from `future_builtins`, `itertools` or defined in the module are not
the builtins and are skipped. Uses through a name are medium confidence; a
second loop in another branch (`if`/`else`) is not counted. `filter()` of a
string or tuple returning a string or tuple on Python 2, and `map()` padding
unequal inputs with `None`, are not detected.

## References
- What's New In Python 3.0, "Views And Iterators Instead Of Lists"
"""

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

_RESULTS = {"range": "a range object"}
_CONSUMERS = {
    "builtins." + name
    for name in (
        "list",
        "tuple",
        "set",
        "frozenset",
        "sorted",
        "sum",
        "min",
        "max",
        "any",
        "all",
        "dict",
        "enumerate",
    )
}


class FixIteratorAsList(Py3Fix):
    RULE = Rule(
        id="PY303",
        symbol="iterator-as-list",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        message="`{name}()` returns {result} on Python 3, not a list: {problem}",
        fix_hint="wrap the call in list(...), or use a list comprehension or a loop",
    )
    PATTERN = """
        power< name=('map' | 'filter' | 'zip' | 'range') trailer< '(' [any] ')' > any* >
    """

    def transform(self, node, results):
        name = results["name"][0]  # an alternative binds a list
        if not scope.for_node(self.ctx, name).is_builtin(name):
            return None
        kind = name.value
        flavour = su.RANGE if kind == "range" else su.ITERATOR
        result = _RESULTS.get(kind, "a lazy iterator")
        positional, _ = su.call_args(node.children[1])
        if kind == "map" and positional and su.is_leaf(positional[0], "None"):
            return self.report(
                name,
                end=node.children[1],
                name=kind,
                result="an iterator that calls None",
                problem="iterating it raises TypeError",
            )
        if len(node.children) > 2:
            use = su.trailer_use(node, 2)
        else:
            use = su.value_use(self.ctx, node)
        problem = su.list_only_problem(use, flavour, kind)
        confidence = Confidence.HIGH
        if problem is None and use.kind == "assign":
            target = use.other
            problem = su.tracked_problem(self.ctx, target, target.parent, flavour, kind)
            if problem is None and flavour == su.ITERATOR:
                problem = self._iterated_twice(target)
            confidence = Confidence.MEDIUM
        if problem:
            self.report(
                name,
                end=node.children[1],
                confidence=confidence,
                name=kind,
                result=result,
                problem=problem,
            )

    def _iterated_twice(self, target):
        """The second of two loops over the iterator in the same block."""
        first = None
        for leaf, kind in su.uses_after(
            self.ctx, target, target.value, su.end_position(target.parent)
        ):
            if kind != "ref" or not self._consumes(su.value_use(self.ctx, leaf)):
                continue
            block = self._block_statement(leaf)
            if (
                first is not None
                and block.parent is first.parent
                and block is not first
            ):
                return (
                    f"`{leaf.value}` is iterated again on line {leaf.lineno}, "
                    f"but the first pass used it up"
                )
            first = first or block
        return None

    @staticmethod
    def _consumes(use):
        if use.kind in ("iterate", "contains"):
            return True
        return (
            use.kind == "call"
            and use.position == 0
            and (use.detail in _CONSUMERS or use.detail == ".join")
        )

    def _block_statement(self, leaf):
        """The statement holding ``leaf`` that sits directly in a block."""
        node = leaf
        while node.parent is not None and node.parent.type not in (
            self.syms.suite,
            self.syms.file_input,
        ):
            node = node.parent
        return node
