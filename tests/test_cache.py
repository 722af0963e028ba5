"""The result cache: hits, misses, invalidation, corrupt entries, concurrent scans."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE_APPS
from py3ready import cache as cache_module
from py3ready import engine, registry
from py3ready.cache import Cache, default_cache_dir

SHOP = SAMPLE_APPS / "raw_wsgi_shop"


def _scan(paths, cache, select=(), target="3.14", jobs=1):
    return engine.scan(
        paths,
        registry.select(list(select)),
        options={"target": target},
        jobs=jobs,
        cache=cache,
    )


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    (tree / "pkg").mkdir(parents=True)
    (tree / "pkg" / "__init__.py").write_text("")
    (tree / "pkg" / "views.py").write_text("import models\nprint 'hi'\n")
    (tree / "pkg" / "models.py").write_text(
        "class A:\n    pass\nd = {}\nd.has_key(1)\n"
    )
    (tree / "run.py").write_text("print 'x'\n")
    return tree


def _entries(directory: Path):
    return sorted(directory.rglob("*.json"))


def test_second_scan_is_served_from_the_cache(tmp_path):
    store = Cache(tmp_path / "c")
    first = _scan([SHOP], store)
    assert store.hits == 0 and store.misses == len(first.files)
    again = Cache(tmp_path / "c")
    second = _scan([SHOP], again)
    assert again.hits == len(first.files) and again.misses == 0
    assert second.to_dict() == first.to_dict()
    assert second.to_dict() == _scan([SHOP], None).to_dict()


def test_parallel_scan_writes_the_same_entries(tmp_path, monkeypatch):
    from py3ready import parallel

    monkeypatch.setattr(parallel, "MIN_BYTES_PER_WORKER", 0)
    cold = _scan([SHOP], Cache(tmp_path / "c"), jobs=2)
    warm = Cache(tmp_path / "c")
    assert _scan([SHOP], warm, jobs=1).to_dict() == cold.to_dict()
    assert warm.misses == 0


def test_a_changed_file_misses_and_only_it(tmp_path):
    tree = _tree(tmp_path)
    _scan([tree], Cache(tmp_path / "c"))
    (tree / "run.py").write_text("print 'changed'\nx = 0777\n")
    store = Cache(tmp_path / "c")
    report = _scan([tree], store)
    assert (store.hits, store.misses) == (3, 1)
    assert "PY107" in {f.rule for f in report.findings}  # the new 0777


@pytest.mark.parametrize(
    "change", ["select", "target", "version", "option", "siblings"]
)
def test_settings_that_change_findings_invalidate(tmp_path, monkeypatch, change):
    tree = _tree(tmp_path)
    _scan([tree], Cache(tmp_path / "c"))
    store = Cache(tmp_path / "c")
    if change == "select":
        _scan([tree], store, select=["PY101"])
    elif change == "target":
        _scan([tree], store, target="3.11")
    elif change == "version":
        monkeypatch.setattr(cache_module, "__version__", "999.0")
        _scan([tree], store)
    elif change == "option":
        engine.scan(
            [tree], registry.select(), options={"target": "3.14", "new": 1}, cache=store
        )
    else:  # a new module beside views.py changes what `import models` means
        (tree / "pkg" / "extra.py").write_text("")
        _scan([tree], store)
        assert store.hits == 1 and store.misses == 4  # run.py is outside the package
        return
    assert store.hits == 0


def test_code_fingerprint_covers_each_rule_module():
    fixers = registry.select()
    files = {str(p) for p in cache_module._module_files(tuple(fixers))}
    assert any(f.endswith("fix_print_statement.py") for f in files)
    assert any(f.endswith("engine.py") for f in files)


def test_a_moved_file_is_checked_again_with_its_new_path(tmp_path):
    tree = _tree(tmp_path)
    _scan([tree], Cache(tmp_path / "c"))
    (tree / "run.py").rename(tree / "main.py")
    store = Cache(tmp_path / "c")
    report = _scan([tree], store)
    assert store.misses == 1
    assert {f.path for f in report.findings if f.rule == "PY101"} >= {"main.py"}


@pytest.mark.parametrize(
    "garbage",
    [
        b"{not json",
        b"",
        b"[]",
        b'{"format": 1}',
        b'{"format": 0, "key": "x", "result": {}}',
    ],
)
def test_corrupt_or_foreign_entries_are_ignored_and_rewritten(tmp_path, garbage):
    expected = _scan([SHOP], Cache(tmp_path / "c")).to_dict()
    entries = _entries(tmp_path / "c")
    assert entries
    for entry in entries:
        entry.write_bytes(garbage)
    store = Cache(tmp_path / "c")
    assert _scan([SHOP], store).to_dict() == expected
    assert store.hits == 0
    for entry in _entries(tmp_path / "c"):
        assert json.loads(entry.read_text())["format"] == cache_module.FORMAT
    fresh = Cache(tmp_path / "c")
    _scan([SHOP], fresh)
    assert fresh.misses == 0


def test_an_unwritable_cache_does_not_stop_the_scan(tmp_path):
    blocker = tmp_path / "c"
    blocker.write_text("a file where the cache directory should be")
    store = Cache(blocker)
    report = _scan([SHOP], store)
    assert report.to_dict() == _scan([SHOP], None).to_dict()


def test_concurrent_scans_share_a_cache_without_corrupting_it(tmp_path):
    tree = _tree(tmp_path)
    for n in range(30):
        (tree / f"mod{n}.py").write_text(
            f"print 'module {n}'\nd = {{}}\nd.has_key({n})\n"
        )
    cache_dir = tmp_path / "c"
    cmd = [
        sys.executable,
        "-m",
        "py3ready",
        "scan",
        "--isolated",
        "--jobs",
        "1",
        "--format",
        "json",
        "--cache-dir",
        str(cache_dir),
        str(tree),
    ]
    env = dict(os.environ)
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env) for _ in range(3)]
    outputs = [proc.communicate(timeout=60)[0] for proc in procs]
    assert all(proc.returncode == 1 for proc in procs)
    reference = subprocess.run(
        cmd[:-3] + ["--no-cache", str(tree)], stdout=subprocess.PIPE
    ).stdout
    assert all(out == reference for out in outputs)
    entries = _entries(cache_dir)
    assert len(entries) == 34
    for entry in entries:
        json.loads(entry.read_text())
    assert not [p for p in cache_dir.rglob(".tmp-*")]


def test_the_cache_lives_outside_the_scanned_tree(tmp_path, monkeypatch, runner):
    from py3ready.cli import cli

    tree = _tree(tmp_path)
    before = sorted(tree.rglob("*"))
    monkeypatch.delenv("PY3READY_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "py3ready"
    result = runner.invoke(cli, ["scan", "--isolated", str(tree)])
    assert result.exit_code == 1, result.output
    assert sorted(tree.rglob("*")) == before
    assert len(_entries(tmp_path / "xdg" / "py3ready")) == 4
    assert (tmp_path / "xdg" / "py3ready" / "CACHEDIR.TAG").exists()


def test_no_cache_reads_and_writes_nothing(tmp_path, monkeypatch, runner):
    from py3ready.cli import cli

    tree = _tree(tmp_path)
    monkeypatch.setenv("PY3READY_CACHE_DIR", str(tmp_path / "c"))
    result = runner.invoke(cli, ["scan", "--isolated", "--no-cache", str(tree)])
    assert result.exit_code == 1
    assert not (tmp_path / "c").exists()
    result = runner.invoke(
        cli, ["scan", "--isolated", "--cache-dir", str(tmp_path / "d"), str(tree)]
    )
    assert result.exit_code == 1 and len(_entries(tmp_path / "d")) == 4


def test_default_cache_dir_follows_the_platform_conventions(monkeypatch, tmp_path):
    monkeypatch.delenv("PY3READY_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == Path.home() / ".cache" / "py3ready"
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
        assert default_cache_dir() == Path.home() / ".cache" / "py3ready"
    monkeypatch.setenv("PY3READY_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path


def test_a_project_with_compat_modules_is_served_from_the_cache(tmp_path):
    # The compat flags are part of the settings, so they must key the cache
    # the same way in every process: a second run adds no entry.
    import subprocess
    import sys

    tree = _tree(tmp_path)
    (tree / "pkg" / "_compat.py").write_text(
        "import sys\nPY2 = sys.version_info[0] == 2\n"
        "print_ = getattr(__builtins__, 'print', None)\n"
        "text_type = unicode if PY2 else str\n")
    (tree / "pkg" / "views.py").write_text(
        "from ._compat import PY2\nif PY2:\n    x = unicode('a')\n")
    command = [sys.executable, "-m", "py3ready", "scan", "--isolated", "--exit-zero",
               "--cache-dir", str(tmp_path / "c"), str(tree)]
    for run in range(2):
        subprocess.run(command, check=True, capture_output=True)
        if run == 0:
            first = _entries(tmp_path / "c")
    assert first and _entries(tmp_path / "c") == first
