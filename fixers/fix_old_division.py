"""Flags `/` and `/=` that may divide two integers, without the division future import.

## What it does
Finds the `/` operator and `/=` in a module that does not import `division`
from `__future__`, unless one operand is obviously not an integer (a float
or complex literal, `float(...)`, `round(...)`, `math.*` and `time.time()`
calls, a string, or a name only ever assigned such values in its scope).
Confidence is high when both operands are obviously integers (int literals,
`len()`, `int()`, `.count()`, `.find()`, names only assigned such values),
medium when one is, low otherwise. `//` is never flagged.

## Why is this bad?
Python 2 truncates the quotient of two integers (`7 / 2 == 3`); Python 3
returns a float (`7 / 2 == 3.5`). Code silently computes a different number,
and a float in an integer-only place fails later: `range(n / 2)` and
`items[n / 2]` raise `TypeError` on Python 3.

## Example
```python
def page_count(items, per_page):
    return (len(items) + per_page - 1) / per_page
```

Use instead:
```python
def page_count(items, per_page):
    return (len(items) + per_page - 1) // per_page
```

## Caveats
Types are guessed from the source only: most findings on `a / b` with two
unknown operands are low confidence, and floats that come from elsewhere
(function results, attributes) look unknown. For two obvious integers the
fix `//` keeps the Python 2 result exactly. `int(a / b)` is reported with low
confidence: it only differs for negative or very large values.
`operator.div` is reported by the names rules.

## References
- PEP 238 (Changing the Division Operator)
- What's New In Python 3.0, "Integers"
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

INT, FLOAT, STR = "int", "float", "str"
_INT_BUILTINS = {"len", "int", "long", "ord", "hash"}
_FLOAT_BUILTINS = {"float", "round"}
_INT_METHODS = {"count", "index", "find", "rfind", "bit_length"}
_INT_OPS = {"+", "-", "*", "/", "%", "//", "<<", ">>", "&", "|", "^", "~"}
_KEEPS = {"+=": INT, "-=": INT, "*=": INT, "//=": INT, "%=": INT}


class FixOldDivision(Py3Fix):
    RULE = Rule(
        id="PY301",
        symbol="old-division",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        confidence=Confidence.LOW,
        message="`{op}` returns a float on Python 3 where Python 2 truncated "
        "integer division{detail}",
        fix_hint="use `//` for floor division, or add `from __future__ import "
        "division` and check each `/`",
    )
    PATTERN = """
        term< any* op='/' any* >
        | expr_stmt< any* op='/=' any* >
    """

    def transform(self, node, results):
        if "division" in self.ctx.future_features:
            return None
        kids = node.children
        for i, op in enumerate(kids):
            if op.type == self.syms.term or not su.is_leaf(op, results["op"].value):
                continue
            left = (
                kind_of_sequence(self.ctx, kids[:i])
                if node.type == self.syms.term
                else kind_of(self.ctx, kids[0])
            )
            right = kind_of(self.ctx, kids[i + 1])
            left_text = "".join(str(c) for c in kids[:i]).strip()
            self._judge(node, op, left, right, left_text, su.text(kids[i + 1]))

    def _judge(self, node, op, left, right, left_text, right_text):
        if {left, right} & {FLOAT, STR}:
            return
        if left == INT and right == INT:
            confidence, detail = Confidence.HIGH, "; both operands are integers"
        elif INT in (left, right):
            confidence = Confidence.MEDIUM
            detail = f"; `{left_text if left == INT else right_text}` is an integer"
        else:
            confidence, detail = Confidence.LOW, ""
        if confidence is not Confidence.LOW and _truncated_anyway(self.ctx, node):
            confidence = Confidence.LOW
        fix = "//" + op.value[1:] if confidence is Confidence.HIGH else None
        self.report(op, confidence=confidence, fix=fix, op=op.value, detail=detail)


def _truncated_anyway(ctx, node):
    """``int(a / b)``: only negative or huge values differ."""
    use = su.value_use(ctx, node)
    return (
        use.kind == "call"
        and use.position == 0
        and use.detail in ("builtins.int", "builtins.long")
    )


def kind_of_sequence(ctx, children, depth=0):
    """The kind of ``a op b op c`` given as a list of operands and operators."""
    kinds = [kind_of(ctx, child, depth) for child in children[::2]]
    ops = [child.value for child in children[1::2]]
    if kinds and kinds[0] == STR:
        return STR
    if FLOAT in kinds:
        return FLOAT
    if kinds and all(k == INT for k in kinds) and all(op in _INT_OPS for op in ops):
        return INT
    return None


def kind_of(ctx, node, depth=0):
    """``int``, ``float`` or ``str`` when obvious from the source, else None."""
    if depth > 4:
        return None
    t = node.type
    if t == token.NUMBER:
        value = node.value.lower()
        if value.endswith("j"):
            return FLOAT
        if value.startswith("0x"):
            return INT
        return FLOAT if ("." in value or "e" in value) else INT
    if t == token.STRING:
        return STR
    if t == token.NAME:
        return _kind_of_name(ctx, node, depth)
    if t == syms.atom:
        if su.is_leaf(node.children[0], "(") and len(node.children) == 3:
            return kind_of(ctx, node.children[1], depth + 1)
        if node.children[0].type == token.STRING:
            return STR
        return None
    if t == syms.factor:
        return kind_of(ctx, node.children[1], depth + 1)
    if t in (
        syms.term,
        syms.arith_expr,
        syms.shift_expr,
        syms.and_expr,
        syms.xor_expr,
        syms.expr,
    ):
        return kind_of_sequence(ctx, node.children, depth + 1)
    if t == syms.power:
        return _kind_of_power(ctx, node, depth)
    return None


def _kind_of_power(ctx, node, depth):
    kids = node.children
    if len(kids) >= 3 and su.is_leaf(kids[-2], "**"):
        base = kind_of(ctx, su.unparen(kids[0]), depth + 1) if len(kids) == 3 else None
        exponent = kind_of(ctx, kids[-1], depth + 1)
        if FLOAT in (base, exponent):
            return FLOAT
        return (
            INT if base == exponent == INT and kids[-1].type == token.NUMBER else None
        )
    last = kids[-1]
    if not (last.type == syms.trailer and su.is_leaf(last.children[0], "(")):
        return INT if su.text(node) == "sys.maxint" else None
    head = kids[:-1]
    if len(head) >= 2 and head[-1].type == syms.trailer:
        method = head[-1].children[-1].value
        if method in _INT_METHODS:
            return INT
        if method == "total_seconds":
            return FLOAT
    name = su.callee_name(ctx, head)
    if name.startswith("builtins."):
        short = name[len("builtins.") :]
        if short in _INT_BUILTINS:
            return INT
        if short in _FLOAT_BUILTINS:
            return FLOAT
        if short == "abs":
            positional, _ = su.call_args(last)
            return kind_of(ctx, positional[0], depth + 1) if positional else None
    if name == "time.time" or (
        name.startswith("math.")
        and name not in ("math.factorial", "math.trunc", "math.gcd")
    ):
        return FLOAT
    return None


def _kind_of_name(ctx, leaf, depth):
    """The one kind every assignment of the name in its scope gives it."""
    memo = ctx.cache.setdefault("PY301.names", {})
    if id(leaf) not in memo:
        memo[id(leaf)] = None  # a name defined from itself stays unknown
        memo[id(leaf)] = _infer_name(ctx, leaf, depth)
    return memo[id(leaf)]


def _infer_name(ctx, leaf, depth):
    index = scope.for_node(ctx, leaf)
    if index.is_builtin(leaf) or leaf.value in ("True", "False", "None"):
        return None
    for holder in scope.enclosing_scopes(leaf):
        bindings = [
            n
            for n in su.name_leaves(ctx, holder, leaf.value)
            if su.role(n) in ("bind", "aug")
        ]
        if bindings:
            break
    else:
        return None
    kinds = set()
    for binding in bindings:
        stmt = binding.parent
        if (
            stmt.type != syms.expr_stmt
            or stmt.children[0] is not binding
            or len(stmt.children) != 3
        ):
            return None
        op, value = stmt.children[1].value, stmt.children[2]
        found = kind_of(ctx, value, depth + 1) if value is not leaf else None
        if op == "=":
            kinds.add(found)
        elif op in _KEEPS and found in (INT, FLOAT):
            kinds.add(found)
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None
