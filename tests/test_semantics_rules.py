"""The PY3xx (semantics) rules: confidence, fixes and messages, and their helpers.

The functional fixtures pin which lines are flagged; these tests pin what the
fixtures cannot show: how sure each finding is, the offered fix, the message
details, and the shared helpers in ``py3ready.semantics_util``.
"""

from __future__ import annotations

import textwrap

import pytest
from fissix.pgen2 import token

from conftest import check
from py3ready import semantics_util as su
from py3ready.engine import Checker
from py3ready.fixer_base import FileContext


def findings(source: str, rule: str, **options):
    return check(textwrap.dedent(source).lstrip("\n"), [rule], options=options)


def one(source: str, rule: str, **options):
    found = findings(source, rule, **options)
    assert len(found) == 1, [f.message for f in found]
    return found[0]


@pytest.mark.parametrize(
    "source,confidence,fix",
    [
        ("x = 7 / 2\n", "high", "//"),
        ("def f(a):\n    return len(a) / 2\n", "high", "//"),
        ("def f(a):\n    return a / 2\n", "medium", None),
        ("def f(a, b):\n    return a / b\n", "low", None),
        ("def f(a):\n    return int(len(a) / 2)\n", "low", None),
        ("def f(a):\n    a /= 2\n", "medium", None),
        ("n = 10\nm = n / 3\n", "high", "//"),
    ],
)
def test_old_division_confidence_and_fix(source, confidence, fix):
    finding = one(source, "PY301")
    assert (finding.confidence, finding.fix) == (confidence, fix)


@pytest.mark.parametrize(
    "source",
    [
        "x = a / 2.0\n",
        "x = float(a) / b\n",
        "x = a * 1.0 / b\n",
        "x = a // b\n",
        "ratio = 0.5\ny = a / ratio\n",
        "import time\nt = time.time() / 60\n",
        "x = a / 1e3\n",
        "x = a / 2j\n",
        "from __future__ import division\nx = 7 / 2\n",
    ],
)
def test_old_division_quiet(source):
    assert not findings(source, "PY301")


@pytest.mark.parametrize(
    "source,confidence,detail",
    [
        ("k = d.keys()[0]\n", "high", "indexing"),
        ("def f(d):\n    k = d.keys()\n    k.sort()\n", "medium", "`k` on line 3"),
        (
            "def f(d):\n    for k in d.keys():\n        del d[k]\n",
            "medium",
            "RuntimeError",
        ),
        ("x = a.values() == b.values()\n", "high", "itself"),
    ],
)
def test_dict_view_confidence(source, confidence, detail):
    finding = one(source, "PY302")
    assert finding.confidence == confidence and detail in finding.message


def test_dict_view_one_finding_per_chain():
    assert len(findings("x = a.keys() + b.keys() + c.keys()\n", "PY302")) == 1


def test_dict_view_name_rebound_in_other_branch_is_not_followed():
    source = """
        def f(d, flag):
            if flag:
                keys = d.keys()
            else:
                keys = []
                keys.append(1)
            return keys
    """
    assert not findings(source, "PY302")


@pytest.mark.parametrize(
    "source,detail",
    [
        ("def f(xs):\n    if filter(None, xs):\n        pass\n", "always true"),
        ("def f(xs):\n    map(g, xs)\n", "never called"),
        ("y = map(None, a, b)\n", "calls None"),
        ("def f(xs):\n    return len(map(str, xs))\n", "len()"),
        ("r = range(3) + [3]\n", "`+`"),
        ("import numpy as np\na = np.array(map(float, xs))\n", "0-d object array"),
    ],
)
def test_iterator_as_list_messages(source, detail):
    assert detail in one(source, "PY303").message


@pytest.mark.parametrize(
    "source",
    [
        "x = range(10)[3]\n",
        "n = len(range(4))\n",
        "i = range(5).index(2)\n",
        "zip(a, b)\n",
        "x = dict(zip(a, b))\n",
        "from future_builtins import map\nx = map(f, xs)[0]\n",
        "from itertools import imap as map\nx = map(f, xs)[0]\n",
    ],
)
def test_iterator_as_list_quiet(source):
    assert not findings(source, "PY303")


def test_next_method_confidence():
    iterator = (
        "class R(object):\n    def __iter__(self):\n        return self\n"
        "    def next(self):\n        return 1\n"
    )
    cursor = "class C(object):\n    def next(self):\n        return 1\n"
    assert one(iterator, "PY305").confidence == "high"
    assert one(cursor, "PY305").confidence == "medium"


def test_removed_special_method_sees_conditional_alias():
    source = """
        import sys
        class Node(object):
            def __unicode__(self):
                return u"node"
            if sys.version_info >= (3,):
                __str__ = __unicode__
    """
    assert not findings(source, "PY304")


def test_eq_without_hash_confidence_by_bases():
    assert (
        one(
            "class A(object):\n    def __eq__(self, o):\n        return 1\n", "PY309"
        ).confidence
        == "medium"
    )
    assert (
        one(
            "class A(Base):\n    def __eq__(self, o):\n        return 1\n", "PY309"
        ).confidence
        == "low"
    )


def test_comprehension_escape_confidence():
    leak = "def f(xs):\n    ys = [x for x in xs]\n    return x\n"
    shadow = "def f(xs, x):\n    ys = [x for x in xs]\n    return x\n"
    assert one(leak, "PY314").confidence == "medium"
    assert one(shadow, "PY314").confidence == "low"


def test_comprehension_rebound_by_its_own_statement():
    source = "def f(rows):\n    for t in [t for t in rows if t]:\n        print(t)\n"
    assert not findings(source, "PY314")


def test_exception_escape_else_branch_is_exclusive():
    source = """
        def f(g):
            try:
                g()
            except IOError as e:
                pass
            else:
                e = None
                return e
    """
    assert not findings(source, "PY313")


def test_generator_throw_target():
    source = "g.throw(ValueError, 'x')\n"
    assert findings(source, "PY317")
    assert findings(source, "PY317", target="3.12")
    assert not findings(source, "PY317", target="3.11")


def test_round_in_int_is_low_confidence():
    assert one("n = int(round(x))\n", "PY308").confidence == "low"
    assert one("n = round(x)\n", "PY308").confidence == "medium"


# -- helpers -----------------------------------------------------------------


def parsed(source):
    text = textwrap.dedent(source).lstrip("\n")
    tree, _, _ = Checker([]).parse(text)
    return tree, FileContext(path="t.py", source=text)


def leaves(tree, value):
    return [
        leaf
        for leaf in tree.leaves()
        if leaf.type == token.NAME and leaf.value == value
    ]


@pytest.mark.parametrize(
    "source,kind",
    [
        ("v[0]\n", "index"),
        ("v[1:]\n", "slice"),
        ("v.sort()\n", "method"),
        ("for x in v: pass\n", "iterate"),
        ("len(v)\n", "call"),
        ("v + [1]\n", "concat"),
        ("if v: pass\n", "truth"),
        ("x = v\n", "assign"),
        ("a, b = v\n", "unpack"),
        ("3 in v\n", "contains"),
        ("v == [1]\n", "equality"),
        ("v\n", "statement"),
        ("v[0] = 1\n", "store"),
        ("f(*v)\n", "iterate"),
        ("return_ = not v\n", "truth"),
    ],
)
def test_value_use(source, kind):
    tree, ctx = parsed(source)
    assert su.value_use(ctx, leaves(tree, "v")[0]).kind == kind


def test_uses_after_stops_at_rebinding_but_reads_its_right_hand_side():
    tree, ctx = parsed("k = 1\nprint(k)\nk = k + 1\nprint(k)\n")
    first = leaves(tree, "k")[0]
    found = [
        (leaf.lineno, kind) for leaf, kind in su.uses_after(ctx, first, "k", (1, 1))
    ]
    assert found == [(2, "ref"), (3, "ref")]


def test_roles():
    tree, _ = parsed(
        "import a\nfor b in c: del d\nf = lambda e: e\nwith g as h: pass\n"
        "i += 1\nj.k = l\n"
    )
    assert [
        su.role(leaf)
        for leaf in tree.leaves()
        if leaf.type == token.NAME and leaf.value in "abcdefghijkl"
    ] == [
        "bind",
        "bind",
        "ref",
        "del",
        "bind",
        "bind",
        "ref",
        "ref",
        "bind",
        "aug",
        "ref",
        "other",
        "ref",
    ]


def test_class_members_include_conditional_and_aliases():
    tree, _ = parsed(
        "class C(object):\n    def a(self): pass\n    b = a\n"
        "    if X:\n        c = 1\n    else:\n        def d(self): pass\n"
    )
    cls = tree.children[0]
    assert set(su.class_members(cls)) == {"a", "b", "c", "d"}
