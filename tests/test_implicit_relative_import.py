"""PY213 implicit-relative-import: needs siblings, so some checks live here."""

from __future__ import annotations

import json

import pytest

from conftest import check
from py3ready.cli import cli

SIBLINGS = frozenset({"models", "util", "templates"})


@pytest.mark.parametrize("source,fixes", [
    ("import models\n", ["from . import models"]),
    ("import models as m\n", ["from . import models as m"]),
    ("from util import slugify, escape\n", [".util"]),
    ("from templates.base import Layout\n", [".templates.base"]),
    ("import templates.base\n", [None]),
    ("import os, models\n", [None]),
    ("import models, util\n", [None, None]),
])
def test_findings_and_fixes(source, fixes):
    findings = check(source, ["PY213"], siblings=SIBLINGS)
    assert [f.fix for f in findings] == fixes
    assert {f.severity for f in findings} <= {"error"}


@pytest.mark.parametrize("source", [
    "import models\n",  # outside a package: no siblings
    "from util import slugify\n",
])
def test_quiet_without_siblings(source):
    assert not check(source, ["PY213"])


@pytest.mark.parametrize("source", [
    "from __future__ import absolute_import\nimport models\n",
    "from . import models\nfrom .util import slugify\nfrom .. import settings\n",
    "import os\nimport email.utils\nfrom six.moves import urllib\n",
])
def test_quiet_for_absolute_or_explicit_imports(source):
    assert not check(source, ["PY213"], siblings=SIBLINGS)


def test_fix_points_at_the_module_name():
    finding, = check("from models import Product\n", ["PY213"], siblings=SIBLINGS)
    assert (finding.line, finding.column, finding.end_column) == (1, 6, 12)
    assert finding.fix == ".models"


def test_renamed_module_leaves_siblings_to_py213():
    source = "import commands\n"
    siblings = frozenset({"commands"})
    assert [f.rule for f in check(source, ["PY205", "PY213"], siblings=siblings)] == [
        "PY213"]
    assert [f.rule for f in check(source, ["PY205", "PY213"])] == ["PY205"]


def test_scan_of_a_real_package(tmp_path, runner):
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def helper():\n    return 1\n")
    (package / "b.py").write_text("import a\nfrom a import helper\n")
    (tmp_path / "script.py").write_text("import a\n")  # not in a package
    result = runner.invoke(cli, ["scan", "--format", "json", "--select", "PY213",
                                 str(tmp_path)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    found = [(entry["path"], finding["line"], finding["fix"])
             for entry in report["files"] for finding in entry["findings"]]
    assert found == [("shop/b.py", 1, "from . import a"), ("shop/b.py", 2, ".a")]
