"""Settings for one scan: defaults, the project's config file, the command line.

The config file is looked for from the scanned directory (the common parent of
the paths given, or the working directory) upwards to the repository root (a
directory holding ``.git`` or ``.hg``; else the filesystem root). In each
directory the candidates are, in this order, ``pyproject.toml``
``[tool.py3ready]``, ``setup.cfg`` ``[py3ready]`` or ``[tool:py3ready]`` and
``tox.ini`` ``[py3ready]``; the first one that has the section is used, alone
(files are never merged). ``--config FILE`` names the file, ``--isolated``
reads none. A key given on the command line replaces the file's value, except
``extend-select`` and ``extend-exclude``, which add to it.
"""

from __future__ import annotations

import configparser
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

from py3ready.rules import Severity, parse_version

try:  # pragma: no cover - which branch runs depends on the Python version
    import tomllib
except ImportError:  # pragma: no cover
    try:
        import tomli as tomllib  # type: ignore[no-redef]
    except ImportError:
        tomllib = None  # type: ignore[assignment]

# The newest Python 3 whose removals py3ready knows; the default target.
NEWEST_TARGET = "3.14"

# Python 2's __future__ features, the values ``future-imports`` may name.
FUTURE_FEATURES = (
    "absolute_import",
    "division",
    "generators",
    "nested_scopes",
    "print_function",
    "unicode_literals",
    "with_statement",
)

# Per directory, in the order they are tried, with the sections each may hold.
CONFIG_FILES: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("pyproject.toml", ("tool.py3ready",)),
    ("setup.cfg", ("py3ready", "tool:py3ready")),
    ("tox.ini", ("py3ready",)),
)
REPOSITORY_MARKERS = (".git", ".hg")

PerFileIgnores = Tuple[Tuple[str, Tuple[str, ...]], ...]


class ConfigError(ValueError):
    """A config file or value is wrong; the message names the file and the key."""


@dataclass(frozen=True)
class ConfigFile:
    """The validated ``py3ready`` section of one config file."""

    path: Path
    section: str
    values: Mapping[str, Any]

    @property
    def origin(self) -> str:
        """``setup.cfg [py3ready]``, with the path as the user can open it."""
        return f"{display_path(self.path)} [{self.section}]"


@dataclass(frozen=True)
class Settings:
    """Everything that decides what a scan reports, and where it goes.

    ``origins`` says, per config key, where the value came from: ``default``,
    a config file (``setup.cfg [py3ready]``) or ``command line``.
    """

    select: Tuple[str, ...] = ()
    ignore: Tuple[str, ...] = ()
    extend_select: Tuple[str, ...] = ()
    exclude: Tuple[str, ...] = ()
    extend_exclude: Tuple[str, ...] = ()
    per_file_ignores: PerFileIgnores = ()
    per_file_ignores_base: Optional[Path] = None  # the globs are relative to it
    fail_on: Severity = Severity.WARNING
    fail_under: Optional[float] = None
    format: str = "text"
    output: Optional[Path] = None
    baseline: Optional[Path] = None
    target: str = NEWEST_TARGET
    future_imports: Optional[Tuple[str, ...]] = None  # None: the rules' default set
    jobs: Optional[int] = None
    show_py2_only: bool = False  # keep findings in Python-2-only code, as info
    options: dict = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        parse_version(self.target)  # raises ValueError for a bad target

    def engine_options(self) -> Dict[str, Any]:
        """The options the rules see (``FileContext.options``)."""
        options: Dict[str, Any] = {"target": self.target}
        if self.future_imports is not None:
            options["future_imports"] = self.future_imports
        if self.show_py2_only:
            options["show_py2_only"] = True
        return options

    @property
    def excludes(self) -> Tuple[str, ...]:
        """``exclude`` and ``extend-exclude`` together."""
        return self.exclude + self.extend_exclude


def split_list(values) -> Tuple[str, ...]:
    """Flatten ``("PY1,PY2", "PY3")`` into ``("PY1", "PY2", "PY3")``."""
    out = []
    for value in values or ():
        for part in str(value).replace("\n", ",").split(","):
            if part.strip():
                out.append(part.strip())
    return tuple(out)


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when below it, else absolute."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


# -- values ------------------------------------------------------------------------


def _items(value: Any) -> Tuple[str, ...]:
    """A list from TOML, or a comma- or whitespace-separated string (flake8's)."""
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[,\s]+", value) if part)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(part for v in value for part in _items(v))
    raise ValueError("expected a list of strings or a comma-separated string")


def _selectors(value: Any, base: Path) -> Tuple[str, ...]:
    from py3ready import registry

    items = _items(value)
    try:
        registry.validate_selectors(items)
    except registry.UnknownRuleError as exc:
        raise ValueError(str(exc)) from None
    return items


def _globs(value: Any, base: Path) -> Tuple[str, ...]:
    return _items(value)


def _choice(choices: Callable[[], Sequence[str]]):
    def parse(value: Any, base: Path) -> str:
        valid = list(choices())
        if not isinstance(value, str) or value.strip() not in valid:
            raise ValueError(f"{value!r} is not one of: {', '.join(valid)}")
        return value.strip()

    return parse


def _formats() -> Sequence[str]:
    from py3ready.reporters import REPORTERS

    return sorted(REPORTERS)


def _percent(value: Any, base: Path) -> float:
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number from 0 to 100") from None
    if not 0 <= number <= 100:
        raise ValueError(f"{value!r} is not a number from 0 to 100")
    return number


def _jobs(value: Any, base: Path) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        raise ValueError(f"{value!r} is not a number of processes (0: one per CPU)")
    return int(text)


def _bool(value: Any, base: Path) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "on", "1"):
        return True
    if text in ("false", "no", "off", "0"):
        return False
    raise ValueError(f"{value!r} is not true or false")


def _path(value: Any, base: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a file name")
    return base / value.strip()


def normalise_target(value: Any) -> str:
    """``"3.9"`` -> ``"3.9"``; ValueError unless it is a Python 3 version."""
    major, minor = parse_version(str(value))
    if major != 3:
        raise ValueError(f"{value!r} is not a Python 3 version")
    return f"{major}.{minor}"


def _target(value: Any, base: Path) -> str:
    if not isinstance(value, str):  # TOML 3.10 is the float 3.1
        raise ValueError(f'{value!r}: write the version as a string, e.g. "3.12"')
    return normalise_target(value)


def _future(value: Any, base: Path) -> Tuple[str, ...]:
    items = _items(value)
    for item in items:
        if item not in FUTURE_FEATURES:
            raise ValueError(f"{item!r} is not one of: {', '.join(FUTURE_FEATURES)}")
    return items


def parse_per_file_ignores(value: Any, base: Path = Path(".")) -> PerFileIgnores:
    """flake8's ``GLOB[, GLOB]: RULE[, RULE]`` lines, or a TOML table of GLOB = RULES.

    Globs are relative to the config file's directory.
    """
    if isinstance(value, dict):
        pairs = [(glob, _selectors(rules, base)) for glob, rules in value.items()]
        return tuple((glob, rules) for glob, rules in pairs)
    if not isinstance(value, str):
        raise ValueError("expected 'GLOB: RULES' lines or a table of GLOB = RULES")
    entries = []
    for line in value.splitlines():
        tokens = re.findall(r"[^\s,:]+|:", line)
        globs: list = []
        rules: list = []
        in_rules = False
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token == ":":
                if in_rules or not globs:
                    raise ValueError(
                        f"cannot read {line.strip()!r}: expected GLOB: RULES"
                    )
                in_rules = True
            elif in_rules and following == ":":  # the next entry on the same line
                entries.append((globs, rules))
                globs, rules, in_rules = [token], [], False
            else:
                (rules if in_rules else globs).append(token)
        if globs:
            entries.append((globs, rules))
    out = []
    for globs, rules in entries:
        if not rules:
            raise ValueError(
                f"{', '.join(globs)!r} has no rules after a colon "
                f"(expected GLOB: RULES)"
            )
        selectors = _selectors(rules, base)
        out.extend((glob, selectors) for glob in globs)
    return tuple(out)


# Every key a config file may hold, with its parser (value, config dir) -> value.
KEYS: Dict[str, Callable[[Any, Path], Any]] = {
    "select": _selectors,
    "ignore": _selectors,
    "extend-select": _selectors,
    "exclude": _globs,
    "extend-exclude": _globs,
    "per-file-ignores": parse_per_file_ignores,
    "fail-on": _choice(lambda: [s.value for s in Severity]),
    "fail-under": _percent,
    "format": _choice(_formats),
    "output": _path,
    "baseline": _path,
    "target": _target,
    "future-imports": _future,
    "jobs": _jobs,
    "show-py2-only": _bool,
}


def validate(raw: Mapping[str, Any], path: Path, section: str) -> ConfigFile:
    """Check every key and value of a section; raise ConfigError naming the culprit."""
    where = f"{display_path(path)} [{section}]"
    values: Dict[str, Any] = {}
    for name, value in raw.items():
        key = str(name).strip().lower().replace("_", "-")
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(
                f"{where}: unknown key {name!r}{hint}; valid keys: "
                f"{', '.join(sorted(KEYS))}"
            )
        if key in values:
            raise ConfigError(f"{where}: {key!r} is given twice")
        try:
            values[key] = KEYS[key](value, path.parent)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None
    return ConfigFile(path=path, section=section, values=values)


# -- files -------------------------------------------------------------------------


def _read_toml(path: Path) -> Optional[Tuple[str, Dict[str, Any]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"{display_path(path)}: cannot read: {exc.strerror}"
        ) from None
    if tomllib is None:  # pragma: no cover - tomli is a dependency below 3.11
        if b"py3ready" in data:
            raise ConfigError(
                f"{display_path(path)}: reading pyproject.toml needs "
                f"Python 3.11 or the tomli package"
            )
        return None
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{display_path(path)}: not valid TOML: {exc}") from None
    table = document.get("tool", {})
    if not isinstance(table, dict) or "py3ready" not in table:
        return None
    section = table["py3ready"]
    if not isinstance(section, dict):
        raise ConfigError(f"{display_path(path)}: [tool.py3ready] must be a table")
    return "tool.py3ready", section


def _read_ini(
    path: Path, sections: Sequence[str]
) -> Optional[Tuple[str, Dict[str, Any]]]:
    parser = configparser.RawConfigParser(
        strict=False, inline_comment_prefixes=("#", ";")
    )
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        message = str(exc).replace("\n", " ")
        raise ConfigError(f"{display_path(path)}: cannot read: {message}") from None
    found = [name for name in sections if parser.has_section(name)]
    if len(found) > 1:
        raise ConfigError(
            f"{display_path(path)}: has both [{found[0]}] and "
            f"[{found[1]}]; keep one"
        )
    if not found:
        return None
    return found[0], dict(parser.items(found[0]))


def read_config(path: Path) -> Optional[ConfigFile]:
    """The validated py3ready section of ``path``, or None if it has none."""
    if path.name.endswith(".toml"):
        found = _read_toml(path)
    else:
        found = _read_ini(path, ("py3ready", "tool:py3ready"))
    if found is None:
        return None
    section, raw = found
    return validate(raw, path, section)


def find_config(start: Path) -> Optional[ConfigFile]:
    """The first config file with a py3ready section, from ``start`` up to the
    repository root."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    while True:
        for name, _sections in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                found = read_config(candidate)
                if found is not None:
                    return found
        if any((directory / marker).exists() for marker in REPOSITORY_MARKERS):
            return None
        if directory.parent == directory:
            return None
        directory = directory.parent


def load(
    paths: Sequence[Path], config: Optional[Path] = None, isolated: bool = False
) -> Optional[ConfigFile]:
    """The config file in force for a scan of ``paths``."""
    if isolated:
        return None
    if config is not None:
        found = read_config(config)
        if found is None:
            sections = (
                "[tool.py3ready]"
                if config.name.endswith(".toml")
                else "[py3ready] or [tool:py3ready]"
            )
            raise ConfigError(f"{display_path(config)}: has no {sections} section")
        return found
    if paths:
        resolved = [p.resolve() for p in paths]
        start = Path(
            os.path.commonpath([str(p if p.is_dir() else p.parent) for p in resolved])
        )
    else:
        start = Path.cwd()
    return find_config(start)
