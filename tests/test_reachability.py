"""Code that cannot run on Python 3 is not reported: version guards and shims.

Each case is a snippet and the findings that must remain; every other finding
the rules would raise sits in Python-2-only code (or in a handled ``try``)
and must be gone. ``--show-py2-only`` brings those back as info findings.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from conftest import check
from py3ready import compat, reachability
from py3ready import versioncheck as vc
from py3ready.cli import cli
from py3ready.engine import Checker


def kept(source: str, **options) -> list:
    findings = check(textwrap.dedent(source), options=options or None)
    return [(f.line, f.symbol) for f in findings
            if f.category in reachability.RUNTIME_CATEGORIES]


GUARDS = [
    # sys.version_info in its common spellings, if/elif/else
    ("""
     import sys
     if sys.version_info[0] == 2:
         a = xrange(3)
     else:
         a = range(3)
     if sys.version_info < (3,):
         b = unicode('x')
     if sys.version_info >= (3, 0):
         c = 1
     else:
         c = long(1)
     if sys.version_info.major < 3:
         d = {}.iteritems()
     if sys.version_info[:2] < (2, 7):
         e = {}.has_key(1)
     elif sys.version_info >= (3, 3):
         e = 2
     else:
         e = xrange(1)
     """, []),
    # the else of a test Python 3 passes; a later elif after a true test
    ("""
     import sys
     if sys.version_info > (3,):
         pass
     elif foo:
         x = unichr(1)
     """, []),
    # sys.version, hexversion, platform, six, future
    ("""
     import platform, sys, six
     from future.utils import PY2
     if sys.version < '3':
         a = unicode
     if sys.version.startswith('2'):
         b = unicode
     if sys.hexversion < 0x03000000:
         c = unicode
     if platform.python_version_tuple()[0] == '2':
         d = unicode
     if platform.python_version() < '3':
         e = unicode
     if six.PY2:
         f = unicode
     if not six.PY3:
         g = unicode
     if PY2:
         h = unicode
     """, []),
    # module flags defined from version tests, an alias of version_info
    ("""
     import sys
     _ver = sys.version_info
     is_py2 = (_ver[0] == 2)
     PY3 = sys.version_info[0] >= 3
     PY2 = not PY3
     if is_py2:
         a = xrange(1)
     if PY2:
         b = xrange(1)
     if not PY3:
         c = xrange(1)
     """, []),
    # a flag whose value does not depend on the version is not a guard
    ("""
     DEBUG = False
     if DEBUG:
         a = xrange(1)
     """, [(4, "removed-builtin")]),
    # feature tests, conditional expressions, and/or
    ("""
     import sys
     PY2 = sys.version_info[0] == 2
     def f(d, s):
         if hasattr(dict, 'iteritems'):
             return d.iteritems()
         t = s.decode('utf-8') if PY2 else s
         u = s if not PY2 else unicode(s)
         v = PY2 and long(1)
         w = not PY2 or long(2)
         return d.iterkeys()
     """, [(11, "dict-iter-method")]),
    # import shims: the failing try side is handled, a working try side makes
    # the except side Python 2 only
    ("""
     try:
         from urllib2 import urlopen
     except ImportError:
         from urllib.request import urlopen
     try:
         from urllib.parse import quote
     except ImportError:
         from urllib import quote
     try:
         import cPickle as pickle
     except ImportError:
         import pickle
     try:
         unicode
     except NameError:
         unicode = str
     try:
         items = {}.iteritems
     except AttributeError:
         items = {}.items
     """, []),
    # fallbacks for old Pythons: the builtin exists on Python 3; a third-party
    # import whose fallback is a Python 2 module; a builtin looked up by name
    ("""
     try:
         advance_iterator = next
     except NameError:
         def advance_iterator(it):
             return it.next()
     try:
         from werkzeug.urls import url_quote
     except ImportError:
         from urlparse import quote as url_quote
     from six.moves import builtins
     print_ = getattr(builtins, "print", None)
     if print_ is None:
         def print_(*args):
             if isinstance(args[0], unicode):
                 pass
     """, []),
    # an attribute every Python 3 has; one it lacks keeps its fallback
    ("""
     import threading, string
     try:
         local = threading.local
     except AttributeError:
         local = xrange
     try:
         letters = string.letters
     except AttributeError:
         letters = unichr(65)
     """, [(10, "unichr-builtin")]),
    # making text of an object raises no UnicodeError on Python 3
    ("""
     from ._compat import text_type
     def label(info):
         try:
             info = text_type(info)
         except UnicodeError:
             info = str(info).decode('utf-8', 'replace')
         return info
     """, []),
    # ... but a fallback for a missing Python 2 builtin stays reachable
    ("""
     try:
         text = unicode
     except NameError:
         text = xrange
     """, [(5, "removed-builtin")]),
    # a try side that fails on Python 3 keeps its except side reachable
    ("""
     try:
         from urllib import quote
     except ImportError:
         quote = xrange
     """, [(5, "removed-builtin")]),
    # a catch-all around a method call does not excuse it; a long try is no shim
    ("""
     try:
         items = {}.iteritems()
     except Exception:
         items = []
     try:
         import a, b, c
         x = 1
         y = 2
         z = 3
         w = 4
         v = 5
         import urllib2
     except ImportError:
         pass
     """, [(3, "dict-iter-method"), (13, "renamed-module")]),
    # the Python 3 branch and unguarded code are still checked
    ("""
     import sys
     if sys.version_info[0] >= 3:
         a = {}.iteritems()
     b = xrange(1)
     """, [(4, "dict-iter-method"), (5, "removed-builtin")]),
]


@pytest.mark.parametrize("source,expected", GUARDS)
def test_python2_only_code_is_not_reported(source, expected):
    assert kept(source) == expected


def test_syntax_findings_stay_in_python2_branches():
    # Python 3 compiles both branches: a print statement is an error anywhere.
    source = "import six\nif six.PY2:\n    print 'x'\n"
    assert sorted(f.symbol for f in check(source)) == ["missing-future-print-function",
                                                        "print-statement"]


def test_target_decides_minor_version_guards():
    source = """
    import sys
    if sys.version_info < (3, 8):
        x = xrange(1)
    """
    assert kept(source, target="3.14") == []
    assert kept(source, target="3.6") == [(4, "removed-builtin")]


def test_imported_flags_from_unknown_modules_go_by_their_name():
    source = """
    from .compat import PY2, IS_PY3, text_type
    from .helpers import legacy
    if PY2:
        a = xrange(1)
    if not IS_PY3:
        b = xrange(1)
    if legacy:
        c = xrange(1)
    """
    assert kept(source) == [(9, "removed-builtin")]


def test_compat_table_gives_flags_to_importers(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_compat.py").write_text(textwrap.dedent("""
        import sys
        legacy_python = sys.version_info[0] == 2
        modern = not legacy_python
        if legacy_python:
            text_type = unicode
        else:
            text_type = str
    """))
    (package / "app.py").write_text(textwrap.dedent("""
        from ._compat import legacy_python, modern
        def f(d):
            if legacy_python:
                return d.iteritems()
            if not modern:
                return d.itervalues()
            return d.iterkeys()
    """))
    files = [(str(p), p.relative_to(tmp_path).as_posix()) for p in package.iterdir()]
    table = compat.table(files)
    assert table == {"pkg._compat": {
        "flags": {"legacy_python": [True, False], "modern": [False, True]},
        "aliases": {"text_type": ["unicode", "str"]}}}
    checker = Checker(_all_fixers(), {"compat_flags": table})
    findings = checker.check_source((package / "app.py").read_text(), "pkg/app.py")
    assert [(f.line, f.symbol) for f in findings.findings] == [(8, "dict-iter-method")]


def test_compat_table_comes_from_the_cache_until_the_module_changes(tmp_path,
                                                                      monkeypatch):
    from py3ready.cache import Cache

    module = tmp_path / "_compat.py"
    module.write_text("import sys\nPY2 = sys.version_info[0] == 2\n")
    (tmp_path / "plain_compat.py").write_text("x = 1\n")  # a candidate defining nothing
    files = [(str(module), "_compat.py"),
             (str(tmp_path / "plain_compat.py"), "plain_compat.py")]
    cache = Cache(tmp_path / "cache")
    first = compat.table(files, {"target": "3.14"}, cache)
    assert first == {"_compat": {"flags": {"PY2": [True, False]}, "aliases": {}}}
    with monkeypatch.context() as patch:
        def parsing(*args):
            raise AssertionError("a cached compat module was parsed again")
        patch.setattr(compat, "_module_entry", parsing)
        assert compat.table(files, {"target": "3.14"}, cache) == first
    module.write_text("import sys\nPY3 = sys.version_info[0] >= 3\n")
    assert compat.table(files, {"target": "3.14"}, cache) == {
        "_compat": {"flags": {"PY3": [False, True]}, "aliases": {}}}


def _all_fixers():
    from py3ready import registry

    return registry.select()


@pytest.mark.parametrize("relpath,expected", [
    ("pkg/_compat.py", True), ("compat.py", True), ("pkg/py3compat.py", True),
    ("pkg/six.py", True), ("pkg/compat/__init__.py", True), ("pkg/views.py", False),
])
def test_compat_module_candidates(relpath, expected):
    assert compat.is_candidate(relpath) is expected


@pytest.mark.parametrize("expression,py2,py3", [
    ("sys.version_info[0] == 2", True, False),
    ("sys.version_info >= (3, 4)", False, True),
    ("sys.version_info[:2] == (2, 7)", True, False),
    ("sys.version_info >= (3, 14, 1)", False, None),  # the micro version is unknown
    ("str is bytes", True, False),
    ("str is not bytes", False, True),
    ("six.PY34", False, True),
    ("hasattr(sys, 'maxint')", True, False),
    ("hasattr(str, 'casefold')", False, True),
    ("sys.platform == 'win32'", None, None),
    ("PY2 and foo", None, False),
    ("PY2 or foo", True, None),
])
def test_version_expressions(expression, py2, py3):
    tree, _, _ = Checker([]).parse(f"x = {expression}\n")
    node = tree.children[0].children[0].children[2]
    facts = vc.Facts()
    facts.modules["six"] = "six"
    facts.imported_flags.add("PY2")
    assert vc.truth(node, vc.PYTHON2, facts) is py2
    assert vc.truth(node, (3, 14), facts) is py3


def test_show_py2_only_reports_them_as_info(runner, tmp_path):
    target = tmp_path / "m.py"
    target.write_text("import six\nif six.PY2:\n    x = unicode('a')\ny = xrange(2)\n")
    quiet = runner.invoke(cli, ["scan", "--isolated", "--no-cache", "--format", "json",
                                str(target)])
    shown = runner.invoke(cli, ["scan", "--isolated", "--no-cache", "--format", "json",
                                "--show-py2-only", str(target)])
    assert quiet.exit_code == shown.exit_code == 1, (quiet.output, shown.output)

    def findings(result):
        return [(f["line"], f["rule"], f["severity"], f["message"])
                for f in json.loads(result.stdout)["files"][0]["findings"]]

    assert [f[:3] for f in findings(quiet)] == [(4, "PY201", "error")]
    assert [f[:3] for f in findings(shown)] == [(3, "PY401", "info"), (4, "PY201", "error")]
    assert "Python 2 only: `six.PY2` is not true on Python 3.14" in findings(shown)[0][3]


def test_show_py2_only_from_config(runner, tmp_path):
    (tmp_path / "setup.cfg").write_text("[py3ready]\nshow-py2-only = true\n")
    (tmp_path / "m.py").write_text("import six\nif six.PY2:\n    x = unicode('a')\n")
    result = runner.invoke(cli, ["scan", "--no-cache", "--format", "json",
                                 str(tmp_path)])
    rules = [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert rules == ["PY401"], result.output
    (tmp_path / "setup.cfg").write_text("[py3ready]\nshow-py2-only = perhaps\n")
    bad = runner.invoke(cli, ["scan", "--no-cache", str(tmp_path)])
    assert bad.exit_code == 2 and "show-py2-only" in bad.stderr


def test_compat_aliases_give_the_type_model_text_and_bytes(tmp_path):
    from py3ready import typemodel as tm

    source = textwrap.dedent("""
        import sys
        from ._compat import binary_type
        PY2 = sys.version_info[0] == 2
        if PY2:
            text_type = unicode
        else:
            text_type = str
        try:
            native = unicode
        except NameError:
            native = str
        a = text_type(1)
        b = binary_type(2)
        c = native(3)
    """)
    table = {"pkg._compat": {"flags": {}, "aliases": {"binary_type": ["str", "bytes"]}}}
    checker = Checker([], {"compat_flags": table})
    tree, _, _ = checker.parse(source)
    from py3ready.fixer_base import FileContext

    ctx = FileContext(path="pkg/m.py", source=source, options={"compat_flags": table})
    kinds = {}
    for node in tree.pre_order():
        if node.type == tm.syms.expr_stmt and str(node.children[0]).strip() in "abc":
            kinds[str(node.children[0]).strip()] = tm.value_of(ctx, node.children[2]).kind
    assert kinds == {"a": tm.Kind.TEXT, "b": tm.Kind.BYTES, "c": tm.Kind.TEXT}
    assert reachability.facts(ctx, tree).aliases["native"] == ("unicode", "str")


def test_python2_side_of_a_shim_does_not_type_the_name():
    # On Python 3 the name is urllib.parse's bytes-returning function.
    source = """
    try:
        from urllib.parse import unquote_to_bytes
    except ImportError:
        from urllib import unquote as unquote_to_bytes
    import sys
    if sys.version_info[0] == 2:
        text = unicode('x')
    else:
        text = b'x'
    def path(environ):
        raw = unquote_to_bytes(environ['PATH_INFO'])
        return raw.decode('utf-8'), text.decode('ascii')
    """
    assert kept(source) == []


def test_dotted_import_cannot_mean_a_sibling_module(tmp_path):
    from py3ready.engine import package_siblings

    package = tmp_path / "pkg"
    package.mkdir()
    for name in ("__init__.py", "http.py", "views.py"):
        (package / name).write_text("")
    (package / "forms").mkdir()
    (package / "forms" / "__init__.py").write_text("")
    siblings = package_siblings(package)
    source = ("from http.cookiejar import CookieJar\n"
              "import http\n"
              "from forms.fields import Field\n"
              "from views import index\n")
    found = Checker(_all_fixers(), {}).check_source(source, "pkg/m.py", siblings)
    assert [(f.line, f.rule) for f in found.findings if f.rule == "PY213"] == [
        (2, "PY213"), (3, "PY213"), (4, "PY213")]


def test_compat_table_holds_plain_values_only(tmp_path):
    # It is part of the cache key and is sent to worker processes.
    (tmp_path / "compat.py").write_text(textwrap.dedent("""
        import sys
        PY3 = sys.version_info[0] == 3
        print_ = getattr(__builtins__, "print", None)
    """))
    table = compat.table([(str(tmp_path / "compat.py"), "compat.py")])
    assert table == {"compat": {"flags": {"PY3": [False, True]}, "aliases": {}}}
    assert json.loads(json.dumps(table)) == table
