"""Suppressions: the comments and config entries with which a team silences findings.

On a line (it applies to the findings that start on that line, and, as in
flake8, to every line joined with it by a backslash or a multi-line string):

- ``# noqa`` silences every rule; ``# noqa: PY101,PY2`` the rules with these
  ids or id prefixes (flake8's syntax, so one comment can also carry flake8
  codes: ``# noqa: E501,PY101``; codes that do not start with ``PY`` are
  other tools' and ignored here).
- ``# py3ready: ignore`` silences every rule; ``# py3ready: ignore[PY101,
  print-statement, unicode]`` takes ids, id prefixes, symbols and categories.

For a whole file, a comment line ``# py3ready: skip-file`` anywhere in it.
From the config, ``per-file-ignores``: globs relative to the config file.

Comments are found with fissix's tokenizer, so ``# noqa`` inside a string
does not count; a file that does not tokenize is searched line by line.
Suppressed findings are kept in the report (``FileResult.suppressed``).
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Dict, List, Optional, Sequence, Set, Tuple

from fissix.pgen2 import token, tokenize

from py3ready.findings import FileResult, Finding, Report, Suppressed
from py3ready.rules import Rule

NOQA_RE = re.compile(
    r"#\s*noqa(?![\w-])(?::[\s]?(?P<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?", re.I
)
IGNORE_RE = re.compile(
    r"#\s*py3ready:\s*ignore(?:\[(?P<names>[^\]]*)\]|(?![\w-]))", re.I
)
SKIP_FILE_RE = re.compile(r"^#\s*py3ready:\s*skip-file(?![\w-])", re.I)
_MAYBE = re.compile(r"noqa|py3ready", re.I)

ALL = "*"  # the names of a directive that silences every rule


@dataclass
class Directive:
    """One suppression comment: where it is, what it names, what it silenced."""

    line: int
    column: int  # 1-based column of its '#'
    kind: str  # "noqa", "ignore-comment" or "skip-file"
    names: Tuple[str, ...]  # (ALL,) for every rule
    text: str
    used: Set[str] = field(default_factory=set)

    def matches(self, finding: Finding) -> List[str]:
        """The names of this directive that cover ``finding``."""
        return [
            name
            for name in self.names
            if name == ALL
            or names_rule(name, finding.rule, finding.symbol, finding.category)
        ]


def names_rule(name: str, rule_id: str, symbol: str, category: str) -> bool:
    """Whether ``name`` (an id, id prefix, symbol or category) covers a rule."""
    upper = name.upper()
    if upper == "ALL":
        return True
    if re.match(r"^PY\d{0,3}$", upper):
        return rule_id.startswith(upper)
    return name.lower() in (symbol, category)


def _directives(comment: str, line: int, column: int, alone: bool) -> List[Directive]:
    found = []
    if alone and SKIP_FILE_RE.match(comment.strip()):
        return [Directive(line, column, "skip-file", (ALL,), comment.strip())]
    for match in NOQA_RE.finditer(comment):
        codes = match.group("codes")
        if codes is None:
            names: Tuple[str, ...] = (ALL,)
        else:
            names = tuple(
                c.upper()
                for c in re.split(r"[,\s]+", codes)
                if c.upper().startswith("PY")
            )
            if not names:  # only other tools' codes
                continue
        found.append(
            Directive(
                line, column + match.start(), "noqa", names, match.group(0).strip()
            )
        )
    for match in IGNORE_RE.finditer(comment):
        listed = match.group("names")
        names = (
            (ALL,)
            if listed is None
            else tuple(n for n in re.split(r"[,\s]+", listed) if n)
        )
        found.append(
            Directive(
                line,
                column + match.start(),
                "ignore-comment",
                names,
                match.group(0).strip(),
            )
        )
    return found


@dataclass
class Suppressions:
    """The suppression comments of one file."""

    directives: List[Directive] = field(default_factory=list)
    skip_file: Optional[Directive] = None
    # line -> the lines whose comments apply to it (its backslash/string group)
    groups: Dict[int, Tuple[int, int]] = field(default_factory=dict)

    def for_line(self, line: int) -> List[Directive]:
        first, last = self.groups.get(line, (line, line))
        return [d for d in self.directives if first <= d.line <= last]


def parse(source: str) -> Suppressions:
    """Find the suppression comments of ``source`` (never raises)."""
    found = Suppressions()
    if not _MAYBE.search(source):
        return found
    lines = source.split("\n")
    comments: List[Tuple[int, int, str, bool]] = []
    try:
        _tokens(source, lines, comments, found.groups)
    except Exception:  # noqa: BLE001 - a file that does not tokenize: line by line
        comments = []
        found.groups = {}
        for number, text in enumerate(lines, start=1):
            hash_at = text.find("#")
            if hash_at >= 0 and _MAYBE.search(text, hash_at):
                comments.append(
                    (number, hash_at + 1, text[hash_at:], not text[:hash_at].strip())
                )
    for line, column, text, alone in comments:
        for directive in _directives(text, line, column, alone):
            if directive.kind == "skip-file":
                found.skip_file = found.skip_file or directive
            else:
                found.directives.append(directive)
    return found


def _tokens(
    source: str,
    lines: Sequence[str],
    comments: list,
    groups: Dict[int, Tuple[int, int]],
) -> None:
    first = last = None
    for kind, value, start, end, _line in tokenize.generate_tokens(
        io.StringIO(source).readline
    ):
        if kind in (token.ENDMARKER, token.DEDENT, token.INDENT):
            continue
        if kind == tokenize.COMMENT and _MAYBE.search(value):
            text = lines[start[0] - 1] if start[0] <= len(lines) else ""
            comments.append(
                (start[0], start[1] + 1, value, not text[: start[1]].strip())
            )
        first = start[0] if first is None else min(first, start[0])
        last = end[0] if last is None else max(last, end[0])
        # fissix marks a backslash continuation with an NL token: no break there
        if kind in (token.NEWLINE, tokenize.NL) and not value.startswith("\\"):
            if last > first:
                for number in range(first, last + 1):
                    groups[number] = (first, last)
            first = last = None


def apply(
    findings: Sequence[Finding], suppressions: Suppressions
) -> Tuple[List[Finding], List[Suppressed]]:
    """Split ``findings`` into the ones reported and the ones silenced."""
    kept: List[Finding] = []
    silenced: List[Suppressed] = []
    skip = suppressions.skip_file
    for finding in findings:
        by = None
        for directive in suppressions.for_line(finding.line):
            names = directive.matches(finding)
            if names:
                directive.used.update(names)
                by = by or directive.kind
        if skip is not None:
            skip.used.add(ALL)
            by = "skip-file"
        if by is None:
            kept.append(finding)
        else:
            silenced.append(Suppressed(finding=finding, by=by))
    return kept, silenced


def unused(
    suppressions: Suppressions, ran: Collection[Rule], known: Collection[Rule]
) -> List[Tuple[Directive, str]]:
    """Suppressions that silenced nothing, with a message for each.

    A name is only judged when a rule it names ran in this scan: with
    ``--select PY1``, ``# noqa: PY301`` may well be needed, so it is left alone.
    A name that names no rule at all is always reported.
    """
    out = []
    if suppressions.skip_file is not None:
        skip = suppressions.skip_file
        if not skip.used:
            out.append((skip, f"`{skip.text}` skips a file with no findings"))
        return out
    for directive in suppressions.directives:
        if directive.names == (ALL,):
            if not directive.used:
                out.append(
                    (directive, f"`{directive.text}` silences nothing on " f"this line")
                )
            continue
        unknown = [n for n in directive.names if not _names_any(n, known)]
        idle = [
            n
            for n in directive.names
            if n not in directive.used and n not in unknown and _names_any(n, ran)
        ]
        problems = []
        if unknown:
            problems.append(
                f"{', '.join(unknown)} "
                f"{'names' if len(unknown) == 1 else 'name'} no py3ready rule"
            )
        if idle:
            problems.append(
                f"{', '.join(idle)} "
                f"{'silences' if len(idle) == 1 else 'silence'} nothing "
                f"on this line"
            )
        if problems:
            out.append((directive, f"in `{directive.text}`: {'; '.join(problems)}"))
    return out


def _names_any(name: str, rules: Collection[Rule]) -> bool:
    return any(names_rule(name, r.id, r.symbol, r.category.value) for r in rules)


def apply_per_file_ignores(
    report: Report, entries: Sequence[Tuple[str, Sequence[str]]], base: Optional[Path]
) -> Report:
    """Move the findings that ``per-file-ignores`` silences to ``suppressed``.

    A glob matches a file's path relative to ``base`` (the config file's
    directory), or its name.
    """
    if not entries:
        return report
    base_dir = str(base if base is not None else Path.cwd())
    for result in report.files:
        full = os.path.join(report.root, result.path)
        relative = Path(os.path.relpath(full, base_dir)).as_posix()
        name = relative.rsplit("/", 1)[-1]
        names = [
            selector
            for glob, selectors in entries
            if fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(name, glob)
            for selector in selectors
        ]
        if names:
            _silence(result, names)
    return report


def _silence(result: FileResult, names: Sequence[str]) -> None:
    kept = []
    for finding in result.findings:
        if any(
            names_rule(name, finding.rule, finding.symbol, finding.category)
            for name in names
        ):
            result.suppressed.append(Suppressed(finding=finding, by="per-file-ignores"))
        else:
            kept.append(finding)
    result.findings = kept
    result.suppressed.sort(key=lambda s: s.finding)
