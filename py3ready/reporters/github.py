"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding."""

from __future__ import annotations

from py3ready.findings import Report
from py3ready.reporters.base import Reporter

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message (``%``, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """Annotations on the pull request's diff, shown by the Actions runner."""

    def render(self, report: Report) -> None:
        for f in report.findings:
            props = [
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
            ]
            if f.end_line is not None:
                props.append(f"endLine={f.end_line}")
                if f.end_column is not None:
                    props.append(f"endColumn={f.end_column}")
            props.append(f"title={escape_property(f'{f.rule} {f.symbol}')}")
            self.stream.write(
                f"::{COMMANDS[f.severity]} {','.join(props)}::{escape_data(f.message)}\n"
            )
