"""The README's promises: the CI script runs its test command, its tables are current."""

from __future__ import annotations

import re

from conftest import ROOT
from py3ready import registry

README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced_commands():
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_readme_opens_with_install_and_test_commands():
    install, tests = fenced_commands()[:2]
    assert "pip install ." in install and "py3ready scan sample_apps/" in install
    assert "tox" in tests
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci_script.splitlines(), ".ci/run must run the README's test command"


def test_sample_app_named_in_readme_exists():
    install = fenced_commands()[0]
    app = re.search(r"py3ready scan (\S+)", install).group(1)
    assert (ROOT / app).is_dir()


def test_rules_table_is_current():
    table = README.split("<!-- rules-table:start -->")[1].split("<!-- rules-table:end -->")[0]
    rows = re.findall(r"^\| (PY\d{3}) \| `([a-z0-9-]+)` \|", table, flags=re.M)
    assert rows == [(r.id, r.symbol) for r in registry.all_rules()], (
        "regenerate the table with `py3ready rules --markdown`"
    )
