"""Flags modules without the `__future__` imports the project requires.

## What it does
An opt-in rule (`--extend-select PY501`; the report's guidance section gives
the same information as a share of modules). Reports, once per module that
has code, the features of the project's
required set that it does not import from `__future__`. The set is
`absolute_import`, `division`, `print_function` and `unicode_literals` by
default (the Flask foreword's porting advice) and can be changed with
`py3ready scan --future-imports division,print_function`. Features the
module visibly depends on are reported by PY502-PY504 instead, as warnings
or errors.

## Why is this bad?
Nothing breaks yet: this is advice. Each import makes Python 2 behave like
Python 3 for that module (`/` is true division, `print` is a function,
imports are absolute, literals are text), so problems show up while the
code still runs on Python 2, under its tests, one module at a time.

## Example
```python
import os


def home():
    return os.path.expanduser('~')
```

Use instead:
```python
from __future__ import absolute_import, division, print_function, unicode_literals

import os


def home():
    return os.path.expanduser(str('~'))
```

## Caveats
`unicode_literals` changes every bare literal to `unicode` on Python 2,
which breaks APIs that need a native `str` there (PY507 lists the known
ones; wrap such literals in `str()`). Leave it out of the required set with
`--future-imports` if that is too much churn. Modules with nothing but a
docstring or comments are not reported.

## References
- PEP 236, "Back to the __future__"
- The Python 3 porting HOWTO, "Prevent compatibility regressions"
"""

from py3ready import future
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


class FixMissingFutureImport(Py3Fix):
    RULE = Rule(
        id="PY501",
        symbol="missing-future-import",
        category=Category.FUTURE,
        severity=Severity.INFO,
        message="module does not use `from __future__ import {missing}` "
                "(the project's required __future__ set)",
        fix_hint="add the missing __future__ imports at the top of the module",
        default=False,
    )
    PATTERN = "file_input< any* >"

    def start_tree(self, tree, filename):
        super().start_tree(tree, filename)
        self.module = None

    def transform(self, node, results):
        self.module = node  # judged in finish_tree, after PY502-PY504 have run
        return None

    def finish_tree(self, tree, filename):
        if self.module is None:
            return
        place = future.anchor(self.module)
        if place is None:
            return
        done = self.ctx.future_features | future.needed(self.ctx)
        missing = [name for name in future.required(self.ctx.options)
                   if name not in done]
        if missing:
            self.report(next(place.leaves()), missing=", ".join(missing))
