"""Flags references to builtins that Python 3 removed, such as `xrange` and `reduce`.

## What it does
Finds every use of `apply`, `buffer`, `cmp`, `coerce`, `execfile`, `file`,
`intern`, `long`, `raw_input`, `reduce`, `reload`, `StandardError` and
`xrange` as a builtin: calls, but also plain references such as
`isinstance(x, (int, long))` or `except StandardError:`. A name the module
binds itself (`from functools import reduce`, a parameter called `file`,
`long = int`) is not a builtin and is left alone, as are attributes
(`request.file`) and keyword arguments (`open(file=path)`).

## Why is this bad?
None of these names exist on Python 3, so the first use raises
`NameError: name 'xrange' is not defined`. For an `except StandardError:`
clause that only happens once an exception is actually raised.

## Example
```python
total = reduce(lambda a, b: a + b, xrange(10))
```

Use instead:
```python
from functools import reduce
total = reduce(lambda a, b: a + b, range(10))
```

## Caveats
A compatibility shim in a `try` block that catches `NameError`
(`try: text = unicode except NameError: ...`) is not flagged. Version
checks such as `if PY2: long_type = long` are still flagged.
`unicode`, `basestring` and `unichr` have their own rules (PY401-PY403).

## References
- What's New In Python 3.0, "Builtins"
- PEP 3100, "Miscellaneous Python 3.0 Plans"
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

# builtin -> (what to use on Python 3, exact replacement text or None)
REMOVED_BUILTINS = {
    "StandardError": ("`Exception`", None),
    "apply": ("a direct call, `f(*args, **kwargs)`", None),
    "buffer": ("`memoryview`", None),
    "cmp": ("`(a > b) - (a < b)`, or `functools.cmp_to_key` for sorting", None),
    "coerce": ("an explicit conversion (it has no replacement)", None),
    "execfile": ("`exec(compile(open(path).read(), path, 'exec'))`", None),
    "file": ("`open()` (and `io.IOBase` for type checks)", None),
    "intern": ("`sys.intern`", None),
    "long": ("`int`", "int"),
    "raw_input": ("`input()`", "input"),
    "reduce": ("`functools.reduce` (importable since Python 2.6)", None),
    "reload": ("`importlib.reload` (or `imp.reload` before 3.4)", None),
    "xrange": ("`range`", "range"),
}


class FixRemovedBuiltin(Py3Fix):
    RULE = Rule(
        id="PY201",
        symbol="removed-builtin",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{name}` is not a builtin on Python 3 (NameError): use {replacement}",
        fix_hint="use the Python 3 replacement named in the message",
    )
    PATTERN = " | ".join(f"name={name!r}" for name in sorted(REMOVED_BUILTINS))

    def transform(self, node, results):
        if not scope.missing_builtin(self.ctx, node):
            return None  # bound by the module, or a try/except NameError shim
        replacement, fix = REMOVED_BUILTINS[node.value]
        self.report(node, fix=fix, name=node.value, replacement=replacement)

