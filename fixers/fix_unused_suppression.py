"""Flags a suppression comment (`# noqa`, `# py3ready: ignore`) that silences nothing.

## What it does
Reports, on request, a `# noqa`, `# noqa: PY...`, `# py3ready: ignore[...]` or
`# py3ready: skip-file` comment that no longer silences any finding, and a
name in one of them that is no py3ready rule at all. This rule is opt-in:
switch it on with `--extend-select PY005` (or `extend-select = PY005` in the
config file).

## Why is this bad?
Nothing breaks on Python 3. But a suppression left behind after the line was
ported hides the next real problem on that line, and a misspelt rule name
silences nothing while looking as if it did. Removing dead suppressions keeps
the count of silenced findings, which the report shows, honest.

## Example
```python
from __future__ import print_function


def greet(name):
    print("Hello,", name)  # noqa: PY101
```

Use instead:
```python
from __future__ import print_function


def greet(name):
    print("Hello,", name)
```

## Caveats
A rule name is judged only when that rule ran in this scan: with
`--select PY1`, a `# noqa: PY301` is left alone, as it may be needed by the
full selection. A bare `# noqa` is judged against the rules that ran. Run
it with the selection your CI uses. PY005 findings themselves cannot be
silenced with a comment; use `per-file-ignores` or `--ignore`.
"""

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixUnusedSuppression(Py3Fix):
    RULE = Rule(
        id="PY005",
        symbol="unused-suppression",
        category=Category.TOOL,
        severity=Severity.INFO,
        message="this suppression comment silences nothing",
        fix_hint="remove the comment, or the names in it that silence nothing",
        default=False,
    )
    ENGINE_ONLY = True
