"""Hostile and broken input: never a crash, never a hang, never run or changed.

The corpus (tests/hostile_corpus.py) is built at test time. The scans run in a
subprocess, so a hang is a timeout and a traceback is on its stderr.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import hostile_corpus
from conftest import ROOT, validate_report
from py3ready import engine, registry
from py3ready.discover import decode_source, report_name
from py3ready.findings import Report
from py3ready.reporters.json import JsonReporter
from py3ready.reporters.text import TextReporter

CORPUS_TIMEOUT = 180  # seconds for a whole scan of the corpus (it takes ~10)
TOOLS = ("PY001", "PY002", "PY003", "PY004")


def snapshot(top: Path) -> dict:
    """Every entry under ``top`` (bytes names, links not followed): mode, mtime,
    bytes."""
    state = {}
    for directory, dirs, files in os.walk(os.fsencode(top)):
        for name in dirs + files:
            full = os.path.join(directory, name)
            info = os.lstat(full)
            content = None
            if stat.S_ISREG(info.st_mode):
                with open(full, "rb") as handle:
                    content = handle.read()
            elif stat.S_ISLNK(info.st_mode):
                content = os.readlink(full)
            state[full] = (info.st_mode, info.st_mtime_ns, content)
    return state


def make_read_only(top: Path) -> None:
    for directory, dirs, files in os.walk(top):
        for name in files:
            path = os.path.join(directory, name)
            if not os.path.islink(path):
                os.chmod(path, 0o444)
        os.chmod(directory, 0o555)


def make_writable(top: Path) -> None:
    for directory, dirs, _ in os.walk(top):
        os.chmod(directory, 0o755)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(tree, side directory, expectations): a read-only tree of hostile files."""
    base = tmp_path_factory.mktemp("hostile")
    tree, side = base / "tree", base / "side"
    tree.mkdir()
    side.mkdir()
    expected = hostile_corpus.build(tree, side)
    make_read_only(tree)
    yield tree, side, expected
    make_writable(tree)


def run_cli(args, cwd: Path, timeout: float = CORPUS_TIMEOUT):
    env = dict(os.environ, NO_COLOR="1", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "py3ready", *args], cwd=cwd, capture_output=True,
        timeout=timeout, env=env,
    )


def check_expectations(document: dict, expected: dict) -> None:
    files = {f["path"]: f for f in document["files"]}
    for absent in hostile_corpus.ABSENT:
        assert absent not in files, f"{absent} is outside the tree or a loop"
    assert set(files) == set(expected)
    for path, expect in expected.items():
        result = files[path]
        rules = [f["rule"] for f in result["findings"]]
        tools = tuple(sorted(r for r in rules if r in TOOLS))
        assert tools == expect.tools, (path, rules)
        parsed = result["grammar"] is not None
        assert parsed == expect.parsed, (path, result["grammar"])
        for rule in expect.rules:
            assert rule in rules, (path, rules)
        if expect.message:
            messages = [f["message"] for f in result["findings"] if f["rule"] in TOOLS]
            assert any(expect.message in m for m in messages), (path, messages)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_corpus_scans_safely_and_says_what_it_could_not_read(corpus, jobs):
    tree, side, expected = corpus
    before = snapshot(tree)
    out = side / f"report-{jobs}.json"
    proc = run_cli(["scan", "--format", "json", "-o", str(out), "-j", jobs,
                    "--cache-dir", str(side / "cache"), str(tree)], cwd=side)
    assert proc.returncode == 1, proc.stderr  # findings, not a crash (2 or more)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    assert proc.stdout == b""
    text = out.read_bytes()
    text.decode("ascii")  # every non-ASCII character escaped: valid for any reader
    document = json.loads(text)
    validate_report(document)
    check_expectations(document, expected)
    # Nothing ran, nothing changed: no sentinel, same bytes, modes and mtimes.
    assert not list(side.glob(hostile_corpus.SENTINEL + "*"))
    assert snapshot(tree) == before
    # A second scan (from the cache) says exactly the same.
    again = side / f"again-{jobs}.json"
    run_cli(["scan", "--format", "json", "-o", str(again), "-j", jobs,
             "--cache-dir", str(side / "cache"), str(tree)], cwd=side)
    assert json.loads(again.read_bytes()) == document


def test_text_output_neutralises_control_characters(corpus):
    tree, side, _ = corpus
    # The module's cache: what is checked here is the text rendering, and the
    # scans above prove cached results are the same as fresh ones.
    proc = run_cli(["scan", "--cache-dir", str(side / "cache"), "--show-source", "-j",
                    "1", str(tree)], cwd=side)
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    text = proc.stdout.decode("utf-8")  # strict: no lone surrogates got through
    for char in set(text) - {"\n"}:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs"), repr(char)
    assert "\x1b" not in text and "\x9b" not in text
    assert hostile_corpus.BAD_NAME_REPORTED in text
    assert "\\x1b[31mRED" in text  # shown, escaped, not interpreted


def test_scanned_code_never_runs_even_as_a_script(tmp_path):
    """A `#!python` script without extension and a setup.py are read, not run."""
    side = tmp_path / "side"
    side.mkdir()
    tree = tmp_path / "tree"
    tree.mkdir()
    payload = hostile_corpus._evil(side)
    (tree / "setup.py").write_text(payload)
    (tree / "manage").write_text("#!/usr/bin/env python\n" + payload)
    (tree / "conftest.py").write_text(payload)
    (tree / "__init__.py").write_text(payload)
    proc = run_cli(["scan", "--no-cache", "-j", "1", str(tree)], cwd=tree)
    assert proc.returncode == 1 and b"manage:" in proc.stdout
    assert not list(side.iterdir())


def test_a_file_that_disappears_between_discovery_and_reading(tmp_path, monkeypatch):
    (tmp_path / "gone.py").write_text("print 'x'\n")
    (tmp_path / "kept.py").write_text("print 'y'\n")
    real_iter = engine.iter_files

    def iter_then_delete(*args, **kwargs):
        yield from real_iter(*args, **kwargs)
        (tmp_path / "gone.py").unlink()  # discovered, deleted before it is read

    monkeypatch.setattr(engine, "iter_files", iter_then_delete)
    report = engine.scan([tmp_path], registry.select())
    by_path = {r.path: [f.rule for f in r.findings] for r in report.files}
    assert by_path["gone.py"] == ["PY002"]
    assert "No such file" in report.files[0].findings[0].message
    assert "PY101" in by_path["kept.py"]


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    # Tests may run as root, where chmod 000 does not stop reading: then the
    # read itself is made to fail the way it would for another user.
    target = tmp_path / "secret.py"
    target.write_text("print 'x'\n")
    (tmp_path / "other.py").write_text("x = 1\n")
    os.chmod(target, 0)
    try:
        if os.geteuid() == 0:
            real = Path.read_bytes

            def read_bytes(self):
                if self.name == "secret.py":
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(Path, "read_bytes", read_bytes)
        report = engine.scan([tmp_path], registry.select())
    finally:
        os.chmod(target, 0o644)
    by_path = {r.path: r for r in report.files}
    [finding] = by_path["secret.py"].findings
    assert finding.rule == "PY002" and "Permission denied" in finding.message
    assert by_path["other.py"].findings == []


def test_lone_surrogates_and_control_characters_in_any_report(tmp_path):
    """Text and JSON stay valid even for text given straight to the engine."""
    checker = engine.Checker(registry.select())
    nasty = "x = u'\\x1b[2J\u202e\x00'\nprint x  # \x1b]0;title\x07\n"
    result = checker.check_source(nasty, report_name("caf\udce9\x1b.py"))
    report = Report(root=report_name(str(tmp_path) + "/\udcff"), files=[result],
                    tool_version="test")
    stream = io.StringIO()
    JsonReporter(stream).render(report)
    stream.getvalue().encode("ascii")
    document = json.loads(stream.getvalue())
    validate_report(document)
    assert document["files"][0]["path"] == "caf\\xe9\x1b.py"
    stream = io.StringIO()
    TextReporter(stream, show_source=True).render(report)
    text = stream.getvalue()
    text.encode("utf-8")
    assert "\x1b" not in text and "\u202e" not in text
    assert "caf\\xe9\\x1b.py" in text


@pytest.mark.parametrize("data", [
    b"# coding: utf-7\nx = '+2AA-'\n",
    b"# coding: raw_unicode_escape\nx = '\\udfff'\n",
])
def test_decoded_text_never_holds_lone_surrogates(data):
    decoded = decode_source(data)
    decoded.text.encode("utf-8")
    assert "lone surrogates" in decoded.problem and decoded.problem_line == 2


def test_report_names_are_valid_unicode():
    assert report_name("plain/caf\u00e9.py") == "plain/caf\u00e9.py"
    assert report_name(os.fsdecode(b"a/\xff\xfe.py")) == "a/\\xff\\xfe.py"


def test_the_report_file_is_written_atomically(tmp_path, monkeypatch):
    """A write that fails half way leaves the old report and no temporary file."""
    from py3ready import cli

    out = tmp_path / "report.json"
    out.write_text("old")

    class Boom(Exception):
        pass

    real_fdopen = os.fdopen

    def failing_fdopen(*args, **kwargs):
        stream = real_fdopen(*args, **kwargs)
        real_write = stream.write

        def write(text):
            real_write(text[: len(text) // 2])
            raise Boom()

        stream.write = write
        return stream

    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    with pytest.raises(Boom):
        cli.write_atomically(out, "x" * 1000)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_the_repository_itself_is_not_written_by_a_scan(tmp_path):
    """Scanning the sample apps with the default cache leaves them untouched."""
    before = snapshot(ROOT / "sample_apps")
    proc = run_cli(["scan", "--format", "json", "-j", "1", "--cache-dir",
                    str(tmp_path / "cache"), str(ROOT / "sample_apps")],
                   cwd=tmp_path)
    assert proc.returncode in (0, 1)
    assert snapshot(ROOT / "sample_apps") == before
