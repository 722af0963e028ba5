"""Rule metadata: what a rule is called, how bad it is and how sure it can be."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

RULE_ID_RE = re.compile(r"^PY\d{3}$")
SYMBOL_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class Category(str, enum.Enum):
    """The id block a rule belongs to (the hundreds digit of its id)."""

    TOOL = "tool"
    SYNTAX = "syntax"
    NAMES = "names"
    SEMANTICS = "semantics"
    UNICODE = "unicode"
    FUTURE = "future"
    WSGI = "wsgi"

    @property
    def digit(self) -> str:
        return str(list(Category).index(self))


class Severity(str, enum.Enum):
    """How bad a finding is for running on Python 3."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Confidence(str, enum.Enum):
    """How sure a rule is that the flagged code really is a problem."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Rule:
    """Everything py3ready knows about one rule, apart from how to detect it.

    ``message`` is a ``str.format`` template; the fixer fills its fields when it
    reports. Rules about names removed after 3.0 give each finding the version
    that removed the name (``Finding.removed_in``), so a target can be chosen.
    """

    id: str
    symbol: str
    category: Category
    severity: Severity
    message: str
    fix_hint: str
    confidence: Confidence = Confidence.HIGH
    default: bool = True
    # Rules whose finding on the same code this rule's finding stands for,
    # with a more precise message (PY614 for PY106's three-argument raise).
    replaces: Tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not RULE_ID_RE.match(self.id):
            raise ValueError(f"rule id {self.id!r} is not of the form PY###")
        if not SYMBOL_RE.match(self.symbol):
            raise ValueError(f"rule symbol {self.symbol!r} is not kebab-case")
        if self.id[2] != self.category.digit:
            raise ValueError(
                f"rule {self.id} is in category {self.category.value!r}, "
                f"whose ids are PY{self.category.digit}xx"
            )


def parse_version(text: str) -> Tuple[int, int]:
    """Parse ``"3.12"`` into ``(3, 12)``; raise ValueError otherwise."""
    match = re.match(r"^(\d+)\.(\d+)$", text.strip())
    if not match:
        raise ValueError(f"not a Python version: {text!r} (expected e.g. 3.12)")
    return int(match.group(1)), int(match.group(2))


DOC_SECTIONS = ("What it does", "Why is this bad?", "Example")


def parse_doc(doc: Optional[str]) -> Dict[str, str]:
    """Split a rule's module docstring into its sections.

    Returns a dict with ``summary``, one key per ``## Heading`` and
    ``example`` / ``use_instead`` holding the code of the first fenced block
    of the Example section and of the block after ``Use instead:``.
    """
    text = (doc or "").strip("\n")
    parts = re.split(r"^## +(.+?)\s*$", text, flags=re.M)
    sections: Dict[str, str] = {"summary": parts[0].strip()}
    for heading, body in zip(parts[1::2], parts[2::2]):
        sections[heading.strip()] = body.strip()
    example = sections.get("Example", "")
    blocks = re.findall(r"```(?:python)?\n(.*?)```", example, flags=re.S)
    before, _, after = example.partition("Use instead:")
    first = re.findall(r"```(?:python)?\n(.*?)```", before, flags=re.S)
    second = re.findall(r"```(?:python)?\n(.*?)```", after, flags=re.S)
    sections["example"] = first[0] if first else (blocks[0] if blocks else "")
    sections["use_instead"] = second[0] if second else ""
    return sections
