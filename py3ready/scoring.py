"""Readiness scores: pure functions of a Report's files and findings.

A file is ``blocked`` when it has an error finding (it will not import or
run on Python 3), ``at-risk`` when its worst finding is a warning (it runs
but may behave differently), ``ready`` when it has nothing but info findings
(advice), and ``unparsed`` when no grammar could read it (PY001/PY002: the
scan cannot tell). Suppressed findings do not count.

The project's readiness is the share of lines that sit in ready files, in
percent (100 for a scan of no lines); its verdict is ``ready`` when every
file is ready, else ``not-ready``. Every score is computed here and nowhere
else, so a report rebuilt from JSON (``py3ready merge``) gets the same numbers.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from typing import TYPE_CHECKING, Any, Dict, Iterable, List

if TYPE_CHECKING:  # pragma: no cover
    from py3ready.findings import FileResult, Finding

STATUSES = ("ready", "at-risk", "blocked", "unparsed")
TOP_BLOCKED = 10


def file_status(result: "FileResult") -> str:
    """``blocked``, ``at-risk``, ``ready`` or ``unparsed`` for one file."""
    if result.grammar is None:
        return "unparsed"
    severities = {f.severity for f in result.findings}
    if "error" in severities:
        return "blocked"
    if "warning" in severities:
        return "at-risk"
    return "ready"


def readiness(results: Iterable["FileResult"]) -> float:
    """Percent of lines in ready files, one decimal; 100.0 when there are no lines."""
    total = ready = 0
    for result in results:
        total += result.lines
        if file_status(result) == "ready":
            ready += result.lines
    if total == 0:
        return 100.0
    # floor, so a project with one blocked line never shows as 100.0
    return int(ready * 1000 / total) / 10


def verdict(results: Iterable["FileResult"]) -> str:
    """``ready`` when every file is ready, else ``not-ready``."""
    return "ready" if all(file_status(r) == "ready" for r in results) else "not-ready"


def package_of(path: str) -> str:
    """The directory a file is in (``.`` for the scan root)."""
    return posixpath.dirname(path) or "."


def by_package(results: List["FileResult"]) -> Dict[str, Dict[str, Any]]:
    """Per directory: files, lines, readiness, and files by status."""
    groups: Dict[str, List["FileResult"]] = {}
    for result in results:
        groups.setdefault(package_of(result.path), []).append(result)
    rollup = {}
    for name in sorted(groups):
        members = groups[name]
        statuses = Counter(file_status(r) for r in members)
        rollup[name] = {
            "files": len(members),
            "lines": sum(r.lines for r in members),
            "readiness": readiness(members),
            "blocked": statuses.get("blocked", 0),
            "at_risk": statuses.get("at-risk", 0),
            "unparsed": statuses.get("unparsed", 0),
        }
    return rollup


def top_blocked_files(
    results: List["FileResult"], limit: int = TOP_BLOCKED
) -> List[Dict[str, Any]]:
    """The files with the most error findings, most first (ties by path)."""
    counted = [
        (sum(1 for f in r.findings if f.severity == "error"), r) for r in results
    ]
    ranked = sorted((c for c in counted if c[0]), key=lambda c: (-c[0], c[1].path))
    return [
        {"path": r.path, "errors": n, "findings": len(r.findings), "lines": r.lines}
        for n, r in ranked[:limit]
    ]


def fixable_percent(findings: List["Finding"]) -> float:
    """Percent of findings that carry an automatic fix (0 when there are none)."""
    if not findings:
        return 0.0
    return round(100 * sum(1 for f in findings if f.fix is not None) / len(findings), 1)


def scores(results: List["FileResult"], findings: List["Finding"]) -> Dict[str, Any]:
    """Every score the report summary carries, in one dict."""
    statuses = Counter(file_status(r) for r in results)
    return {
        "readiness": readiness(results),
        "verdict": verdict(results),
        "by_status": {s: statuses.get(s, 0) for s in STATUSES},
        "by_package": by_package(results),
        "top_blocked_files": top_blocked_files(results),
        "fixable": sum(1 for f in findings if f.fix is not None),
        "fixable_percent": fixable_percent(findings),
    }
