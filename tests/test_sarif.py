"""The SARIF report is valid against the official SARIF 2.1.0 schema.

The schema comes from the npm package ``@microsoft/jest-sarif`` (Microsoft's
SARIF tooling ships it), fetched once with ``npm pack`` into pytest's cache.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile

import pytest

from conftest import make_runner
from py3ready.cli import cli
from py3ready.reporters import REPORTERS
from test_reporters import report

SCHEMA_PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"
SCHEMA_MEMBER = "package/lib/schemas/sarif-2.1.0-rtm.5.json"


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sarif_schema(request, tmp_path_factory):
    store = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider
    cache = store.mkdir("sarif-schema") if store else tmp_path_factory.mktemp("sarif")
    target = cache / "sarif-2.1.0.json"
    if not target.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is needed to fetch the official SARIF schema")
        done = subprocess.run(
            [npm, "pack", SCHEMA_PACKAGE, "--silent"],
            cwd=cache,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode:
            unavailable(f"npm pack {SCHEMA_PACKAGE} failed: {done.stderr[-500:]}")
        tarball = cache / done.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            data = archive.extractfile(SCHEMA_MEMBER).read()
        target.write_bytes(data)
    schema = json.loads(target.read_text(encoding="utf-8"))
    assert "2.1.0" in schema["id"]
    return schema


def validate(document, schema):
    import jsonschema

    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str)
    assert not errors, "\n".join(
        f"{list(e.absolute_path)}: {e.message}" for e in errors
    )


def render(rep):
    stream = io.StringIO()
    REPORTERS["sarif"](stream).render(rep)
    return json.loads(stream.getvalue())


@pytest.mark.network
def test_fixed_report_is_valid_sarif(sarif_schema):
    document = render(report())
    validate(document, sarif_schema)
    run = document["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["PY001", "PY101"]
    rule = run["tool"]["driver"]["rules"][1]
    assert rule["name"] == "print-statement"
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert "print" in rule["shortDescription"]["text"]
    assert rule["help"]["text"] and "## Why is this bad?" in rule["help"]["markdown"]
    first = run["results"][0]
    assert first["ruleId"] == "PY101" and first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "pkg/app.py",
        "uriBaseId": "%SRCROOT%",
    }
    assert (
        location["region"]["startLine"] == 3 and location["region"]["endColumn"] == 14
    )
    assert len(first["partialFingerprints"]["py3ready/v1"]) == 32
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///src/"


@pytest.mark.network
def test_suppressed_findings_are_marked(sarif_schema):
    from py3ready.findings import Suppressed
    from test_reporters import finding

    rep = report()
    rep.files[2].suppressed = [
        Suppressed(
            finding(
                path="pkg/ok.py", rule="PY202", symbol="dict-has-key", category="names"
            ),
            "noqa",
        ),
        Suppressed(finding(path="pkg/ok.py", line=4), "per-file-ignores"),
    ]
    document = render(rep)
    validate(document, sarif_schema)
    results = document["runs"][0]["results"]
    kinds = [r.get("suppressions", [{}])[0].get("kind") for r in results]
    assert kinds == [None, None, "inSource", "external"]
    prints = [r["partialFingerprints"]["py3ready/v1"] for r in results]
    assert len(set(prints)) == 4
    assert "PY202" in [r["id"] for r in document["runs"][0]["tool"]["driver"]["rules"]]


@pytest.mark.network
def test_scan_of_sample_app_is_valid_sarif(sarif_schema, tmp_path):

    from conftest import SAMPLE_APPS

    out = tmp_path / "py3ready.sarif"
    result = make_runner().invoke(
        cli,
        [
            "scan",
            "--isolated",
            "--no-cache",
            "--exit-zero",
            "--format",
            "sarif",
            "--output",
            str(out),
            str(SAMPLE_APPS / "raw_wsgi_shop"),
        ],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document, sarif_schema)
    results = document["runs"][0]["results"]
    assert results and all(r["level"] in ("error", "warning", "note") for r in results)
    ids = [r["id"] for r in document["runs"][0]["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)


def test_levels_map_from_severity():
    from py3ready.reporters.sarif import LEVELS

    assert LEVELS == {"error": "error", "warning": "warning", "info": "note"}


@pytest.mark.network
def test_hostile_corpus_gives_valid_sarif(sarif_schema, tmp_path):
    import hostile_corpus

    tree, side = tmp_path / "tree", tmp_path / "side"
    tree.mkdir()
    side.mkdir()
    hostile_corpus.build(tree, side)
    out = tmp_path / "report.sarif"
    result = make_runner().invoke(cli, ["scan", "--isolated", "--no-cache", "-j", "1",
                                        "--format", "sarif", "-o", str(out), str(tree)])
    assert result.exit_code == 1, result.stderr
    data = out.read_bytes()
    data.decode("ascii")  # control characters and odd names arrive escaped
    document = json.loads(data)
    validate(document, sarif_schema)
    assert len(document["runs"][0]["results"]) > 10
