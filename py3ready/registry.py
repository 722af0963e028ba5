"""Find the rule modules, check they are consistent, and choose which run."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from typing import Dict, Iterable, List, Optional, Sequence, Type

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule

FIXER_PACKAGE = "py3ready.fixers"


class RegistryError(Exception):
    """A rule module is missing or inconsistent."""


class UnknownRuleError(ValueError):
    """A rule selector names no rule, prefix, symbol or category."""


def class_name_for(module_name: str) -> str:
    """``fix_print_statement`` -> ``FixPrintStatement`` (fissix's convention)."""
    stem = module_name.rsplit(".", 1)[-1][len("fix_") :]
    return "Fix" + "".join(part.title() for part in stem.split("_"))


@functools.lru_cache(maxsize=None)
def all_fixers() -> Dict[str, Type[Py3Fix]]:
    """Every rule, keyed by id, in id order. Raises RegistryError on clashes."""
    package = importlib.import_module(FIXER_PACKAGE)
    found: Dict[str, Type[Py3Fix]] = {}
    symbols: Dict[str, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("fix_"):
            continue
        module = importlib.import_module(f"{FIXER_PACKAGE}.{info.name}")
        cls = getattr(module, class_name_for(info.name), None)
        if cls is None or not issubclass(cls, Py3Fix):
            raise RegistryError(
                f"{module.__name__} must define {class_name_for(info.name)}(Py3Fix)"
            )
        rule: Rule = cls.RULE
        expected_module = "fix_" + rule.symbol.replace("-", "_")
        if info.name != expected_module:
            raise RegistryError(
                f"{module.__name__} holds rule {rule.symbol!r}; "
                f"it must be named {expected_module}.py"
            )
        if rule.id in found:
            raise RegistryError(f"rule id {rule.id} is used twice")
        if rule.symbol in symbols:
            raise RegistryError(f"rule symbol {rule.symbol} is used twice")
        found[rule.id] = cls
        symbols[rule.symbol] = rule.id
    return dict(sorted(found.items()))


def all_rules() -> List[Rule]:
    """The metadata of every rule, in id order."""
    return [cls.RULE for cls in all_fixers().values()]


def find_rule(name: str) -> Optional[Type[Py3Fix]]:
    """The rule class for an id (any case) or a symbol, or None."""
    fixers = all_fixers()
    key = name.strip()
    if key.upper() in fixers:
        return fixers[key.upper()]
    for cls in fixers.values():
        if cls.RULE.symbol == key.lower():
            return cls
    return None


def _specificity(selector: str, rule: Rule) -> int:
    """How closely ``selector`` names ``rule``: 0 for not at all."""
    if selector == "ALL":
        return 1
    if selector.lower() == rule.symbol:
        return 100
    if selector.lower() == rule.category.value:
        return 2
    upper = selector.upper()
    if upper.startswith("PY") and rule.id.startswith(upper):
        return 2 + len(upper)
    return 0


def validate_selectors(selectors: Iterable[str]) -> None:
    """Raise UnknownRuleError for a selector that names nothing."""
    rules = all_rules()
    categories = sorted(c.value for c in Category)
    for selector in selectors:
        if not any(_specificity(selector, rule) for rule in rules):
            raise UnknownRuleError(
                f"unknown rule selector {selector!r}: expected a rule id (PY101), "
                f"an id prefix (PY1), a symbol (print-statement), ALL, "
                f"or a category ({', '.join(categories)})"
            )


def select(
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> List[Type[Py3Fix]]:
    """The rules to run, deciding each by its most specific selector.

    With no ``select``, the default rules are selected. Opt-in rules run only
    when a selector names them by id, prefix, symbol or category. An ignore
    wins over a select that is no more specific than it.
    """
    validate_selectors([*select, *ignore, *extend_select])
    chosen = []
    for cls in all_fixers().values():
        rule = cls.RULE
        selectors = list(select) + list(extend_select)
        picked = max((_specificity(s, rule) for s in selectors), default=0)
        if not select and rule.default:
            picked = max(picked, 1)
        if not rule.default and picked <= 1:
            picked = 0  # "ALL" alone does not switch on opt-in rules
        dropped = max((_specificity(s, rule) for s in ignore), default=0)
        if picked and picked > dropped:
            chosen.append(cls)
    return chosen
