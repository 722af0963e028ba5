"""SARIF 2.1.0, for code-scanning UIs (GitHub code scanning, Azure DevOps, IDEs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List

from py3ready import __version__
from py3ready.baseline import FINGERPRINT_KEY, fingerprints, report_fingerprints
from py3ready.findings import Finding, Report
from py3ready.reporters.base import Reporter

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def rule_docs(rule_id: str) -> Dict[str, str]:
    """summary, full description and fix hint of a rule, from its module docstring."""
    from py3ready import registry
    from py3ready.rules import parse_doc

    cls = registry.find_rule(rule_id)
    if cls is None:
        return {}
    sections = parse_doc(sys.modules[cls.__module__].__doc__)
    return {
        "summary": sections.get("summary", ""),
        "what": sections.get("What it does", ""),
        "why": sections.get("Why is this bad?", ""),
        "fix_hint": cls.RULE.fix_hint,
        "doc": (sys.modules[cls.__module__].__doc__ or "").strip(),
    }


def _rule(finding: Finding) -> Dict[str, Any]:
    docs = rule_docs(finding.rule)
    summary = docs.get("summary") or finding.symbol
    full = " ".join(p for p in (docs.get("what"), docs.get("why")) if p) or summary
    help_text = f"{docs.get('fix_hint') or finding.fix_hint}".strip() or summary
    rule: Dict[str, Any] = {
        "id": finding.rule,
        "name": finding.symbol,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": docs.get("doc") or help_text},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": {"category": finding.category, "tags": [finding.category]},
    }
    return rule


def _location(finding: Finding) -> Dict[str, Any]:
    region: Dict[str, Any] = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None:
        region["endLine"] = finding.end_line
    if finding.end_column is not None and finding.end_line is not None:
        if (finding.end_line, finding.end_column) > (finding.line, finding.column):
            region["endColumn"] = finding.end_column
    if finding.source:
        region["snippet"] = {"text": finding.source}
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": finding.path, "uriBaseId": "%SRCROOT%"},
            "region": region,
        }
    }


def to_sarif(report: Report) -> Dict[str, Any]:
    """The SARIF log of a report as a dict."""
    findings = report.findings
    prints = report_fingerprints(report)
    rules: Dict[str, Dict[str, Any]] = {}
    suppressed = report.suppressed
    silenced = {id(s.finding): s.by for s in suppressed}
    for result_ in report.files:
        silenced_prints = fingerprints([s.finding for s in result_.suppressed])
        for item, print_ in zip(result_.suppressed, silenced_prints):
            prints[id(item.finding)] = print_
    everything = findings + [s.finding for s in suppressed]
    for finding in everything:
        if finding.rule not in rules:
            rules[finding.rule] = _rule(finding)
    order = sorted(rules)
    index = {rule_id: i for i, rule_id in enumerate(order)}
    results: List[Dict[str, Any]] = []
    for finding in everything:
        result: Dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [_location(finding)],
            "partialFingerprints": {FINGERPRINT_KEY: prints[id(finding)]},
            "properties": {
                "confidence": finding.confidence,
                "category": finding.category,
            },
        }
        if finding.fix_hint:
            result["properties"]["fixHint"] = finding.fix_hint
        if id(finding) in silenced:  # shown as suppressed by code-scanning UIs
            by = silenced[id(finding)]
            result["suppressions"] = [
                {
                    "kind": "external" if by == "per-file-ignores" else "inSource",
                    "justification": f"suppressed by {by}",
                }
            ]
        results.append(result)
    run: Dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "py3ready",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/py3ready/",
                "rules": [rules[r] for r in order],
            }
        },
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    if report.root:
        uri = Path(report.root).resolve().as_uri()
        run["originalUriBaseIds"] = {
            "%SRCROOT%": {"uri": uri if uri.endswith("/") else uri + "/"}
        }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifReporter(Reporter):
    """A SARIF 2.1.0 log with one run."""

    def render(self, report: Report) -> None:
        self.stream.write(json.dumps(to_sarif(report), indent=2, ensure_ascii=True))
        self.stream.write("\n")
