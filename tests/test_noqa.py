"""Suppressions: ``# noqa``, ``# py3ready: ignore[...]``, ``skip-file``,
per-file-ignores, the report's ``suppressed`` part and unused ones (PY005)."""

from __future__ import annotations

import json

import pytest

from conftest import check, validate_report
from py3ready import noqa, registry
from py3ready.cli import cli
from py3ready.engine import Checker


def result(source: str, select=("PY1", "PY2"), unused: bool = False):
    rules = list(select) + (["PY005"] if unused else [])
    return Checker(registry.select(select=rules)).check_source(source, "t.py")


def flagged(source: str, **kwargs):
    return [(f.line, f.rule) for f in result(source, **kwargs).findings]


def silenced(source: str, **kwargs):
    return [
        (s.finding.line, s.finding.rule, s.by)
        for s in result(source, **kwargs).suppressed
    ]


@pytest.mark.parametrize(
    "comment",
    [
        "# noqa",
        "#noqa",
        "# NOQA",
        "# noqa: PY101",
        "# noqa:PY101",
        "# noqa: py101",
        "# noqa: E501, PY101",
        "# noqa: PY1",
        "# noqa : PY205",  # flake8: ' :' is bare
        "# type: ignore  # noqa: PY101",
        "# py3ready: ignore",
        "# py3ready: ignore[PY101]",
        "# py3ready: ignore[print-statement]",
        "# py3ready: ignore[syntax]",
        "# py3ready: ignore[PY205, print-statement]",
        "# py3ready: ignore[ALL]",
    ],
)
def test_comment_silences_the_line(comment):
    source = f"print 'a'  {comment}\nprint 'b'\n"
    assert flagged(source) == [(2, "PY101")]
    kind = "noqa" if "noqa" in comment.lower() else "ignore-comment"
    assert silenced(source) == [(1, "PY101", kind)]


@pytest.mark.parametrize(
    "comment",
    [
        "# noqa: PY205",
        "# noqa: E501",
        "# noqa: PY2",
        "# py3ready: ignore[PY205]",
        "# py3ready: ignore[unicode]",
        "# py3ready: ignore-file",
        "# py3ready: select=PY101",
        "# not a noqa comment",
        "# noqa-ish: no",
    ],
)
def test_comment_that_does_not_name_the_rule(comment):
    assert flagged(f"print 'a'  {comment}\n") == [(1, "PY101")]


def test_only_the_named_rules_are_silenced():
    source = "print `x`  # noqa: PY103\n"
    assert flagged(source) == [(1, "PY101")]
    assert silenced(source) == [(1, "PY103", "noqa")]


def test_noqa_in_a_string_is_not_a_comment():
    source = 'print "# noqa"\nx = """\n# noqa\n"""; print x\n'
    assert flagged(source) == [(1, "PY101"), (4, "PY101")]


def test_backslash_and_multiline_string_lines_share_a_comment():
    source = (
        "print 'one', \\\n"
        "    'two'  # noqa\n"
        "print '''three\n"
        "four'''  # noqa: PY101\n"
        "print 'five', (5,\n"
        "               6)  # noqa\n"
    )
    # Bracketed lines are separate lines, as in flake8: line 5 stays flagged.
    assert flagged(source, select=("PY101",)) == [(5, "PY101")]
    assert [line for line, _, _ in silenced(source, select=("PY101",))] == [1, 3]


def test_skip_file():
    source = "import os\n# py3ready: skip-file\nprint 'a'\nprint `b`\n"
    assert flagged(source) == []
    assert silenced(source) == [
        (3, "PY101", "skip-file"),
        (4, "PY101", "skip-file"),
        (4, "PY103", "skip-file"),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "print 'a'  # py3ready: skip-file\n",  # not on a line of its own
        's = """\n# py3ready: skip-file\n"""\nprint s\n',  # in a string
    ],
)
def test_skip_file_only_as_a_comment_line(source):
    assert [rule for _, rule in flagged(source)] == ["PY101"]


def test_a_file_that_does_not_tokenize_is_searched_line_by_line():
    source = "def broken(:  # noqa\n    s = '''never closed\n"
    assert flagged(source, select=("PY0",)) == []
    assert silenced(source, select=("PY0",)) == [(1, "PY001", "noqa")]
    assert noqa.parse("x = 1  # noqa: PY101\n'''\n").directives[0].names == ("PY101",)


def test_unused_suppressions_are_reported_on_request():
    source = (
        "print 'a'  # noqa: PY101\n"  # used
        "x = 1  # noqa\n"  # silences nothing
        "y = 2  # noqa: PY101, PY999\n"  # idle and unknown
        "z = 3  # py3ready: ignore[print-statement]\n"
        "w = 4  # noqa: PY301\n"  # PY301 did not run: left alone
        "v = 5  # noqa: E501\n"  # flake8's, not ours
    )
    assert flagged(source, select=("PY1",)) == []
    found = result(source, select=("PY1",), unused=True).findings
    assert [(f.line, f.column, f.rule) for f in found] == [
        (2, 8, "PY005"),
        (3, 8, "PY005"),
        (4, 8, "PY005"),
    ]
    assert [f.message for f in found] == [
        "`# noqa` silences nothing on this line",
        "in `# noqa: PY101, PY999`: PY999 names no py3ready rule; PY101 silences "
        "nothing on this line",
        "in `# py3ready: ignore[print-statement]`: print-statement silences nothing "
        "on this line",
    ]
    assert {f.severity for f in found} == {"info"}


def test_unused_skip_file():
    found = result("# py3ready: skip-file\nx = 1  # noqa\n", unused=True).findings
    assert [(f.line, f.message) for f in found] == [
        (1, "`# py3ready: skip-file` skips a file with no findings")
    ]
    assert not result("# py3ready: skip-file\nprint 'x'\n", unused=True).findings


def test_unused_suppression_is_opt_in():
    assert not registry.find_rule("PY005").RULE.default
    assert check("x = 1  # noqa\n") == []
    assert [f.rule for f in check("x = 1  # noqa\n", ["PY1", "PY005"])] == ["PY005"]


# -- through the command line ----------------------------------------------------


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()
    src = tmp_path / "src"
    (src / "tests").mkdir(parents=True)
    (src / "app.py").write_text("print 'a'  # noqa\nprint 'b'\n")
    (src / "tests" / "test_app.py").write_text("print 'test'\nif a <> b: pass\n")
    (src / "tests" / "conftest.py").write_text("print 'conf'\n")
    return tmp_path


def scan_json(runner, *args):
    outcome = runner.invoke(cli, ["scan", "--format", "json", *map(str, args)])
    document = json.loads(outcome.stdout)
    validate_report(document)
    return outcome.exit_code, document


def test_report_counts_and_lists_suppressed_findings(repo, runner):
    code, document = scan_json(runner, "--select", "PY101", repo / "src")
    assert code == 1
    assert document["summary"]["findings"] == 3
    assert document["summary"]["suppressed"] == 1
    [entry] = document["suppressed"]
    assert entry["by"] == "noqa" and entry["finding"]["line"] == 1
    app = next(f for f in document["files"] if f["path"] == "app.py")
    assert app["suppressed"] == document["suppressed"]
    text = runner.invoke(cli, ["scan", "--select", "PY101", str(repo / "src")])
    assert "; 1 suppressed;" in text.stderr


def test_per_file_ignores_globs_are_relative_to_the_config_file(repo, runner):
    (repo / "setup.cfg").write_text(
        "[py3ready]\nper-file-ignores =\n"
        "    src/tests/*.py: PY101\n"
        "    conftest.py: ALL\n"
    )
    for target in (
        repo / "src",
        repo / "src" / "tests",
        repo / "src" / "tests" / "test_app.py",
    ):
        _, document = scan_json(runner, target)
        left = [(f["path"].rsplit("/", 1)[-1], f["rule"]) for f in document["findings"]]
        assert ("test_app.py", "PY101") not in left and ("test_app.py", "PY104") in left
        assert not any(name == "conftest.py" for name, _ in left)
    _, document = scan_json(runner, "--select", "PY1", repo / "src")
    assert sorted((s["finding"]["path"], s["by"]) for s in document["suppressed"]) == [
        ("app.py", "noqa"),
        ("tests/conftest.py", "per-file-ignores"),
        ("tests/test_app.py", "per-file-ignores"),
    ]
    code, _ = scan_json(runner, "--select", "PY101", repo / "src" / "tests")
    assert code == 0, "silenced findings do not fail the run"
