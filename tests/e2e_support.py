"""Helpers for the end-to-end tests that run the real tox and pre-commit.

Both tools install py3ready from a directory: they get a copy of this
checkout's working tree (committed or not, without ignored files) as a fresh
git repository, so what they install is exactly the code under test, and
nothing is built inside the real checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, Sequence

from conftest import ROOT

GIT_IDENTITY = (
    "-c",
    "user.name=py3ready tests",
    "-c",
    "user.email=tests@py3ready.invalid",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "init.defaultBranch=main",
)
IGNORED = shutil.ignore_patterns(
    ".git",
    ".tox",
    "*.egg-info",
    "build",
    "dist",
    "__pycache__",
    ".pytest_cache",
    ".cache",
    ".ci-venv",
    ".ci-bin",
    ".venv",
)

# A small Python 2 WSGI module with Python 3 blockers, and the same ported.
BLOCKED_APP = """\
import urllib2


def application(environ, start_response):
    print >>environ['wsgi.errors'], 'request for', environ.get('PATH_INFO')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return ['Hello from ' + urllib2.__name__]
"""
PORTED_APP = """\
from __future__ import print_function


def application(environ, start_response):
    print("request for", environ.get("PATH_INFO"), file=environ["wsgi.errors"])
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"Hello"]
"""


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", *GIT_IDENTITY, *args],
        cwd=str(cwd),
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def clean_env(**extra: str) -> Dict[str, str]:
    """This environment without the variables of the tox or venv running the tests."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TOX_", "PYTHON", "PRE_COMMIT", "_PYTEST"))
        and key not in ("VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")
    }
    env.update(extra)
    return env


def checkout_copy(dest: Path) -> Path:
    """Copy the working tree of py3ready into ``dest``, as a one-commit git repo."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=str(ROOT),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        shutil.copytree(ROOT, dest, ignore=IGNORED)
    else:
        for name in filter(None, listed.split("\0")):
            source = ROOT / name
            if source.is_file():  # tracked files deleted in the tree are listed too
                target = dest / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "py3ready under test", cwd=dest)
    return dest


def write_files(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def run(
    command: Sequence[str], cwd: Path, env: Dict[str, str], timeout: int = 900
) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(command),
        cwd=str(cwd),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
