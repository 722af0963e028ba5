"""GitLab Code Quality (a list of Code Climate issues), shown on merge requests."""

from __future__ import annotations

import json

from py3ready.baseline import report_fingerprints
from py3ready.findings import Report
from py3ready.reporters.base import Reporter

# error: will not run (critical); warning: behaves differently (major); info: minor
SEVERITIES = {"error": "critical", "warning": "major", "info": "minor"}


class GitlabReporter(Reporter):
    """``artifacts:reports:codequality`` JSON."""

    def render(self, report: Report) -> None:
        prints = report_fingerprints(report)
        issues = [
            {
                "type": "issue",
                "description": f"{f.rule} {f.message}",
                "check_name": f"{f.rule} {f.symbol}",
                "categories": ["Compatibility"],
                "fingerprint": prints[id(f)],
                "severity": SEVERITIES[f.severity],
                "location": {"path": f.path, "lines": {"begin": f.line}},
            }
            for f in report.findings
        ]
        self.stream.write(json.dumps(issues, indent=2, ensure_ascii=True))
        self.stream.write("\n")
