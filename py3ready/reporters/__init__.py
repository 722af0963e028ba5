"""Output formats. Each reporter renders a finished Report; none detects."""

from __future__ import annotations

from typing import Dict, Type

from py3ready.reporters.base import Reporter
from py3ready.reporters.github import GithubReporter
from py3ready.reporters.gitlab import GitlabReporter
from py3ready.reporters.html import HtmlReporter
from py3ready.reporters.json import JsonReporter
from py3ready.reporters.junit import JunitReporter
from py3ready.reporters.markdown import MarkdownReporter
from py3ready.reporters.sarif import SarifReporter
from py3ready.reporters.text import TextReporter

REPORTERS: Dict[str, Type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "html": HtmlReporter,
    "markdown": MarkdownReporter,
    "junit": JunitReporter,
    "github": GithubReporter,
    "gitlab": GitlabReporter,
}


def get_reporter(name: str) -> Type[Reporter]:
    """The reporter class for a ``--format`` name."""
    return REPORTERS[name]
