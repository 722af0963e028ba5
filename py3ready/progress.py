"""A progress bar on stderr for long scans, shown only on a terminal.

The engine never prints: it calls ``progress(done, total)`` after each file,
and this module turns those calls into a click progress bar once the scan
has run for ``DELAY`` seconds (short scans show nothing).
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterator, Optional

import click

DELAY = 0.5  # seconds before a bar appears

Callback = Callable[[int, int], None]


@contextlib.contextmanager
def progress_bar(
    enabled: bool, clock: Callable[[], float] = time.monotonic, file=None
) -> Iterator[Optional[Callback]]:
    """Yield a ``progress(done, total)`` callback, or None when not ``enabled``."""
    if not enabled:
        yield None
        return
    stream = file or sys.stderr
    start = clock()
    state = {"bar": None, "shown": 0}

    def update(done: int, total: int) -> None:
        bar = state["bar"]
        if bar is None:
            if done >= total or clock() - start < DELAY:
                return
            bar = state["bar"] = click.progressbar(
                length=total,
                label="Scanning",
                file=stream,
                show_pos=True,
                show_percent=True,
                show_eta=False,
            )
        bar.update(done - state["shown"])
        state["shown"] = done

    try:
        yield update
    finally:
        if state["bar"] is not None:
            state["bar"].render_finish()


def wanted(human_format: bool) -> bool:
    """A bar only for human formats with stderr on a terminal."""
    return human_format and sys.stderr.isatty()
