"""Fingerprints, --baseline, --fail-under and `py3ready diff`."""

from __future__ import annotations

import json


from conftest import validate_report, make_runner
from py3ready.baseline import fingerprints, normalise
from py3ready.cli import cli
from test_reporters import finding

OLD = """\
import urllib2

def main(d):
    if d.has_key('a'):
        print 'a'
    print 'a'
"""

# Lines moved down, one finding fixed (has_key), one new (octal), one duplicate added.
NEW = """\
import urllib2


def main(d):
    if 'a' in d:
        print   'a'
    print 'a'
    print 'a'
    return 0777
"""


def scan(runner, path, *args):
    return runner.invoke(cli, ["scan", "--isolated", "--no-cache", *args, str(path)])


def write_report(runner, tmp_path, name, source):
    project = tmp_path / name
    project.mkdir()
    (project / "app.py").write_text(source)
    out = tmp_path / f"{name}.json"
    result = scan(runner, project, "--exit-zero", "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    return project, out


def test_fingerprint_ignores_line_numbers_and_whitespace():
    one = finding(line=3, source="    print 'x'")
    moved = finding(line=30, source="print   'x' ")
    assert fingerprints([one]) == fingerprints([moved])
    assert normalise("  a \t b  ") == "a b"
    other_rule = finding(rule="PY102")
    other_path = finding(path="pkg/other.py")
    assert (
        len(
            set(
                fingerprints([one])
                + fingerprints([other_rule])
                + fingerprints([other_path])
            )
        )
        == 3
    )


def test_identical_lines_get_occurrence_indexes():
    first, second = finding(line=3), finding(line=9)
    prints = fingerprints([second, first])  # any order in, line order decides
    assert prints[0] != prints[1]
    assert prints[1] == fingerprints([first])[0]


def test_baseline_reports_only_new_findings(tmp_path):
    runner = make_runner()
    _, baseline = write_report(runner, tmp_path, "old", OLD)
    new_project, _ = write_report(runner, tmp_path, "new", NEW)
    result = scan(runner, new_project, "--format", "json", "--baseline", str(baseline))
    document = json.loads(result.stdout)
    validate_report(document)
    new_rules = sorted((f["rule"], f["line"]) for f in document["findings"])
    assert ("PY107", 9) in new_rules  # the octal literal is new
    assert [r for r in new_rules if r[0] == "PY101"] == [("PY101", 8)]  # third print
    assert not any(r[0] in ("PY202", "PY205") for r in new_rules)
    assert result.exit_code == 1  # new errors still fail the run
    text = scan(runner, new_project, "--baseline", str(baseline))
    assert "in the baseline not shown" in text.stderr
    # against itself: nothing new, exit 0
    _, itself = write_report(runner, tmp_path, "same", NEW)
    again = scan(runner, new_project, "--format", "json", "--baseline", str(itself))
    assert json.loads(again.stdout)["findings"] == [] and again.exit_code == 0


def test_baseline_from_config_and_bad_baseline(tmp_path):
    runner = make_runner()
    _, baseline = write_report(runner, tmp_path, "old", NEW)
    project = tmp_path / "old"
    (project / "setup.cfg").write_text(f"[py3ready]\nbaseline = {baseline}\n")
    result = runner.invoke(
        cli,
        [
            "scan",
            "--no-cache",
            "--format",
            "json",
            "--config",
            str(project / "setup.cfg"),
            str(project),
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []
    (tmp_path / "junk.json").write_text("{}")
    bad = scan(runner, project, "--baseline", str(tmp_path / "junk.json"))
    assert bad.exit_code == 2 and "--baseline" in bad.stderr


def test_fail_under(tmp_path):
    runner = make_runner()
    project = tmp_path / "p"
    project.mkdir()
    (project / "ok.py").write_text("x = 1\ny = 2\nz = 3\n")
    (project / "bad.py").write_text("print 'x'\n")
    assert (
        scan(runner, project, "--fail-on", "error", "--fail-under", "50").exit_code == 1
    )
    below = scan(runner, project, "--fail-on", "error", "--fail-under", "80")
    assert (
        below.exit_code == 1
        and "readiness 75.0% is below --fail-under 80%" in below.stderr
    )
    ok = scan(
        runner,
        project,
        "--fail-on",
        "error",
        "--ignore",
        "PY101,PY504",
        "--fail-under",
        "100",
    )
    assert ok.exit_code == 0, ok.stderr
    assert scan(runner, project, "--fail-under", "101").exit_code == 2
    (project / "setup.cfg").write_text(
        "[py3ready]\nfail-under = 90\nfail-on = error\n" "ignore = PY101,PY504\n"
    )
    (project / "ok.py").write_text("x = 1\ny = 2\nz = 3\nd = {}.has_key(1)\n")
    configured = runner.invoke(
        cli,
        ["scan", "--no-cache", "--config", str(project / "setup.cfg"), str(project)],
    )
    assert configured.exit_code == 1 and "below --fail-under 90%" in configured.stderr


def test_diff(tmp_path):
    runner = make_runner()
    _, old = write_report(runner, tmp_path, "old", OLD)
    _, new = write_report(runner, tmp_path, "new", NEW)
    result = runner.invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [f["rule"] for f in data["fixed"]] == ["PY202"]
    assert sorted(f["rule"] for f in data["new_findings"]) == ["PY101", "PY107"]
    assert data["old"]["readiness"] == data["new"]["readiness"] == 0.0
    assert data["readiness_change"] == 0.0
    text = runner.invoke(cli, ["diff", str(old), str(new)]).stdout.splitlines()
    assert text[:3] == [
        "readiness: 0.0% -> 0.0% (+0.0)",
        "verdict: not-ready -> not-ready",
        "fixed: 1, new: 2",
    ]
    assert text[4] == "Fixed:" and text[5].startswith("  app.py:4:")
    bad = runner.invoke(cli, ["diff", str(old), str(tmp_path / "old" / "app.py")])
    assert bad.exit_code == 2
