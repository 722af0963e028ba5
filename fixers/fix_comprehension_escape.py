"""Flags a list comprehension's loop variable used after the comprehension.

## What it does
Finds a name bound by a `for` clause of a list comprehension (`[... for x in
...]`) that is read or deleted later in the same scope, with no rebinding
in between.

## Why is this bad?
Python 2 list comprehensions ran in the enclosing scope, so the loop
variable leaked out holding the last item. Python 3 comprehensions have
their own scope: the later use raises `NameError` (`UnboundLocalError` in a
function), or, if the name was bound before the comprehension, silently
sees that older value. `del x` after a comprehension in a class body, a
Python 2 idiom to tidy the class namespace, fails the same way.

## Example
```python
def last_title(pages):
    titles = [page.title for page in pages if page.published]
    return page.url
```

Use instead:
```python
def last_title(pages):
    published = [page for page in pages if page.published]
    return published[-1].url
```

## Caveats
Confidence is medium when the name is bound nowhere else (a `NameError` on
Python 3), low when the scope, an enclosing scope or the builtins also
define it (Python 3 then silently uses that other value, often the same
object). Generator expressions and set or dict comprehensions never leaked
and are ignored. Order is judged from the text, as in `exception-escape`.

## References
- What's New In Python 3.0, "Changed Syntax" (list comprehensions no longer leak)
- PEP 289 (Generator Expressions), "Early Binding versus Late Binding"
"""

import builtins

from fissix.pgen2 import token

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

_PY2_BUILTINS = {
    "unicode",
    "basestring",
    "long",
    "xrange",
    "unichr",
    "file",
    "reduce",
    "raw_input",
    "execfile",
    "cmp",
    "apply",
    "buffer",
    "intern",
    "coerce",
}
BUILTIN_NAMES = frozenset(dir(builtins)) | _PY2_BUILTINS


class FixComprehensionEscape(Py3Fix):
    RULE = Rule(
        id="PY314",
        symbol="comprehension-escape",
        category=Category.SEMANTICS,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`{name}` is the loop variable of the list comprehension on line "
        "{line}, which does not leak on Python 3: {effect}",
        fix_hint="bind the value explicitly (a for loop, or items[-1]) instead of "
        "relying on the leaked variable",
    )
    PATTERN = "listmaker< any comp_for< 'for' any 'in' any* > >"

    def transform(self, node, results):
        atom = node.parent
        if atom is None or not su.is_leaf(atom.children[0], "["):
            return None
        for target in su.comprehension_targets(node.children[1]):
            if self._rebound_by_own_statement(atom, target.value):
                continue
            for leaf, kind in su.uses_after(
                self.ctx, target, target.value, su.end_position(atom)
            ):
                if target.value in BUILTIN_NAMES:
                    confidence = Confidence.LOW
                    effect = f"here Python 3 sees the builtin `{target.value}`"
                elif self._bound_elsewhere(target, atom):
                    confidence = Confidence.LOW
                    effect = "here Python 3 sees the name's other binding"
                else:
                    confidence = None
                    effect = "this raises NameError"
                self.report(
                    leaf,
                    confidence=confidence,
                    name=target.value,
                    line=target.lineno,
                    effect=effect,
                )
                break

    def _rebound_by_own_statement(self, atom, name):
        """`for x in [x for x in y]:`, `x = [... for x in y]` or `x += ...` rebind x at once."""
        node, child = atom.parent, atom
        while node is not None and node.type not in scope.SCOPE_TYPES:
            if node.type == self.syms.for_stmt and child is node.children[3]:
                targets = node.children[1]
            elif (
                node.type == self.syms.expr_stmt
                and node.children[1].type == token.EQUAL
            ):
                targets = node.children[:-1]
            elif node.type == self.syms.expr_stmt and child is node.children[2]:
                # `x += [... for x in y]`: Python 2 reads x before the comprehension
                # runs and stores the sum after it, so the leaked value is gone
                targets = node.children[0]
            else:
                node, child = node.parent, node
                continue
            parts = targets if isinstance(targets, list) else [targets]
            if any(
                leaf.value == name
                for part in parts
                for leaf in part.leaves()
                if su.role(leaf) in ("bind", "aug")
            ):
                return True
            node, child = node.parent, node
        return False

    def _bound_elsewhere(self, target, atom):
        """Bound before the comprehension (not by one), or in an enclosing scope."""
        name = target.value
        holder = su.scope_of(atom)
        for leaf in su.name_leaves(self.ctx, holder, name):
            if (
                su.role(leaf) in ("bind", "aug")
                and su.binding_comprehension(leaf) is None
                and su.position(leaf) < su.position(atom)
            ):
                return True
        outer = [s for s in scope.enclosing_scopes(atom)][1:]
        for enclosing in outer:
            if enclosing.type == self.syms.classdef:
                continue
            if any(
                su.role(leaf) in ("bind", "aug")
                for leaf in su.name_leaves(self.ctx, enclosing, name)
            ):
                return True
        return False
