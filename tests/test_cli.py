"""The command line, through click's CliRunner: output, exit codes, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import validate_report
from py3ready import __version__, registry
from py3ready.cli import cli

PY2 = "import sys\nprint >>sys.stderr, 'x'\nif a <> b:\n    pass\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "app.py").write_text(PY2)
    (tmp_path / "clean.py").write_text("x = 1\n")
    return tmp_path


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_text_output_and_summary_on_stderr(runner, project):
    result = run(runner, "scan", "--select", "PY101", project)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    path, line, col, rest = lines[0].split(":", 3)
    assert path.endswith("app.py") and (line, col) == ("2", "1")
    assert rest == " PY101 print statement is a SyntaxError on Python 3 [print-statement]"
    assert result.stderr.startswith("py3ready: 1 error in 1 of 2 files")


def test_show_source_prints_line_and_caret(runner, project):
    result = run(runner, "scan", "--select", "PY101", "--show-source", project / "app.py")
    assert result.stdout.splitlines()[1:] == ["    print >>sys.stderr, 'x'", "    ^"]


def test_json_output_is_valid_and_alone_on_stdout(runner, project):
    result = run(runner, "scan", "--format", "json", "--select", "PY101", project)
    document = json.loads(result.stdout)
    validate_report(document)
    assert result.stderr == ""
    assert document["summary"]["by_severity"]["error"] == 1
    assert [f["path"] for f in document["files"]] == ["app.py", "clean.py"]
    [finding] = document["findings"]
    assert finding["source"] == "print >>sys.stderr, 'x'" and finding["column"] == 1


def test_output_file(runner, project, tmp_path):
    out = tmp_path / "report.json"
    result = run(runner, "scan", "--format", "json", "-o", out, project / "clean.py")
    assert result.exit_code == 0 and result.stdout == ""
    validate_report(json.loads(out.read_text()))
    assert not list(tmp_path.glob(".report.json.*")), "no temporary file left behind"


@pytest.mark.parametrize("fail_on,code", [("error", 1), ("warning", 1), ("info", 1)])
def test_fail_on(runner, project, fail_on, code):
    assert run(runner, "scan", "--fail-on", fail_on, "--select", "PY101",
               project).exit_code == code


def test_exit_zero_and_clean_tree(runner, project):
    assert run(runner, "scan", "--exit-zero", project).exit_code == 0
    assert run(runner, "scan", project / "clean.py").exit_code == 0


def test_info_findings_do_not_fail_by_default(runner, tmp_path):
    (tmp_path / "new.py").write_text("def f(a, /):\n    return a\n")
    result = run(runner, "scan", tmp_path)
    assert result.exit_code == 0 and "PY003" in result.stdout
    assert run(runner, "scan", "--fail-on", "info", tmp_path).exit_code == 1


def test_ignore_and_select_by_symbol_and_category(runner, project):
    out = run(runner, "scan", "--select", "syntax", "--ignore", "print-statement", project)
    assert "PY101" not in out.stdout


def test_unknown_rule_is_a_usage_error(runner, project):
    result = run(runner, "scan", "--select", "PY999", project)
    assert result.exit_code == 2
    assert "unknown rule selector 'PY999'" in result.stderr


def test_bad_target_and_missing_path_are_usage_errors(runner, project):
    assert run(runner, "scan", "--target", "2.7", project).exit_code == 2
    assert run(runner, "scan", "--target", "three", project).exit_code == 2
    assert run(runner, "scan", project / "nope.py").exit_code == 2


def test_parse_error_fails_run_but_scan_goes_on(runner, tmp_path):
    (tmp_path / "a_broken.py").write_text("def f(:\n")
    (tmp_path / "b.py").write_text("print 'x'\n")
    result = run(runner, "scan", "--select", "PY0,PY101", tmp_path)
    assert result.exit_code == 1
    assert [l.split(": ")[1].split()[0] for l in result.stdout.splitlines()] == [
        "PY001", "PY101"]


def test_rules_lists_every_default_rule(runner):
    result = run(runner, "rules")
    lines = result.stdout.splitlines()
    defaults = [r for r in registry.all_rules() if r.default]
    assert [l.split()[0] for l in lines] == [r.id for r in defaults]
    assert lines[[r.id for r in defaults].index("PY101")].split()[:4] == [
        "PY101", "print-statement", "syntax", "error"]
    assert len(run(runner, "rules", "--all").stdout.splitlines()) == len(
        registry.all_rules())


@pytest.mark.parametrize("name", ["PY101", "py101", "print-statement"])
def test_explain(runner, name):
    result = run(runner, "explain", name)
    assert result.stdout.startswith("PY101 print-statement  (syntax, error, high")
    assert "## Why is this bad?" in result.stdout


def test_explain_unknown(runner):
    result = run(runner, "explain", "nope")
    assert result.exit_code == 2 and "no rule is called 'nope'" in result.stderr


def test_schema_command_prints_the_schema(runner):
    document = json.loads(run(runner, "schema").stdout)
    assert document["title"] == "py3ready report"


def test_version(runner):
    assert __version__ in run(runner, "--version").stdout


def test_python_dash_m_works_like_the_command(project):
    proc = subprocess.run([sys.executable, "-m", "py3ready", "scan", "--select", "PY101",
                           str(project)], capture_output=True, text=True)
    assert proc.returncode == 1 and "PY101" in proc.stdout
    assert "py3ready:" in proc.stderr
