"""Readiness scores: file statuses, the project score and verdict, rollups."""

from __future__ import annotations

import json

from conftest import validate_report
from py3ready import scoring
from py3ready.findings import FileResult, Finding, Report, Suppressed
from py3ready.merge import merge


def finding(path="app.py", line=1, rule="PY101", severity="error", fix=None, **extra):
    return Finding(
        path=path,
        line=line,
        column=1,
        rule=rule,
        symbol="print-statement",
        category="syntax",
        severity=severity,
        confidence="high",
        message="m",
        source="print 'x'",
        fix=fix,
        **extra,
    )


def result(path, lines, *severities, grammar="print-statement", fixes=0):
    found = [
        finding(path, i + 1, severity=s, fix="x" if i < fixes else None)
        for i, s in enumerate(severities)
    ]
    return FileResult(path, lines, grammar, "utf-8", found)


def project():
    return Report(
        root="/src",
        tool_version="0",
        target="3.14",
        files=[
            result("a.py", 40, "info", "info"),
            result("pkg/b.py", 30, "warning", "info"),
            result("pkg/c.py", 20, "error", "warning", "error", fixes=1),
            result("pkg/sub/d.py", 10, "error", grammar=None),
            result("pkg/sub/e.py", 0),
        ],
    )


def test_file_status():
    assert [scoring.file_status(r) for r in project().files] == [
        "ready",
        "at-risk",
        "blocked",
        "unparsed",
        "ready",
    ]


def test_suppressed_findings_do_not_count():
    silenced = Suppressed(finding(severity="error"), "noqa")
    assert (
        scoring.file_status(
            FileResult("a.py", 3, "print-statement", "utf-8", [], [silenced])
        )
        == "ready"
    )


def test_project_scores():
    summary = project().summary()
    assert summary["readiness"] == 40.0  # 40 of 100 lines are in ready files
    assert summary["verdict"] == "not-ready"
    assert summary["by_status"] == {
        "ready": 2,
        "at-risk": 1,
        "blocked": 1,
        "unparsed": 1,
    }
    assert summary["by_package"] == {
        ".": {
            "files": 1,
            "lines": 40,
            "readiness": 100.0,
            "blocked": 0,
            "at_risk": 0,
            "unparsed": 0,
        },
        "pkg": {
            "files": 2,
            "lines": 50,
            "readiness": 0.0,
            "blocked": 1,
            "at_risk": 1,
            "unparsed": 0,
        },
        "pkg/sub": {
            "files": 2,
            "lines": 10,
            "readiness": 0.0,
            "blocked": 0,
            "at_risk": 0,
            "unparsed": 1,
        },
    }
    assert summary["top_blocked_files"] == [
        {"path": "pkg/c.py", "errors": 2, "findings": 3, "lines": 20},
        {"path": "pkg/sub/d.py", "errors": 1, "findings": 1, "lines": 10},
    ]
    assert summary["fixable"] == 1 and summary["fixable_percent"] == 12.5  # 1 of 8


def test_edge_cases():
    empty = Report(root="/", tool_version="0", files=[])
    assert empty.summary()["readiness"] == 100.0
    assert empty.summary()["verdict"] == "ready"
    assert empty.summary()["fixable_percent"] == 0.0
    # rounded down: one blocked line in 10000 is not 100% ready
    files = [result("a.py", 9999), result("b.py", 1, "error")]
    assert scoring.readiness(files) == 99.9
    assert scoring.verdict([result("a.py", 5, "info")]) == "ready"


def test_top_blocked_files_keeps_ten():
    files = [result(f"m{i:02}.py", 5, *["error"] * (i % 4 + 1)) for i in range(15)]
    top = scoring.top_blocked_files(files)
    assert len(top) == 10 and top[0] == {
        "path": "m03.py",
        "errors": 4,
        "findings": 4,
        "lines": 5,
    }


def test_json_report_carries_scores_and_validates():
    document = json.loads(json.dumps(project().to_dict()))
    validate_report(document)
    assert document["schema_version"] == "1.2"
    assert [f["status"] for f in document["files"]] == [
        "ready",
        "at-risk",
        "blocked",
        "unparsed",
        "ready",
    ]
    assert document["summary"]["readiness"] == 40.0
    assert all(len(f["fingerprint"]) == 32 for f in document["findings"])


def test_merge_recomputes_scores():
    one = Report(root="/w/shop", tool_version="0", files=[result("a.py", 30, "error")])
    two = Report(root="/w/wiki", tool_version="0", files=[result("b.py", 10)])
    loaded = [
        (name, Report.from_dict(json.loads(json.dumps(r.to_dict()))))
        for name, r in (("shop", one), ("wiki", two))
    ]
    summary = merge(loaded).summary()
    assert summary["readiness"] == 25.0
    assert set(summary["by_package"]) == {"shop", "wiki"}
    assert summary["top_blocked_files"][0]["path"] == "shop/a.py"
