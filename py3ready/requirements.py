"""Dependencies and versions, read from a project's files without running them.

Requirement lines (PEP 508, simplified), the lists in ``requirements*.txt``,
``setup.py`` (scanned as text: it is never executed), ``setup.cfg``,
``Pipfile`` and ``pyproject.toml``, version specifiers, and the verdict on a
requirement against ``py3ready.py2_dists``. Used by ``py3ready.guidance``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from py3ready import py2_dists

# the files that declare dependencies, as globs relative to the project root
FILES = ("requirements*.txt", "requirements/*.txt", "setup.py", "setup.cfg", "Pipfile",
         "pyproject.toml")
Declared = Tuple[Path, int, str]  # (file, line, requirement text)


def parse_version(text: str) -> Tuple[int, ...]:
    parts = []
    for part in text.strip().split("."):
        digits = re.match(r"\d+", part)
        if not digits:
            break
        parts.append(int(digits.group(0)))
    return tuple(parts)


def _pad(version: Tuple[int, ...], size: int = 4) -> Tuple[int, ...]:
    return version + (0,) * (size - len(version))


def satisfies(version: Tuple[int, ...], spec: str) -> Optional[bool]:
    match = re.match(r"\s*(~=|==|!=|<=|>=|<|>|===)\s*([\w.*]+)\s*$", spec)
    if not match:
        return None
    op, text = match.groups()
    wildcard = text.endswith(".*")
    wanted = parse_version(text[:-2] if wildcard else text)
    if not wanted:
        return None
    if wildcard or op == "~=":
        prefix = wanted if wildcard else wanted[:-1]
        inside = version[:len(prefix)] == prefix
        if op == "~=":
            return inside and _pad(version) >= _pad(wanted)
        return inside if op == "==" else (not inside if op == "!=" else None)
    a, b = _pad(version), _pad(wanted)
    return {"==": a == b, "===": a == b, "!=": a != b, "<": a < b, "<=": a <= b,
            ">": a > b, ">=": a >= b}[op]


def admits_python3(specifiers: str) -> Optional[bool]:
    """Whether ``python_requires`` allows some Python 3.x; None if unreadable."""
    specs = [s for s in specifiers.split(",") if s.strip()]
    if not specs:
        return None
    results = []
    for minor in range(0, 15):
        checks = [satisfies((3, minor, 0), s) for s in specs]
        if any(c is None for c in checks):
            return None
        results.append(all(checks))
    return any(results)


_REQUIREMENT = re.compile(
    r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;#]*)(;[^#]*)?")
# a marker that keeps a requirement off current Python 3: < "3", < "3.4", == "2.7"
_PY2_MARKER = re.compile(
    r"""python_(?:full_)?version\s*(?:<=?\s*['"][23]|==\s*['"]2)""")
_SETUP_KEYWORD = re.compile(r"\b(?:install_requires|tests_require)\s*=\s*(\[|\w+)")


def requirement(text: str) -> Optional[Tuple[str, List[str], bool]]:
    """(name, specifiers, Python 2 only by marker) of a requirement line."""
    match = _REQUIREMENT.match(text)
    if not match or text.lstrip().startswith(("-", "#")) or "://" in text:
        return None
    name, specs, marker = match.groups()
    parts = [s.strip() for s in specs.split(",") if s.strip()]
    return name, parts, bool(marker and _PY2_MARKER.search(marker))


def declared(path: Path, text: str) -> List[Declared]:
    """Every (file, line, requirement text) that the file ``path`` declares.

    ``path`` is one of :data:`FILES`; its name decides how it is read.
    """
    name = path.name
    if name == "setup.py":
        return _setup_py(path, text)
    if name == "setup.cfg":
        return _ini_list(path, text, ("install_requires", "tests_require"))
    if name == "Pipfile":
        return _pipfile(path, text)
    if name == "pyproject.toml":
        return _toml_array(path, text, "dependencies")
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith(("#", "-")):
            found.append((path, number, line.split(" #")[0].strip()))
    return found


_STRING = re.compile(r"""(['"])((?:\\.|(?!\1).)*)\1""")


def _setup_py(path: Path, text: str) -> List[Declared]:
    """String literals of the install_requires/tests_require lists, read as text."""
    found = []
    for match in _SETUP_KEYWORD.finditer(text):
        start = match.end() - 1
        if match.group(1) != "[":  # install_requires=REQUIRES: find REQUIRES = [
            name = re.escape(match.group(1))
            assigned = re.search(rf"^\s*{name}\s*=\s*\[", text, re.M)
            if not assigned:
                continue
            start = assigned.end() - 1
        end = _closing_bracket(text, start)
        for literal in _STRING.finditer(text, start, end):
            line = text.count("\n", 0, literal.start()) + 1
            found.append((path, line, literal.group(2)))
    return found


def _closing_bracket(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def _ini_list(path: Path, text: str, keys: Sequence[str]) -> List[Declared]:
    found = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        key, sep, value = line.partition("=")
        if not sep or key.strip() not in keys or line[:1].isspace():
            continue
        if value.strip():
            found.append((path, index + 1, value.strip()))
        for number in range(index + 1, len(lines)):
            following = lines[number]
            if following.strip() and not following[:1].isspace():
                break
            if following.strip() and not following.strip().startswith("#"):
                found.append((path, number + 1, following.strip()))
    return found


def _pipfile(path: Path, text: str) -> List[Declared]:
    found, section = [], ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
            continue
        if section not in ("[packages]", "[dev-packages]") or "=" not in stripped:
            continue
        name, _, value = stripped.partition("=")
        version = re.search(r"""(?:version\s*=\s*)?(['"])(.*?)\1""", value)
        spec = version.group(2) if version else "*"
        name = name.strip().strip('"')
        found.append((path, number, name if spec == "*" else name + spec))
    return found


def _toml_array(path: Path, text: str, key: str) -> List[Declared]:
    found, inside = [], False
    for number, line in enumerate(text.splitlines(), 1):
        if not inside and re.match(rf"^\s*{key}\s*=\s*\[", line):
            inside = True
        if inside:
            for literal in _STRING.finditer(line):
                found.append((path, number, literal.group(2)))
            if "]" in line.split("#")[0]:
                inside = False
    return found


def judge(text: str) -> Optional[Tuple[str, str]]:
    """("blocker" or "pinned", why) for a requirement that keeps a project on
    Python 2, else None."""
    parsed = requirement(text)
    if parsed is None:
        return None
    name, specs, python2_only = parsed
    if python2_only:
        return None
    key = py2_dists.normalise(name)
    if key in py2_dists.PYTHON2_ONLY:
        _, successor, why = py2_dists.PYTHON2_ONLY[key]
        return "blocker", f"`{text.strip()}`: {why} (Python 3: {successor})"
    if key in py2_dists.FIRST_PYTHON3:
        shown, first = py2_dists.FIRST_PYTHON3[key]
        if _capped_below(specs, first):
            version = ".".join(map(str, first))
            return "pinned", (f"{shown} supports Python 3 from {version} on, but "
                              f"`{text.strip()}` allows only older releases")
    return None


def _capped_below(specs: Sequence[str], first: Tuple[int, ...]) -> bool:
    """True if the specifiers exclude every release from ``first`` on."""
    if not specs:
        return False
    major, minor = (first + (0,))[:2]
    probes = [first, first + (1,), (major, minor + 1), (major, minor + 5),
              (major + 1, 0), (major + 2, 0), (major + 10, 0), (major + 100, 0)]
    for probe in probes:
        checks = [satisfies(probe, s) for s in specs]
        if any(c is None for c in checks):
            return False
        if all(checks):
            return False
    return True
