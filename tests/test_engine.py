"""The engine's core: grammars, encodings, broken input, ordering, targets."""

from __future__ import annotations

import codecs

import pytest

from conftest import check
from py3ready import registry
from py3ready.discover import decode_source
from py3ready.engine import Checker, grammar_order
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity


def checker(*select):
    return Checker(registry.select(select=select or ("PY0", "PY101")), {})


@pytest.mark.parametrize("source,grammar", [
    pytest.param("print 'x'\n", "print-statement", id="print-statement"),
    pytest.param("from __future__ import print_function\nprint('x', end='')\n",
                 "print-function", id="future-print-function"),
    pytest.param("import sys\nprint('x', file=sys.stderr)\n", "print-function",
                 id="py3-print-without-future"),
    pytest.param("x.exec()\nprint(*a, sep='')\n", "exec-function", id="exec-as-name"),
])
def test_grammar_chosen(source, grammar):
    assert checker().check_source(source).grammar == grammar


def test_grammar_order_follows_2to3():
    assert grammar_order(frozenset())[0] == "print-statement"
    assert grammar_order(frozenset({"print_function"}))[0] == "print-function"


def test_parse_error_reports_position_and_goes_on():
    result = checker().check_source("x = 1\ndef broken(:\n    pass\n")
    [finding] = result.findings
    assert (finding.rule, finding.line, finding.column) == ("PY001", 2, 12)
    assert "cannot parse" in finding.message and finding.source == "def broken(:"
    assert result.grammar is None


def test_python3_only_syntax_is_noted_not_failed():
    result = checker().check_source("def f(a, /, b):\n    return a\n")
    assert [f.rule for f in result.findings] == ["PY003"]
    assert result.grammar == "python-ast"


def test_deep_nesting_is_analysed_not_a_crash():
    # The parser (py3ready.fastparse) and the engine's leaf walk are iterative,
    # so nesting deeper than Python's recursion limit is analysed like any code.
    source = "x = " + "(" * 3000 + "1" + ")" * 3000 + "\nprint 'deep'\n"
    result = checker().check_source(source)
    assert [f.rule for f in result.findings] == ["PY101"]


def test_findings_sorted_by_position():
    source = "print 'b'\nif x:\n    print 'a'\nprint 'c'\n"
    lines = [f.line for f in check(source, ["PY101"])]
    assert lines == [1, 3, 4]


def test_columns_are_one_based_and_end_is_exclusive():
    [finding] = check("if x:\n    print 'hi'\n", ["PY101"])
    assert (finding.line, finding.column) == (2, 5)
    assert (finding.end_line, finding.end_column) == (2, 15)


def test_crlf_and_cr_line_endings():
    for newline in ("\r\n", "\r"):
        data = newline.join(["x = 1", "print 'a'", ""]).encode()
        decoded = decode_source(data)
        assert decoded.problem is None
        assert [f.line for f in check(decoded.text, ["PY101"])] == [2]


@pytest.mark.parametrize("data,encoding,problem", [
    pytest.param(b"x = 'caf\xc3\xa9'\n", "utf-8", None, id="utf8-default"),
    pytest.param(codecs.BOM_UTF8 + b"x = 1\n", "utf-8-sig", None, id="bom"),
    pytest.param(b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n", "iso8859-1", None,
                 id="latin1-cookie"),
    pytest.param(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n",
                 "cp1252", None, id="cookie-on-line-2"),
    pytest.param(b"x = 'caf\xe9'\n", "latin-1", "not valid UTF-8", id="latin1-no-cookie"),
    pytest.param(b"# coding: klingon\nx = 1\n", "utf-8", "unknown encoding",
                 id="unknown-codec"),
    pytest.param(codecs.BOM_UTF8 + b"# coding: latin-1\nx = 1\n", "utf-8-sig",
                 "byte order mark", id="bom-vs-cookie"),
])
def test_decoding(data, encoding, problem):
    decoded = decode_source(data)
    assert decoded.encoding == encoding
    if problem is None:
        assert decoded.problem is None
    else:
        assert problem in decoded.problem


def test_nul_bytes_are_not_source():
    decoded = decode_source(b"x = 1\n\x00\x01\x02")
    assert decoded.text is None and "NUL" in decoded.problem and decoded.problem_line == 2


def test_undecodable_file_is_reported_and_still_checked(tmp_path):
    path = tmp_path / "legacy.py"
    path.write_bytes(b"x = 1\nname = 'caf\xe9'\nprint name\n")
    result = checker().check_file(path, "legacy.py")
    assert [(f.rule, f.line) for f in result.findings] == [("PY002", 2), ("PY101", 3)]
    assert result.encoding == "latin-1"


def test_unreadable_file(tmp_path):
    missing = tmp_path / "gone.py"
    result = checker().check_file(missing, "gone.py")
    assert [f.rule for f in result.findings] == ["PY002"]
    assert "cannot read" in result.findings[0].message


class FixExplodes(Py3Fix):
    RULE = Rule(id="PY199", symbol="explodes", category=Category.SYNTAX,
                severity=Severity.ERROR, message="m", fix_hint="h")
    PATTERN = "print_stmt"

    def transform(self, node, results):
        raise RuntimeError("boom")


def test_a_crashing_rule_becomes_a_finding():
    fixers = registry.select(select=["PY004", "PY101"]) + [FixExplodes]
    result = Checker(fixers).check_source("print 'x'\n")
    rules = sorted(f.rule for f in result.findings)
    assert rules == ["PY004", "PY101"]
    internal = [f for f in result.findings if f.rule == "PY004"][0]
    assert "PY199" in internal.message and "boom" in internal.message


class FixRemovedLater(Py3Fix):
    RULE = Rule(id="PY298", symbol="removed-later", category=Category.NAMES,
                severity=Severity.ERROR, message="gone", fix_hint="h")
    PATTERN = "'cgi'"

    def transform(self, node, results):
        self.report(node, removed_in="3.13")


@pytest.mark.parametrize("target,expected", [("3.12", 0), ("3.13", 1), (None, 1)])
def test_target_drops_names_removed_later(target, expected):
    options = {"target": target} if target else {}
    result = Checker([FixRemovedLater], options).check_source("import cgi\n")
    assert len(result.findings) == expected


def test_scanned_code_is_never_executed(tmp_path):
    marker = tmp_path / "ran"
    (tmp_path / "evil.py").write_text(
        f"open({str(marker)!r}, 'w').write('x')\nimport os\nos._exit(3)\n")
    from py3ready.engine import scan

    report = scan([tmp_path], registry.select())
    assert [r.path for r in report.files] == ["evil.py"]
    assert not marker.exists()


class FixPrintNode(Py3Fix):
    RULE = Rule(id="PY198", symbol="print-node", category=Category.SYNTAX,
                severity=Severity.ERROR, message="m", fix_hint="h")
    PATTERN = "print_stmt"


def test_overlapping_patterns_all_match():
    # fissix's own BottomMatcher loses the shorter of two overlapping paths.
    fixers = registry.select(select=["PY101"]) + [FixPrintNode]
    for order in (fixers, fixers[::-1]):
        result = Checker(order).check_source("print 'x'\nx = 1; print 'y'\n")
        assert sorted((f.rule, f.line) for f in result.findings) == [
            ("PY101", 1), ("PY101", 2), ("PY198", 1), ("PY198", 2)]


def test_a_finding_replaced_by_a_more_precise_rule_comes_back_without_it():
    # PY614 stands for PY106 on a WSGI exc_info re-raise; deselect it and
    # the syntax error is still reported, by PY106.
    source = ("def start_response(status, headers, exc_info=None):\n"
              "    if exc_info:\n"
              "        raise exc_info[0], exc_info[1], exc_info[2]\n")
    assert [f.rule for f in check(source, select=["PY106", "PY614"])] == ["PY614"]
    assert [f.rule for f in check(source, select=["PY106"])] == ["PY106"]


def test_a_rule_that_does_not_apply_to_a_file_is_skipped():
    from py3ready import registry
    from py3ready.engine import Checker

    calls = []

    class Quiet(registry.all_fixers()["PY101"]):
        def applies(self, tree):
            calls.append(tree.type)
            return False

        def transform(self, node, results):  # pragma: no cover - must not run
            raise AssertionError("an idle rule was applied")

    checker = Checker([Quiet])
    assert checker.check_source("print 'x'\n", "t.py").findings == []
    assert len(calls) == 1
