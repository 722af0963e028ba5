"""The "Status of Python 3" checklist: statuses, evidence, the report and the CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from conftest import validate_report
from py3ready import engine, guidance, registry, requirements
from py3ready.cli import cli
from py3ready.cache import Cache
from py3ready.findings import FileResult, Report


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def by_id(items):
    return {entry["id"]: entry for entry in items}


def evaluate(root: Path, files=(), options=None):
    results = [FileResult(path=name, grammar="print-statement") for name in files]
    return by_id(guidance.evaluate(root, results, options))


@pytest.mark.parametrize("text,features,code", [
    ("", set(), False),
    ('"""Doc."""\n# comment\n', set(), False),
    ('"""Doc."""\nfrom __future__ import division\n', {"division"}, False),
    ("from __future__ import (division as d,\n    print_function)\nimport os\n",
     {"division", "print_function"}, True),
    ('"doc"\n"second"\n', set(), True),
    ("x = 1\nfrom __future__ import division\n", set(), True),
])
def test_module_head(text, features, code):
    assert guidance.module_head(text) == (frozenset(features), code)


def test_future_shares(tmp_path):
    write(tmp_path, "a.py", "from __future__ import division, print_function\nx = 1\n")
    write(tmp_path, "b.py", "from __future__ import division\nx = 2\n")
    write(tmp_path, "__init__.py", '"""Only a docstring: not counted."""\n')
    items = evaluate(tmp_path, ["a.py", "b.py", "__init__.py"])
    assert items["future-division"]["status"] == "met"
    assert items["future-division"]["detail"].startswith("2 of 2 modules (100%)")
    assert items["future-print_function"]["status"] == "partly"
    assert items["future-print_function"]["evidence"] == [
        {"path": "b.py", "line": 1,
         "text": "no `from __future__ import print_function`"}]
    assert items["future-unicode_literals"]["status"] == "not-met"
    chosen = evaluate(tmp_path, ["a.py"], {"future_imports": ("division",)})
    assert [k for k in chosen if k.startswith("future-")] == ["future-division"]
    assert evaluate(tmp_path)["future-division"]["status"] == "unknown"


@pytest.mark.parametrize("name,text,status", [
    ("tox.ini", "[testenv]\ncommands = python -3 -m pytest\n", "met"),
    ("tox.ini", "[testenv]\ncommands = {envpython} -Werror -3 -m pytest\n", "met"),
    ("Makefile", "test:\n\tpython2.7 -W error -3 runtests.py\n", "met"),
    (".github/workflows/ci.yml", "steps:\n  - run: python -3 -m unittest\n", "met"),
    ("tox.ini", "[testenv]\nsetenv = PYTHONWARNINGS=error\ncommands = pytest\n",
     "partly"),
    ("pytest.ini", "[pytest]\nfilterwarnings = error\n", "partly"),
    ("tox.ini", "[testenv]\ncommands = python -m pytest  # no -3\n", "not-met"),
    ("Makefile", "test:\n\tpython3 -m pytest\n", "not-met"),
])
def test_python3_warnings(tmp_path, name, text, status):
    write(tmp_path, name, text)
    item = evaluate(tmp_path)["python3-warnings"]
    assert item["status"] == status, item
    if status != "not-met":
        assert item["evidence"][0]["path"] == name


def test_python3_warnings_unknown_without_configuration(tmp_path):
    assert evaluate(tmp_path)["python3-warnings"]["status"] == "unknown"


@pytest.mark.parametrize("specifiers,admits", [
    (">=2.7, !=3.0.*, !=3.1.*", True), (">=3.6", True), ("==2.7.*", False),
    ("<3", False), (">=2.6,<3.0", False), ("~=2.7", False), ("~=3.6", True),
    ("", None), ("nonsense", None),
])
def test_admits_python3(specifiers, admits):
    assert requirements.admits_python3(specifiers) is admits


def test_python3_declared_and_tested(tmp_path):
    write(tmp_path, "setup.py", """
        from setuptools import setup
        setup(name='x', classifiers=[
            'Programming Language :: Python :: 2.7',
            'Programming Language :: Python :: 3.6',
        ])
    """)
    assert evaluate(tmp_path)["python3-declared"]["status"] == "partly"
    write(tmp_path, "tox.ini", "[tox]\nenvlist = py27, py36\n")
    item = evaluate(tmp_path)["python3-declared"]
    assert item["status"] == "met"
    assert {e["path"] for e in item["evidence"]} == {"setup.py", "tox.ini"}


def test_python3_excluded_or_absent(tmp_path):
    write(tmp_path, "setup.cfg", "[options]\npython_requires = >=2.7, <3\n")
    item = evaluate(tmp_path)["python3-declared"]
    assert item["status"] == "not-met" and item["evidence"][0]["line"] == 2
    write(tmp_path, "setup.cfg", "[metadata]\nname = x\n")
    assert evaluate(tmp_path)["python3-declared"]["status"] == "not-met"
    (tmp_path / "setup.cfg").unlink()
    assert evaluate(tmp_path)["python3-declared"]["status"] == "unknown"


@pytest.mark.parametrize("text", [
    "language: python\npython:\n  - \"2.7\"\n  - \"3.6\"\n",
    "jobs:\n  test:\n    strategy:\n      matrix:\n"
    "        python-version: [2.7, 3.8]\n",
    "test:\n  image: python:3.8\n",
])
def test_ci_files_count_as_tested(tmp_path, text):
    write(tmp_path, ".travis.yml", text)
    assert evaluate(tmp_path)["python3-declared"]["status"] == "partly"


def test_ci_with_python2_only(tmp_path):
    write(tmp_path, ".travis.yml", "language: python\npython:\n  - \"2.7\"\n")
    assert evaluate(tmp_path)["python3-declared"]["status"] == "not-met"


@pytest.mark.parametrize("requirement,verdict", [
    ("MySQL-python==1.2.5", "blocker"), ("PIL", "blocker"),
    ("beautifulsoup>=3.2", "blocker"), ("mysql_python", "blocker"),
    ("Django==1.4.22", "pinned"), ("Django<1.5", "pinned"), ("django~=1.4.2", "pinned"),
    ("Django==1.4.*", "pinned"), ("Flask>=0.8,<0.10", "pinned"),
    ("WebOb<1.2", "pinned"),
    ("Django>=1.4", None), ("Django~=1.4", None), ("Flask", None), ("six", None),
    ("mysqlclient", None), ("Pillow>=2", None), ("futures; python_version < '3'", None),
    ("enum34; python_version<\"3.4\"", None), ("-r base.txt", None),
    ("git+https://example.com/x.git#egg=x", None),
])
def test_judge_requirement(requirement, verdict):
    judged = requirements.judge(requirement)
    assert (judged[0] if judged else None) == verdict


def test_dependencies_from_every_source(tmp_path):
    write(tmp_path, "requirements.txt", "# pinned\nDjango==1.4.22\nsix\n-r dev.txt\n")
    write(tmp_path, "requirements/dev.txt", "nose\n")
    write(tmp_path, "setup.py", """
        from setuptools import setup
        REQUIRES = [
            'Werkzeug<0.9',
            "PIL",
        ]
        setup(name='shop', install_requires=REQUIRES,
              tests_require=['mock', 'MySQL-python'])
    """)
    write(tmp_path, "setup.cfg", """
        [options]
        install_requires =
            BeautifulSoup==3.2.1
            requests
    """)
    write(tmp_path, "Pipfile", """
        [packages]
        flask = "==0.9"
        "python-openid" = {version = "*"}

        [dev-packages]
        pytest = "*"
    """)
    write(tmp_path, "pyproject.toml", """
        [project]
        name = "shop"
        dependencies = [
            "pycurl",
            "Pylons>=1.0",
        ]
    """)
    item = evaluate(tmp_path)["dependencies"]
    assert item["status"] == "not-met"
    found = {(e["path"], e["line"]) for e in item["evidence"]}
    assert found == {
        ("requirements.txt", 2), ("setup.py", 3), ("setup.py", 4), ("setup.py", 7),
        ("setup.cfg", 3), ("Pipfile", 2), ("Pipfile", 3), ("pyproject.toml", 5),
    }


def test_dependencies_met_partly_unknown(tmp_path):
    assert evaluate(tmp_path)["dependencies"]["status"] == "unknown"
    write(tmp_path, "requirements.txt", "six\nmysqlclient\n")
    assert evaluate(tmp_path)["dependencies"]["status"] == "met"
    write(tmp_path, "requirements.txt", "six\nDjango==1.4\n")
    assert evaluate(tmp_path)["dependencies"]["status"] == "partly"


def test_setup_py_is_read_never_run(tmp_path):
    marker = tmp_path / "ran"
    write(tmp_path, "setup.py", f"""
        open({str(marker)!r}, 'w').write('oops')
        from setuptools import setup
        setup(install_requires=['PIL'])
    """)
    assert evaluate(tmp_path)["dependencies"]["status"] == "not-met"
    assert not marker.exists()


def test_project_files_above_the_scan_root(tmp_path):
    write(tmp_path, "requirements.txt", "PIL\n")
    write(tmp_path, "src/app/views.py", "x = 1\n")
    item = evaluate(tmp_path / "src" / "app")["dependencies"]
    assert item["evidence"][0]["path"] == "../../requirements.txt"


def test_project_root_stops_at_version_control(tmp_path):
    write(tmp_path, "requirements.txt", "PIL\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    write(tmp_path, "repo/app.py", "x = 1\n")
    assert evaluate(tmp_path / "repo")["dependencies"]["status"] == "unknown"


def test_unreadable_files_are_unknown_not_errors(tmp_path):
    (tmp_path / "requirements.txt").mkdir()  # a directory, not a file
    (tmp_path / "tox.ini").write_bytes(b"\xff\xfe[tox]\x00")
    items = evaluate(tmp_path)
    assert items["dependencies"]["status"] == "unknown"
    assert items["python3-warnings"]["status"] in ("not-met", "unknown")


def project(tmp_path: Path) -> Path:
    write(tmp_path, "app/__init__.py", "")
    write(tmp_path, "app/views.py", "print 'hello'\n")
    write(tmp_path, "requirements.txt", "MySQL-python\n")
    write(tmp_path, "tox.ini",
          "[tox]\nenvlist = py27\n[testenv]\ncommands = python -3 -m pytest\n")
    return tmp_path


def test_scan_report_carries_guidance(tmp_path):
    root = project(tmp_path)
    report = engine.scan([root / "app"], registry.select(select=["PY101"]),
                         options={"target": "3.14"})
    items = by_id(report.guidance)
    assert items["dependencies"]["evidence"][0]["path"] == "../requirements.txt"
    assert items["python3-warnings"]["status"] == "met"
    validate_report(json.loads(json.dumps(report.to_dict())))


def test_scan_and_cache_give_the_future_facts_without_rereading(tmp_path, monkeypatch):
    write(tmp_path, "a.py", "from __future__ import division\nx = 1\n")
    write(tmp_path, "b.py", "x = 2\n")
    write(tmp_path, "c.py", '"""Only a docstring."""\n')
    rules = registry.select(select=["PY101"])
    cache = Cache(tmp_path / "cache")
    cold = engine.scan([tmp_path], rules, options={"target": "3.14"}, cache=cache)
    assert {r.path: r.head for r in cold.files} == {
        "a.py": [["division"], True], "b.py": [[], True], "c.py": [[], False]}

    def no_reading(path):
        raise AssertionError(f"the guidance read {path} again")

    monkeypatch.setattr(guidance, "read_source", no_reading)
    warm = engine.scan([tmp_path], rules, options={"target": "3.14"}, cache=cache)
    assert cache.hits == 3
    assert warm.guidance == cold.guidance
    assert by_id(warm.guidance)["future-division"]["detail"].startswith("1 of 2 ")
    monkeypatch.undo()
    merged = Report.from_dict(json.loads(json.dumps(cold.to_dict())))  # no facts
    assert [r.head for r in merged.files] == [None] * 3
    assert guidance.evaluate(tmp_path, merged.files) == cold.guidance


def test_cli_json_and_text_guidance(runner, tmp_path):
    root = project(tmp_path)
    result = runner.invoke(cli, ["scan", "--isolated", "--no-cache", "--format", "json",
                                 "--select", "PY101", str(root / "app")])
    document = json.loads(result.stdout)
    validate_report(document)
    assert [g["id"] for g in document["guidance"]][-3:] == [
        "python3-warnings", "python3-declared", "dependencies"]
    plain = runner.invoke(cli, ["scan", "--isolated", "--no-cache", "--select", "PY101",
                                str(root / "app")])
    assert "Python 3 guidance" not in plain.stdout
    shown = runner.invoke(cli, ["scan", "--isolated", "--no-cache", "--guidance",
                                "--select", "PY101", str(root / "app")])
    assert shown.stdout.count("PY101") == 1
    assert "\nPython 3 guidance:\n" in shown.stdout
    assert "[not-met] Dependencies have Python 3 releases" in shown.stdout
    assert "Python 3 guidance" not in shown.stderr


def test_cli_future_imports_option(runner, tmp_path):
    write(tmp_path, "calc.py", "def half(n):\n    return n / 2\n")
    args = ["scan", "--isolated", "--no-cache", "--select", "PY502", "--format", "json"]
    default = json.loads(runner.invoke(cli, args + [str(tmp_path)]).stdout)
    assert [f["rule"] for f in default["findings"]] == ["PY502"]
    chosen = json.loads(runner.invoke(
        cli, args + ["--future-imports", "print_function", str(tmp_path)]).stdout)
    assert chosen["findings"] == []
    assert [g["id"] for g in chosen["guidance"]][0] == "future-print_function"
    bad = runner.invoke(cli, args + ["--future-imports", "braces", str(tmp_path)])
    assert bad.exit_code == 2 and "braces" in bad.stderr
