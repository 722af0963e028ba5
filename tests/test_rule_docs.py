"""Each rule's docstring is its documentation, and its examples are tests."""

from __future__ import annotations

import sys

import pytest

from conftest import check
from py3ready import registry
from py3ready.rules import Severity, parse_doc

RULES = [cls for cls in registry.all_fixers().values()]
DETECTING = [cls for cls in RULES if not cls.ENGINE_ONLY]


# Rules whose examples only make sense inside a package: the sibling modules.
EXAMPLE_SIBLINGS = {"PY213": frozenset({"models", "utils"}),
                    "PY503": frozenset({"models"})}


def doc_of(cls):
    return parse_doc(sys.modules[cls.__module__].__doc__)


@pytest.mark.parametrize("cls", RULES, ids=[c.RULE.id for c in RULES])
def test_doc_has_every_section(cls):
    doc = doc_of(cls)
    assert doc["summary"] and "\n" not in doc["summary"], "one-line summary first"
    for section in ("What it does", "Why is this bad?", "Example"):
        assert doc.get(section), f"{cls.RULE.id}: missing '## {section}'"
    assert doc["example"].strip(), f"{cls.RULE.id}: Example has no code block"
    assert doc["use_instead"].strip(), f"{cls.RULE.id}: no 'Use instead:' block"


@pytest.mark.parametrize("cls", DETECTING, ids=[c.RULE.id for c in DETECTING])
def test_example_triggers_the_rule(cls):
    siblings = EXAMPLE_SIBLINGS.get(cls.RULE.id, frozenset())
    findings = check(doc_of(cls)["example"], [cls.RULE.id], siblings=siblings)
    assert [f.rule for f in findings if f.rule == cls.RULE.id], (
        f"{cls.RULE.id}: its Example does not trigger it"
    )


@pytest.mark.parametrize("cls", DETECTING, ids=[c.RULE.id for c in DETECTING])
def test_use_instead_is_clean(cls):
    code = doc_of(cls)["use_instead"]
    siblings = EXAMPLE_SIBLINGS.get(cls.RULE.id, frozenset())
    assert not check(code, [cls.RULE.id], siblings=siblings), (
        f"{cls.RULE.id}: 'Use instead' triggers it")
    serious = [f"{f.rule} {f.message}" for f in check(code, siblings=siblings)
               if Severity(f.severity) is not Severity.INFO]
    assert not serious, f"{cls.RULE.id}: 'Use instead' is not clean: {serious}"


def test_engine_rule_examples():
    by_id = {cls.RULE.id: doc_of(cls) for cls in RULES}
    assert [f.rule for f in check(by_id["PY001"]["example"])] == ["PY001"]
    assert not check(by_id["PY001"]["use_instead"])
    three = check(by_id["PY003"]["example"])
    assert [f.rule for f in three] == ["PY003"]
    # PY005 judges a suppression against the rules that ran: PY101 here.
    unused = check(by_id["PY005"]["example"], ["PY101", "PY005"])
    assert [f.rule for f in unused] == ["PY005"]
    assert not check(by_id["PY005"]["use_instead"], ["PY101", "PY005"])
