"""Flags modules that divide with `/` but do not import `division` from `__future__`.

## What it does
Reports once per module, at the place the import belongs, a module that
uses `/` or `/=` on operands that may both be integers (neither is a float
literal, a `float()` call or a string) without `from __future__ import
division`, when `division` is in the project's required set (see PY501).
The message names the first such `/`.

## Why is this bad?
The module depends on Python 2's integer division: `7 / 2` is `3` there and
`3.5` on Python 3. Importing `division` makes Python 2 compute like Python
3, so the tests show every place that needs `//` while the code still runs
on Python 2.

## Example
```python
def pages(count, per_page):
    return (count + per_page - 1) / per_page
```

Use instead:
```python
from __future__ import division


def pages(count, per_page):
    return (count + per_page - 1) // per_page
```

## Caveats
PY301 (`old-division`) reports each `/` with its own confidence; this rule
reports the module once and never on a `/` itself, so the two never flag
the same place. The operands' types are guessed from the source only.

## References
- PEP 238, "Changing the Division Operator"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms
from fissix.pytree import Leaf

from py3ready import future
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity


class FixMissingFutureDivision(Py3Fix):
    RULE = Rule(
        id="PY502",
        symbol="missing-future-division",
        category=Category.FUTURE,
        severity=Severity.WARNING,
        confidence=Confidence.LOW,
        message="module divides with `/` (first on line {line}: `{expr}`) without "
                "`from __future__ import division`: integer results change on Python 3",
        fix_hint="add `from __future__ import division` and use `//` where floor "
                 "division is meant",
    )
    PATTERN = "term< any* '/' any* > | expr_stmt< any* '/=' any* >"

    def transform(self, node, results):
        if "division" in self.ctx.future_features or "division" not in future.required(
                self.ctx.options):
            return None
        kids = node.children
        for i in range(1, len(kids), 2):
            if kids[i].value not in ("/", "/="):
                continue
            if _not_integer(kids[i - 1]) or _not_integer(kids[i + 1]):
                continue
            if future.mark_needed(self.ctx, "division"):
                self.report(future.anchor_leaf(node), line=kids[i].lineno,
                            expr=tm.snippet(kids[i - 1:i + 2]))
            return None
        return None


def _not_integer(node):
    """True when ``node`` is obviously a float or a string."""
    node = tm.unparen(node)
    if node.type == syms.factor:
        return _not_integer(node.children[1])
    if node.type == token.NUMBER:
        value = node.value.lower()
        return not value.startswith("0x") and any(c in value for c in ".ej")
    if node.type == token.STRING or (
            node.type == syms.atom and node.children[0].type == token.STRING):
        return True
    head = node.children[0] if node.type == syms.power else None
    return head is not None and len(node.children) == 2 and (
        isinstance(head, Leaf) and head.value == "float")
