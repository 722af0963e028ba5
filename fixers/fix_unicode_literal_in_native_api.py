"""Flags literals `unicode_literals` makes unicode where Python 2 needs a native str.

## What it does
In modules with `from __future__ import unicode_literals`, finds bare string
literals (directly, or through a name assigned one) given to an API that
needs a native `str` on Python 2:

- the class name of `type(name, bases, dict)`, the name of
  `types.ModuleType(name)`, a new `__name__` of a function or class;
- `__all__` entries in a package's `__init__.py`;
- the `delimiter`, `quotechar` and `escapechar` of the `csv` functions and
  of `csv.Dialect` subclasses;
- with non-ASCII characters only: attribute names of `getattr`, `setattr`,
  `hasattr`, `delattr` and `__slots__`; `os.environ` keys and values;
  `os.putenv()`.

## Why is this bad?
On Python 2 these raise as soon as they run (checked with CPython 2.7.18):
`TypeError: type() argument 1 must be string, not unicode`, `TypeError:
Item in ``from list'' must be str, not unicode` on `from package import *`,
`TypeError: "delimiter" must be string, not unicode`, and
`UnicodeEncodeError` for the non-ASCII cases. Python 3 is fine. The usual
cure is the native-string spelling `str('...')`, which is correct on both
versions: do not let tools that "remove redundant `str()` calls" (pyupgrade,
ruff UP018) strip it while Python 2 is supported.

## Example
```python
from __future__ import unicode_literals


def make_model(fields):
    return type('Model', (object,), dict(fields))
```

Use instead:
```python
from __future__ import unicode_literals


def make_model(fields):
    return type(str('Model'), (object,), dict(fields))
```

## Caveats
ASCII attribute names for `getattr()` and friends, ASCII `os.environ`
values and `struct` formats work with unicode on Python 2.7.7 and newer and
are not flagged. WSGI status lines and headers are the WSGI rules'.

## References
- PEP 3333, "A Note On String Types"
- The `__future__` documentation for `unicode_literals` (PEP 3112)
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import sinks
from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

FAILURE = {sinks.ALWAYS: "TypeError", sinks.NON_ASCII: "UnicodeEncodeError"}
CSV_DIALECTS = {"csv.Dialect", "csv.excel", "csv.excel_tab", "csv.unix_dialect"}


class FixUnicodeLiteralInNativeApi(Py3Fix):
    RULE = Rule(
        id="PY507",
        symbol="unicode-literal-in-native-api",
        category=Category.FUTURE,
        severity=Severity.ERROR,
        message="{what} must be a native str on Python 2, but {subject} is "
                "unicode there under unicode_literals ({failure}): write "
                "str({text})",
        fix_hint="wrap the literal in str() (the native string on both versions)",
    )
    PATTERN = """
        power< ('type' | 'getattr' | 'setattr' | 'hasattr' | 'delattr' | 'ModuleType'
                | 'putenv' | 'reader' | 'writer' | 'DictReader' | 'DictWriter'
                | 'register_dialect') trailer< '(' any* ')' > >
        | power< any+ trailer< '.' ('ModuleType' | 'putenv' | 'reader' | 'writer'
                                    | 'DictReader' | 'DictWriter'
                                    | 'register_dialect') >
                 trailer< '(' any* ')' > any* >
        | expr_stmt< ('__all__' | '__slots__' | 'delimiter' | 'quotechar'
                      | 'escapechar') any* >
        | expr_stmt< power< any+ trailer< '.' '__name__' > > '=' any >
        | expr_stmt< power< any+ trailer< '[' any ']' > > '=' any >
        | power< '__all__' trailer< '.' ('append' | 'extend') > trailer< '(' any ')' > >
    """

    def transform(self, node, results):
        if "unicode_literals" not in self.ctx.future_features or (
                tm.python_version_branch(node) == 3):
            return None
        if node.type == syms.power:
            self._calls(node)
        else:
            self._assignment(node)
        return None

    def _calls(self, node):
        if node.children[0].value == "__all__":
            if sinks.is_package_init(self.ctx):
                for argument in tm.string_elements(node.children[2].children[1]):
                    self._check(argument, "an `__all__` entry", sinks.ALWAYS)
            return
        for index in range(1, len(node.children)):
            if node.children[index].children[0].value == "(":
                arguments = sinks.native_arguments(self.ctx, node, index)
                for argument, what, when in arguments:
                    self._check(argument, what, when)

    def _assignment(self, node):
        target, value = node.children[0], node.children[-1]
        if target.type == token.NAME:
            sink = _named_sink(self.ctx, node, target.value)
            if sink is not None:
                what, when = sink
                for element in tm.string_elements(value) if target.value in (
                        "__all__", "__slots__") else [value]:
                    self._check(element, what, when)
            return
        dotted = tm.snippet(target.children[:-1], 200)
        last = target.children[-1]
        if last.children[0].value == "." and last.children[1].value == "__name__":
            self._check(value, f"the `__name__` of `{dotted}`", sinks.ALWAYS)
        elif last.children[0].value == "[" and _is_os_environ(self.ctx, target):
            self._check(last.children[1], "an `os.environ` key", sinks.NON_ASCII)
            self._check(value, "an `os.environ` value", sinks.NON_ASCII)

    def _check(self, node, what, when):
        value = sinks.needs_str(self.ctx, node, when)
        if value is None:
            return
        fix = sinks.str_fix(node)
        text = node.value if fix else tm.snippet(node)
        confidence = Confidence.MEDIUM if value.indirect else None
        self.report(node, fix=fix, confidence=confidence, what=what, text=text,
                    subject=f"`{tm.snippet(node)}`", failure=FAILURE[when])


def _named_sink(ctx, node, name):
    """(what, when) for `__all__ = ...`, `__slots__ = ...` and csv dialect values."""
    if name == "__all__" and node.parent.parent.type == syms.file_input:
        if not sinks.is_package_init(ctx):
            return None
        return "an `__all__` entry", sinks.ALWAYS
    if name == "__slots__":
        return "a `__slots__` entry", sinks.NON_ASCII
    if name in ("delimiter", "quotechar", "escapechar"):
        suite = node.parent.parent
        classdef = None
        if suite is not None and suite.type == syms.suite:
            classdef = suite.parent
        if classdef is not None and classdef.type == syms.classdef and any(
                tm.dotted(ctx, base) in CSV_DIALECTS for base in _bases(classdef)):
            return f"the csv dialect's `{name}`", sinks.ALWAYS
    return None


def _bases(classdef):
    kids = classdef.children
    if len(kids) > 4 and kids[2].value == "(" and kids[3].type != token.RPAR:
        return kids[3].children[::2] if kids[3].type == syms.arglist else [kids[3]]
    return []


def _is_os_environ(ctx, target):
    return tm.callee(ctx, target, len(target.children) - 1) == "os.environ"
