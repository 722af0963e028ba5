"""Output formats. Each reporter renders a finished Report; none detects."""

from __future__ import annotations

from typing import Dict, Type

from py3ready.reporters.base import Reporter
from py3ready.reporters.json import JsonReporter
from py3ready.reporters.text import TextReporter

REPORTERS: Dict[str, Type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
}


def get_reporter(name: str) -> Type[Reporter]:
    """The reporter class for a ``--format`` name."""
    return REPORTERS[name]
