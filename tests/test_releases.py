"""Real releases from PyPI: 2/3-compatible ones pass, their Python-2-only predecessors do not.

The sdists are pinned by sha256 and cached by bench/corpus.py (bench/.cache,
or $PY3READY_BENCH_CACHE), so only the first run downloads. Deselect with
``-m "not network"`` on a machine without access to PyPI.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import releases  # noqa: E402

pytestmark = pytest.mark.network

# Errors that stop each predecessor on Python 3, each checked by compiling the
# file with Python 3 (a SyntaxError there) and by reading the line.
BLOCKERS = {
    "Flask-0.9": [("flask/app.py", 1264, "raise-comma"),
                  ("flask/config.py", 130, "except-comma")],
    "Werkzeug-0.8.3": [("werkzeug/_internal.py", 205, "except-comma")],
    "WebOb-1.1.1": [("webob/byterange.py", 130, "except-comma")],
    "bottle-0.10.12": [("bottle.py", 380, "except-comma")],
    "Paste-1.7.5.1": [("paste/auth/auth_tkt.py", 146, "except-comma"),
                      ("paste/auth/cookie.py", 65, "tuple-parameter")],
    "Jinja2-2.6": [("jinja2/compiler.py", 33, "exec-statement")],
}
COMPATIBLE = [r for r in releases.RELEASES if r.compatible]
PREDECESSORS = [r for r in releases.RELEASES if not r.compatible]


@pytest.fixture(scope="module")
def results():
    """Every release scanned once (in parallel), by key."""
    try:
        scanned = releases.scan_all(releases.RELEASES, jobs=0, log=lambda _: None)
    except OSError as exc:  # pragma: no cover - only without network
        pytest.fail(f"could not download the releases: {exc}")
    return {res.release.key: res for res in scanned}


def test_every_predecessor_has_named_blockers():
    assert sorted(BLOCKERS) == sorted(r.key for r in PREDECESSORS)


def test_inspected_entries_name_compatible_releases():
    entries = releases.load_inspected()
    assert entries, "releases_inspected.txt lists nothing"
    assert {e.release for e in entries} <= {r.key for r in COMPATIBLE}
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys)), "an entry is listed twice"


def test_malformed_inspected_line_is_refused(tmp_path):
    bad = tmp_path / "inspected.txt"
    bad.write_text("Flask-0.10.1 | flask/json.py:198 | unicode-builtin | maybe | why\n")
    with pytest.raises(ValueError, match="inspected.txt:1"):
        releases.load_inspected(bad)


@pytest.mark.parametrize("release", COMPATIBLE, ids=[r.key for r in COMPATIBLE])
def test_compatible_release_has_few_unexplained_errors(results, release):
    res = results[release.key]
    assert res.lines > 500  # the package itself was scanned, not an empty tree
    unexplained = [f"{f['path']}:{f['line']} {f['symbol']} ({e.kind if e else 'unlisted'})"
                   for f, e in res.judged() if e is None or e.kind != "bug"]
    assert len(unexplained) == res.unexplained
    assert res.unexplained_per_kloc <= releases.MAX_ERRORS_PER_KLOC, (
        f"{res.unexplained} errors that are not inspected real bugs in {res.lines} lines "
        f"({res.unexplained_per_kloc:.2f}/kloc):\n" + "\n".join(unexplained))


@pytest.mark.parametrize("release", COMPATIBLE, ids=[r.key for r in COMPATIBLE])
def test_every_error_is_inspected(results, release):
    res = results[release.key]
    assert [f"{f['path']}:{f['line']} {f['symbol']}" for f in res.unlisted()] == []


@pytest.mark.parametrize("release", COMPATIBLE, ids=[r.key for r in COMPATIBLE])
def test_every_inspected_finding_is_still_reported(results, release):
    res = results[release.key]
    assert [f"{e.path}:{e.line} {e.symbol}" for e in res.stale()] == []


def test_results_file_matches_a_fresh_run(results):
    """bench/RESULTS.md and the README carry the figures this run computes."""
    ordered = [results[r.key] for r in releases.RELEASES]
    text = (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")
    for row in releases.table(ordered).splitlines()[2:]:
        fixed = " | ".join(row.split(" | ")[:12])  # up to the verdict, not the default target
        assert fixed in text, f"RESULTS.md is stale; run bench/releases.py --write:\n{row}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert releases.readme_summary(ordered) in readme


@pytest.mark.parametrize("release", PREDECESSORS, ids=[r.key for r in PREDECESSORS])
def test_python2_only_predecessor_is_not_ready(results, release):
    res = results[release.key]
    assert res.summary["verdict"] == "not-ready"
    assert res.summary["by_status"]["blocked"] > 0
    found = {(f["path"], f["line"], f["symbol"]) for f in res.findings("error")}
    for blocker in BLOCKERS[release.key]:
        assert blocker in found, f"{release.key}: {blocker} not reported"


@pytest.mark.parametrize("release", PREDECESSORS, ids=[r.key for r in PREDECESSORS])
def test_every_file_python3_cannot_compile_is_blocked(results, release):
    res = results[release.key]
    base = releases.prepare(release, log=lambda _: None)
    blocked = {f["path"] for f in res.findings("error")}
    failing = []
    for entry in res.report["files"]:
        rel = entry["path"] if release.package.endswith(".py") else (
            f"{release.package}/{entry['path']}")
        try:
            with warnings.catch_warnings():  # invalid escapes warn, they do not fail
                warnings.simplefilter("ignore")
                compile(Path(base, rel).read_bytes(), rel, "exec")
        except SyntaxError:
            failing.append(rel)
    assert failing, f"{release.key}: expected files that Python 3 cannot compile"
    assert [p for p in failing if p not in blocked] == []
