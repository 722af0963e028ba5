"""The benchmark scripts work end to end on a tiny local corpus, without the network."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_APPS

BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402


def test_run_py_times_every_tool_and_writes_results(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text(
        "# Benchmark results\n\nintro kept\n\n## Latest run\n\nold\n\n"
        "## Profile\n\nkept too\n"
    )
    tools = (
        "parse-only,fastparse-only,fissix-fixers,py3ready-j1,py3ready-jN,py3ready-warm"
    )
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--corpus-dir",
            str(SAMPLE_APPS),
            "--runs",
            "1",
            "--jobs",
            "2",
            "--tools",
            tools,
            "--output",
            str(results),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    text = results.read_text()
    assert "intro kept" in text and "kept too" in text and "\nold\n" not in text
    for label in (
        "fissix parse-only (the floor)",
        "fissix default fixers",
        "py3ready cold, --jobs 1",
        "py3ready cold, --jobs 2",
        "py3ready warm (cache hit), --jobs 2",
        "| target | measured | verdict |",
        "| sample_apps | local |",
    ):
        assert label in text, label
    assert "Machine: " in text


def _sdist(tmp_path: Path) -> Path:
    archive = tmp_path / "Demo-1.0.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in [
            ("Demo-1.0/demo/__init__.py", b"print 'hi'\n"),
            ("Demo-1.0/README", b"not python"),
            ("Demo-1.0/../escape.py", b"x = 1\n"),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return archive


def test_corpus_is_verified_by_sha256_and_unpacked(tmp_path, monkeypatch):
    archive = _sdist(tmp_path)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    monkeypatch.setattr(corpus, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(corpus, "_url_from_index", lambda sdist: archive.as_uri())
    good = corpus.Sdist("Demo", "1.0", archive.name, digest)
    folder = corpus.unpack(good, corpus.fetch(good, log=lambda m: None))
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.py")) == [
        "demo/__init__.py",
        "escape.py",
    ]
    assert corpus.count_lines(corpus.python_files([folder])) == 2
    (tmp_path / "cache" / "sdists" / archive.name).unlink()
    bad = good._replace(sha256="0" * 64)
    monkeypatch.setattr(
        corpus, "_pip_download", lambda sdist, dest: pytest.fail("no pip")
    )
    with pytest.raises(corpus.CorpusError, match="sha256"):
        corpus.fetch(bad, log=lambda m: None)
    assert not list((tmp_path / "cache" / "sdists").iterdir())


def test_named_sets_resolve_to_pinned_sdists():
    assert len(corpus.resolve_set("full")) == 16
    assert [s.name for s in corpus.resolve_set("flask,WebOb")] == ["Flask", "WebOb"]
    assert all(len(s.sha256) == 64 for s in corpus.SDISTS)
    with pytest.raises(corpus.CorpusError):
        corpus.resolve_set("NoSuchPackage")
