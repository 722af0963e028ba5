"""Flags calls to the removed `dict.has_key()` method.

## What it does
Finds `x.has_key(k)` calls, and `x.has_key` used without a call, and
offers `k in x` as the fix when the call has a single plain argument.

## Why is this bad?
Python 3 dictionaries have no `has_key` method: the call raises
`AttributeError: 'dict' object has no attribute 'has_key'`. The `in`
operator has done the same job since Python 2.2.

## Example
```python
def lookup(environ):
    if environ.has_key("HTTP_COOKIE"):
        return environ["HTTP_COOKIE"]
```

Use instead:
```python
def lookup(environ):
    if "HTTP_COOKIE" in environ:
        return environ["HTTP_COOKIE"]
```

## Caveats
Any receiver is flagged, not only dictionaries: the other Python 2 types
with `has_key` (`email.message.Message`, `cgi.FieldStorage`, `dbm`
objects) lost it too.

## References
- What's New In Python 3.0, "Views And Iterators Instead Of Lists"
"""

from fissix.pygram import python_symbols as syms

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

# A key of these kinds binds more loosely than `in`, so it needs parentheses.
LOOSE = {syms.comparison, syms.not_test, syms.and_test, syms.or_test, syms.test,
         syms.lambdef, syms.old_lambdef, syms.namedexpr_test}
# An `in` test put in these places would regroup without parentheses.
TIGHT = {syms.comparison, syms.expr, syms.xor_expr, syms.and_expr, syms.shift_expr,
         syms.arith_expr, syms.term, syms.factor, syms.power}
NOT_SIMPLE = {syms.arglist, syms.argument, syms.star_expr}


class FixDictHasKey(Py3Fix):
    RULE = Rule(
        id="PY202",
        symbol="dict-has-key",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`dict.has_key()` was removed in Python 3 (AttributeError)",
        fix_hint="use `key in mapping`",
    )
    PATTERN = """
        power< any+ trailer< '.' method='has_key' >
               call=trailer< '(' [args=any] ')' > any* >
        | power< any+ trailer< '.' method='has_key' > >
    """

    def transform(self, node, results):
        receiver = node.children[:node.children.index(results["method"].parent)]
        if su.hasattr_guarded(node, receiver, "has_key"):
            return None  # `if hasattr(d, "has_key"): d.has_key(k)`: a feature test
        call = results.get("call")
        if call is None:  # `check = d.has_key`: fails just the same
            self.report(results["method"])
            return None
        fix = self._fix(node, results["method"].parent, call, results.get("args"))
        self.report(node, end=call, fix=fix)

    def _fix(self, node, method_trailer, call, arg):
        if arg is None or call is not node.children[-1] or arg.type in NOT_SIMPLE:
            return None  # no argument, several, a keyword, or a trailing `.x`/`**`
        receiver = node.children[:node.children.index(method_trailer)]
        key = _source(arg)
        if arg.type in LOOSE:
            key = f"({key})"
        text = f"{key} in {_source(receiver[0])}{''.join(map(str, receiver[1:]))}"
        if node.parent is not None and node.parent.type in TIGHT:
            text = f"({text})"
        return text


def _source(node):
    """The code of ``node`` without the whitespace and comments before it."""
    return str(node)[len(node.prefix):]
