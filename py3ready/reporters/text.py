"""``path:line:col: PY101 message [symbol]``, one finding per line."""

from __future__ import annotations

import os
import unicodedata

import click

from py3ready.findings import Report
from py3ready.reporters.base import Reporter


def printable(text: str) -> str:
    """Neutralise control characters (ANSI escapes included) from scanned text."""
    out = []
    for char in text:
        if char == "\t":
            out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append("\\x%02x" % ord(char) if ord(char) < 0x100 else "\\u%04x" % ord(char))
        else:
            out.append(char)
    return "".join(out)


class TextReporter(Reporter):
    """The flake8-style format editors and CI log parsers understand.

    With ``show_guidance``, the "Python 3 guidance" checklist follows the
    findings (``py3ready scan --guidance``).
    """

    human = True
    GUIDANCE_EVIDENCE = 3  # evidence lines shown per checklist item
    COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}

    def __init__(self, stream, show_source: bool = False,
                 show_guidance: bool = False, colour: bool = False) -> None:
        super().__init__(stream, show_source=show_source)
        self.show_guidance = show_guidance
        self.colour = colour  # the CLI sets it only for a terminal without NO_COLOR

    def style(self, text: str, **styles) -> str:
        return click.style(text, **styles) if self.colour else text

    def render(self, report: Report) -> None:
        write = self.stream.write
        for finding in report.findings:
            path = display_path(report.root, finding.path)
            location = f"{printable(path)}:{finding.line}:{finding.column}:"
            rule = self.style(finding.rule, fg=self.COLOURS.get(finding.severity),
                              bold=True)
            write(
                f"{self.style(location, bold=True)} "
                f"{rule} {printable(finding.message)} [{finding.symbol}]\n"
            )
            if self.show_source and finding.source:
                source = printable(finding.source)
                write(f"    {source}\n")
                write("    " + " " * (finding.column - 1) + "^\n")
        if self.show_guidance and report.guidance:
            self.render_guidance(report)

    def render_guidance(self, report: Report) -> None:
        write = self.stream.write
        write("\nPython 3 guidance:\n")
        for entry in report.guidance:
            status = entry["status"]
            write(f"  [{status:^7}] {printable(entry['title'])}\n")
            write(f"            {printable(entry['detail'])}\n")
            evidence = entry["evidence"]
            for proof in evidence[:self.GUIDANCE_EVIDENCE]:
                path = display_path(report.root, proof["path"])
                write(f"            {printable(path)}:{proof['line']}: "
                      f"{printable(proof['text'])}\n")
            if len(evidence) > self.GUIDANCE_EVIDENCE:
                write(f"            ... and {len(evidence) - self.GUIDANCE_EVIDENCE} "
                      "more (see the JSON report)\n")


def display_path(root: str, path: str) -> str:
    """A finding's path as the user can open it: relative to the working
    directory when the file is below it, else absolute."""
    full = os.path.join(root, path)
    try:
        relative = os.path.relpath(full)
    except ValueError:  # pragma: no cover - another drive on Windows
        return full
    return full if relative.startswith("..") else relative.replace(os.sep, "/")


def summary_line(report: Report) -> str:
    """One human sentence about the scan, for stderr."""
    summary = report.summary()
    counts = summary["by_severity"]
    parts = [f"{counts[name]} {name}{'s' if counts[name] != 1 else ''}"
             for name in ("error", "warning", "info") if counts[name]]
    found = ", ".join(parts) if parts else "no findings"
    files = summary["files"]
    text = (f"py3ready: {found} in {summary['files_with_findings']} of {files} "
            f"file{'s' if files != 1 else ''} ({summary['lines']} lines)")
    if summary["unparsed_files"]:
        text += f"; {summary['unparsed_files']} could not be parsed"
    if summary.get("suppressed"):
        text += f"; {summary['suppressed']} suppressed"
    if "readiness" in summary:
        text += f"; readiness {summary['readiness']:g}% ({summary['verdict']})"
    return text
