"""Per-rule fixtures: Python 2 source with ``# [symbol]`` on every flagged line.

Every marked line must be flagged with exactly the marked symbols, and every
unmarked line must produce nothing. A first line ``# py3ready: select=...``
chooses the rules (default: the rule the file is named after);
``# py3ready: target=3.11`` sets the target, and ``# py3ready: expect=nothing``
declares a fixture of traps only (without it, a fixture must flag something).
``# py3ready: siblings=models,util`` names the modules beside the file, as if
it were inside a package.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import FUNCTIONAL, check

MARKER = re.compile(r"#\s*(?:\+(?P<offset>\d+):\s*)?\[(?P<symbols>[a-z0-9, -]+)\]\s*$")
OPTIONS = re.compile(r"(?P<key>[a-z-]+)=(?P<value>\S+)")

FIXTURES = sorted(FUNCTIONAL.glob("py[0-9][0-9][0-9]_*.py"))


def expected_findings(text: str) -> Counter:
    expected: Counter = Counter()
    for lineno, line in enumerate(text.split("\n"), start=1):
        match = MARKER.search(line)
        if match:
            target = lineno + int(match.group("offset") or 0)
            for symbol in match.group("symbols").split(","):
                expected[(target, symbol.strip())] += 1
    return expected


def fixture_options(path, text):
    first = text.split("\n", 1)[0]
    options = dict(OPTIONS.findall(first)) if first.startswith("# py3ready:") else {}
    select = options.pop("select", path.name[:5].upper()).split(",")
    return select, options


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_functional_fixture(path):
    text = path.read_text(encoding="utf-8")
    select, options = fixture_options(path, text)
    quiet = options.pop("expect", None) == "nothing"
    siblings = frozenset(filter(None, options.pop("siblings", "").split(",")))
    findings = check(text, select, path=path.name, options=options, siblings=siblings)
    got = Counter((f.line, f.symbol) for f in findings)
    expected = expected_findings(text)
    assert quiet != bool(expected), (
        f"{path.name}: mark flagged lines, or declare expect=nothing (not both)"
    )
    missing = sorted((expected - got).elements())
    unexpected = sorted((got - expected).elements())
    assert not missing and not unexpected, (
        f"{path.name}: missing {missing}, unexpected {unexpected}"
    )
