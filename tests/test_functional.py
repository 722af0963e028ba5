"""Per-rule fixtures: Python 2 source with ``# [symbol]`` on every flagged line.

Every marked line must be flagged with exactly the marked symbols, and every
unmarked line must produce nothing. A first line ``# py3ready: select=...``
chooses the rules (default: the rule the file is named after);
``# py3ready: target=3.11`` sets the target.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import FUNCTIONAL, check

MARKER = re.compile(r"#\s*(?:\+(?P<offset>\d+):\s*)?\[(?P<symbols>[a-z0-9, -]+)\]\s*$")
OPTIONS = re.compile(r"#\s*py3ready:\s*(?P<key>[a-z-]+)=(?P<value>\S+)")

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
    options = dict(OPTIONS.findall(text.split("\n", 1)[0]))
    select = options.pop("select", path.name[:5].upper()).split(",")
    return select, options


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_functional_fixture(path):
    text = path.read_text(encoding="utf-8")
    select, options = fixture_options(path, text)
    findings = check(text, select, path=path.name, options=options)
    got = Counter((f.line, f.symbol) for f in findings)
    expected = expected_findings(text)
    assert expected, f"{path.name} marks no line: a fixture must flag something"
    missing = sorted((expected - got).elements())
    unexpected = sorted((got - expected).elements())
    assert not missing and not unexpected, (
        f"{path.name}: missing {missing}, unexpected {unexpected}"
    )
