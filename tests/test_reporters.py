"""Reporters render a fixed Report exactly; they never detect."""

from __future__ import annotations

import io
import json

from conftest import validate_report
from py3ready.findings import FileResult, Finding, Report
from py3ready.reporters import REPORTERS
from py3ready.reporters.text import printable, summary_line


def finding(**overrides):
    values = dict(path="pkg/app.py", line=3, column=5, rule="PY101",
                  symbol="print-statement", category="syntax", severity="error",
                  confidence="high", message="print statement", fix_hint="use print()",
                  source="    print 'x'", end_line=3, end_column=14)
    values.update(overrides)
    return Finding(**values)


def report():
    second = finding(path="pkg/bad.py", line=1, column=1, rule="PY001", symbol="parse-error",
                     category="tool", message="cannot parse \x1b[31mred\x1b[0m",
                     source="\x1b[2J")
    return Report(root="/src", tool_version="0.1.0", target="3.14", files=[
        FileResult("pkg/app.py", 10, "print-statement", "utf-8", [finding()]),
        FileResult("pkg/bad.py", 2, None, "utf-8", [second]),
        FileResult("pkg/ok.py", 4, "print-function", "utf-8", []),
    ])


def test_finding_round_trip():
    original = finding(removed_in="3.13", fix="print('x')")
    assert Finding.from_dict(json.loads(json.dumps(original.to_dict()))) == original


def test_text_format_neutralises_control_characters(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    stream = io.StringIO()
    REPORTERS["text"](stream, show_source=True).render(report())
    assert stream.getvalue().splitlines() == [
        "/src/pkg/app.py:3:5: PY101 print statement [print-statement]",
        "        print 'x'",
        "        ^",
        "/src/pkg/bad.py:1:1: PY001 cannot parse \\x1b[31mred\\x1b[0m [parse-error]",
        "    \\x1b[2J",
        "    ^",
    ]
    assert "\x1b" not in stream.getvalue()


def test_printable():
    assert printable("a\tb\u202ec\x00") == "a b\\u202ec\\x00"


def test_summary_line():
    assert summary_line(report()) == (
        "py3ready: 2 errors in 2 of 3 files (16 lines); 1 could not be parsed; "
        "readiness 25% (not-ready)")


def test_json_report_is_valid_and_sorted():
    stream = io.StringIO()
    REPORTERS["json"](stream).render(report())
    document = json.loads(stream.getvalue())
    validate_report(document)
    assert [f["path"] for f in document["findings"]] == ["pkg/app.py", "pkg/bad.py"]
    assert document["summary"] == {
        "files": 3, "files_with_findings": 2, "unparsed_files": 1, "lines": 16,
        "findings": 2, "by_severity": {"info": 0, "warning": 0, "error": 2},
        "by_category": {"syntax": 1, "tool": 1}, "by_rule": {"PY001": 1, "PY101": 1},
        "suppressed": 0,
        # the readiness scores (py3ready.scoring; tests/test_scoring.py)
        "readiness": 25.0, "verdict": "not-ready",
        "by_status": {"ready": 1, "at-risk": 0, "blocked": 1, "unparsed": 1},
        "by_package": {"pkg": {"files": 3, "lines": 16, "readiness": 25.0,
                               "blocked": 1, "at_risk": 0, "unparsed": 1}},
        "top_blocked_files": [
            {"path": "pkg/app.py", "errors": 1, "findings": 1, "lines": 10},
            {"path": "pkg/bad.py", "errors": 1, "findings": 1, "lines": 2}],
        "fixable": 0, "fixable_percent": 0.0,
    }
    assert "\\u001b" in stream.getvalue()  # escaped, so the JSON stays plain ASCII
