"""The "Status of Python 3" advice as a checklist: how far a project follows it.

The Flask foreword's porting advice is to develop on Python 2.6/2.7 with
Python 3 warnings on (``python -3``) and with the ``unicode_literals``
``__future__`` feature. :func:`evaluate` judges a scanned project against it
and returns one item per point, each a dict::

    {"id": "future-division", "title": ..., "status": "met" | "partly" |
     "not-met" | "unknown", "detail": ..., "evidence": [{"path", "line", "text"}]}

Items: the share of modules with each required ``__future__`` import; whether
the test configuration runs Python 2 with Python 3 warnings; whether Python 3
is declared (classifiers, ``python_requires``, tox and CI environments); and
the declared dependencies against ``py3ready.py2_dists``. Files are only
read, never run (``setup.py`` is scanned as text). A file that is missing or
unreadable makes its item ``unknown``, never an error. Evidence paths are
POSIX and relative to the scan root (``../setup.py`` when the project's
files sit above it).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from fissix.pgen2 import token, tokenize

from py3ready import future, requirements
from py3ready.discover import read_source
from py3ready.findings import FileResult

MET, PARTLY, NOT_MET, UNKNOWN = "met", "partly", "not-met", "unknown"
STATUSES = (MET, PARTLY, NOT_MET, UNKNOWN)
MAX_EVIDENCE = 10
PARSED = ("print-statement", "print-function", "exec-function")
PROJECT_MARKERS = ("setup.py", "setup.cfg", "pyproject.toml", "tox.ini", "Pipfile",
                   "requirements.txt")
VCS_MARKERS = (".git", ".hg", ".svn")
TEST_CONFIGS = ("tox.ini", "setup.cfg", "pytest.ini", "Makefile", "GNUmakefile",
                "noxfile.py", ".travis.yml", ".gitlab-ci.yml", "appveyor.yml",
                "azure-pipelines.yml", "Jenkinsfile", ".circleci/config.yml",
                ".github/workflows/*.yml", ".github/workflows/*.yaml")

Evidence = Dict[str, Any]


def evaluate(root: Path, files: Sequence[FileResult],
             options: Optional[Mapping[str, Any]] = None) -> List[Dict[str, Any]]:
    """The checklist for the project scanned from ``root`` (see the module doc)."""
    root = Path(root)
    project = Project(root)
    required = future.required(dict(options or {}))
    items = _safely(lambda: future_items(root, files, required),
                    "future-imports", "Modules use the required __future__ imports")
    for judge, id_, title in (
            (warnings_item, "python3-warnings",
             "Tests run Python 2 with Python 3 warnings"),
            (declared_item, "python3-declared", "Python 3 is declared and tested"),
            (dependencies_item, "dependencies", "Dependencies have Python 3 releases")):
        items.extend(_safely(lambda judge=judge: [judge(project)], id_, title))
    return items


def _safely(compute, id_: str, title: str) -> List[Dict[str, Any]]:
    """The items ``compute`` returns; an unknown item if it fails (the scan goes on)."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - guidance must never stop a scan
        return [item(id_, title, UNKNOWN, f"could not be judged: "
                     f"{exc.__class__.__name__}: {exc}")]


def item(id_: str, title: str, status: str, detail: str,
         evidence: Iterable[Evidence] = ()) -> Dict[str, Any]:
    return {"id": id_, "title": title, "status": status, "detail": detail,
            "evidence": list(evidence)[:MAX_EVIDENCE]}


class Project:
    """The project's files around the scan root: found, read and cached as text."""

    def __init__(self, root: Path) -> None:
        self.scan_root = root
        self.root = find_project_root(root)
        self._texts: Dict[Path, Optional[str]] = {}

    def files(self, patterns: Iterable[str]) -> List[Path]:
        found: List[Path] = []
        for pattern in patterns:
            for path in sorted(self.root.glob(pattern)):
                if path.is_file() and path not in found:
                    found.append(path)
        return found

    def text(self, path: Path) -> Optional[str]:
        if path not in self._texts:
            try:
                self._texts[path] = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                self._texts[path] = None
        return self._texts[path]

    def show(self, path: Path) -> str:
        return Path(os.path.relpath(path, self.scan_root)).as_posix()

    def evidence(self, path: Path, line: int, text: str) -> Evidence:
        return {"path": self.show(path), "line": line, "text": text.strip()[:200]}


def find_project_root(root: Path) -> Path:
    """The nearest directory at or above ``root`` with project files (setup.py,
    tox.ini, ...), not going above a version-control root; else ``root``."""
    current = root.resolve()
    for _ in range(6):
        if any((current / name).exists() for name in PROJECT_MARKERS):
            return current
        if any((current / name).exists() for name in VCS_MARKERS):
            break
        if current.parent == current:
            break
        current = current.parent
    return root.resolve()


# -- __future__ imports ------------------------------------------------------------


def module_head(text: str) -> Tuple[frozenset, bool]:
    """The ``__future__`` features a module imports, and whether it has code
    beyond a docstring and those imports."""
    features = set()
    statement: List[Tuple[int, str]] = []
    count = 0
    try:
        lines = iter(text.splitlines(True))
        for kind, value, _, _, _ in tokenize.generate_tokens(lines.__next__):
            if kind in (tokenize.COMMENT, tokenize.NL, token.INDENT, token.DEDENT):
                continue
            if kind not in (token.NEWLINE, token.ENDMARKER):
                statement.append((kind, value))
                continue
            if not statement:
                if kind == token.ENDMARKER:
                    break
                continue
            values = [v for _, v in statement]
            count += 1
            if count == 1 and all(k == token.STRING for k, _ in statement):
                statement = []
                continue
            if values[:3] != ["from", "__future__", "import"]:
                return frozenset(features), True
            names = [v for k, v in statement[3:] if k == token.NAME]
            features.update(v for i, v in enumerate(names)
                            if v != "as" and (i == 0 or names[i - 1] != "as"))
            statement = []
            if kind == token.ENDMARKER:
                break
    except Exception:  # noqa: BLE001 - a file the scan could parse but tokenize not
        return frozenset(features), True
    return frozenset(features), False


def future_items(root: Path, files: Sequence[FileResult],
                 required: Sequence[str]) -> List[Dict[str, Any]]:
    modules: List[Tuple[str, frozenset]] = []
    for result in files:
        if result.grammar not in PARSED:
            continue
        if result.head is not None:  # learnt by the scan (or from the cache)
            features, has_code = frozenset(result.head[0]), result.head[1]
        else:  # a result read back from a report (py3ready merge)
            decoded = read_source(root / result.path)
            if decoded.text is None:
                continue
            features, has_code = module_head(decoded.text)
        if has_code:
            modules.append((result.path, features))
    items = []
    for feature in required:
        title = f"Modules use `from __future__ import {feature}`"
        if not modules:
            items.append(item(f"future-{feature}", title, UNKNOWN,
                              "no parsed module with code was scanned"))
            continue
        missing = [path for path, features in modules if feature not in features]
        having = len(modules) - len(missing)
        share = 100.0 * having / len(modules)
        status = MET if not missing else NOT_MET if not having else PARTLY
        detail = (f"{having} of {len(modules)} modules ({share:.0f}%) import {feature} "
                  f"from __future__")
        evidence = [{"path": path, "line": 1,
                     "text": f"no `from __future__ import {feature}`"}
                    for path in sorted(missing)]
        items.append(item(f"future-{feature}", title, status, detail, evidence))
    return items


# -- Python 3 warnings in the test configuration -------------------------------------

_PY3K_FLAG = re.compile(
    r"(?:\bpython[0-9.]*|\{envpython\}|\$\{?PYTHON\}?|\bpypy)"
    r"(?:\s+-(?![0-9]*3\b)[A-Za-z]\S*(?:\s+(?!-)[^\s-]\S*)?)*\s+-[A-Za-z]*3\b")
_WARNING_FILTERS = re.compile(r"PYTHONWARNINGS|(?:^|\s)-W\s*\S|\bfilterwarnings\b")


def warnings_item(project: Project) -> Dict[str, Any]:
    title = "Tests run Python 2 with Python 3 warnings (`python -3`)"
    configs = project.files(TEST_CONFIGS)
    flags: List[Evidence] = []
    filters: List[Evidence] = []
    for path in configs:
        text = project.text(path) or ""
        for number, line in enumerate(text.splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            if _PY3K_FLAG.search(line):
                flags.append(project.evidence(path, number, line))
            elif _WARNING_FILTERS.search(line):
                filters.append(project.evidence(path, number, line))
    if flags:
        return item("python3-warnings", title, MET,
                    "a test command runs Python with -3", flags + filters)
    if filters:
        return item("python3-warnings", title, PARTLY,
                    "warning filters are set (-W, PYTHONWARNINGS, filterwarnings), "
                    "but no command runs Python 2 with -3, which is what turns "
                    "the Python 3 warnings on", filters)
    if configs:
        return item("python3-warnings", title, NOT_MET,
                    "no test configuration runs Python with -3: "
                    + ", ".join(project.show(p) for p in configs),
                    [project.evidence(p, 1, "no -3 here") for p in configs])
    return item("python3-warnings", title, UNKNOWN,
                "no test or CI configuration found (tox.ini, setup.cfg, pytest.ini, "
                "Makefile, CI files)")


# -- Python 3 declared -------------------------------------------------------------

_CLASSIFIER = re.compile(r"Programming Language :: Python :: 3")
_REQUIRES = re.compile(
    r"""(?:python_requires|requires-python)\s*[=:]\s*['"]?([^'"\n#]+)""")
_ENVLIST = re.compile(r"^\s*envlist\s*=\s*(.*)$")
_PY3_ENV = re.compile(r"\bpy(?:py)?3(?:\.?\d+)?\b")
_PY3_VERSION = re.compile(r"""(?<![\w.])['"]?3(?:\.\d{1,2})?\b(?!\.\d)""")
_PYTHON_KEY = re.compile(
    r"^(\s*)-?\s*(?:python|python-version|python_version)\s*:\s*(.*)$")
_PYTHON_IMAGE = re.compile(r"\bpython:3(?:\.\d+)?\b")
_METADATA = ("setup.py", "setup.cfg", "pyproject.toml")
_CI = (".travis.yml", ".gitlab-ci.yml", "appveyor.yml", "azure-pipelines.yml",
       ".circleci/config.yml", ".github/workflows/*.yml", ".github/workflows/*.yaml")


def declared_item(project: Project) -> Dict[str, Any]:
    title = "Python 3 is declared and tested (classifiers, python_requires, tox, CI)"
    metadata = project.files(_METADATA)
    tests = project.files(("tox.ini",) + _CI)
    declared: List[Evidence] = []
    excluded: List[Evidence] = []
    tested: List[Evidence] = []
    for path in metadata:
        for number, line in enumerate((project.text(path) or "").splitlines(), 1):
            if _CLASSIFIER.search(line):
                declared.append(project.evidence(path, number, line))
            match = _REQUIRES.search(line)
            if match:
                admits = requirements.admits_python3(match.group(1))
                if admits is True:
                    declared.append(project.evidence(path, number, line))
                elif admits is False:
                    excluded.append(project.evidence(path, number, line))
    for path in tests:
        text = project.text(path) or ""
        if path.name == "tox.ini":
            for number, line in enumerate(text.splitlines(), 1):
                envlist = _ENVLIST.match(line)
                if envlist and _PY3_ENV.search(envlist.group(1)):
                    tested.append(project.evidence(path, number, line))
        else:
            tested.extend(project.evidence(path, number, line)
                          for number, line in ci_python3_lines(text))
    if excluded:
        return item("python3-declared", title, NOT_MET,
                    "python_requires excludes Python 3", excluded + declared + tested)
    if declared and tested:
        return item("python3-declared", title, MET,
                    "the metadata declares Python 3 and tox or CI runs it",
                    declared + tested)
    if declared or tested:
        what = ("declared in the metadata but not run by tox or CI" if declared
                else "run by tox or CI but not declared in the metadata")
        return item("python3-declared", title, PARTLY, f"Python 3 is {what}",
                    declared + tested)
    if metadata or tests:
        return item("python3-declared", title, NOT_MET,
                    "no classifier, python_requires, tox env or CI job names Python 3",
                    [project.evidence(p, 1, "no Python 3 here")
                     for p in metadata + tests])
    return item("python3-declared", title, UNKNOWN,
                "no setup.py, setup.cfg, pyproject.toml, tox.ini or CI file found")


def ci_python3_lines(text: str) -> List[Tuple[int, str]]:
    """Lines of a CI file that run Python 3: a ``python:``/``python-version:`` key
    (or the list under it) naming 3.x, or a ``python:3.x`` image."""
    found: List[Tuple[int, str]] = []
    block: Optional[int] = None  # indentation of a python: key whose list follows
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#") or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        key = _PYTHON_KEY.match(line)
        if key:
            block = None if key.group(2).strip() else len(key.group(1))
            if _PY3_VERSION.search(key.group(2)):
                found.append((number, line))
            continue
        if block is not None:
            if indent > block or line.lstrip().startswith("-") and indent >= block:
                if _PY3_VERSION.search(line.lstrip(" -")):
                    found.append((number, line))
                continue
            block = None
        if _PYTHON_IMAGE.search(line):
            found.append((number, line))
    return found


# -- dependencies ------------------------------------------------------------------

def dependencies_item(project: Project) -> Dict[str, Any]:
    title = "Dependencies have Python 3 releases"
    declared = [found for path in project.files(requirements.FILES)
                for found in requirements.declared(path, project.text(path) or "")]
    if not declared:
        return item("dependencies", title, UNKNOWN,
                    "no requirements*.txt, setup.py, setup.cfg, Pipfile or "
                    "pyproject.toml dependencies found")
    blockers, pinned = [], []
    for path, line, text in declared:
        judged = requirements.judge(text)
        if judged is not None:
            kind, why = judged
            (blockers if kind == "blocker" else pinned).append(
                project.evidence(path, line, why))
    names = len(declared)
    if blockers:
        return item("dependencies", title, NOT_MET,
                    f"{len(blockers)} of {names} declared dependencies have no "
                    f"Python 3 release" + (f"; {len(pinned)} more are pinned below "
                                           "their first Python 3 release"
                                           if pinned else ""),
                    blockers + pinned)
    if pinned:
        return item("dependencies", title, PARTLY,
                    f"{len(pinned)} of {names} declared dependencies are pinned below "
                    "their first Python 3 release", pinned)
    return item("dependencies", title, MET,
                f"none of the {names} declared dependencies is a known Python 2 "
                "blocker")
