"""``pip install -e .`` works on every supported Python, rules included.

The per-version tox environments already install py3ready as a wheel and run
the suite; this test covers the editable install, where the ``fixers/``
directory is mapped to ``py3ready.fixers``.
"""

from __future__ import annotations

import subprocess

import pytest

from conftest import ROOT, require_python
from py3ready import registry

pytestmark = [pytest.mark.packaging, pytest.mark.network]

PROBE = (
    "import py3ready.fixers, py3ready.registry as r; "
    "print(len(r.all_rules()), py3ready.fixers.__file__)"
)


@pytest.mark.parametrize("version", ["3.9", "3.10", "3.11", "3.12", "3.13"])
def test_editable_install(version, tmp_path):
    python = require_python(version)
    env = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(env)], check=True)
    bin_dir = env / "bin"
    install = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "-e", str(ROOT)],
        capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    probe = subprocess.run([str(bin_dir / "python"), "-c", PROBE],
                           capture_output=True, text=True, check=True, cwd=tmp_path)
    count, location = probe.stdout.split()
    assert int(count) == len(registry.all_rules())
    assert location == str(ROOT / "fixers" / "__init__.py")
    sample = tmp_path / "old.py"
    sample.write_text("print 'hello'\n")
    for command in ([str(bin_dir / "py3ready")], [str(bin_dir / "python"), "-m", "py3ready"]):
        scan = subprocess.run(command + ["scan", str(sample)], capture_output=True,
                              text=True, cwd=tmp_path)
        assert scan.returncode == 1, scan.stderr
        assert "PY101" in scan.stdout
