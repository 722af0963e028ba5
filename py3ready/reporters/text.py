"""``path:line:col: PY101 message [symbol]``, one finding per line."""

from __future__ import annotations

import os
import unicodedata

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
    """The flake8-style format editors and CI log parsers understand."""

    human = True

    def render(self, report: Report) -> None:
        write = self.stream.write
        for finding in report.findings:
            path = display_path(report.root, finding.path)
            write(
                f"{printable(path)}:{finding.line}:{finding.column}: "
                f"{finding.rule} {printable(finding.message)} [{finding.symbol}]\n"
            )
            if self.show_source and finding.source:
                source = printable(finding.source)
                write(f"    {source}\n")
                write("    " + " " * (finding.column - 1) + "^\n")


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
    return text
