"""Flags `unittest.TestCase` method aliases that Python 3 removed, like `assertEquals`.

## What it does
Finds calls such as `self.assertEquals(...)`, `self.failUnless(...)`,
`self.assert_(...)` and `self.assertItemsEqual(...)` and offers the current
name (`assertEqual`, `assertTrue`, `assertCountEqual`) as the fix. Any
receiver counts (`self`, `case`, `TestCase`), except a module such as
`numpy.testing`, whose own `assert_` is a different function.

## Why is this bad?
The old aliases were deprecated for years and removed in Python 3.12, where
they raise `AttributeError: 'MyTest' object has no attribute
'assertEquals'`. `assertItemsEqual` never existed on Python 3: it is
`assertCountEqual` there. `assertDictContainsSubset` was removed in 3.12
with no replacement.

## Example
```python
import unittest


class TestRoutes(unittest.TestCase):
    def test_root(self):
        self.assertEquals(route("/"), "index")
```

Use instead:
```python
import unittest


class TestRoutes(unittest.TestCase):
    def test_root(self):
        self.assertEqual(route("/"), "index")
```

## Caveats
A test base class in the same file that defines a method of the same name
(a Python 2.6 backport of `assertItemsEqual`, say) may make the call work:
such calls are reported with low confidence. `assertCountEqual` does not
exist on Python 2; code for both versions can use
`six.assertCountEqual(self, ...)`.

## References
- What's New In Python 3.12, "unittest"
- The unittest documentation, "Deprecated aliases"
"""

from fissix.pgen2 import token

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

# alias -> (current name or None, the release that removed it or None for 3.0)
ALIASES = {
    "assertAlmostEquals": ("assertAlmostEqual", "3.12"),
    "assertDictContainsSubset": (None, "3.12"),
    "assertEquals": ("assertEqual", "3.12"),
    "assertItemsEqual": ("assertCountEqual", None),
    "assertNotAlmostEquals": ("assertNotAlmostEqual", "3.12"),
    "assertNotEquals": ("assertNotEqual", "3.12"),
    "assertNotRegexpMatches": ("assertNotRegex", "3.12"),
    "assertRaisesRegexp": ("assertRaisesRegex", "3.12"),
    "assertRegexpMatches": ("assertRegex", "3.12"),
    "assert_": ("assertTrue", "3.12"),
    "failIf": ("assertFalse", "3.12"),
    "failIfAlmostEqual": ("assertNotAlmostEqual", "3.12"),
    "failIfEqual": ("assertNotEqual", "3.12"),
    "failUnless": ("assertTrue", "3.12"),
    "failUnlessAlmostEqual": ("assertAlmostEqual", "3.12"),
    "failUnlessEqual": ("assertEqual", "3.12"),
    "failUnlessRaises": ("assertRaises", "3.12"),
}


class FixDeprecatedUnittestAlias(Py3Fix):
    RULE = Rule(
        id="PY212",
        symbol="deprecated-unittest-alias",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{alias}` is not a TestCase method {when}: {advice}",
        fix_hint="use the current assertion method name",
    )
    PATTERN = "power< any+ trailer< '.' alias=(%s) > any* >" % "|".join(
        map(repr, sorted(ALIASES)))

    def transform(self, node, results):
        alias = results["alias"][0]
        index = scope.for_node(self.ctx, node)
        head = node.children[0]
        module = index.imported_as(head) if head.type == token.NAME else None
        if module is not None and not module.startswith("unittest"):
            return None  # np.testing.assert_ and friends are other functions
        new, removed_in = ALIASES[alias.value]
        when = f"since Python {removed_in}" if removed_in else "on Python 3"
        advice = f"use `{new}`" if new else "compare the items yourself"
        # a test base class in this file may define it (a 2.6 backport, say)
        low = Confidence.LOW if alias.value in index.class_members else None
        self.report(alias, confidence=low, removed_in=removed_in, fix=new,
                    alias=alias.value, when=when, advice=advice)
