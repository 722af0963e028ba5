"""py3ready.scope: bindings, builtins, imports and guarded code."""

from __future__ import annotations

import textwrap

import pytest
from fissix import pygram, pytree
from fissix.pgen2 import driver, token

from py3ready import scope

DRIVER = driver.Driver(pygram.python_grammar, convert=pytree.convert)


def parse(source: str):
    return DRIVER.parse_string(textwrap.dedent(source).lstrip("\n"))


def names(tree, value: str):
    """Every NAME leaf spelled ``value``, in source order."""
    return [leaf for leaf in tree.leaves()
            if leaf.type == token.NAME and leaf.value == value]


def builtin_flags(source: str, value: str):
    tree = parse(source)
    index = scope.ScopeIndex(tree)
    return [index.is_builtin(leaf) for leaf in names(tree, value)]


@pytest.mark.parametrize("source,expected", [
    ("reduce(f, xs)\n", [True]),
    ("from functools import reduce\nreduce(f, xs)\n", [False, False]),
    ("def cmp(a, b):\n    pass\ncmp(1, 2)\n", [False, False]),
    ("def f(file):\n    return file\n", [False, False]),
    ("obj.file\nopen(file=p)\n", [False, False]),
    ("try:\n    unicode\nexcept NameError:\n    unicode = str\n", [False, False]),
    # a lambda's only parameter is not inside a parameter list
    ("f = lambda file: file.read()\n", [False, False]),
    # `with a, file:` binds nothing; `with x as file` binds file
    ("with lock, file:\n    pass\n", [True]),
    ("with open(p) as file:\n    file.read()\n", [False, False]),
    # defaults are evaluated in the enclosing scope
    ("def sort(items, cmp=cmp):\n    return cmp\n", [False, True, False]),
    ("def sort(items, key=lambda a, cmp=cmp: cmp):\n    pass\n", [False, True, False]),
    ("class A(object):\n    file = None\n    def m(self):\n        return file\n",
     [False, True]),
    ("class A(object):\n    long = int\n    x = long\n", [False, False]),
    ("except_ = 1\ntry:\n    pass\nexcept (IOError, OSError), file:\n    file\n",
     [False, False]),
    ("from os import *\nfile\n", [False]),
    ("[file for file in files]\n", [False, False]),
])
def test_is_builtin(source, expected):
    assert builtin_flags(source, _name_of(source)) == expected


def _name_of(source: str) -> str:
    for candidate in ("reduce", "cmp", "file", "unicode", "long"):
        if candidate in source:
            return candidate
    raise AssertionError(source)


def test_imports_and_resolve():
    tree = parse("""
        import urllib2 as u, os.path
        import os
        from string import letters as L
        from . import sibling
        from ..pkg import other
    """)
    index = scope.ScopeIndex(tree)
    assert index.imports == {"u": "urllib2", "os": "os", "L": "string.letters"}
    assert index.resolve("u.urlopen") == "urllib2.urlopen"
    assert index.resolve("nothing.here") == "nothing.here"


def test_qualify_follows_the_binding_scope():
    tree = parse("""
        import string
        import string as s

        def split(string):
            return string.split(",")

        def letters():
            return s.letters, string.letters

        def local():
            import types as t
            return t.StringType
    """)
    index = scope.ScopeIndex(tree)
    got = [index.qualify(leaf, leaf.value + "." + leaf.next_sibling.children[1].value)
           for leaf in tree.leaves()
           if leaf.type == token.NAME and leaf.next_sibling is not None
           and leaf.next_sibling.type == scope.syms.trailer
           and leaf.next_sibling.children[0].type == token.DOT]
    assert got == [None, "string.letters", "string.letters", "types.StringType"]
    unbound = names(parse("sys.maxint\n"), "sys")[0]
    index = scope.ScopeIndex(unbound.parent.parent)
    assert index.qualify(unbound, "sys.maxint") == "sys.maxint"


def test_imported_names():
    tree = parse("""
        import a.b as c, d
        from ..m.n import (x, y as z,)
        from . import *
    """)
    statements = [n for n in tree.pre_order()
                  if n.type in (scope.syms.import_name, scope.syms.import_from)]
    rows = [(i.module, i.level, i.name, i.alias.value if i.alias else None)
            for node in statements for i in scope.imported_names(node)]
    assert rows == [
        ("a.b", 0, None, "c"), ("d", 0, None, "d"),
        ("m.n", 2, "x", "x"), ("m.n", 2, "y", "z"),
        ("", 1, "*", None),
    ]
    assert scope.imported_names(tree) == []


def test_guarded_by():
    tree = parse("""
        try:
            text_type = unicode
        except NameError:
            text_type = str
        try:
            b = basestring
        except (ImportError, exceptions.NameError), e:
            pass
        try:
            u = unichr
        except:
            pass
        try:
            x = long
        except ValueError:
            long
        try:
            def f():
                return buffer
        except NameError:
            pass
    """)
    check = {leaf.value: scope.guarded_by(leaf, {"NameError"})
             for leaf in tree.leaves() if leaf.value in ("unicode", "basestring",
                                                         "unichr", "buffer")}
    assert check == {"unicode": True, "basestring": True, "unichr": True,
                     "buffer": False}
    assert [scope.guarded_by(leaf, {"NameError"}) for leaf in names(tree, "long")] == [
        False, False]


def test_class_members_and_assigned_attributes():
    tree = parse("""
        class Pager(object):
            size = 10
            def next(self):
                self.message = "x"
                self.a, other.b = 1, 2
        def top():
            pass
    """)
    index = scope.ScopeIndex(tree)
    assert index.class_members == {"size", "next"}
    assert index.assigned_attributes == {"message", "a", "b"}


def test_declares_parameter():
    tree = parse("def f(a, b=c, *args, **kw):\n    pass\ng = lambda x: x\n")
    wanted = ("a", "b", "c", "args", "kw", "x")
    flags = [(leaf.value, scope.declares_parameter(leaf))
             for leaf in tree.leaves() if leaf.value in wanted]
    assert flags == [("a", True), ("b", True), ("c", False), ("args", True),
                     ("kw", True), ("x", True), ("x", False)]
