"""The ``py3ready`` hook of ``.pre-commit-hooks.yaml``, run by the real pre-commit.

``pre-commit try-repo`` installs the hook from a copy of this checkout (so
uncommitted and new files are part of it) into its own environment, and runs
it on every file of a throwaway git repository: it must fail on Python 2
code and pass once the code is ported. The throwaway repository's
``setup.cfg`` sets ``fail-on = error`` and the ported code keeps a warning
(PY308, ``round()``), so passing also shows that py3ready finds the
project's config file from the file names pre-commit passes.
"""

from __future__ import annotations

import sys

import pytest
import yaml

from conftest import ROOT
from e2e_support import (
    BLOCKED_APP,
    PORTED_APP,
    checkout_copy,
    clean_env,
    git,
    run,
    write_files,
)

pytestmark = [pytest.mark.e2e, pytest.mark.network]


def test_hook_definition():
    [hook] = yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    assert hook["id"] == "py3ready" and hook["entry"] == "py3ready scan"
    assert hook["language"] == "python" and hook["types"] == ["python"]
    assert hook.get("pass_filenames", True) and hook["require_serial"]


def test_try_repo_fails_on_python2_and_passes_when_ported(tmp_path):
    checkout = checkout_copy(tmp_path / "py3ready-checkout")
    work = tmp_path / "shop"
    work.mkdir()
    git("init", "-q", cwd=work)
    write_files(
        work,
        {
            "setup.cfg": "[py3ready]\nfail-on = error\n",
            "shop/__init__.py": "",
            "shop/app.py": BLOCKED_APP,
            "shop/money.py": "def cents(amount):\n    return round(amount * 100)\n",
            "shop/tests/test_app.py": "from shop.app import application  # noqa\n",
            "README.txt": "print 'not python'\n",
        },
    )
    git("add", "-A", cwd=work)
    env = clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    command = [
        sys.executable,
        "-m",
        "pre_commit",
        "try-repo",
        str(checkout),
        "py3ready",
        "--all-files",
        "--verbose",
    ]

    blocked = run(command, work, env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode == 1, output[-3000:]
    assert "Failed" in output and "shop/app.py:5:5: PY101" in output, output[-3000:]
    assert "README.txt" not in output

    write_files(work, {"shop/app.py": PORTED_APP})
    git("add", "-A", cwd=work)
    ported = run(command, work, env)
    output = ported.stdout + ported.stderr
    assert ported.returncode == 0, output[-3000:]
    assert "Passed" in output and "shop/money.py:2:12: PY308" in output, output[-3000:]
