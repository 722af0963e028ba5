"""The JSON report: a versioned contract, described by ``py3ready schema``."""

from __future__ import annotations

import json

from py3ready.findings import Report
from py3ready.reporters.base import Reporter


class JsonReporter(Reporter):
    """One JSON document; valid against ``py3ready/schema/report.schema.json``."""

    def render(self, report: Report) -> None:
        json.dump(report.to_dict(), self.stream, indent=2, ensure_ascii=True)
        self.stream.write("\n")
