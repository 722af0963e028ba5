"""The two fissix anchors of the benchmark, run over a list of files.

    python bench/fissix_anchor.py parse-only FILELIST
    python bench/fissix_anchor.py fixers FILELIST
    python bench/fissix_anchor.py fastparse-only FILELIST

FILELIST holds one path a line. ``parse-only`` is the floor for any tool that
builds fissix's syntax tree: each file is read and decoded exactly as
``RefactoringTool.refactor_file`` does, the grammar is picked from its
``__future__`` imports as ``refactor_string`` does, and the pgen2 driver
parses it; nothing else. ``fixers`` runs fissix's ``RefactoringTool`` with
its default fixer set (what ``2to3``/``python -m fissix`` run without
``-f``), computes each changed file's new text and writes nothing and prints
no diff. ``fastparse-only`` is ``parse-only`` with py3ready's own driver
(``py3ready.fastparse``, same trees). Each prints one summary line.
"""

from __future__ import annotations

import logging
import sys
import time

from fissix import pygram, pytree, refactor
from fissix.pgen2 import driver


def _files(listfile: str):
    with open(listfile, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def parse_only(files, fast: bool = False) -> str:
    if fast:  # py3ready's table-driven driver: the same trees, for comparison
        from py3ready.fastparse import Driver

        statement = Driver(pygram.python_grammar)
        function = Driver(pygram.python_grammar_no_print_statement)
    else:
        statement = driver.Driver(pygram.python_grammar, convert=pytree.convert)
        function = driver.Driver(
            pygram.python_grammar_no_print_statement, convert=pytree.convert
        )
    reader = refactor.RefactoringTool([])  # only for _read_python_source
    failed = lines = 0
    for name in files:
        text, _encoding = reader._read_python_source(name)
        text += "\n"
        lines += text.count("\n") - 1
        features = refactor._detect_future_features(text)
        chosen = function if "print_function" in features else statement
        try:
            chosen.parse_string(text)
        except Exception:  # noqa: BLE001 - counted, as 2to3 logs and goes on
            failed += 1
    return (
        f"{'fastparse' if fast else 'parse'}-only files={len(files)} "
        f"failed={failed} lines={lines}"
    )


class _Counting(refactor.RefactoringTool):
    changed = 0
    errors = 0

    def processed_file(
        self, new_text, filename, old_text=None, write=False, encoding=None
    ):
        self.changed += 1

    def log_error(self, msg, *args, **kwds):
        self.errors += 1


def fixers(files) -> str:
    names = refactor.get_fixers_from_package("fissix.fixes")
    tool = _Counting(names)  # explicit fixers (idioms, buffer, ...) are skipped
    for name in files:
        tool.refactor_file(name, write=False)
    count = len(tool.pre_order) + len(tool.post_order)
    return (
        f"fissix-fixers files={len(files)} fixers={count} "
        f"changed={tool.changed} errors={tool.errors}"
    )


def main(argv) -> int:
    logging.disable(logging.CRITICAL)
    mode, listfile = argv
    files = _files(listfile)
    start = time.perf_counter()
    modes = {
        "parse-only": parse_only,
        "fixers": fixers,
        "fastparse-only": lambda names: parse_only(names, fast=True),
    }
    line = modes[mode](files)
    print(f"{line} seconds={time.perf_counter() - start:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
