"""Time py3ready side by side with fissix and python-modernize on real Python 2 code.

    python bench/run.py                    # full corpus, 3 rounds -> bench/RESULTS.md
    python bench/run.py --set web13 --runs 5
    python bench/run.py --corpus-dir DIR      # your own tree instead of the PyPI corpus

Every tool runs as its own process on the same list of ``.py`` files; one
round runs each tool once, in a fixed order, and the figures are medians
over the rounds. What is measured (see bench/README.md):

- wall: elapsed seconds of the whole process, start-up included;
- CPU: user + system seconds of the process and of every child it waited for;
- peak RSS (largest): ``ru_maxrss`` from ``wait4``, the largest single process;
- peak memory (sum): the largest sum of PSS (proportional set size: pages
  shared after fork counted once) over the process and its children, sampled
  from /proc every 0.1 s (Linux only): the whole footprint of a ``--jobs`` run.

Needs fissix and py3ready importable by the running interpreter;
python-modernize is installed into bench/.cache/venv-modernize on first use
(skipped with a note if that fails).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import venv
from pathlib import Path
from typing import Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

PY = sys.executable
MODERNIZE = "modernize==0.8.0"
TOOLS = [
    "parse-only",
    "fissix-fixers",
    "modernize",
    "py3ready-j1",
    "py3ready-jN",
    "py3ready-warm",
]
EXTRA_TOOLS = ["fastparse-only", "py3ready-nocache-j1"]
LABELS = {
    "parse-only": "fissix parse-only (the floor)",
    "fastparse-only": "py3ready's parser alone (fastparse, same trees)",
    "fissix-fixers": "fissix default fixers (2to3, no output)",
    "modernize": "python-modernize 0.8.0 (--no-diffs)",
    "py3ready-j1": "py3ready cold, --jobs 1",
    "py3ready-nocache-j1": "py3ready --no-cache, --jobs 1",
    "py3ready-jN": "py3ready cold, --jobs {jobs}",
    "py3ready-warm": "py3ready warm (cache hit), --jobs {jobs}",
}


# -- measuring -----------------------------------------------------------------
def _pss_kib(pid: int) -> Optional[int]:
    """Proportional set size: shared pages (fork) are split between processes."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _tree_rss_kib(root: int) -> int:
    """Sum of PSS (else RSS) over ``root`` and its descendants, from /proc."""
    parents: Dict[int, int] = {}
    rss: Dict[int, int] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
            fields = stat[stat.rindex(b")") + 2 :].split()
            pid = int(entry)
            parents[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in family and pid not in family:
                family.add(pid)
                grew = True
    total = 0
    for pid in family:
        pss = _pss_kib(pid)
        total += rss.get(pid, 0) if pss is None else pss
    return total


def measure(cmd: Sequence[str], cwd: Optional[Path] = None) -> Dict[str, float]:
    """Run ``cmd``; wall and CPU seconds, peak RSS (largest and sum), exit code."""
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if sys.platform.startswith("linux"):
        sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_max_mib": usage.ru_maxrss / 1024,
        "rss_sum_mib": peak[0] / 1024,
        "exit": proc.returncode,
        "stderr": stderr.decode("utf-8", "replace")[-2000:],
    }


# -- tools ---------------------------------------------------------------------
def modernize_command(log) -> Optional[List[str]]:
    """python-modernize from its own venv (installed on first use), or None."""
    found = shutil.which("python-modernize")
    if found:
        return [found]
    env = corpus.CACHE / "venv-modernize"
    exe = env / ("Scripts" if os.name == "nt" else "bin") / "python-modernize"
    if not exe.exists():
        log(f"installing {MODERNIZE} into {env}")
        try:
            venv.create(env, with_pip=True, clear=True)
            python = env / ("Scripts" if os.name == "nt" else "bin") / "python"
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", MODERNIZE],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            log(f"python-modernize is not installable here ({exc}); skipping it")
            return None
    return [str(exe)]


def py3ready_supports(option: str) -> bool:
    out = subprocess.run(
        [PY, "-m", "py3ready", "scan", "--help"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    ).stdout
    return option in out


class Bench:
    def __init__(self, files: List[Path], work: Path, jobs: int, log):
        self.files = files
        self.work = work
        self.jobs = jobs
        self.log = log
        self.listfile = work / "files.txt"
        self.listfile.write_text("".join(f"{p}\n" for p in files), encoding="utf-8")
        self.isolated = ["--isolated"] if py3ready_supports("--isolated") else []
        self.modernize = None
        self.warm_cache: Optional[Path] = None

    def _py3ready(self, jobs: int, cache: Optional[Path]) -> List[str]:
        cmd = [
            PY,
            "-m",
            "py3ready",
            "scan",
            *self.isolated,
            "--jobs",
            str(jobs),
            "--format",
            "json",
            "--exit-zero",
            "-o",
            str(self.work / "report.json"),
        ]
        cmd += ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
        return cmd + [str(p) for p in self.files]

    def command(self, tool: str) -> Optional[List[str]]:
        anchor = str(HERE / "fissix_anchor.py")
        if tool == "parse-only":
            return [PY, anchor, "parse-only", str(self.listfile)]
        if tool == "fastparse-only":
            return [PY, anchor, "fastparse-only", str(self.listfile)]
        if tool == "fissix-fixers":
            return [PY, anchor, "fixers", str(self.listfile)]
        if tool == "modernize":
            if self.modernize is None:
                self.modernize = modernize_command(self.log) or []
            return (
                self.modernize
                + ["--no-diffs", "-j", "1"]
                + [str(p) for p in self.files]
                if self.modernize
                else None
            )
        if tool == "py3ready-nocache-j1":
            return self._py3ready(1, None)
        if tool in ("py3ready-j1", "py3ready-jN"):
            cache = Path(tempfile.mkdtemp(prefix="cache-", dir=self.work))
            if tool == "py3ready-jN":
                self.warm_cache = cache
            return self._py3ready(1 if tool == "py3ready-j1" else self.jobs, cache)
        if tool == "py3ready-warm":
            if self.warm_cache is None:  # warm it up first, untimed
                self.warm_cache = Path(tempfile.mkdtemp(prefix="cache-", dir=self.work))
                subprocess.run(
                    self._py3ready(self.jobs, self.warm_cache),
                    check=True,
                    stdout=subprocess.DEVNULL,
                    cwd=self.work,
                )
            return self._py3ready(self.jobs, self.warm_cache)
        raise ValueError(f"unknown tool {tool!r}")


# -- reporting -----------------------------------------------------------------
def machine() -> Dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import version

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "fissix": version("fissix"),
        "py3ready": version("py3ready"),
    }


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def summarise(runs: Dict[str, List[dict]], lines: int) -> Dict[str, dict]:
    table = {}
    for tool, samples in runs.items():
        walls = [s["wall"] for s in samples]
        table[tool] = {
            "wall": statistics.median(walls),
            "min": min(walls),
            "max": max(walls),
            "cpu": statistics.median(s["cpu"] for s in samples),
            "rss_max_mib": max(s["rss_max_mib"] for s in samples),
            "rss_sum_mib": max(s["rss_sum_mib"] for s in samples),
            "runs": len(samples),
        }
        table[tool]["lines_per_s"] = lines / table[tool]["wall"]
    return table


def targets(table: Dict[str, dict], jobs: int) -> List[str]:
    """The issue's targets, each with its measured value and verdict."""
    out = []

    def have(*tools: str) -> bool:
        return all(t in table for t in tools)

    if have("fissix-fixers", "py3ready-jN"):
        ratio = table["fissix-fixers"]["wall"] / table["py3ready-jN"]["wall"]
        # what the same work gives when N cores are free (contention-proof)
        ideal = table["fissix-fixers"]["cpu"] / (table["py3ready-jN"]["cpu"] / jobs)
        out.append(
            f"| py3ready cold, --jobs {jobs}, at least 3x as fast as fissix's "
            f"default fixers | {ratio:.2f}x wall ({ideal:.2f}x: fixers CPU / "
            f"(py3ready CPU / {jobs})) | {'met' if ratio >= 3 else 'NOT met'} |"
        )
    if have("parse-only", "py3ready-j1"):
        ratio = table["py3ready-j1"]["wall"] / table["parse-only"]["wall"]
        cpu = table["py3ready-j1"]["cpu"] / table["parse-only"]["cpu"]
        out.append(
            f"| py3ready cold, --jobs 1, within 1.5x of fissix parse-only | "
            f"{ratio:.2f}x the floor (wall), {cpu:.2f}x (CPU) | "
            f"{'met' if ratio <= 1.5 else 'NOT met'} |"
        )
    if have("py3ready-jN", "py3ready-warm"):
        ratio = table["py3ready-jN"]["wall"] / table["py3ready-warm"]["wall"]
        verdict = "met" if ratio >= 50 else "NOT met"
        extra = ""
        if "py3ready-j1" in table:
            extra = (
                f" (cold --jobs 1 / warm: "
                f"{table['py3ready-j1']['wall'] / table['py3ready-warm']['wall']:.0f}x)"
            )
        out.append(
            f"| warm re-scan at least 50x faster than cold | {ratio:.0f}x faster than "
            f"cold --jobs {jobs}{extra} | {verdict} |"
        )
    mine = [t for t in table if t.startswith("py3ready")]
    if mine:
        worst = max(max(table[t]["rss_sum_mib"], table[t]["rss_max_mib"]) for t in mine)
        out.append(
            f"| peak memory under 250 MB for the whole corpus | {worst:.0f} MiB "
            f"(the larger of: largest process, peak PSS sum of a py3ready run) | "
            f"{'met' if worst * 1.048576 < 250 else 'NOT met'} |"
        )
    return out


def render(table, lines, n_files, packages, info, jobs, rounds, load, notes) -> str:
    floor = table.get("parse-only", {}).get("wall")
    fixers = table.get("fissix-fixers", {}).get("wall")
    rows = []
    for tool in TOOLS + EXTRA_TOOLS:
        if tool not in table:
            continue
        t = table[tool]
        cpu_floor = table.get("parse-only", {}).get("cpu")
        to_floor = (
            f"{t['wall'] / floor:.2f} / {t['cpu'] / cpu_floor:.2f}" if floor else "-"
        )
        to_fixers = f"{fixers / t['wall']:.2f}x faster" if fixers else "-"
        rows.append(
            f"| {LABELS[tool].format(jobs=jobs)} | {t['wall']:.2f} ({t['min']:.2f}-"
            f"{t['max']:.2f}) | {t['cpu']:.2f} | {t['lines_per_s']:,.0f} | "
            f"{to_floor} | "
            f"{to_fixers} | {t['rss_max_mib']:.0f} | {t['rss_sum_mib']:.0f} |"
        )
    pkg_rows = [
        f"| {name} | {version} | {n_files:,} | {n_lines:,} |"
        for name, version, n_files, n_lines in packages
    ]
    return "\n".join(
        [
            "## Latest run",
            "",
            f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}, "
            f"{info['os']}; "
            f"{info['python']}; fissix {info['fissix']}; py3ready {info['py3ready']}.",
            f"Corpus: {n_files:,} files, {lines:,} lines. "
            f"Medians of {rounds} rounds "
            f"(min-max in brackets); 1-minute load average {load}.",
            "",
            "| tool | wall s | CPU s | lines/s (wall) | x floor (wall / CPU) "
            "| vs fissix fixers "
            "| peak RSS largest MiB | peak memory sum MiB |",
            "|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            "| target | measured | verdict |",
            "|---|---|---|",
            *targets(table, jobs),
            "",
            "| package | version | files | lines |",
            "|---|---|---|---|",
            *pkg_rows,
            "",
            *notes,
        ]
    )


def write_results(path: Path, section: str) -> None:
    """Replace the '## Latest run' section of ``path`` (or create the file)."""
    head = "# Benchmark results\n\n"
    text = path.read_text(encoding="utf-8") if path.exists() else head
    heading = re.search(r"^## Latest run$", text, re.M)  # the heading, not a mention
    start = heading.start() if heading else -1
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section.rstrip("\n") + "\n\n" + (
            text[end + 1:] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


# -- main ----------------------------------------------------------------------
def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        default=corpus.DEFAULT_SET,
        help=f"corpus set: {', '.join(corpus.SETS)} or package names",
    )
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        action="append",
        help="use the .py files under this directory (repeatable) "
        "instead of downloading",
    )
    parser.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="py3ready --jobs for the all-cores runs (default: CPUs)",
    )
    parser.add_argument(
        "--tools",
        default=",".join(TOOLS),
        help=f"comma-separated, from {', '.join(TOOLS + EXTRA_TOOLS)}",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=HERE / "RESULTS.md",
        help="Markdown file to update ('-' for stdout only)",
    )
    parser.add_argument("--json", type=Path, help="also write raw timings here")
    parser.add_argument(
        "--from-json",
        type=Path,
        help="do not run: render the results saved by an earlier --json",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        saved = json.loads(args.from_json.read_text())
        saved["table"] = summarise(
            {t: s for t, s in saved["runs"].items() if s}, saved["lines"]
        )
        keys = ("lines", "files", "packages", "info", "jobs", "rounds", "load", "notes")
        section = render(saved["table"], *(saved[k] for k in keys))
        print(section)
        if str(args.output) != "-":
            write_results(args.output, section)
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    tools = [t for t in args.tools.split(",") if t]
    unknown = set(tools) - set(TOOLS + EXTRA_TOOLS)
    if unknown:
        parser.error(f"unknown tools: {', '.join(sorted(unknown))}")
    if args.corpus_dir:
        dirs = [d.resolve() for d in args.corpus_dir]
        packages_meta = [(d.name, "local") for d in dirs]
    else:
        chosen = corpus.resolve_set(args.set)
        dirs = corpus.prepare(args.set, log)
        packages_meta = [(s.name, s.version) for s in chosen]
    per_dir = [corpus.python_files([d]) for d in dirs]
    files = [f for group in per_dir for f in group]
    lines = corpus.count_lines(files)
    packages = [
        (name, version, len(group), corpus.count_lines(group))
        for (name, version), group in zip(packages_meta, per_dir)
    ]
    log(f"corpus: {len(files)} files, {lines} lines; tools: {', '.join(tools)}")
    runs: Dict[str, List[dict]] = {t: [] for t in tools}
    notes: List[str] = []
    load_start = _load()
    with tempfile.TemporaryDirectory(prefix="py3ready-bench-") as tmp:
        bench = Bench(files, Path(tmp), args.jobs, log)
        for round_no in range(1, args.runs + 1):
            for tool in tools:
                cmd = bench.command(tool)
                if cmd is None:
                    runs.pop(tool, None)
                    note = f"{LABELS[tool]}: not run (not installable here)."
                    if note not in notes:
                        notes.append(note)
                    continue
                # cwd: not the repo, so that what is installed is imported
                sample = measure(cmd, cwd=bench.work)
                if sample["exit"] not in (0, 1):
                    log(f"{tool} failed (exit {sample['exit']}): {sample['stderr']}")
                    return 1
                runs[tool].append(sample)
                log(
                    f"round {round_no} {tool:22} {sample['wall']:7.2f}s wall "
                    f"{sample['cpu']:7.2f}s CPU {sample['rss_max_mib']:5.0f}/"
                    f"{sample['rss_sum_mib']:5.0f} MiB"
                )
    load = f"{load_start} at the start, {_load()} at the end"
    table = summarise({t: s for t, s in runs.items() if s}, lines)
    info = machine()
    section = render(
        table, lines, len(files), packages, info, args.jobs, args.runs, load, notes
    )
    print(section)
    if args.json:
        saved = {
            "lines": lines,
            "files": len(files),
            "packages": packages,
            "info": info,
            "jobs": args.jobs,
            "rounds": args.runs,
            "load": load,
            "notes": notes,
            "table": table,
            "runs": runs,
        }
        args.json.write_text(json.dumps(saved, indent=1))
    if str(args.output) != "-":
        write_results(args.output, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
