"""The report model: one Finding per problem, one FileResult per file, a Report."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Dict, List, Optional

from py3ready.rules import Severity

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place. Built only by ``Py3Fix.report`` or the engine.

    ``line`` and ``column`` are 1-based; ``end_column`` is exclusive (it points
    just past the flagged text), as in SARIF. ``path`` is POSIX and relative to
    the scan root. ``removed_in`` is set by rules about names a later Python 3
    release removed (for example ``"3.13"`` for ``cgi``).
    """

    path: str
    line: int
    column: int
    rule: str
    symbol: str = field(compare=False)
    category: str = field(compare=False)
    severity: str = field(compare=False)
    confidence: str = field(compare=False)
    message: str = field(compare=False)
    fix_hint: str = field(compare=False, default="")
    source: str = field(compare=False, default="")
    end_line: Optional[int] = field(compare=False, default=None)
    end_column: Optional[int] = field(compare=False, default=None)
    removed_in: Optional[str] = field(compare=False, default=None)
    fix: Optional[str] = field(compare=False, default=None)

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Finding":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class FileResult:
    """What the scan learnt about one file."""

    path: str
    lines: int = 0
    grammar: Optional[str] = None
    encoding: Optional[str] = None
    findings: List[Finding] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "path": self.path,
            "lines": self.lines,
            "grammar": self.grammar,
            "encoding": self.encoding,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Report:
    """All results of one scan, in a stable order."""

    root: str
    files: List[FileResult]
    tool_version: str
    target: str = ""

    @property
    def findings(self) -> List[Finding]:
        return sorted(f for result in self.files for f in result.findings)

    def summary(self) -> Dict[str, Any]:
        findings = self.findings
        by_severity = Counter(f.severity for f in findings)
        return {
            "files": len(self.files),
            "files_with_findings": sum(1 for r in self.files if r.findings),
            "unparsed_files": sum(1 for r in self.files if r.grammar is None),
            "lines": sum(r.lines for r in self.files),
            "findings": len(findings),
            "by_severity": {s.value: by_severity.get(s.value, 0) for s in Severity},
            "by_category": dict(sorted(Counter(f.category for f in findings).items())),
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
        }

    def to_dict(self) -> Dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "py3ready", "version": self.tool_version},
            "root": self.root,
            "target": self.target,
            "summary": self.summary(),
            "files": [r.to_dict() for r in sorted(self.files, key=lambda r: r.path)],
            "findings": [f.to_dict() for f in self.findings],
        }

    def exit_code(self, fail_on: Severity) -> int:
        """1 if any finding is at or above ``fail_on``, else 0."""
        failing = any(
            Severity(f.severity).rank >= fail_on.rank for f in self.findings
        )
        return 1 if failing else 0
