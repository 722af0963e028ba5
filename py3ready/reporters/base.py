"""The interface every reporter implements."""

from __future__ import annotations

from typing import ClassVar, TextIO

from py3ready.findings import Report


class Reporter:
    """Renders a Report to a stream.

    ``human`` reporters may add a summary line on stderr; machine formats
    write nothing but their document.
    """

    human: ClassVar[bool] = False

    def __init__(self, stream: TextIO, show_source: bool = False) -> None:
        self.stream = stream
        self.show_source = show_source

    def render(self, report: Report) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
