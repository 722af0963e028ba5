"""Shared helpers for py3ready's tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import pytest
from click.testing import CliRunner

from py3ready import registry
from py3ready.engine import Checker
from py3ready.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONAL = ROOT / "tests" / "functional"
SAMPLE_APPS = ROOT / "sample_apps"


@lru_cache(maxsize=None)
def _checker(select: tuple, options: tuple) -> Checker:
    return Checker(registry.select(select=select), dict(options))


def check(source: str, select: Sequence[str] = (), path: str = "t.py",
          siblings=frozenset(), options: Optional[Dict] = None) -> List[Finding]:
    """Findings for ``source`` with the given rules (default: all default rules)."""
    checker = _checker(tuple(select), tuple(sorted((options or {}).items())))
    return checker.check_source(source, path, siblings).findings


def symbols(source: str, select: Sequence[str] = (), **kwargs) -> List[str]:
    """The symbols found in ``source``, in order."""
    return [f.symbol for f in check(source, select, **kwargs)]


@lru_cache(maxsize=None)
def report_schema() -> dict:
    from py3ready.cli import schema_text

    return json.loads(schema_text())


def validate_report(document: dict) -> None:
    """Fail the test if ``document`` is not a valid py3ready JSON report."""
    import jsonschema

    jsonschema.validate(document, report_schema(),
                        format_checker=jsonschema.FormatChecker())


def find_python(version: str) -> Optional[str]:
    """Path of a CPython ``version`` ("2.7", "3.11") interpreter, or None.

    Looks on PATH (``python2.7``) and under pyenv. When the environment
    variable CI is set, a missing interpreter fails the test run instead of
    skipping it.
    """
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted((pyenv_root / "versions").glob(f"{version}.*/bin/python"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            out = subprocess.run([str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True)
            if out.returncode == 0 and out.stdout.strip() == version:
                return str(candidate)
    return None


def require_python(version: str) -> str:
    """Like find_python, but skip (or, under CI, fail) when it is missing."""
    found = find_python(version)
    if found is None:
        message = f"Python {version} interpreter not found (PATH or pyenv)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def make_runner() -> CliRunner:
    """A CliRunner that keeps stderr apart from stdout on every click 8.x.

    click 8.2 always separates them; 8.1 (the last release for Python 3.9)
    needs ``mix_stderr=False``.
    """
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


@pytest.fixture
def runner() -> CliRunner:
    return make_runner()


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch) -> None:
    """A fresh result cache per test: none shared between tests or with the user's."""
    monkeypatch.setenv("PY3READY_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def scan_to_file(fmt: str, target: Path, out: Path):
    """``py3ready scan --format FMT -o OUT TARGET``, isolated from any config
    and cache, with findings not failing the run; a usage error fails the test."""
    from py3ready.cli import cli

    result = make_runner().invoke(cli, ["scan", "--isolated", "--no-cache", "--exit-zero",
                                        "--format", fmt, "--output", str(out),
                                        str(target)])
    assert result.exit_code == 0, result.output + result.stderr
    return result
