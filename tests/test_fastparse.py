"""py3ready.fastparse builds exactly the trees (and errors) of fissix's own driver."""

from __future__ import annotations

import pytest
from fissix import pygram, pytree
from fissix.pgen2 import driver

from conftest import FUNCTIONAL, SAMPLE_APPS
from py3ready.discover import read_source
from py3ready.fastparse import Driver

GRAMMARS = [
    pygram.python_grammar,
    pygram.python_grammar_no_print_statement,
    pygram.python_grammar_no_print_and_exec_statement,
]


def _dump(tree):
    out, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, pytree.Leaf):
            out.append(
                (
                    node.type,
                    node.value,
                    node.prefix,
                    node.lineno,
                    node.column,
                    node.parent.type if node.parent else None,
                )
            )
        else:
            out.append((node.type, len(node.children), node.prefix))
            stack.extend(reversed(node.children))
    return out


def _outcome(parse, text):
    try:
        tree = parse(text)
    except Exception as exc:  # noqa: BLE001 - the error itself is compared
        return (
            "error",
            type(exc).__name__,
            str(exc),
            repr(getattr(exc, "context", None)),
        )
    return ("tree", _dump(tree), str(tree), sorted(tree.used_names))


SOURCES = sorted(FUNCTIONAL.glob("*.py")) + sorted(SAMPLE_APPS.rglob("*.py"))
EXTRA = [
    "print 'a'\n",
    "print('a')\n",
    "exec 'x'\n",
    "x = (\n",
    "def f(:\n    pass\n",
    "if x:\n  y\n   z\n",
    "x = 1 +\n",
    "",
    "\n\n# only a comment\n",
    "a = `b`\nc <> d\n",
    "class A:\n    def f(self):\n        return [x for x in y if x] or {1: 2}\n",
    "x = 1\n)\n",
    "@dec\ndef f(a, (b, c)=d, *e, **f): yield\n",
    "f(**x)\nlambda: (yield)\n",
]


@pytest.mark.parametrize(
    "grammar", GRAMMARS, ids=["print-statement", "print-function", "exec-function"]
)
def test_same_trees_and_errors_as_fissix(grammar):
    fissix_driver = driver.Driver(grammar, convert=pytree.convert)
    fast = Driver(grammar)
    texts = EXTRA + [read_source(path).text for path in SOURCES]
    assert len(texts) > 100
    for text in texts:
        text = text if text.endswith("\n") else text + "\n"
        assert _outcome(fast.parse_string, text) == _outcome(
            fissix_driver.parse_string, text
        )
