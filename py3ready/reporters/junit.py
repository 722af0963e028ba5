"""JUnit XML: one test case per file, a failure per error or warning finding.

Jenkins, GitLab and Azure show each scanned file as a test that passes when
it is ready for Python 3; info findings are listed in ``system-out``.
"""

from __future__ import annotations

from collections import Counter
from xml.etree import ElementTree as ET

from py3ready.findings import Report
from py3ready.reporters.base import Reporter
from py3ready.scoring import file_status


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters from scanned files)."""
    return "".join(
        (
            ch
            if ch in "\t\n\r"
            or (0x20 <= ord(ch) < 0xD800)
            or (0xE000 <= ord(ch) < 0xFFFE)
            or ord(ch) >= 0x10000
            else "\ufffd"
        )
        for ch in text
    )


def _line(f) -> str:
    return _clean(f"{f.path}:{f.line}:{f.column}: {f.rule} {f.message} [{f.symbol}]")


class JunitReporter(Reporter):
    """``<testsuites><testsuite name="py3ready"><testcase name=PATH>``."""

    def render(self, report: Report) -> None:
        results = sorted(report.files, key=lambda r: r.path)
        suite = ET.Element("testsuite", name="py3ready")
        failures = errors = 0
        for result in results:
            case = ET.SubElement(
                suite,
                "testcase",
                name=_clean(result.path),
                classname="py3ready." + file_status(result),
                file=_clean(result.path),
            )
            failing = [f for f in result.findings if f.severity in ("error", "warning")]
            if file_status(result) == "unparsed":
                errors += 1
                error = ET.SubElement(
                    case, "error", message="could not be parsed", type="unparsed"
                )
                error.text = "\n".join(_line(f) for f in result.findings)
            elif failing:
                failures += 1
                counts = Counter(f.severity for f in failing)
                message = ", ".join(
                    f"{n} {sev}{'s' if n != 1 else ''}"
                    for sev, n in sorted(counts.items())
                )
                failure = ET.SubElement(
                    case, "failure", message=message, type=file_status(result)
                )
                failure.text = "\n".join(_line(f) for f in failing)
            infos = [f for f in result.findings if f.severity == "info"]
            if infos and file_status(result) != "unparsed":
                ET.SubElement(case, "system-out").text = "\n".join(
                    _line(f) for f in infos
                )
        suite.set("tests", str(len(results)))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")
        root = ET.Element(
            "testsuites",
            name="py3ready",
            tests=str(len(results)),
            failures=str(failures),
            errors=str(errors),
        )
        root.append(suite)
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
