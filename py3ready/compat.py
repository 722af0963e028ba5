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
from py3ready.cache import Cache, file_key, settings_key
from py3ready.discover import decode_source
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


def table(files: Iterable[Tuple[str, str]], options: Optional[dict] = None,
          cache: Optional[Cache] = None) -> Table:
    """The flags of every compat module among ``files`` ((path, relpath) pairs).

    With a ``cache``, what each module defines is kept there, keyed by its
    content, so a warm scan parses none of them.
    """
    from py3ready.engine import Checker

    engine: Optional[Checker] = None  # built at the first module not in the cache
    settings = settings_key([], {**(options or {}), "cache-entry": "compat-module"}) \
        if cache is not None else ""
    out: Table = {}
    for path, relpath in files:
        if not is_candidate(relpath):
            continue
        try:
            if Path(path).stat().st_size > _MAX_BYTES:
                continue
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        key = file_key(settings, data, relpath, frozenset()) if cache is not None else ""
        cached = cache.load_data(key) if cache is not None else None
        if cached is not None:
            entry = cached["entry"]
        else:
            engine = engine or Checker([], options)
            entry = _module_entry(engine, data, relpath, options)
            if cache is not None:
                cache.store_data(key, {"entry": entry})
        if entry is not None:
            out[module_name(relpath)] = entry
    return out


def _module_entry(engine: Any, data: bytes, relpath: str,
                  options: Optional[dict]) -> Optional[Dict[str, Dict[str, List[Any]]]]:
    """The flags and aliases one compat module defines; None if it defines none."""
    decoded = decode_source(data)
    if decoded.text is None:
        return None
    tree, _grammar, _errors = engine.parse(decoded.text if decoded.text.endswith(
        "\n") else decoded.text + "\n")
    if tree is None:
        return None
    ctx = FileContext(path=relpath, source=decoded.text, options=dict(options or {}))
    found = reachability.facts(ctx, tree)
    flags = {name: list(pair) for name, pair in sorted(found.flags.items())
             if all(isinstance(value, bool) for value in pair)}
    if not flags and not found.aliases:
        return None
    # Plain values only: the table is part of the cache key and goes to
    # worker processes.
    return {"flags": flags,
            "aliases": {name: list(pair) for name, pair in sorted(found.aliases.items())}}
