"""End to end over ``sample_apps/``: the apps run for real, and the scan is pinned.

Each app is served through ``tests/wsgi_harness.py`` (``wsgiref.validate``
plus ``SimpleHandler``) in a subprocess of the interpreter under test:

- every app answers correctly under Python 2.7, so it is working Python 2;
- the Python 2 apps break under the running Python 3, so they really need
  porting; ``ported_guestbook`` gives the same answers on 2.7 and 3;
- ``py3ready scan --format json <app>`` matches ``expected_findings.txt``
  beside the app, one ``path:line:col: RULE [symbol]`` line per finding.

Set PY3READY_UPDATE_EXPECTED=1 to rewrite the expected files from the
current scan; review the diff line by line before keeping it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import pytest
from conftest import ROOT, SAMPLE_APPS, require_python, validate_report

from py3ready.cli import cli

HARNESS = ROOT / "tests" / "wsgi_harness.py"
UPDATE = os.environ.get("PY3READY_UPDATE_EXPECTED") == "1"


@dataclass(frozen=True)
class Visit:
    """One request, the status it must get and text the body must contain."""

    request: Dict
    status: str
    contains: Tuple[str, ...] = ()


def get(path: str, status: str = "200 OK", *contains: str, **extra) -> Visit:
    return Visit(dict(extra, method="GET", path=path), status, contains)


def post(path: str, body: str, status: str, *contains: str, **extra) -> Visit:
    return Visit(dict(extra, method="POST", path=path, body=body), status, contains)


@dataclass(frozen=True)
class App:
    name: str
    target: str  # MODULE:CALLABLE, importable from the app directory
    visits: Tuple[Visit, ...]
    python2_only: bool = True

    @property
    def directory(self) -> Path:
        return SAMPLE_APPS / self.name


APPS = [
    App(
        "raw_wsgi_shop",
        "shop.app:application",
        (
            get(
                "/",
                "200 OK",
                "Espresso cup",
                "Café au lait bowl",
                'href="/?page=2"',
                "From only 4.50 EUR",
            ),
            get("/", "200 OK", "Linen napkins", query="page=2"),
            get("/product/A200", "200 OK", "9.90 EUR", 'href="/tag/caf%C3%A9"'),
            get("/tag/caf%C3%A9", "200 OK", "Tagged café", "Crème brûlée set"),
            get(
                "/search",
                "200 OK",
                "Search: crème",
                "Crème brûlée set",
                query="q=cr%C3%A8me",
            ),
            post(
                "/cart",
                "sku=A100&qty=2",
                "200 OK",
                "2 x Espresso cup",
                "Total: 9.00 EUR",
            ),
            get("/cart", "200 OK", "Total: 9.00 EUR"),
            get("/product/NOPE", "404 Not Found", "no such product"),
        ),
    ),
    App(
        "class_wiki",
        "wiki:application",
        (
            get(
                "/",
                "200 OK",
                '<a href="/SandBox">SandBox</a>',
                "This wiki has 2 pages",
                "page view number 1",
            ),
            get("/SandBox", "200 OK", "<i>Anything</i>", "page view number 2"),
            post("/login", "name=Ren%C3%A9", "303 See Other"),
            post(
                "/Caf%C3%A9Notes",
                "text=Beans+%26+%3Cb%3Ecr%C3%A8me%3C%2Fb%3E",
                "303 See Other",
            ),
            get("/Caf%C3%A9Notes", "200 OK", "Beans &amp; <b>crème</b>", "Hello René"),
            get("/", "200 OK", "This wiki has 3 pages", "Recent changes: CaféNotes"),
            get("/NoSuchPage", "404 Not Found", "No page called NoSuchPage"),
        ),
    ),
    App(
        "flask_style_blog",
        "blog:app",
        (
            get(
                "/",
                "200 OK",
                "Notes from the Café",
                "WSGI in 2011",
                "Un café, s’il vous plaît",
            ),
            get("/post/2", "200 OK", 'href="/tag/caf%C3%A9"', "Older: <a"),
            get("/tag/caf%C3%A9", "200 OK", "Tagged “café”"),
            post(
                "/new",
                "title=Cr%C3%A8me+br%C3%BBl%C3%A9e&body=Sweet&tags=food",
                "302 FOUND",
            ),
            get("/post/5", "200 OK", "Crème brûlée", "Sweet"),
            post("/new", "body=untitled", "400 BAD REQUEST", "missing field: title"),
            get("/post/3", "404 NOT FOUND", "No post #3"),
        ),
    ),
    App(
        "ported_guestbook",
        "guestbook.app:application",
        (
            get("/", "200 OK", "Guestbook (4 entries)", "Zoë", 'href="/?page=2"'),
            get("/", "200 OK", "Lovely little site.", query="page=2"),
            post(
                "/sign",
                "name=Ren%C3%A9&message=Tr%C3%A8s+bien+%26+merci",
                "303 See Other",
            ),
            get("/entry/5", "200 OK", "René", "Très bien &amp; merci"),
            post("/sign", "name=x&message=", "400 Bad Request", "Empty message"),
            get("/stats", "200 OK", "Ada: 2\nGrace: 1\nRené: 1\nZoë: 1\n"),
            get("/caf%C3%A9/%E2%82%AC", "404 Not Found", "No page at /café/€"),
        ),
        python2_only=False,
    ),
]
PY2_APPS = [app for app in APPS if app.python2_only]


def run_app(python: str, app: App, cwd: Path) -> List[Dict]:
    """Serve ``app.visits`` with ``python``; the harness's JSON records."""
    env = {
        key: value for key, value in os.environ.items() if not key.startswith("PYTHON")
    }  # no PYTHONPATH etc. of this interpreter
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    requests = json.dumps([visit.request for visit in app.visits])
    done = subprocess.run(
        [python, str(HARNESS), str(app.directory), app.target, requests],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=str(cwd),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records and records[0]["event"] == "import", done.stdout
    return records


def assert_answers(app: App, records: Sequence[Dict]) -> None:
    head, answers = records[0], records[1:]
    assert head["ok"], f"{app.name} does not import: {head['exception']}"
    assert len(answers) == len(app.visits)
    for visit, answer in zip(app.visits, answers):
        where = f"{app.name} {visit.request['method']} {visit.request['path']}"
        assert answer["exception"] is None, f"{where}: {answer['exception']}"
        assert (
            answer["validator_error"] is None
        ), f"{where}: {answer['validator_error']}"
        assert answer["status"] == visit.status, f"{where}: {answer['status']}"
        for text in visit.contains:
            assert (
                text in answer["body"]
            ), f"{where}: {text!r} not in {answer['body']!r}"


@pytest.mark.parametrize("app", APPS, ids=[app.name for app in APPS])
def test_app_works_on_python2(app, tmp_path):
    assert_answers(app, run_app(require_python("2.7"), app, tmp_path))


@pytest.mark.parametrize("app", PY2_APPS, ids=[app.name for app in PY2_APPS])
def test_python2_app_breaks_on_python3(app, tmp_path):
    records = run_app(sys.executable, app, tmp_path)
    head = records[0]
    broken = (not head["ok"]) or any(
        r["exception"]
        or r["validator_error"]
        or not (r["status"] or "").startswith(visit.status[:3])
        for r, visit in zip(records[1:], app.visits)
    )
    assert broken, f"{app.name} runs unchanged on Python 3: it is not a Python 2 app"
    if not head["ok"]:
        assert head["exception"]["type"] in (
            "SyntaxError",
            "ImportError",
            "ModuleNotFoundError",
            "NameError",
        )


def test_ported_guestbook_same_on_python2_and_3(tmp_path):
    app = next(app for app in APPS if not app.python2_only)
    python2 = run_app(require_python("2.7"), app, tmp_path)
    python3 = run_app(sys.executable, app, tmp_path)
    assert_answers(app, python3)
    for record in python2 + python3:
        record.pop("python", None)
    assert python2 == python3


# -- the scan -------------------------------------------------------------------


def scan_app(runner, app: App) -> Tuple[int, Dict]:
    args = ["scan", "--format", "json", str(app.directory)]
    if any("--isolated" in param.opts for param in cli.commands["scan"].params):
        args.insert(1, "--isolated")  # never read a config file around the repo
    result = runner.invoke(cli, args)
    assert result.exception is None or isinstance(
        result.exception, SystemExit
    ), result.output
    document = json.loads(result.stdout)
    validate_report(document)
    return result.exit_code, document


def finding_lines(document: Dict) -> List[str]:
    return [
        f"{f['path']}:{f['line']}:{f['column']}: {f['rule']} [{f['symbol']}]"
        for f in document["findings"]
    ]


@pytest.mark.parametrize("app", APPS, ids=[app.name for app in APPS])
def test_scan_matches_expected_findings(app, runner):
    code, document = scan_app(runner, app)
    got = finding_lines(document)
    expected_file = app.directory / "expected_findings.txt"
    if UPDATE:
        expected_file.write_text("".join(line + "\n" for line in got), encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert got == expected, "\n".join(
        ["scan differs from expected_findings.txt (- expected, + got):"]
        + [f"- {line}" for line in expected if line not in got]
        + [f"+ {line}" for line in got if line not in expected]
    )
    assert code == (1 if app.python2_only else 0)


@pytest.mark.parametrize("app", PY2_APPS, ids=[app.name for app in PY2_APPS])
def test_python2_app_shows_many_kinds_of_problem(app, runner):
    _, document = scan_app(runner, app)
    rules = {f["rule"] for f in document["findings"]}
    categories = {f["category"] for f in document["findings"]}
    assert {"syntax", "names", "semantics"} <= categories
    assert len(rules) >= 10, sorted(rules)
    assert document["summary"]["files"] == len(list(app.directory.rglob("*.py")))


def test_ported_guestbook_has_no_error_or_warning(runner):
    app = next(app for app in APPS if not app.python2_only)
    code, document = scan_app(runner, app)
    serious = [
        line
        for line, f in zip(finding_lines(document), document["findings"])
        if f["severity"] != "info"
    ]
    assert not serious
    assert code == 0
