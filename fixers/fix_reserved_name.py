"""Flags names that are keywords on Python 3: `True = 1`, `obj.async`.

## What it does
Finds `True`, `False` and `None` where Python 3 would need a name: assigned
to, deleted, used as a loop, `with` or `except` target, a parameter, a
function or class name, a keyword argument (`f(True=1)`), an import name or
an attribute (`obj.True`). Reading them as values is fine. It also finds
every use of `async` and `await` as a name (`async = x`, `obj.async`,
`f(async=True)`), which Python 3.7 turned into keywords.

## Why is this bad?
All of these are SyntaxErrors on Python 3 (for `async` and `await`, from 3.7
on), so the module fails to import. Python 2 accepted them: `True` and
`False` were ordinary builtins there, and libraries such as pika and
celery had `async=` parameters.

## Example
```python
True, False = 1, 0
conn.send(payload, async=True)
```

Use instead:
```python
conn.send(payload, async_=True)
```

## Caveats
Attribute access is reported too: `obj.async` is a SyntaxError on 3.7+ even
if the object comes from a library; use `getattr(obj, "async")` or the
library's new name. `nonlocal` as a name cannot be checked: fissix's grammar
treats it as a keyword, so such a file is reported as a parse error (PY001).
Findings for `async` and `await` carry `removed_in` 3.7, so a 3.6 target
drops them.

## References
- What's New In Python 3.0, "Changed Syntax" (True, False and None)
- What's New In Python 3.7 (async and await are reserved keywords)
"""

from fissix.pgen2 import token

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_ASYNC = ("async", "await")


class FixReservedName(Py3Fix):
    RULE = Rule(
        id="PY115",
        symbol="reserved-name",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="`{name}` is a keyword since Python {since}: using it as {usage} "
                "is a SyntaxError",
        fix_hint="rename it (a trailing underscore is the usual choice)",
    )
    PATTERN = "'True' | 'False' | 'None' | 'async' | 'await'"

    def transform(self, node, results):
        usage = self._usage(node)
        if node.value in _ASYNC:
            self.report(node, name=node.value, since="3.7", removed_in="3.7",
                        usage=usage or "a name")
        elif usage is not None:
            self.report(node, name=node.value, since="3.0", usage=usage)

    def _usage(self, leaf):
        """How ``leaf`` is used, when that is not reading a value."""
        syms = self.syms
        parent, prev = leaf.parent, leaf.prev_sibling
        if prev is not None and prev.type == token.DOT:
            return "an attribute name"
        if parent.type in (syms.funcdef, syms.classdef) and leaf is parent.children[1]:
            return "a function or class name"
        if parent.type == syms.argument and leaf is parent.children[0] and (
                leaf.next_sibling.type == token.EQUAL):
            return "a keyword argument"
        if parent.type in (syms.import_name, syms.import_from, syms.import_as_name,
                           syms.import_as_names, syms.dotted_as_name,
                           syms.dotted_as_names, syms.dotted_name):
            return "an import name"
        if parent.type == syms.global_stmt:
            return "a global name"
        if self._is_parameter(leaf):
            return "a parameter"
        return self._target_usage(leaf)

    def _is_parameter(self, leaf):
        syms = self.syms
        parent, prev = leaf.parent, leaf.prev_sibling
        if prev is not None and prev.type in (token.EQUAL, token.COLON):
            return False  # a default value or an annotation
        if parent.type in (syms.typedargslist, syms.varargslist, syms.parameters,
                           syms.tname, syms.tfpdef, syms.tfplist, syms.vname,
                           syms.vfpdef, syms.vfplist):
            return True
        lambdas = (syms.lambdef, syms.old_lambdef)
        return parent.type in lambdas and prev is not None and prev.value == "lambda"

    def _target_usage(self, leaf):
        """Usage text if ``leaf`` is (part of) an assignment or del target."""
        syms = self.syms
        containers = (syms.atom, syms.testlist_gexp, syms.exprlist, syms.testlist,
                      syms.testlist_star_expr, syms.star_expr, syms.listmaker)
        node = leaf
        while node.parent is not None and node.parent.type in containers:
            if node.parent.type == syms.listmaker and any(
                    c.type == syms.comp_for for c in node.parent.children):
                return None  # the element of a comprehension is read
            node = node.parent
        parent, following = node.parent, node.next_sibling
        prev = node.prev_sibling
        if parent is None:
            return None
        if parent.type == syms.del_stmt:
            return "a del target"
        if parent.type == syms.expr_stmt:
            # in an expr_stmt only `=` and `+=`-style operators follow a target
            bound = following is not None and (
                following.type == syms.annassign
                or getattr(following, "value", "").endswith("="))
        elif parent.type in (syms.for_stmt, syms.comp_for):
            # the target is what stands right before `in`; the iterable after
            # it (or a nested `for`) is read, not bound
            bound = getattr(following, "value", None) == "in"
        elif parent.type == syms.with_item:
            bound = getattr(prev, "value", None) == "as"
        elif parent.type == syms.except_clause:
            bound = len(parent.children) == 4 and node is parent.children[3]
        else:
            bound = False
        return "an assignment target" if bound else None
