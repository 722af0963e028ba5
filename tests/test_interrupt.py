"""Interruption and faults: Ctrl-C, a killed worker, a corrupt cache.

(Rule code that kills its worker is covered in test_parallel.py; here the
worker is killed from outside, as the kernel's OOM killer would.)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from py3ready import engine, parallel, registry

POSIX = sys.platform != "win32"
FORK = "fork" in multiprocessing.get_all_start_methods()


def big_tree(top: Path, files: int = 300, lines: int = 1500) -> Path:
    """Python 2 code that takes py3ready many seconds to scan."""
    top.mkdir()
    body = "".join(
        f"def f{n}(d, x):\n    if d.has_key(x): print 'hit %d' % {n}\n"
        "    return x / 2\n"
        for n in range(lines // 3)
    )
    for n in range(files):
        (top / f"m{n:03}.py").write_text(body)
    return top


def group_cpu(pgid: int) -> float:
    """CPU seconds used so far by the processes of group ``pgid`` (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def wait_for_cpu(pgid: int, seconds: float, limit: float = 60) -> None:
    """Wait until the process group has used ``seconds`` of CPU, so the scan is
    under way however loaded the machine is (elsewhere: that long in wall time)."""
    if not Path("/proc/self/stat").exists():
        time.sleep(seconds + 1)
        return
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and group_cpu(pgid) < seconds:
        time.sleep(0.05)


@pytest.mark.skipif(not POSIX, reason="POSIX signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_the_scan_promptly_with_130_and_no_report(tmp_path, jobs):
    tree = big_tree(tmp_path / "tree")
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "py3ready", "scan", "--format", "json", "-o", str(out),
         "-j", jobs, "--no-cache", str(tree)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, like a shell job
    )
    wait_for_cpu(proc.pid, seconds=1.5)  # well into the scan, however loaded the machine
    assert proc.poll() is None, "the scan ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group
    start = time.monotonic()
    try:
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()  # reaped, pipes closed: nothing spills into the next test
    assert time.monotonic() - start < 10
    assert proc.returncode == 130, stderr
    assert b"Traceback" not in stderr
    assert b"interrupted" in stderr
    assert list(out.parent.iterdir()) == []  # no report, no temporary file
    # No worker outlives the scan.
    time.sleep(0.5)
    ps = subprocess.run(["ps", "-o", "pid=", "-g", str(proc.pid)],
                        capture_output=True, text=True)
    assert ps.stdout.strip() == ""


@pytest.mark.skipif(not (POSIX and FORK), reason="POSIX signals, fork")
def test_a_worker_killed_from_outside_costs_nothing(tmp_path, monkeypatch):
    tree = big_tree(tmp_path / "tree", files=40, lines=600)
    fixers = registry.select()
    expected = engine.scan([tree], fixers, jobs=1).to_dict()
    monkeypatch.setattr(parallel, "MIN_BYTES_PER_WORKER", 0)
    monkeypatch.setattr(parallel, "BATCH_BYTES", 4096)
    killed = []

    def killer():
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not killed:
            workers = [p for p in multiprocessing.active_children()
                       if p.name == "py3ready-worker" and p.pid]
            if workers:
                time.sleep(0.3)  # let it take a batch
                os.kill(workers[0].pid, signal.SIGKILL)
                killed.append(workers[0].pid)
            time.sleep(0.02)

    thread = threading.Thread(target=killer)
    thread.start()
    report = engine.scan([tree], fixers, jobs=2).to_dict()
    thread.join()
    assert killed
    # Its files went to another worker: the report is the one of a serial scan.
    assert report == expected


def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    for n in range(5):
        (tree / f"m{n}.py").write_text(f"import urllib2\nprint 'file {n}'\n")
    cache = tmp_path / "cache"

    def scan() -> dict:
        out = tmp_path / "report.json"
        proc = subprocess.run(
            [sys.executable, "-m", "py3ready", "scan", "--format", "json",
             "-o", str(out), "-j", "1", "--cache-dir", str(cache), str(tree)],
            capture_output=True, timeout=120,
        )
        assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
        return json.loads(out.read_text())

    first = scan()
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 5
    damage = [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"\xff\xfe\x00garbage",  # not text
        lambda data: b"[]",  # JSON, wrong shape
        lambda data: data.replace(b'"findings":[', b'"findings":[{"line":"x"},'),
        lambda data: b"",
    ]
    for entry, harm in zip(entries, damage):
        entry.write_bytes(harm(entry.read_bytes()))
    assert scan() == first
    for entry in entries:  # every entry was rewritten whole
        assert json.loads(entry.read_bytes())["result"]["findings"]
