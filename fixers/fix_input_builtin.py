"""Flags calls of the builtin `input()`, which evaluated its input on Python 2.

## What it does
Finds calls of the builtin `input()` (not a name rebound by
`from six.moves import input`, `input = raw_input` or a parameter).

## Why is this bad?
Python 2's `input()` is `eval(raw_input())`: typing `42` returns the int
`42`, typing `[1, 2]` returns a list. Python 3's `input()` is the old
`raw_input()` and always returns a string, so `input() + 1` raises
`TypeError` and comparisons with numbers quietly fail. (Evaluating typed
text was also a code-injection hole on Python 2.)

## Example
```python
def ask_port():
    port = input("Port: ")
    return port + 1
```

Use instead:
```python
from six.moves import input


def ask_port():
    port = int(input("Port: "))
    return port + 1
```

## Caveats
`eval(input(...))` is left alone, as fissix leaves it: it reads like code
already written for Python 3 (on Python 2 it evaluates twice).

## References
- PEP 3111 (Simple input built-in in Python 3000)
"""

from py3ready import scope
from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixInputBuiltin(Py3Fix):
    RULE = Rule(
        id="PY310",
        symbol="input-builtin",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        message="input() evaluates the typed text on Python 2 but returns it as a "
        "string on Python 3",
        fix_hint="use `from six.moves import input` and convert the string "
        "explicitly (int(), ast.literal_eval())",
    )
    PATTERN = "power< name='input' args=trailer< '(' [any] ')' > any* >"

    def transform(self, node, results):
        name = results["name"]
        if not scope.for_node(self.ctx, name).is_builtin(name):
            return None
        if len(node.children) == 2:
            use = su.value_use(self.ctx, node)
            if use.kind == "call" and use.detail == "builtins.eval":
                return None
        self.report(name, end=results["args"])
