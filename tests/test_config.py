"""Config files: discovery, precedence, every key, errors, and ``py3ready config``.

Every project here lives in a tmp dir with its own ``.git``, so discovery
stops there and never reaches py3ready's own setup.cfg or tox.ini.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from conftest import ROOT, validate_report
from py3ready import config
from py3ready.cli import cli
from py3ready.config import ConfigError, NEWEST_TARGET, parse_per_file_ignores

PY2 = "import cgi\nprint 'hello'\nif a <> b:\n    pass\n"
UNRESTRICTED = {"PY101", "PY104", "PY206"}  # among the default rules' findings in PY2


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "src").mkdir()
    (root / "src" / "app.py").write_text(PY2)
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def rules_found(runner, *args):
    result = run(runner, "scan", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    validate_report(document)
    return sorted({f["rule"] for f in document["findings"]}), document


# -- discovery -----------------------------------------------------------------


def test_order_in_one_directory(repo):
    write(repo / "tox.ini", "[py3ready]\nselect = PY103\n")
    assert config.find_config(repo / "src").path.name == "tox.ini"
    write(repo / "setup.cfg", "[metadata]\nname = x\n")
    assert (
        config.find_config(repo / "src").path.name == "tox.ini"
    ), "no section: skipped"
    write(repo / "setup.cfg", "[tool:py3ready]\nselect = PY101\n")
    assert config.find_config(repo / "src").path.name == "setup.cfg"
    write(repo / "pyproject.toml", "[build-system]\nrequires = []\n")
    assert config.find_config(repo / "src").path.name == "setup.cfg"
    write(repo / "pyproject.toml", "[tool.py3ready]\nselect = ['PY102']\n")
    found = config.find_config(repo / "src")
    assert (found.path.name, found.section) == ("pyproject.toml", "tool.py3ready")
    assert found.values == {"select": ("PY102",)}


def test_nearest_directory_wins_and_the_walk_stops_at_the_repository(repo, runner):
    write(repo / "setup.cfg", "[py3ready]\nselect = PY101\n")
    write(repo / "src" / "tox.ini", "[py3ready]\nselect = PY104\n")
    assert rules_found(runner, repo / "src")[0] == ["PY104"]
    assert rules_found(runner, repo / "src" / "app.py")[0] == ["PY104"]
    (repo / "src" / "tox.ini").unlink()
    assert rules_found(runner, repo / "src" / "app.py")[0] == ["PY101"]
    # Above the repository root (.git) nothing is read.
    write(repo.parent / "setup.cfg", "[py3ready]\nselect = PY102\n")
    (repo / "setup.cfg").unlink()
    assert set(rules_found(runner, repo / "src")[0]) >= UNRESTRICTED


def test_discovery_starts_at_the_common_parent_of_the_paths(repo, runner):
    write(repo / "lib" / "other.py", "print 'x'\n")
    write(repo / "src" / "setup.cfg", "[py3ready]\nselect = PY206\n")
    write(repo / "setup.cfg", "[py3ready]\nselect = PY101\n")
    found, _ = rules_found(runner, repo / "src" / "app.py", repo / "lib" / "other.py")
    assert found == ["PY101"]


def test_no_paths_means_the_working_directory(repo, runner, monkeypatch):
    write(repo / "setup.cfg", "[py3ready]\nselect = PY104\n")
    monkeypatch.chdir(repo / "src")
    assert rules_found(runner)[0] == ["PY104"]


def test_config_option_and_isolated(repo, runner, tmp_path):
    write(repo / "setup.cfg", "[py3ready]\nselect = PY101\n")
    other = write(
        tmp_path / "elsewhere" / "team.toml", "[tool.py3ready]\nselect = 'PY104'\n"
    )
    assert rules_found(runner, "--config", other, repo / "src")[0] == ["PY104"]
    assert set(rules_found(runner, "--isolated", repo / "src")[0]) >= UNRESTRICTED
    both = run(runner, "scan", "--config", other, "--isolated", repo / "src")
    assert both.exit_code == 2 and "cannot be used together" in both.stderr


def test_config_file_without_a_section_is_an_error(repo, runner):
    empty = write(repo / "empty.ini", "[flake8]\nmax-line-length = 88\n")
    result = run(runner, "scan", "--config", empty, repo / "src")
    assert result.exit_code == 2
    assert "empty.ini: has no [py3ready] or [tool:py3ready] section" in result.stderr


def test_both_setup_cfg_sections_is_an_error(repo):
    write(
        repo / "setup.cfg", "[py3ready]\nselect = PY1\n[tool:py3ready]\nselect = PY2\n"
    )
    with pytest.raises(ConfigError, match=r"both \[py3ready\] and \[tool:py3ready\]"):
        config.find_config(repo)


@pytest.mark.parametrize(
    "name,text,message",
    [
        ("pyproject.toml", "[tool.py3ready\nselect = 1\n", "not valid TOML"),
        ("pyproject.toml", "[tool]\npy3ready = 3\n", "[tool.py3ready] must be a table"),
        ("setup.cfg", "select = PY1\n[py3ready]\n", "cannot read"),
    ],
)
def test_unreadable_files_are_errors(repo, runner, name, text, message):
    write(repo / name, text)
    result = run(runner, "scan", repo / "src")
    assert result.exit_code == 2
    assert name in result.stderr and message in result.stderr


# -- precedence ----------------------------------------------------------------


def test_command_line_wins_and_extend_options_add_up(repo, runner):
    write(
        repo / "setup.cfg",
        "[py3ready]\nselect = PY104\nextend-select = PY206\n" "fail-on = info\n",
    )
    assert rules_found(runner, repo / "src")[0] == ["PY104", "PY206"]
    assert rules_found(runner, "--select", "PY101", repo / "src")[0] == [
        "PY101",
        "PY206",
    ]
    both, _ = rules_found(runner, "--extend-select", "PY101", repo / "src")
    assert both == ["PY101", "PY104", "PY206"]
    shown = run(
        runner, "config", "--extend-select", "PY101", "--fail-on", "error", repo / "src"
    ).stdout
    assert re.search(
        r"^extend-select = PY206, PY101 +# setup.cfg \[py3ready\] \+ " r"command line$",
        _relative(shown, repo),
        re.M,
    )
    assert re.search(r"^fail-on = error +# command line$", shown, re.M)


def _relative(text: str, repo: Path) -> str:
    return text.replace(f"{repo}/", "")


def test_py3ready_config_shows_every_key_and_its_origin(repo, runner):
    write(
        repo / "pyproject.toml",
        """
[tool.py3ready]
select = ["PY1", "names"]
target = "3.11"
fail_under = 80
future-imports = ["absolute_import", "print_function"]
per-file-ignores = {"tests/*.py" = ["PY101"]}
baseline = "reports/base.json"
""",
    )
    result = run(runner, "config", "--jobs", "2", repo / "src")
    assert result.exit_code == 0
    text = _relative(result.stdout, repo)
    lines = text.splitlines()
    assert lines[0] == "# config file: pyproject.toml [tool.py3ready]"
    keys = [line.split(" =")[0] for line in lines[1:] if not line.startswith(" ")]
    assert keys == list(config.KEYS)
    expect = {
        "select": ("PY1, names", "pyproject.toml [tool.py3ready]"),
        "target": ("3.11", "pyproject.toml [tool.py3ready]"),
        "fail-under": ("80", "pyproject.toml [tool.py3ready]"),
        "future-imports": (
            "absolute_import, print_function",
            "pyproject.toml [tool.py3ready]",
        ),
        "baseline": ("reports/base.json", "pyproject.toml [tool.py3ready]"),
        "jobs": ("2", "command line"),
        "ignore": ("", "default"),
        "format": ("text", "default"),
    }
    for key, (value, origin) in expect.items():
        line = next(text for text in lines if text.startswith(f"{key} ="))
        shown, _, where = line.partition("  # ")
        assert (shown.split("=", 1)[1].strip(), where.strip()) == (value, origin), line
    assert "\n    tests/*.py: PY101" in text


def test_py3ready_config_isolated_and_none_found(repo, runner):
    assert run(runner, "config", repo).stdout.startswith("# config file: none found")
    write(repo / "setup.cfg", "[py3ready]\nselect = PY1\n")
    isolated = run(runner, "config", "--isolated", repo).stdout
    assert isolated.startswith("# config file: none (--isolated)")
    assert re.search(rf"^target = {NEWEST_TARGET} +# default$", isolated, re.M)


# -- keys ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key,value,expected",
    [
        (
            "select",
            "PY1, print-statement\n  unicode",
            ("PY1", "print-statement", "unicode"),
        ),
        ("select", ["PY101", "ALL"], ("PY101", "ALL")),
        ("ignore", "PY203 PY301", ("PY203", "PY301")),
        ("extend_select", "PY005", ("PY005",)),
        ("exclude", "build, legacy/*.py", ("build", "legacy/*.py")),
        ("extend-exclude", ["vendor"], ("vendor",)),
        ("fail-on", "error", "error"),
        ("fail-under", "72.5", 72.5),
        ("fail-under", 90, 90.0),
        ("format", "json", "json"),
        ("target", "3.9", "3.9"),
        ("target", "3.012", "3.12"),
        ("future-imports", "division,print_function", ("division", "print_function")),
        ("future-imports", "", ()),
        ("jobs", "4", 4),
        ("jobs", 0, 0),
    ],
)
def test_each_key_is_parsed(tmp_path, key, value, expected):
    found = config.validate({key: value}, tmp_path / "setup.cfg", "py3ready")
    assert found.values == {key.replace("_", "-"): expected}


def test_paths_are_relative_to_the_config_file(tmp_path):
    found = config.validate(
        {"output": "out/r.json", "baseline": "/abs/b.json"},
        tmp_path / "tox.ini",
        "py3ready",
    )
    assert found.values == {
        "output": tmp_path / "out" / "r.json",
        "baseline": Path("/abs/b.json"),
    }


@pytest.mark.parametrize(
    "key,value,message",
    [
        (
            "select",
            "PY999",
            "select: unknown rule selector 'PY999': expected a rule id",
        ),
        ("ignore", "print-statment", "unknown rule selector 'print-statment'"),
        ("select", 5, "select: expected a list of strings"),
        ("fail-on", "fatal", "fail-on: 'fatal' is not one of: info, warning, error"),
        ("fail-under", "most", "fail-under: 'most' is not a number from 0 to 100"),
        ("fail-under", 101, "not a number from 0 to 100"),
        ("format", "xml", "format: 'xml' is not one of: github, gitlab, html, json"),
        ("target", "2.7", "target: '2.7' is not a Python 3 version"),
        ("target", 3.1, 'write the version as a string, e.g. "3.12"'),
        (
            "future-imports",
            "braces",
            "future-imports: 'braces' is not one of: absolute_import",
        ),
        ("jobs", "many", "jobs: 'many' is not a number of processes"),
        ("jobs", True, "is not a number of processes"),
        ("output", "", "output: expected a file name"),
        ("per-file-ignores", "tests/*.py", "has no rules after a colon"),
        ("per-file-ignores", "tests/*.py: PY9x", "unknown rule selector 'PY9x'"),
        ("per-file-ignores", ": PY101", "expected GLOB: RULES"),
    ],
)
def test_bad_values_name_the_file_the_key_and_the_choices(
    tmp_path, key, value, message
):
    with pytest.raises(ConfigError) as caught:
        config.validate({key: value}, tmp_path / "setup.cfg", "py3ready")
    assert str(caught.value).startswith(f"{tmp_path / 'setup.cfg'} [py3ready]: ")
    assert message in str(caught.value)


def test_unknown_key_is_a_usage_error_that_lists_the_keys(repo, runner):
    write(repo / "setup.cfg", "[py3ready]\nselct = PY1\n")
    result = run(runner, "scan", repo / "src")
    assert result.exit_code == 2 and result.stdout == ""
    message = _relative(result.stderr, repo)
    assert (
        "setup.cfg [py3ready]: unknown key 'selct' (did you mean 'select'?)" in message
    )
    assert "valid keys: baseline, exclude, extend-exclude, extend-select" in message


def test_unknown_rule_in_config_is_a_usage_error(repo, runner):
    write(
        repo / "tox.ini",
        "[py3ready]\nper-file-ignores =\n    tests/*: PY101\n" "    legacy/*: PY7\n",
    )
    result = run(runner, "config", repo)
    assert result.exit_code == 2
    assert (
        "tox.ini [py3ready]: per-file-ignores: unknown rule selector 'PY7'"
        in _relative(result.stderr, repo)
    )
    assert (
        "a category (future, names, semantics, syntax, tool, unicode, wsgi)"
        in result.stderr
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("tests/*.py: PY101, PY3", (("tests/*.py", ("PY101", "PY3")),)),
        (
            "\n  a.py, b.py: PY1\n  c.py:PY2 PY3\n",
            (("a.py", ("PY1",)), ("b.py", ("PY1",)), ("c.py", ("PY2", "PY3"))),
        ),
        ("a.py:PY1 b.py:PY2", (("a.py", ("PY1",)), ("b.py", ("PY2",)))),
        (
            {"tests/*": ["PY101"], "old.py": "ALL"},
            (("tests/*", ("PY101",)), ("old.py", ("ALL",))),
        ),
    ],
)
def test_per_file_ignores_syntax(text, expected):
    assert parse_per_file_ignores(text) == expected


def test_target_from_config_filters_and_is_recorded(repo, runner):
    write(repo / "setup.cfg", "[py3ready]\ntarget = 3.12\nselect = removed-module\n")
    found, document = rules_found(runner, repo / "src")
    assert found == [] and document["target"] == "3.12"  # cgi went in 3.13
    found, document = rules_found(runner, "--target", "3.13", repo / "src")
    assert found == ["PY206"] and document["target"] == "3.13"
    bad = write(repo / "bad.cfg", "[py3ready]\ntarget = 4.0\n")
    result = run(runner, "scan", "--config", bad, repo / "src")
    assert (
        result.exit_code == 2
        and "target: '4.0' is not a Python 3 version" in result.stderr
    )


def test_format_output_and_excludes_from_config(repo, runner):
    write(repo / "src" / "legacy" / "old.py", "print 'old'\n")
    write(repo / "src" / "vendor" / "lib.py", "print 'vendored'\n")
    write(
        repo / "setup.cfg",
        "[py3ready]\nformat = json\noutput = reports/py3.json\n"
        "select = PY101\nexclude = legacy\nextend-exclude = vendor\n",
    )
    (repo / "reports").mkdir()
    result = run(runner, "scan", repo / "src")
    assert result.exit_code == 1 and result.stdout == ""
    document = json.loads((repo / "reports" / "py3.json").read_text())
    validate_report(document)
    assert [f["path"] for f in document["files"]] == ["app.py"]
    # '-' sends the report to stdout again; --exclude replaces, extend-exclude adds.
    result = run(runner, "scan", "--output", "-", "--exclude", "nothing", repo / "src")
    assert sorted(f["path"] for f in json.loads(result.stdout)["files"]) == [
        "app.py",
        "legacy/old.py",
    ]


def test_fail_on_from_config(repo, runner):
    write(repo / "src" / "app.py", "def only_python3(a, /):\n    return a\n")
    assert run(runner, "scan", repo / "src").exit_code == 0  # PY003 is info
    write(repo / "setup.cfg", "[py3ready]\nfail-on = info\n")
    assert run(runner, "scan", repo / "src").exit_code == 1
    assert run(runner, "scan", "--fail-on", "warning", repo / "src").exit_code == 0


def test_jobs_from_config_reaches_the_scan(repo, runner, monkeypatch):
    write(repo / "setup.cfg", "[py3ready]\njobs = 1\n")
    seen = {}
    from py3ready import engine

    real = engine.scan

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "scan", spy)
    run(runner, "scan", repo / "src")
    assert seen.get("jobs") == 1


# -- py3ready's own files and docs ---------------------------------------------


def test_py3ready_repository_config_is_absent_or_valid():
    for name, _sections in config.CONFIG_FILES:
        path = ROOT / name
        if path.is_file():
            config.read_config(path)  # raises ConfigError if a section is wrong


def test_every_command_help_shows_an_example(runner):
    for name, command in cli.commands.items():
        result = run(runner, name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, f"`py3ready {name} --help` has no example"


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_config_samples_are_valid(tmp_path):
    section = readme_section("Configuration")
    blocks = re.findall(r"```(toml|ini)\n(.*?)```", section, flags=re.S)
    assert {kind for kind, _ in blocks} == {"toml", "ini"}
    for number, (kind, text) in enumerate(blocks):
        name = "pyproject.toml" if kind == "toml" else "setup.cfg"
        path = write(tmp_path / str(number) / name, text)
        found = config.read_config(path)
        assert found is not None, f"README {kind} sample has no py3ready section"
        if kind == "toml":
            shown = set(re.findall(r"^# ?([a-z-]+) = ", text, flags=re.M)) | set(
                found.values
            )
            assert shown == set(config.KEYS), "the sample shows every key"


def documented_scans():
    """Every ``py3ready scan`` command line in the README's CI-facing sections."""
    for title in ("Using py3ready in tox", "pre-commit", "CI examples"):
        for line in readme_section(title).splitlines():
            match = re.search(r"py3ready scan (.*)", line)
            if match and "`" not in line:
                yield title, match.group(1).split(" >>")[0]


def test_readme_ci_commands_use_real_options(tmp_path):
    from py3ready.cli import scan
    from py3ready.reporters import REPORTERS

    commands = list(documented_scans())
    assert len(commands) >= 8
    formats = set()
    for title, command in commands:
        args = shlex.split(
            command.replace("{toxinidir}", str(tmp_path)).replace("{posargs:.}", ".")
        )
        if "--format" in args:
            formats.add(args[args.index("--format") + 1])
            args[args.index("--format") + 1] = "json"
        scan.make_context("scan", args)  # raises on an unknown option or value
    assert formats >= {"sarif", "github", "markdown", "junit", "gitlab"}
    assert not formats - set(REPORTERS), "a format nobody provides"
    for block in re.findall(
        r"```yaml\n(.*?)```", readme_section("CI examples"), flags=re.S
    ):
        yaml = pytest.importorskip("yaml")
        assert yaml.safe_load(block)


def test_future_imports_from_config_reach_the_rules(repo, runner):
    write(repo / "src" / "app.py", "from __future__ import print_function\nx = 1\n")
    select = ("--select", "missing-future-import")
    assert rules_found(runner, *select, repo / "src")[0] == ["PY501"]  # default set
    write(repo / "setup.cfg", "[py3ready]\nfuture-imports = print_function\n")
    assert rules_found(runner, *select, repo / "src")[0] == []
    write(repo / "setup.cfg", "[py3ready]\nfuture-imports = division print_function\n")
    _, document = rules_found(runner, *select, repo / "src")
    [advice] = document["findings"]
    assert "division" in advice["message"] and "unicode_literals" not in advice["message"]
