"""The report model: one Finding per problem, one FileResult per file, a Report."""

from __future__ import annotations

import operator
from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Optional

from py3ready import scoring
from py3ready.rules import Severity

SCHEMA_VERSION = "1.2"


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
        # Every field is a plain value: no need for asdict's deep copy (slow).
        return dict(zip(_FINDING_FIELDS, _finding_values(self)))

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Finding":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_finding_values = operator.attrgetter(*_FINDING_FIELDS)
# The order of findings (the dataclass's own), as a key: sorting thousands of
# findings by it compares tuples in C instead of calling __lt__ for each pair.
sort_key = operator.attrgetter(*(f.name for f in fields(Finding) if f.compare))


@dataclass(frozen=True)
class Suppressed:
    """A finding that a suppression silenced: reported apart, never failing a run.

    ``by`` is ``noqa``, ``ignore-comment`` (``# py3ready: ignore``),
    ``skip-file`` or ``per-file-ignores``.
    """

    finding: Finding
    by: str

    def to_dict(self) -> Dict[str, Any]:
        return {"by": self.by, "finding": self.finding.to_dict()}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Suppressed":
        return cls(finding=Finding.from_dict(data["finding"]), by=data["by"])


@dataclass
class FileResult:
    """What the scan learnt about one file."""

    path: str
    lines: int = 0
    grammar: Optional[str] = None
    encoding: Optional[str] = None
    findings: List[Finding] = field(default_factory=list)
    suppressed: List[Suppressed] = field(default_factory=list)
    # [the __future__ features it imports, whether it has code beyond them]
    # (py3ready.guidance.module_head), kept so the guidance need not read the
    # file again; None where not known. Not part of the report.
    head: Optional[List[Any]] = field(default=None, compare=False)

    def to_dict(self, shown: Optional[Dict[int, Dict[str, Any]]] = None) -> Dict[str, Any]:
        """The file as the JSON report has it. ``shown`` maps ``id(finding)`` to
        the finding's report form (with its fingerprint) where the caller has
        made them already."""
        from py3ready.baseline import fingerprints
        from py3ready.scoring import file_status

        if shown is None:
            shown = {id(f): dict(f.to_dict(), fingerprint=p)
                     for f, p in zip(self.findings, fingerprints(self.findings))}
        return {
            "path": self.path,
            "lines": self.lines,
            "grammar": self.grammar,
            "encoding": self.encoding,
            "status": file_status(self),
            "findings": [shown[id(f)] for f in self.findings],
            "suppressed": [s.to_dict() for s in self.suppressed],
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "FileResult":
        return cls(
            path=data["path"], lines=data.get("lines", 0), grammar=data.get("grammar"),
            encoding=data.get("encoding"),
            findings=[Finding.from_dict(f) for f in data.get("findings", ())],
            suppressed=[Suppressed.from_dict(s) for s in data.get("suppressed", ())],
        )


@dataclass
class Report:
    """All results of one scan, in a stable order."""

    root: str
    files: List[FileResult]
    tool_version: str
    target: str = ""
    # the "Status of Python 3" checklist (py3ready.guidance): plain dicts
    guidance: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def findings(self) -> List[Finding]:
        return sorted((f for result in self.files for f in result.findings), key=sort_key)

    @property
    def suppressed(self) -> List[Suppressed]:
        return sorted((s for result in self.files for s in result.suppressed),
                      key=lambda s: sort_key(s.finding))

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
            "suppressed": sum(len(r.suppressed) for r in self.files),
            **scoring.scores(self.files, findings),
        }

    def to_dict(self) -> Dict[str, Any]:
        from py3ready.baseline import report_fingerprints

        prints = report_fingerprints(self)
        # one dict per finding, in the file's list and in the report's
        shown = {id(f): dict(f.to_dict(), fingerprint=prints[id(f)])
                 for result in self.files for f in result.findings}
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "py3ready", "version": self.tool_version},
            "root": self.root,
            "target": self.target,
            "summary": self.summary(),
            "files": [r.to_dict(shown) for r in sorted(self.files, key=lambda r: r.path)],
            "findings": [shown[id(f)] for f in self.findings],
            "suppressed": [s.to_dict() for s in self.suppressed],
            "guidance": self.guidance,
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Report":
        """A report from its ``to_dict()`` form; the summary is recomputed, not read."""
        return cls(root=data["root"], tool_version=data["tool"]["version"],
                   target=data.get("target", ""),
                   files=[FileResult.from_dict(f) for f in data["files"]],
                   guidance=list(data.get("guidance", ())))

    def exit_code(self, fail_on: Severity) -> int:
        """1 if any finding is at or above ``fail_on``, else 0."""
        failing = any(
            Severity(f.severity).rank >= fail_on.rank for f in self.findings
        )
        return 1 if failing else 0
