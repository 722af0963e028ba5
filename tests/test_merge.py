"""`py3ready merge`: many JSON reports -> one, paths prefixed, summary recomputed."""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLE_APPS, validate_report
from py3ready import engine, registry
from py3ready.cli import cli
from py3ready.findings import Report
from py3ready.merge import MergeError, merge_files


def _report(tmp_path, app, name=None):
    report = engine.scan(
        [SAMPLE_APPS / app], registry.select(), options={"target": "3.14"}
    )
    path = tmp_path / f"{name or app}.json"
    path.write_text(json.dumps(report.to_dict()))
    return report, path


def test_report_round_trips_through_from_dict():
    report = engine.scan([SAMPLE_APPS], registry.select(), options={"target": "3.14"})
    data = report.to_dict()
    assert Report.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_merge_prefixes_paths_and_recomputes_the_summary(tmp_path, runner):
    shop, shop_json = _report(tmp_path, "raw_wsgi_shop")
    wiki, wiki_json = _report(tmp_path, "class_wiki")
    out = tmp_path / "all.json"
    result = runner.invoke(
        cli, ["merge", str(shop_json), str(wiki_json), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    merged = json.loads(out.read_text())
    validate_report(merged)
    assert merged["root"] == str(SAMPLE_APPS)
    paths = [f["path"] for f in merged["files"]]
    assert paths == sorted(paths)
    assert {p.split("/")[0] for p in paths} == {"raw_wsgi_shop", "class_wiki"}
    assert all(
        f["path"].split("/")[0] in ("raw_wsgi_shop", "class_wiki")
        for f in merged["findings"]
    )
    summary = merged["summary"]
    assert summary["files"] == len(shop.files) + len(wiki.files)
    assert summary["findings"] == len(shop.findings) + len(wiki.findings)
    for rule in set(shop.summary()["by_rule"]) | set(wiki.summary()["by_rule"]):
        assert summary["by_rule"][rule] == (
            shop.summary()["by_rule"].get(rule, 0)
            + wiki.summary()["by_rule"].get(rule, 0)
        )


def test_names_override_the_prefixes(tmp_path):
    _, a = _report(tmp_path, "raw_wsgi_shop", "a")
    _, b = _report(tmp_path, "raw_wsgi_shop", "b")
    with pytest.raises(MergeError, match="--name"):
        merge_files([a, b])
    merged = merge_files([a, b], names=["shop-2010", "shop-2012"])
    assert {f.path.split("/")[0] for f in merged.files} == {"shop-2010", "shop-2012"}
    assert merged.root == ""  # the names are not directories of one parent
    with pytest.raises(MergeError, match="one per report"):
        merge_files([a, b], names=["only-one"])
    with pytest.raises(MergeError, match="prefix"):
        merge_files([a], names=["../up"])


def test_no_prefix_merges_shards_of_one_tree(tmp_path):
    _, a = _report(tmp_path, "raw_wsgi_shop")
    merged = merge_files([a], prefix=False)
    assert merged.to_dict()["files"] == json.loads(a.read_text())["files"]


def test_bad_inputs_are_usage_errors(tmp_path, runner):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = runner.invoke(cli, ["merge", str(bad)])
    assert result.exit_code == 2 and "not a py3ready report" in result.stderr
    bad.write_text("not json")
    result = runner.invoke(cli, ["merge", str(bad)])
    assert result.exit_code == 2 and "not a readable JSON file" in result.stderr
