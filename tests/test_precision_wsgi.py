"""Precision and recall of the WSGI rules (PY601-PY615) over a labelled set of apps.

``tests/labelled/wsgi/`` holds small WSGI apps (see its README): some carry
WSGI bugs marked ``# [symbol]`` like the functional fixtures, the others are
already ported to run on Python 2 and 3 and are full of traps that must stay
quiet. Every app declares, in a module-level ``HARNESS`` list, the requests
that prove its labels; this file serves them for real under Python 2.7 and
Python 3 through ``tests/wsgi_harness.py`` (``wsgiref.validate`` and
``SimpleHandler``) and checks that each labelled line really breaks where its
request says, and that the ported apps answer identically on both.

Then it runs the PY6xx rules over every app, counts true and false positives
and misses per rule, prints the table (``-s``), asserts the thresholds and
checks that README.md states the figures it computed.
"""

from __future__ import annotations

import ast
import base64
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

from conftest import ROOT, check, require_python
from test_functional import expected_findings
from py3ready import registry

LABELLED = ROOT / "tests" / "labelled" / "wsgi"
HARNESS = ROOT / "tests" / "wsgi_harness.py"
README = ROOT / "README.md"
APPS = sorted(LABELLED.glob("*.py"))

# The fixed ids and symbols of the wsgi category (the rules may not all exist yet).
RULES = {
    "PY601": "wsgi-status-not-native",
    "PY602": "wsgi-malformed-status",
    "PY603": "wsgi-headers-not-list",
    "PY604": "wsgi-header-not-native",
    "PY605": "wsgi-invalid-header-text",
    "PY606": "wsgi-hop-by-hop-header",
    "PY607": "wsgi-text-body",
    "PY608": "wsgi-string-as-iterable",
    "PY609": "wsgi-content-length-of-text",
    "PY610": "wsgi-input-used-as-text",
    "PY611": "wsgi-environ-decode",
    "PY612": "wsgi-environ-mojibake",
    "PY613": "wsgi-errors-bytes",
    "PY614": "wsgi-exc-info-reraise",
    "PY615": "wsgi-middleware-text-join",
}
SYMBOLS = {symbol: rule for rule, symbol in RULES.items()}
MIN_APPS, MIN_PORTED, MIN_LABELS_PER_RULE = 30, 11, 2
MIN_PRECISION = MIN_RECALL = 0.95
# Keys of a HARNESS entry that are about the proof, not the request.
PROOF_KEYS = ("fails", "proves", "expect")
FAILS = ("2", "3", "both", "none")


# -- reading the apps -------------------------------------------------------------


def harness_of(path: Path) -> List[Dict]:
    """The module's closing ``HARNESS = [...]`` literal.

    Read as text, not parsed as a module: some apps are Python 2 only syntax.
    """
    text = path.read_text(encoding="utf-8")
    start = text.rfind("\nHARNESS = [")
    assert start >= 0, f"{path.name}: no module-level HARNESS list"
    return ast.literal_eval(text[start:].split("=", 1)[1].strip())


def labels_of(path: Path) -> Counter:
    return expected_findings(path.read_text(encoding="utf-8"))


def is_ported(path: Path) -> bool:
    return not labels_of(path)


# -- running the apps -------------------------------------------------------------


def serve(python: str, path: Path) -> List[Dict]:
    """All HARNESS requests of one app, in one harness process of ``python``."""
    requests = [
        {k: v for k, v in entry.items() if k not in PROOF_KEYS} for entry in harness_of(path)
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [python, str(HARNESS), str(LABELLED), f"{path.stem}:application", json.dumps(requests)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, f"{path.name} on {python}: {done.stderr}"
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records and records[0]["event"] == "import", done.stdout
    return records


@pytest.fixture(scope="module")
def answers() -> Dict[str, Tuple[List[Dict], List[Dict]]]:
    """name -> (Python 2.7 records, Python 3 records) for every app."""
    python2, python3 = require_python("2.7"), sys.executable
    jobs = [(python, path) for path in APPS for python in (python2, python3)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        records = list(pool.map(lambda job: serve(*job), jobs))
    return {path.name: (records[2 * i], records[2 * i + 1]) for i, path in enumerate(APPS)}


def answer_for(records: List[Dict], index: int) -> Dict:
    """The record of request ``index``; an import failure stands for every request."""
    head = records[0]
    if not head["ok"]:
        return {"import_error": head["exception"]}
    return records[1 + index]


def broken(answer: Dict) -> bool:
    """The app failed: it did not import, raised, broke PEP 3333 (wsgiref said so),
    or sent a Content-Length that is not the length of the body it sent."""
    if "import_error" in answer:
        return True
    if answer["exception"] or answer["validator_error"] or answer["validator_warnings"]:
        return True
    sent = len(base64.b64decode(answer["body_b64"]))
    lengths = [v for k, v in answer["headers"] if k.lower() == "content-length"]
    return any(value.strip() != str(sent) for value in lengths)


def comparable(answer: Dict) -> Dict:
    return {k: v for k, v in answer.items() if k != "python"}


def expect_in(entry: Dict, side: str, answer: Dict) -> Optional[str]:
    """A complaint when the failing answer does not show the expected text."""
    expect = entry.get("expect")
    if isinstance(expect, dict):
        expect = expect.get(side)
    if expect and expect not in json.dumps(answer, ensure_ascii=False):
        return f"expected {expect!r} in the Python {side} answer {answer}"
    return None


def proof_problems(path: Path, entry: Dict, py2: Dict, py3: Dict) -> List[str]:
    """What is wrong with one request's proof (empty when it holds)."""
    fails = entry["fails"]
    problems = []
    if fails == "none":
        if broken(py2) or broken(py3) or comparable(py2) != comparable(py3):
            problems.append(f"differs or fails:\n2.7: {py2}\n3: {py3}")
        return problems
    if fails == "3":
        if broken(py2):
            problems.append(f"must work on 2.7: {py2}")
        if not broken(py3) and comparable(py2) == comparable(py3):
            problems.append(f"must break or differ on 3: {py3}")
    if fails == "2" and (not broken(py2) or broken(py3)):
        problems.append(f"must break on 2.7 only:\n2.7: {py2}\n3: {py3}")
    if fails == "both" and not (broken(py2) and broken(py3)):
        problems.append(f"must break on both:\n2.7: {py2}\n3: {py3}")
    sides = {"2": [("2", py2)], "3": [("3", py3)], "both": [("2", py2), ("3", py3)]}[fails]
    problems += filter(None, (expect_in(entry, side, answer) for side, answer in sides))
    return problems


def anchored_label(path: Path, symbol: str, anchor: str) -> Tuple[int, str]:
    """The one labelled (line, symbol) whose source line contains ``anchor``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    hits = [
        (line, sym)
        for (line, sym) in labels_of(path)
        if sym == symbol and anchor in lines[line - 1]
    ]
    assert len(hits) == 1, f"{path.name}: [{symbol}] anchor {anchor!r} matches {hits}"
    return hits[0]


# -- the corpus and its proofs ----------------------------------------------------


def test_corpus_shape():
    assert len(APPS) >= MIN_APPS
    ported = [path for path in APPS if is_ported(path)]
    assert len(ported) >= MIN_PORTED, [p.name for p in ported]
    per_symbol = Counter()
    for path in APPS:
        for (_, symbol), count in labels_of(path).items():
            assert symbol in SYMBOLS, f"{path.name}: {symbol} is not a wsgi rule"
            per_symbol[symbol] += count
    thin = {s: per_symbol[s] for s in SYMBOLS if per_symbol[s] < MIN_LABELS_PER_RULE}
    assert not thin, f"rules with too few labelled cases: {thin}"


@pytest.mark.parametrize("path", APPS, ids=[p.stem for p in APPS])
def test_harness_declares_a_proof_for_every_label(path):
    entries = harness_of(path)
    assert entries, f"{path.name}: HARNESS is empty"
    proven = set()
    for entry in entries:
        assert entry.get("fails") in FAILS, f"{path.name}: {entry}"
        proves = entry.get("proves", [])
        assert bool(proves) == (entry["fails"] != "none"), (
            f"{path.name}: a failing request proves labels, a working one none: {entry}"
        )
        proven |= {anchored_label(path, symbol, anchor) for symbol, anchor in proves}
    assert proven == set(labels_of(path)), (
        f"{path.name}: labels without a proving request: {set(labels_of(path)) - proven}"
    )


@pytest.mark.parametrize("path", APPS, ids=[p.stem for p in APPS])
def test_labels_are_proven_by_running(path, answers):
    py2_records, py3_records = answers[path.name]
    assert py2_records[0]["ok"], f"{path.name} must import on 2.7: {py2_records[0]}"
    problems = []
    for index, entry in enumerate(harness_of(path)):
        py2, py3 = answer_for(py2_records, index), answer_for(py3_records, index)
        where = f"{entry.get('method', 'GET')} {entry['path']}"
        problems += [f"{where}: {p}" for p in proof_problems(path, entry, py2, py3)]
    assert not problems, f"{path.name}\n" + "\n".join(problems)
    error = py3_records[0]["exception"]
    if error is not None:  # only a labelled line may keep the app from importing on 3
        assert error["type"] == "SyntaxError", error
        lines = {line for line, _ in labels_of(path)}
        assert error["line"] in lines, f"{path.name}: unlabelled SyntaxError {error}"


# -- precision and recall ---------------------------------------------------------


def measure():
    """Per rule: Counter of tp, fp, fn; plus the per-line mismatches."""
    present = [rule for rule in RULES if rule in registry.all_fixers()]
    table: Dict[str, Counter] = {rule: Counter() for rule in RULES}
    mismatches = []
    for path in APPS:
        text = path.read_text(encoding="utf-8")
        expected = expected_findings(text)
        findings = check(text, present, path=path.name) if present else []
        found = Counter((f.line, f.symbol) for f in findings if f.rule in RULES)
        for (line, symbol), _ in (expected | found).items():
            hit = min(expected[(line, symbol)], found[(line, symbol)])
            counts = table[SYMBOLS[symbol]]
            counts["tp"] += hit
            counts["fp"] += found[(line, symbol)] - hit
            counts["fn"] += expected[(line, symbol)] - hit
            if found[(line, symbol)] != expected[(line, symbol)]:
                mismatches.append(
                    f"{path.name}:{line}: {symbol} expected {expected[(line, symbol)]}, "
                    f"found {found[(line, symbol)]}"
                )
    return table, mismatches


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def row(rule: str, symbol: str, counts: Counter) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (
        f"{rule:<6} {symbol:<28} {tp:>3} {fp:>3} {fn:>3} "
        f"{ratio(tp, tp + fp):>9.2f} {ratio(tp, tp + fn):>7.2f}"
    )


@pytest.fixture(scope="module")
def measured():
    return measure()


def totals(table) -> Counter:
    total = Counter()
    for counts in table.values():
        total.update(counts)
    return total


def readme_sentence(total: Counter) -> str:
    """What README.md must say (whitespace-insensitive)."""
    tp, fp, fn = total["tp"], total["fp"], total["fn"]
    ported = sum(is_ported(path) for path in APPS)
    return (
        f"{len(APPS)} labelled apps of `tests/labelled/wsgi/` ({ported} of them already "
        f"ported): {tp} true positives, {fp} false positives, {fn} false negatives, "
        f"so precision {ratio(tp, tp + fp):.2f} and recall {ratio(tp, tp + fn):.2f}"
    )


def test_precision_and_recall(measured):
    table, mismatches = measured
    lines = [
        f"labelled WSGI apps: {len(APPS)} in tests/labelled/wsgi/",
        f"{'rule':<6} {'symbol':<28} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} "
        f"{'recall':>7}",
    ]
    lines += [row(rule, symbol, table[rule]) for rule, symbol in RULES.items()]
    total = totals(table)
    lines.append(row("all", "", total))
    text = "\n".join(lines)
    print("\n" + text + "\n" + "\n".join(mismatches))
    detail = text + "\n" + "\n".join(mismatches)
    assert ratio(total["tp"], total["tp"] + total["fp"]) >= MIN_PRECISION, detail
    assert ratio(total["tp"], total["tp"] + total["fn"]) >= MIN_RECALL, detail


def test_readme_states_the_measured_figures(measured):
    table, _ = measured
    wanted = readme_sentence(totals(table))
    readme = " ".join(README.read_text(encoding="utf-8").split())
    assert wanted in readme, f"README.md must say: {wanted}"
