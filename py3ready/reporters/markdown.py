"""Markdown for pull-request comments and CI job summaries."""

from __future__ import annotations

import html
from itertools import groupby

from py3ready.findings import Report
from py3ready.reporters.base import Reporter
from py3ready.reporters.text import printable

ICONS = {"error": "\u274c", "warning": "\u26a0\ufe0f", "info": "\u2139\ufe0f"}


def md(text: str) -> str:
    """Scanned text made inert in Markdown table cells and prose."""
    text = printable(text)
    for char in "\\`*_[]<>|#!~":
        text = text.replace(char, "\\" + char)
    return text


def code(text: str) -> str:
    """Inline code that no backtick in ``text`` can close."""
    text = printable(text).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


class MarkdownReporter(Reporter):
    """Readiness, verdict, counts, the most blocked files, then findings by file.

    At most ``MAX_FINDINGS`` findings are listed (GitHub caps a job summary at
    1 MiB and a comment at 64 KiB); the JSON report has them all.
    """

    MAX_FINDINGS = 200

    def render(self, report: Report) -> None:
        s = report.summary()
        out = ["# py3ready: Python 3 readiness", ""]
        verdict = "\u2705 ready" if s["verdict"] == "ready" else "\u274c not ready"
        out.append(
            f"**Readiness: {s['readiness']:.1f}%** ({verdict}) \u2014 "
            f"{s['files']} files, {s['lines']} lines, {s['findings']} findings"
            + (f", {s['fixable']} with an automatic fix" if s["fixable"] else "")
            + (f", target Python {md(report.target)}" if report.target else "")
        )
        out += ["", "| status | files |", "|---|---:|"]
        out += [f"| {name} | {n} |" for name, n in s["by_status"].items()]
        out += ["", "| severity | findings |", "|---|---:|"]
        out += [
            f"| {ICONS[name]} {name} | {n} |" for name, n in s["by_severity"].items()
        ]
        if s["by_category"]:
            out += ["", "| category | findings |", "|---|---:|"]
            out += [f"| {name} | {n} |" for name, n in s["by_category"].items()]
        if s["top_blocked_files"]:
            out += [
                "",
                "## Most blocked files",
                "",
                "| file | errors | findings | lines |",
                "|---|---:|---:|---:|",
            ]
            out += [
                f"| {code(t['path'])} | {t['errors']} | {t['findings']} | {t['lines']} |"
                for t in s["top_blocked_files"]
            ]
        findings = report.findings
        if findings:
            out += ["", "## Findings", ""]
            shown = findings[: self.MAX_FINDINGS]
            for path, group in groupby(shown, key=lambda f: f.path):
                out += [
                    f"<details><summary>{html.escape(printable(path))}</summary>",
                    "",
                ]
                for f in group:
                    out.append(
                        f"- {ICONS[f.severity]} line {f.line}, col {f.column}: "
                        f"**{f.rule}** {md(f.message)} ({f.symbol})"
                    )
                    if self.show_source and f.source.strip():
                        out.append(f"  {code(f.source.strip())}")
                out += ["", "</details>", ""]
            if len(findings) > len(shown):
                out.append(
                    f"_\u2026 and {len(findings) - len(shown)} more findings: "
                    "see the JSON report._"
                )
        self.stream.write("\n".join(out).rstrip("\n") + "\n")
