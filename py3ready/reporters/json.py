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


# Values laid out over several lines; any other value, or an object holding
# none of them, is one line. Exact types: the report is made of plain ones.
_CONTAINERS = frozenset((dict, list))
_encode = json.JSONEncoder().encode  # json.dumps's defaults, without its argument checks


def dumps(value: Any, indent: str = "") -> str:
    """Indented JSON in which an object of plain values (a finding) is one line.

    ``json.dumps(indent=2)`` runs the pure-Python encoder, which took most of
    the time of a warm (cached) scan; the one-line objects go through the C
    encoder, and one finding per line also reads and diffs well.
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        if _CONTAINERS.isdisjoint(map(type, value.values())):  # no Python loop
            return _encode(value)
        items = [f"{inner}{_encode(k)}: {dumps(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return _encode(value)
