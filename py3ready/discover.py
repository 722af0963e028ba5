"""Find the Python files under the given paths and read them as Python 2 would."""

from __future__ import annotations

import codecs
import fnmatch
import functools
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional, Pattern, Sequence, Set, Tuple

DEFAULT_EXCLUDES = (
    ".git",
    ".hg",
    ".svn",
    ".bzr",
    ".tox",
    ".nox",
    ".eggs",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "node_modules",
)

# PEP 263: the cookie must be on line 1 or 2, in a comment.
CODING_RE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
BLANK_RE = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")
SHEBANG_RE = re.compile(rb"^#!.*\bpython[0-9.]*\b")
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class SourceFile:
    """A file to scan: where it is, and its path as reported."""

    path: Path
    relpath: str


@dataclass
class Decoded:
    """The text of a file and what went wrong decoding it, if anything.

    ``text`` is None when the file could not be turned into text at all (it
    could not be read, or it is binary). Otherwise ``problem`` may still be
    set: the file was decoded with a fallback so the scan can go on, but
    Python 3 would refuse it.
    """

    text: Optional[str]
    encoding: Optional[str]
    problem: Optional[str] = None
    problem_line: int = 1


def common_root(paths: Sequence[Path]) -> Path:
    """The directory that findings' paths are made relative to."""
    _real_dir.cache_clear()
    cwd = os.getcwd()
    dirs = set()
    for path in paths:
        directory = _file_directory(path, cwd)
        if directory is not None:  # the common case, a file named on the command line
            dirs.add(_real_dir(directory))
        else:
            real = _real(Path(path))
            dirs.add(os.fspath(real if real.is_dir() else real.parent))
    return Path(os.path.commonpath(sorted(dirs))) if dirs else Path.cwd()


def _file_directory(path: Path, cwd: str) -> Optional[str]:
    """The absolute (unresolved) directory of ``path`` if it is a regular file
    and not a symlink; None otherwise. Strings, not ``Path``: a scan of
    thousands of files named on the command line does this for each."""
    text = os.fspath(path)
    try:
        if not stat.S_ISREG(os.lstat(text).st_mode):
            return None
    except OSError:
        return None
    return os.path.dirname(os.path.join(cwd, text))


def _excluded(name: str, relpath: str, patterns: Pattern[str]) -> bool:
    return bool(patterns.match(name) or patterns.match(relpath))


def _exclusion(patterns: Sequence[str]) -> Pattern[str]:
    """One regular expression matching what any of the glob ``patterns`` does
    (``fnmatch.fnmatchcase``: case-sensitive on every system)."""
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


def _is_python_script(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return bool(SHEBANG_RE.match(handle.readline(200)))
    except OSError:
        return False


def iter_files(
    paths: Sequence[Path], root: Path, exclude: Sequence[str] = ()
) -> Iterator[SourceFile]:
    """Yield the Python files under ``paths``, sorted, each once.

    Directories are walked without following a symlink that leaves ``root``
    or leads back to a directory already visited. Files named on the command
    line are always scanned, whatever their extension.
    """
    patterns = _exclusion(list(DEFAULT_EXCLUDES) + list(exclude))
    seen: Set[str] = set()  # real paths of the files yielded
    _real_dir.cache_clear()
    tree = _Tree(os.fspath(root.resolve()), os.getcwd())
    for given in paths:
        directory = _file_directory(given, tree.cwd)
        if directory is not None:  # its directory is resolved, not the file
            real = os.path.join(_real_dir(directory), given.name)
        elif given.is_dir():
            yield from _walk(given, tree, patterns, seen)
            continue
        else:
            directory = os.fspath(given.absolute().parent)
            real = os.fspath(_real(given))
        if real not in seen:
            seen.add(real)
            yield SourceFile(given, tree.relative(directory, given.name))


def report_name(name: str) -> str:
    """``name`` as reports show it: valid Unicode whatever the file system holds.

    A file name that is not valid UTF-8 reaches Python with lone surrogates
    (PEP 383), which no UTF-8 writer, JSON parser or browser accepts; its
    undecodable bytes are shown backslash-escaped instead (``caf\\xe9.py``).
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


class _Tree:
    """The scan root as a string, and paths made relative to it.

    The walk works on strings: a ``Path`` for every directory entry made
    discovery a visible part of a cached (warm) scan.
    """

    def __init__(self, root: str, cwd: str):
        self.root = root
        self.prefix = root if root.endswith(os.sep) else root + os.sep
        self.cwd = cwd

    def inside(self, real: str) -> bool:
        return real == self.root or real.startswith(self.prefix)

    def relative(self, directory: str, name: str) -> str:
        """The report path of ``name`` in ``directory`` (absolute, not resolved).

        The directory is resolved, never the file: a symlinked file keeps its
        own name.
        """
        real = os.path.join(_real_dir(directory), name)
        if real.startswith(self.prefix):
            rel = real[len(self.prefix):]
        else:
            rel = os.path.relpath(os.path.join(directory, name), self.root)
        if os.sep != "/":
            rel = rel.replace(os.sep, "/")
        return report_name(rel)


def _walk(
    top: Path, tree: _Tree, patterns: Pattern[str], seen: Set[str]
) -> Iterator[SourceFile]:
    visited_dirs: Set[str] = set()
    stack = [os.fspath(top)]
    while stack:
        directory = stack.pop()
        real = _real_dir(os.path.join(tree.cwd, directory))
        if real in visited_dirs or not tree.inside(real):
            continue
        visited_dirs.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        subdirs: List[str] = []
        for entry in entries:
            name = entry.name
            rel = tree.relative(os.path.join(tree.cwd, directory), name)
            if _excluded(name, rel, patterns):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError:
                continue
            if is_dir:
                if not os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                    subdirs.append(entry.path)
            elif is_file:
                if not (name.endswith(".py") or (
                    "." not in name and _is_python_script(entry.path)
                )):
                    continue
                target = os.path.realpath(entry.path) if entry.is_symlink() else \
                    os.path.join(real, name)
                if target in seen or not tree.inside(target):
                    continue
                seen.add(target)
                yield SourceFile(Path(entry.path), rel)
        stack.extend(reversed(subdirs))


@functools.lru_cache(maxsize=None)
def _real_dir(directory: str) -> str:
    """``directory`` resolved (an absolute path), once per directory per scan
    (the cache is cleared at the start of each)."""
    return os.fspath(Path(directory).resolve())


def _real(path: Path) -> Path:
    """``path.resolve()``, with the directory part resolved through ``_real_dir``."""
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    return Path(_real_dir(str(path.absolute().parent))) / path.name


def _declared_encoding(data: bytes) -> Tuple[Optional[str], int]:
    """The PEP 263 cookie (and its line number) from the first two lines."""
    lines = data.split(b"\n", 2)[:2]
    for number, line in enumerate(lines, start=1):
        match = CODING_RE.match(line)
        if match:
            return match.group(1).decode("ascii", "replace"), number
        if not BLANK_RE.match(line):
            break
    return None, 0


def decode_source(data: bytes) -> Decoded:
    """Turn the bytes of a Python file into text the way the interpreter would.

    Honours a UTF-8 BOM and a PEP 263 coding cookie; without either, the text
    must be UTF-8 (Python 3's default). Undecodable text is decoded as
    Latin-1 instead, so the scan goes on, and the problem is reported.
    Line endings are normalised to ``\\n``.
    """
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        return Decoded(None, None, "file contains NUL bytes: it is not Python "
                       "source (Python 3 refuses to compile it)", line)
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8):]
    declared, cookie_line = _declared_encoding(data)
    problem = None
    encoding = "utf-8"
    if declared:
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            problem = f"unknown encoding {declared!r} in the coding cookie"
        else:
            if bom and encoding != "utf-8":
                problem = (f"the file starts with a UTF-8 byte order mark but "
                           f"declares encoding {declared!r}")
                encoding = "utf-8"
    problem_line = cookie_line or 1
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if problem is None:
            problem_line = data[: exc.start].count(b"\n") + 1
            where = f"valid {declared!r}" if declared else "valid UTF-8 (the default)"
            problem = (
                f"byte 0x{data[exc.start]:02x} on line {problem_line} is not {where}; "
                "Python 3 will not compile this file (declare the encoding with "
                "a coding cookie such as '# -*- coding: latin-1 -*-', or re-encode it)"
            )
        text, encoding = data.decode("latin-1"), "latin-1"
    if LONE_SURROGATE_RE.search(text):  # from codecs such as utf-7, raw_unicode_escape
        if problem is None:
            first = LONE_SURROGATE_RE.search(text).start()
            problem_line = text[:first].count("\n") + 1
            problem = (f"the {encoding!r} text holds lone surrogates (code points "
                       "U+D800 to U+DFFF), which Python 3 cannot compile; they are "
                       "read as U+FFFD")
        text = LONE_SURROGATE_RE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding + ("-sig" if bom else ""), problem, problem_line)


def read_source(path: Path) -> Decoded:
    """Read and decode one file; an unreadable file gives ``text=None``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Decoded(None, None, f"cannot read file: {exc.strerror or exc}", 1)
    return decode_source(data)
