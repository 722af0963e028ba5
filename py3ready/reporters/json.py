"""The JSON report: a versioned contract, described by ``py3ready schema``."""

from __future__ import annotations

import json
from typing import Any

from py3ready.findings import Report
from py3ready.reporters.base import Reporter


class JsonReporter(Reporter):
    """One JSON document; valid against ``py3ready/schema/report.schema.json``."""

    def render(self, report: Report) -> None:
        self.stream.write(dumps(report.to_dict()))
        self.stream.write("\n")


def dumps(value: Any, indent: str = "") -> str:
    """Indented JSON in which an object of plain values (a finding) is one line.

    ``json.dumps(indent=2)`` runs the pure-Python encoder, which took most of
    the time of a warm (cached) scan; the one-line objects go through the C
    encoder, and one finding per line also reads and diffs well.
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        if not any(isinstance(v, (dict, list)) for v in value.values()):
            return json.dumps(value, ensure_ascii=True)
        items = [f"{inner}{json.dumps(k)}: {dumps(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=True)
