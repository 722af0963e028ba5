"""Flags calls to the removed `dict.iteritems()`, `iterkeys()` and `itervalues()`.

## What it does
Finds `.iteritems()`, `.iterkeys()` and `.itervalues()` called without
arguments. Where the result is only iterated (a `for` loop, a comprehension,
`sorted(...)`, `list(...)`), it offers `.items()`, `.keys()` or `.values()`
as the fix.

## Why is this bad?
Python 3 dictionaries have no `iter*` methods: the call raises
`AttributeError: 'dict' object has no attribute 'iteritems'`. Their
`items()`, `keys()` and `values()` return lazy views instead of lists, so
they are what `iteritems()` and friends were for.

## Example
```python
def render_headers(headers):
    return ["%s: %s" % pair for pair in headers.iteritems()]
```

Use instead:
```python
def render_headers(headers):
    return ["%s: %s" % pair for pair in headers.items()]
```

## Caveats
The receiver's type is unknown, so any object with such a method is
flagged (hence medium confidence), except `self.attr.iterkeys()` in a
module whose own classes define that method without arguments (a wrapper
around its own dict-like class, which keeps `iterkeys()` on Python 3), unless
the module assigns `self.attr` a dict display or a `dict(...)` call. A call with arguments, such as
`six.iteritems(d)`, is a different function and is not flagged. A view is
not an iterator: where the result is passed to `next()` or kept for later,
use `iter(d.items())`, which is why no fix is offered there.

## References
- What's New In Python 3.0, "Views And Iterators Instead Of Lists"
- PEP 3106, "Revamping dict.keys(), .values() and .items()"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

# Calls whose single argument is only iterated once, so a view does as well.
CONSUMERS = frozenset({"all", "any", "dict", "enumerate", "frozenset", "list", "max",
                       "min", "set", "sorted", "sum", "tuple"})
METHODS = {"iteritems": "items", "iterkeys": "keys", "itervalues": "values"}


class FixDictIterMethod(Py3Fix):
    RULE = Rule(
        id="PY203",
        symbol="dict-iter-method",
        category=Category.NAMES,
        severity=Severity.ERROR,
        confidence=Confidence.MEDIUM,
        message="`dict.{method}()` was removed in Python 3: use `.{new}()`",
        fix_hint="call items()/keys()/values(); wrap in iter() for an iterator",
    )
    PATTERN = """
        power< any+ trailer< '.' method=(%s) > call=trailer< '(' ')' > any* >
    """ % "|".join(map(repr, sorted(METHODS)))

    def transform(self, node, results):
        method = results["method"][0]
        receiver = node.children[:node.children.index(method.parent)]
        if su.hasattr_guarded(node, receiver, method.value):
            return None  # `if hasattr(m, "iteritems"): m.iteritems()`: a feature test
        if _wrapped_own_class(node, receiver, method.value):
            return None  # the module's own dict-like class defines it, on any Python
        new = METHODS[method.value]
        only_iterated = results["call"] is node.children[-1] and _iterated(node)
        self.report(method, fix=new if only_iterated else None,
                    method=method.value, new=new)


def _own_methods(node):
    """The argument-less ``iter*`` methods the classes of ``node``'s module define."""
    root = node
    while root.parent is not None:
        root = root.parent
    return {
        leaf.value
        for leaf in root.leaves()
        if leaf.value in METHODS
        and leaf.parent.type == syms.funcdef
        and leaf is leaf.parent.children[1]
        and su.enclosing_class(leaf.parent) is not None
        and _only_self(leaf.parent.children[2])
    }


def _only_self(parameters):
    """`(self)`: the method is called with no arguments, as the flagged calls are."""
    return len(parameters.children) == 3 and parameters.children[1].type == token.NAME


def _wrapped_own_class(node, receiver, method):
    """`self.multi.iterkeys()` in a module whose classes define `iterkeys(self)`,
    where `self.multi` is never given a dict display or a `dict(...)` call."""
    if (len(receiver) != 2 or not su.is_leaf(receiver[0], "self")
            or receiver[1].type != syms.trailer or not su.is_leaf(receiver[1].children[0], ".")
            or method not in _own_methods(node)):
        return False
    target = "self" + su.text(receiver[1])
    root = node
    while root.parent is not None:
        root = root.parent
    for stmt in root.pre_order():
        if (stmt.type == syms.expr_stmt and len(stmt.children) == 3
                and su.is_leaf(stmt.children[1], "=")
                and su.text(stmt.children[0]) == target and _dict_value(stmt.children[2])):
            return False
    return True


def _dict_value(value):
    """A dict display or a `dict(...)` call."""
    if value.type == syms.atom:
        return su.is_leaf(value.children[0], "{")
    return value.type == syms.power and su.is_leaf(value.children[0], "dict")


def _iterated(node):
    """True if the value of ``node`` is only looped over, once."""
    parent = node.parent
    if parent is not None and parent.type in (syms.for_stmt, syms.comp_for):
        return node.prev_sibling is not None and node.prev_sibling.value == "in"
    first_argument = parent is not None and node is parent.children[0]
    if first_argument and parent.type == syms.arglist:
        parent = parent.parent  # sorted(d.iteritems(), key=...)
    if parent is None or parent.type != syms.trailer or parent.children[0].value != "(":
        return False
    function = parent.prev_sibling
    return (function is not None and function is function.parent.children[0]
            and getattr(function, "value", None) in CONSUMERS)
