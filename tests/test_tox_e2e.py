"""The README's tox recipe, run by the real tox on a throwaway Python 2 project.

The recipe is read from README.md ("Using py3ready in tox") at test time, so
the documentation and this test cannot drift apart. Its ``deps = py3ready``
is replaced by the path of a copy of this checkout, so tox installs the code
under test rather than a release from PyPI.
"""

from __future__ import annotations

import json
import re
import sys

import pytest

from conftest import ROOT, validate_report
from e2e_support import (
    BLOCKED_APP,
    PORTED_APP,
    checkout_copy,
    clean_env,
    run,
    write_files,
)

pytestmark = [pytest.mark.e2e, pytest.mark.network]

SETUP_PY = """\
from setuptools import setup

setup(name='shop', version='1.0', packages=['shop'])
"""


def readme_recipe() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Using py3ready in tox\n", 1)[1].split("\n## ", 1)[0]
    [recipe] = re.findall(r"```ini\n(.*?)```", section, flags=re.S)
    return recipe


def test_readme_recipe_is_a_complete_tox_environment():
    recipe = readme_recipe()
    assert recipe.startswith("[testenv:py3ready]\n")
    assert re.search(r"^skip_install = true$", recipe, re.M)
    assert re.findall(r"^deps = py3ready$", recipe, re.M) == ["deps = py3ready"]
    assert "--output {toxinidir}/py3ready-report.json" in recipe


def test_tox_env_fails_on_blockers_then_passes_once_ported(tmp_path):
    recipe = readme_recipe()
    checkout = checkout_copy(tmp_path / "py3ready-checkout")
    project = tmp_path / "shop"
    tox_ini = "[tox]\nenvlist = py3ready\n\n" + recipe.replace(
        "deps = py3ready", f"deps = {checkout}"
    )
    write_files(
        project,
        {
            "tox.ini": tox_ini,
            "setup.py": SETUP_PY,
            "shop/__init__.py": "",
            "shop/app.py": BLOCKED_APP,
        },
    )
    report = project / "py3ready-report.json"
    env = clean_env()
    command = [sys.executable, "-m", "tox", "-e", "py3ready"]

    blocked = run(command, project, env)
    assert blocked.returncode != 0, blocked.stdout[-3000:]
    assert "shop/app.py:5:5: PY101" in blocked.stdout, blocked.stdout[-3000:]
    document = json.loads(report.read_text(encoding="utf-8"))
    validate_report(document)
    assert document["summary"]["by_severity"]["error"] >= 2
    assert {f["rule"] for f in document["findings"]} >= {"PY101"}

    report.unlink()
    write_files(project, {"shop/app.py": PORTED_APP})
    ported = run(command, project, env)
    assert ported.returncode == 0, ported.stdout[-3000:] + ported.stderr[-2000:]
    document = json.loads(report.read_text(encoding="utf-8"))
    validate_report(document)
    assert document["summary"]["by_severity"]["error"] == 0
    assert [f["path"] for f in document["files"]] == [
        "setup.py",
        "shop/__init__.py",
        "shop/app.py",
    ]
