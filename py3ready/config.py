"""Settings for one scan, and the values they may take."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Tuple

from py3ready.rules import Severity, parse_version

# The newest Python 3 whose removals py3ready knows; the default target.
NEWEST_TARGET = "3.14"


@dataclass(frozen=True)
class Settings:
    """Everything that decides what a scan reports."""

    select: Tuple[str, ...] = ()
    ignore: Tuple[str, ...] = ()
    extend_select: Tuple[str, ...] = ()
    exclude: Tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    target: str = NEWEST_TARGET
    options: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        parse_version(self.target)  # raises ValueError for a bad target


def split_list(values) -> Tuple[str, ...]:
    """Flatten ``("PY1,PY2", "PY3")`` into ``("PY1", "PY2", "PY3")``."""
    out = []
    for value in values or ():
        for part in str(value).replace("\n", ",").split(","):
            if part.strip():
                out.append(part.strip())
    return tuple(out)
