"""Flags `gen.throw(type, value[, traceback])`, deprecated since Python 3.12.

## What it does
Finds `.throw()` calls with two or three positional arguments.

## Why is this bad?
The multi-argument signature of `generator.throw()` (and `coroutine.throw()`)
is deprecated since Python 3.12: every call emits a `DeprecationWarning`,
an error under `-W error` and in many test runners, and the form is slated
for removal. Passing an exception instance works on Python 2 and 3.

## Example
```python
def abort(worker, reason):
    worker.throw(RuntimeError, reason)
```

Use instead:
```python
def abort(worker, reason):
    worker.throw(RuntimeError(reason))
```

## Caveats
The receiver is assumed to be a generator (low confidence). Nothing is
reported when the chosen target is older than 3.12, where the form is not
deprecated. The three-argument form becomes
`gen.throw(E(value).with_traceback(tb))` on Python 3 (six.reraise-style
helpers cover both versions). A string first argument is reported by
`raising-string` instead.

## References
- What's New In Python 3.12, "Deprecated" (generator throw() signature)
"""

from fissix.pgen2 import token

from py3ready import semantics_util as su
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity, parse_version


class FixGeneratorThrowSignature(Py3Fix):
    RULE = Rule(
        id="PY317",
        symbol="generator-throw-signature",
        category=Category.SEMANTICS,
        severity=Severity.WARNING,
        confidence=Confidence.LOW,
        message="throw(type, value{tb}) is deprecated since Python 3.12 "
        "(DeprecationWarning)",
        fix_hint="pass one exception instance: gen.throw(E(value))",
    )
    PATTERN = """
        power< any+ trailer< '.' name='throw' > args=trailer< '(' arglist ')' > any* >
    """

    def transform(self, node, results):
        target = self.ctx.options.get("target")
        if target and parse_version(target) < (3, 12):
            return None
        positional, keywords = su.call_args(results["args"])
        if keywords or len(positional) not in (2, 3):
            return None
        first = su.unparen(positional[0])
        if first.type == token.STRING or (
            first.type == self.syms.atom and first.children[0].type == token.STRING
        ):
            return None  # raising-string
        self.report(
            results["name"],
            end=results["args"],
            tb=", traceback" if len(positional) == 3 else "",
        )
