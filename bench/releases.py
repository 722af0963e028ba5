"""Scan real releases: 2/3-compatible ones and their Python-2-only predecessors.

    python bench/releases.py                 # every release, table on stdout
    python bench/releases.py --write         # ... and into bench/RESULTS.md
    python bench/releases.py --only Flask    # the releases of one project
    python bench/releases.py --findings error --only Flask-0.10.1   # list them

Each release is an sdist pinned by file name and sha256, downloaded and cached
by ``bench/corpus.py``. Only the library a user installs is scanned (the
package directory or module named below), without the test suites some of
them ship inside the package (``testsuite/``): tests are not what runs in
production, and a port is judged by its library. py3ready runs as a user
would run it: ``py3ready scan --isolated --no-cache --exit-zero --format json``
with the default rule set; lines are the report's own ``lines`` (newline
count per file), and errors per 1,000 lines = error findings * 1000 / lines.

Every error finding on a compatible release was read in the release's source
and judged in ``bench/releases_inspected.txt``: a real Python 3 bug (``bug``),
dead code (``dead``) or py3ready's mistake (``fp``). The bar counts the errors
that are not inspected real bugs ("unexplained" below: fp, dead and unlisted).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from corpus import Sdist  # noqa: E402

RESULTS = HERE / "RESULTS.md"
INSPECTED = HERE / "releases_inspected.txt"
KINDS = ("bug", "dead", "fp")
START = "<!-- releases:start -->"
END = "<!-- releases:end -->"
EXCLUDE = ("testsuite",)
# The bar for a release that runs on Python 3.
MAX_ERRORS_PER_KLOC = 0.2


class Release(NamedTuple):
    sdist: Sdist
    package: str  # the installed package directory or module, relative to the sdist
    compatible: bool  # True: runs on Python 2 and 3 from one source
    # --target: the newest Python 3 when the compatible release came out (what it
    # was made for); a predecessor is judged against its successor's
    target: str
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.sdist.name}-{self.sdist.version}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _release(name, version, filename, sha256, package, compatible, target, note=""):
    return Release(Sdist(name, version, filename, sha256), package, compatible, target, note)


# Pairs: the first release of each project that runs on Python 3 from one
# source, then the last release whose source is Python 2 only.
RELEASES: List[Release] = [
    _release(
        "Flask", "0.10.1", "Flask-0.10.1.tar.gz",
        "4c83829ff83d408b5e1d4995472265411d2c414112298f2eb4b359d9e4563373",
        "flask", True, "3.3", "first Flask line on Python 3 (0.10)",
    ),
    _release(
        "Flask", "0.9", "Flask-0.9.tar.gz",
        "2fd5d4ffe81f762dd2a3e58472d690a0dbba3766776506003aee3ed7aaa8afef",
        "flask", False, "3.3", "last release before 0.10",
    ),
    _release(
        "Werkzeug", "0.9.6", "Werkzeug-0.9.6.tar.gz",
        "7f11e7e2e73eb22677cac1b11113eb6106f66cedef13d140e83cf6563c90b79c",
        "werkzeug", True, "3.4", "0.9 added Python 3",
    ),
    _release(
        "Werkzeug", "0.8.3", "Werkzeug-0.8.3.tar.gz",
        "108c3d41fb701c4af4ef00e8ebbedc147632c82247beb798c8d8657a12810206",
        "werkzeug", False, "3.4", "last 0.8",
    ),
    _release(
        "WebOb", "1.4", "WebOb-1.4.tar.gz",
        "0819838204e2a6823e42bf2227898fdf3f306f7619bf328e25855a0d1ca20399",
        "webob", True, "3.4", "1.2 added Python 3",
    ),
    _release(
        "WebOb", "1.1.1", "WebOb-1.1.1.zip",
        "21f3a2ecea66129b20ba757fafa087af8ba85e413c77972accdeb56a50f1eff6",
        "webob", False, "3.4", "last 1.1",
    ),
    _release(
        "bottle", "0.12.1", "bottle-0.12.1.tar.gz",
        "c46af6309d77f706485042b214f06fcf0fd074e14ea19f176cc3ae879bd726fc",
        "bottle.py", True, "3.3", "first 0.12 on PyPI; one source since 0.11",
    ),
    _release(
        "bottle", "0.10.12", "bottle-0.10.12.tar.gz",
        "51c3d277539fbc30cde0484fe253cf3c412582cbaeee29ba28cf25ddd903a960",
        "bottle.py", False, "3.3", "last 0.10; reached Python 3 only through 2to3 at install",
    ),
    _release(
        "Paste", "2.0", "Paste-2.0.tar.gz",
        "6314578e4f715b3107f82bb13bfe76a0cef7f7f7fdb58d2abb95b394f8e1b0ca",
        "paste", True, "3.4", "first Paste on Python 3",
    ),
    _release(
        "Paste", "1.7.5.1", "Paste-1.7.5.1.tar.gz",
        "11645842ba8ec986ae8cfbe4c6cacff5c35f0f4527abf4f5581ae8b4ad49c0b6",
        "paste", False, "3.4", "last 1.x",
    ),
    _release(
        "Jinja2", "2.7", "Jinja2-2.7.tar.gz",
        "474f1518d189ae7e318b139fecc1d30b943f124448cfa0f09582ca23e069fa4d",
        "jinja2", True, "3.3", "first Jinja2 on Python 3 from one source",
    ),
    _release(
        "Jinja2", "2.6", "Jinja2-2.6.tar.gz",
        "a85e185375db75c109f99ecde3d55415f035e7068a82252cf4f16c667ac38f49",
        "jinja2", False, "3.3", "last 2.6; reached Python 3 only through 2to3 at install",
    ),
    _release(
        "six", "1.16.0", "six-1.16.0.tar.gz",
        "1e61c37477a1626458e36f7b1d82aa5c9b094fa4802892072e49de9c60c4c926",
        "six.py", True, "3.9", "the compatibility library itself",
    ),
]
BY_KEY: Dict[str, Release] = {r.key.lower(): r for r in RELEASES}


class Inspected(NamedTuple):
    """One judged error finding: every finding of ``symbol`` on ``path:line``."""

    release: str
    path: str
    line: int
    symbol: str
    kind: str  # bug, dead or fp (see KINDS and the file's header)
    reason: str

    @property
    def key(self) -> tuple:
        return (self.release, self.path, self.line, self.symbol)


def load_inspected(path: Path = INSPECTED) -> List[Inspected]:
    """The entries of ``releases_inspected.txt``; a malformed line is an error."""
    entries = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        parts = [part.strip() for part in text.split(" | ", 4)]
        where = parts[1].rpartition(":") if len(parts) == 5 else ("", "", "")
        if (len(parts) != 5 or not where[2].isdigit() or parts[3] not in KINDS
                or not parts[4]):
            raise ValueError(f"{path.name}:{number}: not 'release | path:line | "
                             f"symbol | {'/'.join(KINDS)} | reason': {text!r}")
        entries.append(Inspected(parts[0], where[0], int(where[2]), parts[2], parts[3],
                                 parts[4]))
    return entries


def select(only: Sequence[str] = ()) -> List[Release]:
    """The releases named by key (``Flask-0.9``) or project (``Flask``); all if none."""
    if not only:
        return list(RELEASES)
    wanted = {o.lower() for o in only}
    chosen = [r for r in RELEASES if r.key.lower() in wanted or r.sdist.name.lower() in wanted]
    known = {r.key.lower() for r in chosen} | {r.sdist.name.lower() for r in chosen}
    unknown = wanted - known
    if unknown:
        raise corpus.CorpusError(
            f"unknown release {sorted(unknown)[0]!r}; known: {', '.join(r.key for r in RELEASES)}"
        )
    return chosen


def prepare(release: Release, log=print) -> Path:
    """The unpacked sdist directory of ``release`` (downloaded once, then cached)."""
    return corpus.unpack(release.sdist, corpus.fetch(release.sdist, log))


class Result(NamedTuple):
    release: Release
    report: dict  # py3ready's JSON report, judged against ``release.target``
    latest: Optional[dict] = None  # the same with py3ready's default target
    inspected: tuple = ()  # the entries of releases_inspected.txt for this release

    @property
    def summary(self) -> dict:
        return self.report["summary"]

    @property
    def lines(self) -> int:
        return self.summary["lines"]

    def count(self, severity: str) -> int:
        return self.summary["by_severity"].get(severity, 0)

    @property
    def errors_per_kloc(self) -> float:
        return self.count("error") * 1000 / self.lines if self.lines else 0.0

    def findings(self, severity: Optional[str] = None, latest: bool = False) -> List[dict]:
        """Findings, their paths prefixed with the package directory."""
        report = self.latest if latest else self.report
        prefix = "" if self.release.package.endswith(".py") else self.release.package + "/"
        return [
            dict(f, path=prefix + f["path"])
            for f in (report or {}).get("findings", ())
            if severity is None or f["severity"] == severity
        ]

    def judged(self) -> List[tuple]:
        """(error finding, its Inspected entry or None), in report order."""
        entries = {entry.key: entry for entry in self.inspected}
        return [(f, entries.get((self.release.key, f["path"], f["line"], f["symbol"])))
                for f in self.findings("error")]

    @property
    def real_bugs(self) -> int:
        """Error findings listed as inspected real Python 3 bugs."""
        return sum(1 for _, entry in self.judged() if entry and entry.kind == "bug")

    @property
    def unexplained(self) -> int:
        """Error findings that are not inspected real bugs (fp, dead or unlisted)."""
        return self.count("error") - self.real_bugs

    @property
    def unexplained_per_kloc(self) -> float:
        return self.unexplained * 1000 / self.lines if self.lines else 0.0

    def unlisted(self) -> List[dict]:
        """Error findings nobody has judged yet."""
        return [f for f, entry in self.judged() if entry is None]

    def stale(self) -> List[Inspected]:
        """Entries that py3ready no longer reports."""
        found = {(self.release.key, f["path"], f["line"], f["symbol"])
                 for f in self.findings("error")}
        return [entry for entry in self.inspected if entry.key not in found]

    def top_rules(self, severity: str = "error", limit: int = 3) -> List[tuple]:
        counts = Counter(f"{f['rule']} {f['symbol']}" for f in self.findings(severity))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def run_py3ready(release: Release, target: Optional[str], log=print,
                 python: str = sys.executable) -> dict:
    """py3ready's JSON report on the installed package of ``release``."""
    path = prepare(release, log) / release.package
    with tempfile.TemporaryDirectory(prefix="py3ready-releases-") as tmp:
        out = Path(tmp) / "report.json"
        command = [python, "-m", "py3ready", "scan", "--isolated", "--no-cache",
                   "--exit-zero", "--jobs", "1", "--format", "json", "--output", str(out)]
        if target:
            command += ["--target", target]
        for pattern in EXCLUDE:
            command += ["--exclude", pattern]
        proc = subprocess.run(command + [str(path)], capture_output=True, text=True,
                              cwd=tmp, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        if proc.returncode != 0:
            raise RuntimeError(f"py3ready failed on {release.key}: {proc.stderr}")
        return json.loads(out.read_text(encoding="utf-8"))


def scan(release: Release, latest: bool = False, log=print) -> Result:
    """Scan ``release`` against its target (and, if ``latest``, the default one)."""
    report = run_py3ready(release, release.target, log)
    inspected = tuple(e for e in load_inspected() if e.release == release.key)
    return Result(release, report, run_py3ready(release, None, log) if latest else None,
                  inspected)


def scan_all(releases: Sequence[Release], jobs: int = 0, latest: bool = False,
             log=print) -> List[Result]:
    """Scan ``releases`` in parallel (one process each); results in the given order."""
    for release in releases:  # download one after another, so the log stays readable
        prepare(release, log)
    workers = jobs or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda r: scan(r, latest, log), releases))


def table(results: Sequence[Result]) -> str:
    """The markdown table: one row per release."""
    latest = all(res.latest for res in results)
    rows = [
        "| release | kind | scanned | target | files | lines | errors | warnings "
        "| errors/kloc | inspected real bugs | unexplained errors/kloc | readiness "
        "| verdict | top error rules |" + (" errors, default target |" if latest else ""),
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
        + ("---|" if latest else ""),
    ]
    for res in results:
        rel = res.release
        kind = "2 and 3" if rel.compatible else "2 only"
        top = ", ".join(f"{rule} ({n})" for rule, n in res.top_rules()) or "-"
        bugs = res.real_bugs if rel.compatible else "-"
        unexplained = (f"{res.unexplained_per_kloc:.2f} ({res.unexplained})"
                       if rel.compatible else "-")
        row = (
            f"| {rel.sdist.name} {rel.sdist.version} | {kind} | `{rel.package}` "
            f"| {rel.target} | {res.summary['files']} | {res.lines:,} "
            f"| {res.count('error')} | {res.count('warning')} "
            f"| {res.errors_per_kloc:.2f} | {bugs} | {unexplained} "
            f"| {res.summary['readiness']}% "
            f"| {res.summary['verdict']} | {top} |"
        )
        if latest:
            row += f" {res.latest['summary']['by_severity'].get('error', 0)} |"
        rows.append(row)
    return "\n".join(rows)


def verdicts(results: Sequence[Result]) -> List[str]:
    """One line per release: does it meet its bar?"""
    lines = []
    for res in results:
        if res.release.compatible:
            ok = (res.unexplained_per_kloc <= MAX_ERRORS_PER_KLOC
                  and not res.unlisted() and not res.stale())
            bar = (f"at most {MAX_ERRORS_PER_KLOC} unexplained errors/kloc, every error "
                   f"inspected, no stale entry")
        else:
            ok = res.summary["verdict"] == "not-ready" and res.count("error") > 0
            bar = "judged not ready, with error findings"
        lines.append(f"- {res.release.key}: {bar}: {'met' if ok else 'NOT met'}")
    return lines


def section(results: Sequence[Result]) -> str:
    import py3ready

    return "\n".join([
        START,
        f"py3ready {py3ready.__version__}, default rules, `--isolated`; "
        f"test suites inside the package (`{'`, `'.join(EXCLUDE)}/`) not scanned. "
        f"Inspected real bugs: error findings listed as `bug` in "
        f"[releases_inspected.txt]({INSPECTED.name}); unexplained: the other errors "
        f"(py3ready's mistakes, dead code, unlisted), with their count.",
        "",
        table(results),
        "",
        *verdicts(results),
        END,
    ])


README = HERE.parent / "README.md"
README_START = "<!-- releases-summary:start -->"
README_END = "<!-- releases-summary:end -->"


def readme_summary(results: Sequence[Result]) -> str:
    """The README's figures: per compatible release, errors/kloc and what they are."""
    parts = [
        f"{res.release.sdist.name} {res.release.sdist.version} {res.errors_per_kloc:.2f} "
        f"({_plural(res.count('error'), 'error')}: {_plural(res.real_bugs, 'real bug')}, "
        f"{res.unexplained} other)"
        for res in results if res.release.compatible
    ]
    worst = max((res.unexplained_per_kloc for res in results if res.release.compatible),
                default=0.0)
    return (f"Errors per 1,000 lines, each against the Python 3 of its day: "
            f"{'; '.join(parts)}. Errors that are not inspected real bugs: at most "
            f"{worst:.2f} per 1,000 lines.")


def write_readme(path: Path, text: str) -> None:
    """Put ``text`` between the summary markers of the README (they must exist)."""
    content = path.read_text(encoding="utf-8")
    start, end = content.find(README_START), content.find(README_END)
    if start < 0 or end < start:
        raise ValueError(f"{path.name} has no {README_START} ... {README_END} markers")
    start += len(README_START)
    path.write_text(content[:start] + "\n" + text + "\n" + content[end:], encoding="utf-8")


def write_results(path: Path, text: str) -> None:
    """Put ``text`` between the markers in ``path`` (appended when they are missing)."""
    content = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    start, end = content.find(START), content.find(END)
    if start >= 0 and end > start:
        content = content[:start] + text + content[end + len(END):]
    else:
        content = content.rstrip("\n") + "\n\n## Real releases\n\n" + text + "\n"
    path.write_text(content, encoding="utf-8")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", default=[],
                        help="a release (Flask-0.9) or project (Flask); repeatable")
    parser.add_argument("--jobs", type=int, default=0, help="releases scanned at once")
    parser.add_argument("--write", nargs="?", const=RESULTS, type=Path, default=None,
                        help=f"write the table into this file (default {RESULTS.name})")
    parser.add_argument("--no-latest", action="store_true",
                        help="skip the second scan with py3ready's default target")
    parser.add_argument("--findings", choices=("error", "warning", "info", "all"),
                        help="also list every finding of this severity")
    parser.add_argument("--latest-findings", action="store_true",
                        help="list the findings of the default-target scan instead")
    args = parser.parse_args(argv)
    log = lambda message: print(message, file=sys.stderr)  # noqa: E731
    try:
        results = scan_all(select(args.only), args.jobs, not args.no_latest, log)
    except corpus.CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(table(results))
    print("\n".join(verdicts(results)))
    if args.findings:
        severity = None if args.findings == "all" else args.findings
        for res in results:
            kinds = {id(f): entry.kind for f, entry in res.judged() if entry}
            for f in res.findings(severity, latest=args.latest_findings):
                judged = "" if args.latest_findings else f"[{kinds.get(id(f), '?')}] "
                print(f"{res.release.key}/{f['path']}:{f['line']}:{f['column']}: "
                      f"{judged}{f['rule']} {f['symbol']} {f['message']}")
    for res in results:
        for entry in res.stale():
            print(f"stale: {entry.release} {entry.path}:{entry.line} {entry.symbol}",
                  file=sys.stderr)
    if args.write:
        write_results(args.write, section(results))
        if not args.only:
            write_readme(README, readme_summary(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
