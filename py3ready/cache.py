"""A per-file cache of check results, so an unchanged file is not parsed again.

An entry is keyed by everything that decides a file's findings: the sha256 of
its raw bytes, its path in the report, the sibling modules an implicit
relative import could reach, and the *settings key* (py3ready's version and
the digest of its code and rules, the fissix and Python versions, the
selected rules and the whole options dict).

Each entry is one JSON file, ``<dir>/v<FORMAT>/<2 hex>/<62 hex>.json``,
written to a temporary file in the same directory and renamed into place, so
concurrent scans never see half an entry. An entry that cannot be read, is not
JSON, or has another format or key is treated as a miss and rewritten. The
cache is best effort: when it cannot be written, the scan goes on without it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sys
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, Mapping, Optional, Sequence

from py3ready import __version__
from py3ready.findings import FileResult, Finding, Suppressed

FORMAT = 1
_log = logging.getLogger("py3ready")
# Every field but the path; _CODECS says how to store those holding findings.
_RESULT_FIELDS = tuple(f.name for f in fields(FileResult) if f.name != "path")
_FINDING_FIELDS = tuple(f.name for f in fields(Finding) if f.name != "path")
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by py3ready.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def default_cache_dir() -> Path:
    """``$PY3READY_CACHE_DIR``, else the platform's user cache directory."""
    explicit = os.environ.get("PY3READY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "py3ready" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "py3ready"
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):
        base = str(Path.home() / ".cache")
    return Path(base) / "py3ready"


def _module_files(fixer_classes: Sequence[type]) -> Iterable[Path]:
    package = Path(__file__).resolve().parent
    yield from sorted(package.glob("*.py"))
    for cls in fixer_classes:
        module = sys.modules.get(cls.__module__)
        filename = getattr(module, "__file__", None)
        if filename:
            yield Path(filename)


@functools.lru_cache(maxsize=16)
def _code_fingerprint(fixer_classes: tuple) -> str:
    """A digest of py3ready's own modules and of every selected rule's module.

    The version alone is not enough: a development install, or a rule edited
    in place, would otherwise serve results of the old code.
    """
    digest = hashlib.sha256()
    for path in _module_files(fixer_classes):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(str(path).encode())
    return digest.hexdigest()


def _fissix_version() -> str:
    try:
        from importlib.metadata import version

        return version("fissix")
    except Exception:  # noqa: BLE001 - not installed as a distribution
        return "unknown"


def settings_key(
    fixer_classes: Sequence[type], options: Optional[Mapping[str, Any]]
) -> str:
    """The digest of every setting that can change any file's findings.

    It takes the whole ``options`` dict, so an option added later is part of
    the key without touching this function.
    """
    classes = tuple(fixer_classes)
    payload = {
        "format": FORMAT,
        "py3ready": __version__,
        "code": _code_fingerprint(classes),
        "fissix": _fissix_version(),
        # PY003 asks the running Python whether it can compile a file.
        "python": list(sys.version_info[:2]),
        "rules": sorted(
            f"{c.RULE.id}={c.__module__}.{c.__qualname__}" for c in classes
        ),
        "options": dict(options or {}),
    }
    text = json.dumps(payload, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_key(settings: str, data: bytes, relpath: str, siblings: FrozenSet[str]) -> str:
    """The key of one file: settings, path in the report, siblings and content.

    The path is part of the key because suppressions (``per-file-ignores``)
    and rules may depend on it; a moved file is therefore checked again.
    """
    digest = hashlib.sha256(settings.encode("ascii"))
    digest.update(b"\0" + relpath.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(
        "\0".join(sorted(siblings)).encode("utf-8", "surrogateescape") + b"\0"
    )
    digest.update(data)
    return digest.hexdigest()


def _finding_data(finding: Finding) -> Dict[str, Any]:
    return {name: getattr(finding, name) for name in _FINDING_FIELDS}


def _encode_suppressed(items: list) -> list:
    return [{"by": s.by, "finding": _finding_data(s.finding)} for s in items]


def _decode_suppressed(items: list, relpath: str) -> list:
    return [
        Suppressed(finding=Finding(path=relpath, **s["finding"]), by=s["by"])
        for s in items
    ]


# FileResult fields holding objects that carry the path; others are plain JSON.
_CODECS = {
    "findings": (
        lambda items: [_finding_data(f) for f in items],
        lambda items, relpath: [Finding(path=relpath, **d) for d in items],
    ),
    "suppressed": (_encode_suppressed, _decode_suppressed),
}


def encode_result(result: FileResult) -> Dict[str, Any]:
    """A FileResult as JSON-able data, without its path."""
    data: Dict[str, Any] = {}
    for name in _RESULT_FIELDS:
        value = getattr(result, name)
        data[name] = _CODECS[name][0](value) if name in _CODECS else value
    return data


def decode_result(data: Dict[str, Any], relpath: str) -> FileResult:
    """The inverse of ``encode_result``, giving the result and findings ``relpath``."""
    values = {}
    for name in _RESULT_FIELDS:
        value = data[name]
        values[name] = _CODECS[name][1](value, relpath) if name in _CODECS else value
    return FileResult(path=relpath, **values)


class Cache:
    """The on-disk cache of one directory. Picklable, so workers share it."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.root = self.directory / f"v{FORMAT}"
        self._root = os.fspath(self.root)
        self.hits = 0
        self.misses = 0
        self._writable = True

    def _entry(self, key: str) -> Path:
        return Path(self._entry_name(key))

    def _entry_name(self, key: str) -> str:
        # a string, not a Path: a warm scan reads one per file
        return os.path.join(self._root, key[:2], key[2:] + ".json")

    def load(self, key: str, relpath: str) -> Optional[FileResult]:
        """The cached result for ``key`` with paths set to ``relpath``, or None."""
        result = self.load_data(key, lambda data: decode_result(data, relpath))
        if result is None:
            self.misses += 1
        else:
            self.hits += 1
        return result

    def store(self, key: str, result: FileResult) -> None:
        """Write ``result`` under ``key``; readers see the old entry or the new one."""
        self.store_data(key, encode_result(result))

    def load_data(self, key: str, decode: Callable[[Any], Any] = lambda data: data) -> Any:
        """``decode`` of the JSON data stored under ``key``; None if there is none."""
        try:
            with open(self._entry_name(key), "rb") as handle:
                entry = json.loads(handle.read())
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("foreign entry")
            return decode(entry["result"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store_data(self, key: str, data: Any) -> None:
        """Write the JSON-able ``data`` under ``key``, atomically."""
        if not self._writable:
            return
        try:
            text = json.dumps(
                {"format": FORMAT, "key": key, "result": data},
                separators=(",", ":"),
            )
        except (TypeError, ValueError):  # a field this version cannot store
            return
        path = self._entry(key)
        tmp = None
        try:
            if not self.root.is_dir():
                self._create_root()
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(
                prefix=".tmp-", suffix=".json", dir=path.parent
            )
            with os.fdopen(handle, "wb") as stream:
                stream.write(text.encode("ascii"))
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            self._writable = False
            _log.warning(
                "py3ready: cannot write the cache in %s (%s); going on " "without it",
                self.directory,
                exc,
            )
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def _create_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(CACHEDIR_TAG, encoding="ascii")

    def __getstate__(self) -> Dict[str, Any]:
        return {"directory": str(self.directory)}

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__init__(Path(state["directory"]))
