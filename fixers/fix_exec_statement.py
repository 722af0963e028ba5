"""Flags the Python 2 `exec` statement: `exec code`, `exec code in ns`.

## What it does
Finds `exec` used as a statement, with or without an `in` clause giving the
namespaces: `exec code`, `exec code in ns` and `exec code in g, l`.
`exec(code)` with a single parenthesised argument is left alone: it means the
same on both versions.

## Why is this bad?
`exec` is a builtin function on Python 3, no longer a keyword, so the
statement form is a SyntaxError ("Missing parentheses in call to 'exec'") and
the module cannot be imported.

## Example
```python
exec source in namespace
```

Use instead:
```python
exec(source, namespace)
```

## Caveats
Inside a function, Python 2's `exec code` (without `in`) could create or
change local variables. Python 3's `exec(code)` works on a snapshot of
`locals()`, so such code needs an explicit dictionary after porting; the
offered fix keeps the call shape and does not do that for you.

## References
- What's New In Python 3.0, "Removed Syntax"
- https://docs.python.org/3/library/functions.html#exec
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def _text(node):
    """Source of ``node`` without its leading whitespace and comments."""
    return str(node)[len(node.prefix):]


class FixExecStatement(Py3Fix):
    RULE = Rule(
        id="PY102",
        symbol="exec-statement",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="exec statement is a SyntaxError on Python 3; write `{call}`",
        fix_hint="call exec() as a function: exec(code, globals, locals)",
    )
    PATTERN = """
        exec_stmt< 'exec' code=any 'in' glob=any [',' loc=any] >
        | exec_stmt< 'exec' (not atom< '(' [any] ')' >) code=any >
    """

    def transform(self, node, results):
        args = [results[key] for key in ("code", "glob", "loc") if key in results]
        code = args[0]
        if (code.type == self.syms.atom and code.children[0].value == "("
                and len(code.children) == 3
                and code.children[1].type != self.syms.testlist_gexp):
            args[0] = code.children[1]  # `exec (code) in ns`: drop the extra parens
        call = "exec({})".format(", ".join(_text(arg) for arg in args))
        short = call if len(call) <= 60 and "\n" not in call else "exec(code, ...)"
        self.report(node, fix=call, call=short)
