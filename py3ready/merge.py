"""Combine the JSON reports of many scans (repositories, shards) into one report.

Each input's paths get a prefix (by default the name of the directory it
scanned), so ``app/models.py`` of the ``shop`` repository becomes
``shop/app/models.py``. The merged report is rebuilt through
``Report.from_dict``, so its summary (and anything else a report derives from
its files) is recomputed, never added up from the inputs' summaries.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path, PurePath
from typing import List, Optional, Sequence, Tuple

from py3ready import __version__
from py3ready.findings import FileResult, Report


class MergeError(ValueError):
    """An input is not a py3ready report, or the inputs cannot be combined."""


def load_report(path: Path) -> Report:
    """Read one ``scan --format json`` report."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MergeError(f"{path}: not a readable JSON file ({exc})") from None
    version = str(data.get("schema_version", "")) if isinstance(data, dict) else ""
    if not version.startswith("1.") or data.get("tool", {}).get("name") != "py3ready":
        raise MergeError(f"{path}: not a py3ready report with schema version 1.x")
    try:
        return Report.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise MergeError(
            f"{path}: malformed report ({exc.__class__.__name__}: {exc})"
        ) from None


def default_name(report: Report, path: Path) -> str:
    """The prefix for a report: its root's directory name, else the file's stem."""
    return PurePath(report.root).name or Path(path).stem


def _repath(result: FileResult, path: str) -> FileResult:
    return dataclasses.replace(
        result,
        path=path,
        findings=[dataclasses.replace(f, path=path) for f in result.findings],
        suppressed=[
            dataclasses.replace(s, finding=dataclasses.replace(s.finding, path=path))
            for s in result.suppressed
        ],
    )


def _merged_root(named: Sequence[Tuple[str, Report]], prefix: bool) -> str:
    """A directory the merged paths are relative to, where one exists; else ''."""
    roots = [PurePath(r.root) for _, r in named]
    if not prefix:
        return str(roots[0]) if len(set(roots)) == 1 else ""
    parents = {root.parent for root in roots}
    if len(parents) == 1 and all(
        root.name == name for (name, _), root in zip(named, roots)
    ):
        return str(parents.pop())
    return ""


def merge(named: Sequence[Tuple[str, Report]], prefix: bool = True) -> Report:
    """One report holding the files of every (name, report), paths prefixed by name."""
    if not named:
        raise MergeError("nothing to merge")
    files: List[FileResult] = []
    seen = {}
    for name, report in named:
        for result in report.files:
            path = (
                f"{name.rstrip('/')}/{result.path}" if prefix and name else result.path
            )
            if path in seen:
                raise MergeError(
                    f"{path!r} is in both {seen[path]!r} and {name!r}: "
                    f"give the reports distinct names with --name"
                )
            seen[path] = name
            files.append(_repath(result, path))
    targets = sorted({report.target for _, report in named})
    return Report(
        root=_merged_root(named, prefix),
        files=files,
        tool_version=__version__,
        target=",".join(targets),
    )


def merge_files(
    paths: Sequence[Path], names: Sequence[str] = (), prefix: bool = True
) -> Report:
    """Load and merge report files; ``names`` (one per file) overrides the prefixes."""
    if names and len(names) != len(paths):
        raise MergeError(
            f"{len(names)} --name values for {len(paths)} reports: give "
            f"one per report, in the same order"
        )
    reports = [load_report(path) for path in paths]
    chosen: List[Optional[str]] = list(names) or [None] * len(paths)
    named = [
        (name if name is not None else default_name(report, path), report)
        for name, report, path in zip(chosen, reports, paths)
    ]
    for name, _ in named:
        if prefix and (
            not name or name.startswith("/") or "\\" in name or ".." in name.split("/")
        ):
            raise MergeError(f"{name!r} cannot be a path prefix")
    return merge(named, prefix)
