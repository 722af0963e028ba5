"""Precision and recall of the type-model rules over a labelled corpus.

``tests/labelled/unicode/`` holds realistic Python 2 modules labelled like the
functional fixtures (see its README). This test runs the PY4xx and PY5xx rules
that judge text, bytes and ``__future__`` use on every module, counts true and
false positives and misses per rule, prints the table and asserts thresholds.

Run ``python -m pytest tests/test_precision_unicode.py -q -s`` to see the
figures.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Dict, Tuple

import pytest

from conftest import ROOT, check
from test_functional import expected_findings
from py3ready import registry

LABELLED = ROOT / "tests" / "labelled" / "unicode"
# The rules measured: PY414 (u'' for 3.0-3.2) is syntax only and opt-in,
# PY501 (missing __future__ import, info) is opt-in and purely syntactic.
MEASURED = ["PY405", "PY406", "PY407", "PY408", "PY409", "PY410", "PY411", "PY412",
            "PY413", "PY415", "PY416", "PY502", "PY503", "PY504", "PY505", "PY506",
            "PY507"]
OPTIONS = re.compile(r"(?P<key>[a-z-]+)=(?P<value>\S+)")
MIN_PRECISION = 0.95
MIN_RECALL = 0.9
MIN_RULE_PRECISION = 0.8


def _symbols() -> Dict[str, str]:
    fixers = registry.all_fixers()
    return {fixers[rule].RULE.symbol: rule for rule in MEASURED}


def labels(text: str) -> Counter:
    """(line, symbol) counts of the ``# [symbol]`` markers, as in the fixtures."""
    return expected_findings(text)


def scan_module(path: Path) -> Tuple[Counter, Counter]:
    """(expected, found) (line, symbol) counts for one corpus module."""
    text = path.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    options = dict(OPTIONS.findall(first)) if first.startswith("# py3ready:") else {}
    check_path = options.pop("path", path.name)
    siblings = frozenset(filter(None, options.pop("siblings", "").split(",")))
    findings = check(text, MEASURED, path=check_path, options=options or None,
                     siblings=siblings)
    return labels(text), Counter((f.line, f.symbol) for f in findings)


def measure():
    """Per rule: Counter of tp, fp, fn; plus the per-module mismatches."""
    symbols = _symbols()
    table: Dict[str, Counter] = {rule: Counter() for rule in MEASURED}
    mismatches = []
    modules = sorted(LABELLED.glob("*.py"))
    for path in modules:
        expected, found = scan_module(path)
        unknown = {symbol for _, symbol in expected} - set(symbols)
        assert not unknown, f"{path.name}: labels for unmeasured rules {unknown}"
        for (line, symbol), count in (expected | found).items():
            hit = min(expected[(line, symbol)], found[(line, symbol)])
            rule = symbols[symbol]
            table[rule]["tp"] += hit
            table[rule]["fp"] += found[(line, symbol)] - hit
            table[rule]["fn"] += expected[(line, symbol)] - hit
            if found[(line, symbol)] != expected[(line, symbol)]:
                mismatches.append(
                    f"{path.name}:{line}: {symbol} expected "
                    f"{expected[(line, symbol)]}, found {found[(line, symbol)]}")
    return table, mismatches, len(modules)


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(table, modules) -> str:
    symbols = {rule: symbol for symbol, rule in _symbols().items()}
    lines = [f"labelled corpus: {modules} modules, tests/labelled/unicode/",
             f"{'rule':<6} {'symbol':<32} {'tp':>3} {'fp':>3} {'fn':>3} "
             f"{'precision':>9} {'recall':>7}"]
    total = Counter()
    for rule, counts in table.items():
        total.update(counts)
        lines.append(_row(rule, symbols[rule], counts))
    lines.append(_row("all", "", total))
    return "\n".join(lines)


def _row(rule: str, symbol: str, counts: Counter) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (f"{rule:<6} {symbol:<32} {tp:>3} {fp:>3} {fn:>3} "
            f"{ratio(tp, tp + fp):>9.2f} {ratio(tp, tp + fn):>7.2f}")


@pytest.fixture(scope="module")
def measured():
    return measure()


def test_corpus_is_big_enough(measured):
    table, _, modules = measured
    assert modules >= 20
    assert all(counts["tp"] + counts["fn"] for counts in table.values()), (
        "every measured rule needs labelled cases")


def test_precision_and_recall(measured):
    table, mismatches, modules = measured
    text = report(table, modules)
    print("\n" + text)
    total = Counter()
    for counts in table.values():
        total.update(counts)
    precision = ratio(total["tp"], total["tp"] + total["fp"])
    recall = ratio(total["tp"], total["tp"] + total["fn"])
    detail = text + "\n" + "\n".join(mismatches)
    assert precision >= MIN_PRECISION, detail
    assert recall >= MIN_RECALL, detail
    for rule, counts in table.items():
        assert ratio(counts["tp"], counts["tp"] + counts["fp"]) >= MIN_RULE_PRECISION, (
            f"{rule}\n{detail}")
