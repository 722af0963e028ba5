"""--jobs: the same report for any number of workers; a dying worker costs one file."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from py3ready import engine, parallel, registry
from py3ready.cache import Cache
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity
from conftest import FUNCTIONAL, ROOT, SAMPLE_APPS

FORK = "fork" in multiprocessing.get_all_start_methods()


@pytest.fixture
def always_parallel(monkeypatch):
    """Use workers even for the few kilobytes of a test tree."""
    monkeypatch.setattr(parallel, "MIN_BYTES_PER_WORKER", 0)
    monkeypatch.setattr(parallel, "BATCH_BYTES", 4096)


def _scan(paths, jobs, fixers=None, **kwargs):
    return engine.scan(
        paths,
        fixers or registry.select(),
        options={"target": "3.14"},
        jobs=jobs,
        **kwargs,
    ).to_dict()


def test_report_is_the_same_whatever_the_number_of_jobs(always_parallel):
    paths = [SAMPLE_APPS, FUNCTIONAL]
    one = _scan(paths, 1)
    assert one["summary"]["files"] > 50 and one["findings"]
    assert _scan(paths, 2) == one
    assert _scan(paths, 3) == one


def test_spawned_workers_give_the_same_results(always_parallel):
    # spawn: workers get everything as arguments, nothing from the parent's memory
    tasks = [
        parallel.Task(str(p), p.name) for p in sorted(SAMPLE_APPS.rglob("*.py"))[:4]
    ]
    fixers = registry.select()
    one = parallel.check_files(tasks, fixers, {"target": "3.14"}, jobs=1)
    two = parallel.check_files(
        tasks,
        fixers,
        {"target": "3.14"},
        jobs=2,
        mp_context=multiprocessing.get_context("spawn"),
    )
    assert [r.to_dict() for r in two] == [r.to_dict() for r in one]


def test_little_work_runs_in_process(monkeypatch, tmp_path):
    (tmp_path / "a.py").write_text("print 'hi'\n")
    monkeypatch.setattr(parallel, "_Pool", None)  # would fail if a pool started
    report = engine.scan([tmp_path], registry.select(["PY101"]), jobs=8)
    assert [f.rule for f in report.findings] == ["PY101"]


def test_default_jobs_is_the_cpu_count():
    assert 1 <= parallel.default_jobs() <= (os.cpu_count() or 1)


class FixKillsWorker(Py3Fix):
    """Ends its process, as a crash in C code would, on files that ask for it."""

    RULE = Rule(
        id="PY090",
        symbol="kills-worker",
        category=Category.TOOL,
        severity=Severity.INFO,
        message="never reported",
        fix_hint="-",
    )
    PATTERN = "file_input"

    def start_tree(self, tree, filename):
        source = self.ctx.source
        if "KILL_ALWAYS" in source:
            os._exit(70)
        if "KILL_ONCE" in source:
            flag = Path(source.split("KILL_ONCE ", 1)[1].split()[0])
            if not flag.exists():
                flag.write_text("died once")
                os.kill(os.getpid(), signal.SIGKILL)

    def transform(self, node, results):
        return None


@pytest.mark.skipif(not FORK, reason="the test's rule class must reach the workers")
def test_a_file_that_kills_every_worker_is_reported_and_the_scan_goes_on(
    always_parallel, tmp_path
):
    for n in range(6):
        (tmp_path / f"ok{n}.py").write_text(f"print 'file {n}'\n")
    (tmp_path / "bad.py").write_text("# KILL_ALWAYS\nprint 'x'\n")
    fixers = [FixKillsWorker, *registry.select(["PY101", "PY004"])]
    report = engine.scan([tmp_path], fixers, jobs=2)
    by_path = {r.path: r for r in report.files}
    assert len(by_path) == 7
    bad = by_path["bad.py"]
    assert [(f.rule, f.message) for f in bad.findings] == [
        ("PY004", parallel.WORKER_DIED)
    ]
    assert bad.grammar is None
    for n in range(6):
        assert [f.rule for f in by_path[f"ok{n}.py"].findings] == ["PY101"]


@pytest.mark.skipif(not FORK, reason="the test's rule class must reach the workers")
def test_a_worker_killed_once_costs_nothing(always_parallel, tmp_path):
    flag = tmp_path.parent / f"{tmp_path.name}-flag"
    for n in range(4):
        (tmp_path / f"ok{n}.py").write_text(f"print 'file {n}'\n")
    (tmp_path / "victim.py").write_text(f"# KILL_ONCE {flag} \nprint 'x'\n")
    fixers = [FixKillsWorker, *registry.select(["PY101", "PY004"])]
    report = engine.scan([tmp_path], fixers, jobs=2)
    assert flag.exists()  # a worker did die
    assert sorted(f.rule for f in report.findings) == ["PY101"] * 5


def test_an_unexpected_error_becomes_py004_in_process_and_in_workers(
    always_parallel, tmp_path, monkeypatch
):
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("y = 2\n")

    def explode(self, path, relpath, siblings=frozenset(), data=None):
        raise MemoryError("simulated")

    monkeypatch.setattr(engine.Checker, "check_file", explode)
    fixers = registry.select(["PY004"])
    for jobs in (1, 2) if FORK else (1,):
        report = engine.scan([tmp_path], fixers, jobs=jobs)
        assert [(f.path, f.rule) for f in report.findings] == [
            ("a.py", "PY004"),
            ("b.py", "PY004"),
        ]
        assert "MemoryError: simulated" in report.findings[0].message


@pytest.mark.skipif(not FORK or sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_ends_a_parallel_scan_promptly(tmp_path):
    for n in range(40):
        (tmp_path / f"m{n}.py").write_text("x = 1\n" * 50)
    script = textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from pathlib import Path
        from py3ready import engine, parallel, registry
        from test_parallel import FixSlow
        parallel.MIN_BYTES_PER_WORKER = 0
        print("started", flush=True)
        try:
            engine.scan([Path({str(tmp_path)!r})], [FixSlow], jobs=2)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(130)
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "started"
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    start = time.monotonic()
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 130 and "interrupted" in out
    assert time.monotonic() - start < 10


class FixSlow(Py3Fix):
    """Takes its time over every file (for the Ctrl-C test)."""

    RULE = Rule(
        id="PY091",
        symbol="slow",
        category=Category.TOOL,
        severity=Severity.INFO,
        message="never reported",
        fix_hint="-",
    )
    PATTERN = "file_input"

    def start_tree(self, tree, filename):
        time.sleep(0.5)

    def transform(self, node, results):
        return None


@pytest.mark.skipif(not hasattr(signal, "raise_signal"), reason="needs signal.raise_signal")
@pytest.mark.parametrize("cached", [False, True])
def test_ctrl_c_swallowed_by_a_finaliser_still_stops_a_serial_scan(tmp_path, cached):
    # Python drops a KeyboardInterrupt raised inside a finaliser ("Exception
    # ignored in ..."); the file loop must notice the signal at the next file.
    for n in range(4):
        (tmp_path / f"m{n}.py").write_text("print 'x'\n")
    tasks = [parallel.Task(str(p), p.name, frozenset())
             for p in sorted(tmp_path.glob("*.py"))]
    checked = []

    def swallowing(done, total):
        checked.append(done)
        if done == 1:
            try:
                signal.raise_signal(signal.SIGINT)
            except KeyboardInterrupt:
                pass  # what a finaliser does with it

    cache = Cache(tmp_path / "cache") if cached else None
    with pytest.raises(KeyboardInterrupt):
        parallel.check_files(tasks, registry.select(select=["PY101"]), jobs=1,
                             cache=cache, progress=swallowing)
    assert checked == [1]
