"""Markdown, JUnit, GitHub annotations, GitLab Code Quality and static HTML output."""

from __future__ import annotations

import io
import json
from xml.etree import ElementTree as ET

import pytest

from conftest import SAMPLE_APPS, make_runner, scan_to_file
from py3ready.cli import cli
from py3ready.reporters import REPORTERS
from py3ready.reporters.github import escape_data, escape_property
from test_reporters import finding, report


def render(name, rep=None, **kwargs):
    stream = io.StringIO()
    REPORTERS[name](stream, **kwargs).render(rep or report())
    return stream.getvalue()


def test_github_annotations():
    assert render("github").splitlines() == [
        "::error file=pkg/app.py,line=3,col=5,endLine=3,endColumn=14,"
        "title=PY101 print-statement::print statement",
        "::error file=pkg/bad.py,line=1,col=1,endLine=3,endColumn=14,"
        "title=PY001 parse-error::cannot parse \x1b[31mred\x1b[0m",
    ]


def test_github_escaping():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    from py3ready.findings import FileResult, Report

    odd = finding(path="we,ird:name.py", message="line one\nline two 100%")
    rep = Report(
        root="/",
        tool_version="0",
        files=[FileResult("we,ird:name.py", 3, "print-statement", "utf-8", [odd])],
    )
    [line] = render("github", rep).splitlines()
    assert line.startswith("::error file=we%2Cird%3Aname.py,line=3,")
    assert line.endswith("::line one%0Aline two 100%25")


def test_junit_is_xml_with_one_testcase_per_file():
    root = ET.fromstring(render("junit").encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root
    assert suite.get("tests") == "3" and suite.get("failures") == "1"
    assert suite.get("errors") == "1"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == ["pkg/app.py", "pkg/bad.py", "pkg/ok.py"]
    failure = cases["pkg/app.py"].find("failure")
    assert failure.get("message") == "1 error"
    assert failure.text == "pkg/app.py:3:5: PY101 print statement [print-statement]"
    assert cases["pkg/bad.py"].find("error").get("type") == "unparsed"
    assert "\x1b" not in cases["pkg/bad.py"].find("error").text  # not valid XML 1.0
    assert list(cases["pkg/ok.py"]) == []


def test_markdown():
    text = render("markdown", show_source=True)
    lines = text.splitlines()
    assert lines[0] == "# py3ready: Python 3 readiness"
    assert lines[2].startswith(
        "**Readiness: 25.0%** (\u274c not ready) \u2014 3 files, "
        "16 lines, 2 findings"
    )
    assert "| blocked | 1 |" in lines and "| unparsed | 1 |" in lines
    assert "| `pkg/app.py` | 1 | 1 | 10 |" in lines
    assert "<details><summary>pkg/app.py</summary>" in lines
    assert (
        "- \u274c line 3, col 5: **PY101** print statement (print-statement)" in lines
    )
    assert "  `print 'x'`" in lines
    assert "\x1b" not in text


def test_markdown_truncates(monkeypatch):
    from py3ready.findings import FileResult, Report
    from py3ready.reporters.markdown import MarkdownReporter

    monkeypatch.setattr(MarkdownReporter, "MAX_FINDINGS", 3)
    many = [finding(line=i) for i in range(1, 8)]
    rep = Report(
        root="/",
        tool_version="0",
        files=[FileResult("pkg/app.py", 9, "print-statement", "utf-8", many)],
    )
    text = render("markdown", rep)
    assert text.count("**PY101**") == 3
    assert "_\u2026 and 4 more findings: see the JSON report._" in text


def test_gitlab_code_quality():
    issues = json.loads(render("gitlab"))
    assert issues[0] == {
        "type": "issue",
        "description": "PY101 print statement",
        "check_name": "PY101 print-statement",
        "categories": ["Compatibility"],
        "fingerprint": issues[0]["fingerprint"],
        "severity": "critical",
        "location": {"path": "pkg/app.py", "lines": {"begin": 3}},
    }
    assert len({i["fingerprint"] for i in issues}) == 2


def test_html_escapes_scanned_text():
    from py3ready.findings import FileResult, Report

    hostile = finding(
        path="pkg/<b>x</b>.py",
        message="<script>alert(1)</script>",
        source="print '<img src=x onerror=alert(1)>'",
    )
    rep = Report(
        root="/src",
        tool_version="0",
        files=[FileResult("pkg/<b>x</b>.py", 3, "print-statement", "utf-8", [hostile])],
    )
    page = render("html", rep)
    assert "<script>alert" not in page and "<img" not in page and "<b>x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page and "https://" not in page  # no network resource
    assert page.count("<script>") == 1


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_every_format_from_the_command_line(fmt, tmp_path):
    out = tmp_path / "report.out"
    result = scan_to_file(fmt, SAMPLE_APPS / "class_wiki", out)
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.strip()
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(text)
    if fmt == "junit":
        ET.fromstring(text.encode("utf-8"))
    if REPORTERS[fmt].human:
        assert result.stderr.startswith("py3ready: ")
    else:
        assert result.stderr == ""


def test_text_colour_only_when_asked(monkeypatch):
    coloured = render("text", colour=True)
    assert "\x1b[31m\x1b[1mPY101\x1b[0m" in coloured
    assert "\x1b[31mred" not in coloured  # scanned text stays neutralised
    assert "\x1b" not in render("text")
    from py3ready.cli import colour_wanted

    monkeypatch.setenv("NO_COLOR", "1")
    assert colour_wanted(None) is False
    monkeypatch.delenv("NO_COLOR")
    assert colour_wanted("report.txt") is False


def test_progress_bar_appears_only_after_a_delay():
    from py3ready.progress import DELAY, progress_bar

    now = [0.0]
    stream = io.StringIO()
    stream.isatty = lambda: True
    with progress_bar(True, clock=lambda: now[0], file=stream) as advance:
        advance(1, 10)
        assert stream.getvalue() == ""  # a short scan shows nothing
        now[0] = DELAY + 1
        for done in range(2, 11):
            advance(done, 10)
    assert "Scanning" in stream.getvalue() and "10/10" in stream.getvalue()
    with progress_bar(False) as advance:
        assert advance is None


def test_no_progress_on_pipes(tmp_path):
    result = make_runner().invoke(
        cli, ["scan", "--isolated", "--no-cache", "--exit-zero", str(SAMPLE_APPS)]
    )
    assert "Scanning" not in result.stderr
    assert result.stderr.startswith("py3ready: ")


def test_engine_reports_progress(tmp_path):
    from py3ready import engine, registry

    for name in "abc":
        (tmp_path / f"{name}.py").write_text("x = 1\n")
    calls = []
    engine.scan(
        [tmp_path], registry.select(), progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]
