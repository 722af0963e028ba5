"""The project's own compat modules: the version flags they define.

Werkzeug, Flask and many applications keep their version tests in one module
(``_compat.py``: ``PY2 = sys.version_info[0] == 2``) and import the flags
everywhere else (``from ._compat import PY2``). Before the scan, py3ready
reads the modules whose name says they are such a module, and gives every
file the table ``{dotted module: {"flags": {flag: [value on Python 2, on 3]},
"aliases": {name: [builtin on Python 2, on 3]}}}`` (``options["compat_flags"]``),
so ``if PY2:`` and ``text_type(x)`` are understood in each importer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

from py3ready import reachability
from py3ready.discover import read_source
from py3ready.fixer_base import FileContext

# Module names that hold compatibility code in the wild.
_COMPAT_MODULE = re.compile(r"^_*(?:\w*compat\w*|py3k|py2|py3|six|_six|pycompat|"
                            r"version)$", re.IGNORECASE)
_MAX_BYTES = 200_000  # a compat module is small; a big file is not one

Table = Dict[str, Dict[str, Dict[str, List[Any]]]]


def module_name(relpath: str) -> str:
    """``pkg/_compat.py`` -> ``pkg._compat``; ``pkg/__init__.py`` -> ``pkg``."""
    parts = relpath.replace("\\", "/")[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(p for p in parts if p not in ("", "."))


def is_candidate(relpath: str) -> bool:
    stem = relpath.replace("\\", "/").rsplit("/", 1)[-1]
    if stem == "__init__.py":  # a package named compat: pkg/compat/__init__.py
        stem = relpath.replace("\\", "/").rsplit("/", 2)[-2] + ".py" if "/" in relpath \
            else stem
    return stem.endswith(".py") and bool(_COMPAT_MODULE.match(stem[:-3]))


def table(files: Iterable[Tuple[str, str]], options: Optional[dict] = None) -> Table:
    """The flags of every compat module among ``files`` ((path, relpath) pairs)."""
    from py3ready.engine import Checker

    engine: Optional[Checker] = None
    out: Table = {}
    for path, relpath in files:
        if not is_candidate(relpath):
            continue
        try:
            if Path(path).stat().st_size > _MAX_BYTES:
                continue
        except OSError:
            continue
        decoded = read_source(Path(path))
        if decoded.text is None:
            continue
        engine = engine or Checker([], options)
        tree, _grammar, _errors = engine.parse(decoded.text if decoded.text.endswith(
            "\n") else decoded.text + "\n")
        if tree is None:
            continue
        ctx = FileContext(path=relpath, source=decoded.text, options=dict(options or {}))
        found = reachability.facts(ctx, tree)
        if any(all(isinstance(v, bool) for v in pair) for pair in found.flags.values()) or (
                found.aliases):
            out[module_name(relpath)] = {
                # Plain values only: the table is part of the cache key and
                # goes to worker processes.
                "flags": {name: list(pair) for name, pair in sorted(found.flags.items())
                          if all(isinstance(value, bool) for value in pair)},
                "aliases": {name: list(pair)
                            for name, pair in sorted(found.aliases.items())}}
    return out
