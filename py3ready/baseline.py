"""Fingerprints, baselines and diffs between two reports.

A finding's fingerprint is a hash of its rule, its path, the flagged line's
text with whitespace collapsed, and its occurrence index among findings with
the same three values in that file (in line order). It does not contain the
line number, so it survives code moving up or down; editing the flagged line
or renaming the file makes it a new finding.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Set, Tuple

from py3ready.findings import Finding, Report

FINGERPRINT_KEY = "py3ready/v1"  # the SARIF partialFingerprints key


def normalise(source: str) -> str:
    """Line text with runs of whitespace collapsed to one space, ends stripped."""
    return " ".join(source.split())


def fingerprints(findings: Sequence[Finding]) -> List[str]:
    """One fingerprint per finding, in the order given."""
    order = sorted(range(len(findings)), key=lambda i: findings[i])
    seen: Dict[Tuple[str, str, str], int] = {}
    out = [""] * len(findings)
    for index in order:
        finding = findings[index]
        key = (finding.rule, finding.path, normalise(finding.source))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        text = "\0".join(key + (str(occurrence),))
        out[index] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return out


def report_fingerprints(report: Report) -> Dict[int, str]:
    """``id(finding)`` -> fingerprint for every (unsuppressed) finding of a report."""
    table: Dict[int, str] = {}
    for result in report.files:
        for finding, print_ in zip(result.findings, fingerprints(result.findings)):
            table[id(finding)] = print_
    return table


def fingerprint_set(report: Report) -> Set[str]:
    """Every finding's fingerprint, as a set."""
    return set(report_fingerprints(report).values())


class BaselineError(ValueError):
    """The baseline file is not a py3ready JSON report."""


def load(path: Path) -> Report:
    """A JSON report, for use as a baseline or a side of a diff."""
    from py3ready.merge import MergeError, load_report

    try:
        return load_report(path)
    except MergeError as exc:
        raise BaselineError(str(exc)) from None


def apply(report: Report, baseline: Report) -> int:
    """Drop from ``report`` the findings whose fingerprint the baseline has.

    Returns how many were dropped. Suppressed findings are left alone.
    """
    known = fingerprint_set(baseline)
    dropped = 0
    for result in report.files:
        keep = [
            f
            for f, p in zip(result.findings, fingerprints(result.findings))
            if p not in known
        ]
        dropped += len(result.findings) - len(keep)
        result.findings = keep
    return dropped


def diff(old: Report, new: Report) -> Dict[str, Any]:
    """What was fixed, what is new, and how readiness and the verdict changed."""
    old_prints = report_fingerprints(old)
    new_prints = report_fingerprints(new)
    old_set, new_set = set(old_prints.values()), set(new_prints.values())

    def pick(findings: Iterable[Finding], prints: Dict[int, str], other: Set[str]):
        return [
            dict(f.to_dict(), fingerprint=prints[id(f)])
            for f in findings
            if prints[id(f)] not in other
        ]

    old_summary, new_summary = old.summary(), new.summary()
    return {
        "old": {
            "readiness": old_summary["readiness"],
            "verdict": old_summary["verdict"],
            "findings": old_summary["findings"],
        },
        "new": {
            "readiness": new_summary["readiness"],
            "verdict": new_summary["verdict"],
            "findings": new_summary["findings"],
        },
        "readiness_change": round(
            new_summary["readiness"] - old_summary["readiness"], 1
        ),
        "fixed": pick(old.findings, old_prints, new_set),
        "new_findings": pick(new.findings, new_prints, old_set),
    }


def diff_text(result: Dict[str, Any]) -> str:
    """The diff for people."""
    from py3ready.reporters.text import printable

    old, new = result["old"], result["new"]
    change = result["readiness_change"]
    lines = [
        f"readiness: {old['readiness']:.1f}% -> {new['readiness']:.1f}% "
        f"({'+' if change >= 0 else ''}{change:.1f})",
        f"verdict: {old['verdict']} -> {new['verdict']}",
        f"fixed: {len(result['fixed'])}, new: {len(result['new_findings'])}",
    ]
    for title, key in (("Fixed", "fixed"), ("New", "new_findings")):
        if result[key]:
            lines.append("")
            lines.append(f"{title}:")
            for f in result[key]:
                lines.append(
                    f"  {printable(f['path'])}:{f['line']}:{f['column']}: "
                    f"{f['rule']} {printable(f['message'])} [{f['symbol']}]"
                )
    return "\n".join(lines) + "\n"


def diff_json(result: Dict[str, Any]) -> str:
    return json.dumps(result, indent=2, ensure_ascii=True) + "\n"
