"""The registry's promises: unique, consistent names and a fixture per rule."""

from __future__ import annotations

import re
import sys

import pytest

from conftest import FUNCTIONAL
from py3ready import registry
from py3ready.rules import Category

RULES = list(registry.all_fixers().values())


@pytest.mark.parametrize("cls", RULES, ids=[c.RULE.id for c in RULES])
def test_names_agree(cls):
    rule = cls.RULE
    stem = rule.symbol.replace("-", "_")
    assert cls.__module__ == f"{registry.FIXER_PACKAGE}.fix_{stem}"
    assert cls.__name__ == registry.class_name_for(f"fix_{stem}")
    assert rule.id[2] == str(list(Category).index(rule.category))
    assert rule.message and rule.fix_hint
    if not cls.ENGINE_ONLY:
        fixture = FUNCTIONAL / f"{rule.id.lower()}_{stem}.py"
        assert fixture.exists(), f"missing functional fixture {fixture.name}"
        assert cls.PATTERN, f"{rule.id} has no PATTERN"


def test_ids_and_symbols_are_unique():
    ids = [c.RULE.id for c in RULES]
    symbols = [c.RULE.symbol for c in RULES]
    assert len(set(ids)) == len(ids) and len(set(symbols)) == len(symbols)


def test_every_fixture_belongs_to_a_rule():
    known = {f"{c.RULE.id.lower()}_{c.RULE.symbol.replace('-', '_')}" for c in RULES}
    for path in FUNCTIONAL.glob("py*.py"):
        base = re.sub(r"_\d+$", "", path.stem)
        assert base in known, f"{path.name} names no rule"


def test_one_fixer_class_per_module():
    for cls in RULES:
        module = sys.modules[cls.__module__]
        fixers = [v for k, v in vars(module).items()
                  if k.startswith("Fix") and isinstance(v, type)
                  and v.__module__ == module.__name__]
        assert fixers == [cls]


@pytest.mark.parametrize("selector,expected", [
    (dict(select=["PY101"]), {"PY101"}),
    (dict(select=["print-statement"]), {"PY101"}),
    # a prefix or category names opt-in rules too: PY005 (unused-suppression)
    (dict(select=["PY0"], ignore=["PY003"]), {"PY001", "PY002", "PY004", "PY005"}),
    (dict(select=["tool"], ignore=["parse-error"]), {"PY002", "PY003", "PY004", "PY005"}),
    (dict(select=["ALL"], ignore=["PY0"]) , None),
])
def test_select_and_ignore(selector, expected):
    chosen = {c.RULE.id for c in registry.select(**selector)}
    if expected is None:
        assert chosen and not any(i.startswith("PY0") for i in chosen)
    else:
        assert chosen == expected


def test_specific_select_beats_broad_ignore():
    chosen = {c.RULE.id for c in registry.select(select=["PY101"], ignore=["syntax"])}
    assert chosen == {"PY101"}


def test_unknown_selector_is_an_error():
    with pytest.raises(registry.UnknownRuleError, match="PY999"):
        registry.select(select=["PY999"])
