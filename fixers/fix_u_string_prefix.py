"""Flags `u''` string prefixes when the target includes Python 3.0 to 3.2.

## What it does
Finds string literals with a `u` or `U` prefix when the scan's target is
Python 3.2 or older. The rule is opt-in: select it and lower the target,
`py3ready scan --extend-select PY414 --target 3.2`. With the default target
it is quiet. `ur''` is PY109's.

## Why is this bad?
Python 3.0, 3.1 and 3.2 reject the prefix: `u'text'` is a
`SyntaxError: invalid syntax` there, so the module does not even import.
PEP 414 brought the prefix back in Python 3.3 as a no-op, which is why the
rule is quiet for newer targets.

## Example
```python
TITLE = u'Caf\xe9'
```

Use instead:
```python
from __future__ import unicode_literals

TITLE = 'Caf\xe9'
```

## Caveats
With `unicode_literals` every bare literal becomes text on Python 2, which
breaks APIs that need a native `str` there (see PY507); `six.u()` is the
other way to spell text on Python 2 and 3.0-3.2.

## References
- PEP 414, "Explicit Unicode Literal for Python 3.3"
"""

from py3ready import typemodel as tm
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity, parse_version


class FixUStringPrefix(Py3Fix):
    RULE = Rule(
        id="PY414",
        symbol="u-string-prefix",
        category=Category.UNICODE,
        severity=Severity.ERROR,
        message="the `{prefix}` string prefix is a SyntaxError on Python {target} "
                "(only 3.3 and newer accept it)",
        default=False,
        fix_hint="drop the u prefix and use `from __future__ import unicode_literals` "
                 "or six.u()",
    )
    PATTERN = "STRING"

    def start_tree(self, tree, filename):
        super().start_tree(tree, filename)
        # like removed names, no target at all means every Python 3 release
        target = self.ctx.options.get("target")
        if not target:
            self.target = "3.0 to 3.2"
        else:
            self.target = target if parse_version(target) < (3, 3) else None

    def transform(self, node, results):
        if self.target is None:
            return None
        prefix = tm.string_prefix(node)
        if "u" in prefix and "r" not in prefix:
            raw = node.value[len(prefix):]
            self.report(node, fix=raw, prefix=node.value[:len(prefix)],
                        target=self.target)
        return None
