"""End to end over ``sample_apps/``: the apps run for real, and the scan is pinned.

Each app is served through ``tests/wsgi_harness.py`` (``wsgiref.validate``
plus ``SimpleHandler``) in a subprocess of the interpreter under test:

- every app answers correctly under Python 2.7, so it is working Python 2;
- the Python 2 apps break under the running Python 3, so they really need
  porting; and the app line where each Python 3 failure surfaces (the
  innermost traceback frame inside the app) carries a py3ready finding, or,
  for a failure that surfaces in wsgiref alone (the validator checking the
  body), the app has a PY6xx finding of that kind;
- each ported twin (``<app>_ported``) and ``ported_guestbook`` give the same
  answers on 2.7 and 3, and a twin answers as its original does on 2.7;
- ``py3ready scan --format json <app>`` matches ``expected_findings.txt``
  beside the app, one ``path:line:col: RULE [symbol]`` line per finding; the
  ported apps have no error or warning finding.

Set PY3READY_UPDATE_EXPECTED=1 to rewrite the expected files from the
current scan; review the diff line by line before keeping it.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import pytest
from conftest import ROOT, SAMPLE_APPS, make_runner, require_python, validate_report

from py3ready.cli import cli

HARNESS = ROOT / "tests" / "wsgi_harness.py"
UPDATE = os.environ.get("PY3READY_UPDATE_EXPECTED") == "1"
# Headers that differ between any two runs of the same app: time and random ids.
VOLATILE_HEADERS = frozenset({"date", "server", "x-runtime", "x-request-id"})


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
    legacy: bool = False  # plain Python 2: syntax, names and semantics problems
    twin_of: Optional[str] = None  # the Python 2 app this one is the port of

    @property
    def directory(self) -> Path:
        return SAMPLE_APPS / self.name


SHOP_VISITS = (
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
    post(
        "/cart",
        "sku=A200;qty=1",
        "200 OK",
        "1 x Café au lait bowl",
        "Total: 9.90 EUR",
        cookies={"cart": "c7"},
    ),
    get("/cart", "200 OK", "Total: 9.90 EUR"),
    get("/product/NOPE", "404 Not Found", "no such product: 'NOPE'"),
    get("/caf%C3%A9/cr%C3%A8me", "404 Not Found", "No page at /café/crème"),
)
WIKI_VISITS = (
    get(
        "/",
        "200 OK",
        '<a href="/SandBox">SandBox</a>',
        "This wiki has 2 pages",
        "page view number 1",
    ),
    get("/SandBox", "200 OK", "<i>Anything</i>", "page view number 2"),
    post("/login", "name=Ren%C3%A9", "303 See Other", "See /FrontPage"),
    post(
        "/Caf%C3%A9Notes",
        "text=Beans+%26+%3Cb%3Ecr%C3%A8me%3C%2Fb%3E",
        "303 See Other",
        "See /Caf%C3%A9Notes",
    ),
    get("/Caf%C3%A9Notes", "200 OK", "Beans &amp; <b>crème</b>", "Hello René"),
    get("/", "200 OK", "This wiki has 3 pages", "Recent changes: CaféNotes"),
    get("/NoSuchPage", "404 Not Found", "No page called NoSuchPage"),
)
BLOG_VISITS = (
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
    post("/new", "just some text", "400 BAD REQUEST", "not a form"),
    get("/post/3", "404 NOT FOUND", "No post #3"),
    get("/robots.txt", "200 OK", "Disallow: /new"),
)
PASTEBIN_VISITS = (
    get("/", "200 OK", "Welcome back, René.", "Crème brûlée", cookies={"author": "Ren%C3%A9"}),
    get("/paste/2", "200 OK", "Sugar, cream, eggs &amp; vanilla &lt;3", 'href="/tag/caf%C3%A9"'),
    get("/raw/2", "200 OK", "Sugar, cream, eggs & vanilla <3"),
    get("/tag/caf%C3%A9", "200 OK", "Tagged café", "Crème brûlée"),
    post(
        "/paste",
        "title=Tr%C3%A8s+bien&text=x+%3C+y&tags=caf%C3%A9",
        "303 See Other",
        "See /paste/4",
        cookies={"author": "Ren%C3%A9"},
    ),
    get("/latest", "302 Found"),
    get("/paste/4", "200 OK", "Très bien", "x &lt; y", "By René."),
    post("/paste", '{"text": "json"}', "415 Unsupported Media Type", "not JSON"),
    get("/ping", "200 OK", "pong"),
    get("/caf%C3%A9", "404 Not Found", "No page at /café"),
)
GUESTBOOK_VISITS = (
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
)

APPS = [
    App("raw_wsgi_shop", "shop.app:application", SHOP_VISITS, legacy=True),
    App("class_wiki", "wiki:application", WIKI_VISITS, legacy=True),
    App("flask_style_blog", "blog:app", BLOG_VISITS, legacy=True),
    App("future_pastebin", "pastebin:application", PASTEBIN_VISITS),
    App("ported_guestbook", "guestbook.app:application", GUESTBOOK_VISITS, False),
]
APPS += [
    App(f"{app.name}_ported", app.target, app.visits, False, twin_of=app.name)
    for app in list(APPS)
    if app.python2_only
]
BY_NAME = {app.name: app for app in APPS}
PY2_APPS = [app for app in APPS if app.python2_only]
PORTED_APPS = [app for app in APPS if not app.python2_only]
TWINS = [app for app in APPS if app.twin_of]


def ids(apps: Sequence[App]) -> List[str]:
    return [app.name for app in apps]


@lru_cache(maxsize=None)
def _workdir() -> str:
    return tempfile.mkdtemp(prefix="py3ready-apps-")  # no local.cfg, nothing to litter


@lru_cache(maxsize=None)
def _run(python: str, name: str) -> str:
    app = BY_NAME[name]
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
        cwd=_workdir(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def run_app(python: str, app: App) -> List[Dict]:
    """Serve ``app.visits`` with ``python``; the harness's JSON records.

    One subprocess per interpreter and app for the whole module: the apps
    keep state between requests, so a run is always the full request list.
    """
    records = [json.loads(line) for line in _run(python, app.name).splitlines()]
    assert records and records[0]["event"] == "import", records
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


def answer(record: Dict) -> Dict:
    """What a client gets: status, headers (sorted, without volatile ones), body."""
    if record["event"] == "import":
        return {"import": record["ok"]}
    return {
        "request": (record["method"], record["path"]),
        "status": record["status"],
        "headers": sorted(
            (name, value)
            for name, value in record["headers"]
            if name.lower() not in VOLATILE_HEADERS
        ),
        "body": record["body_b64"],
        "failed": bool(record["exception"] or record["validator_error"]),
    }


def same_run(record: Dict) -> Dict:
    """The answer plus what the app logged and any validator warning."""
    keys = ("stderr", "wsgi_errors", "validator_warnings")
    return dict(answer(record), **{key: record.get(key) for key in keys})


@pytest.mark.parametrize("app", APPS, ids=ids(APPS))
def test_app_works_on_python2(app):
    assert_answers(app, run_app(require_python("2.7"), app))


# -- Python 3 --------------------------------------------------------------------

# A failure that surfaces in wsgiref with no app frame on the stack (the
# validator checks the body while the handler iterates it): the PY6xx rules
# that describe that kind of mistake.
STDLIB_FAILURES = (
    ("Iterator yielded non-bytestring", frozenset({"PY607", "PY615"})),
    ("should not return a string", frozenset({"PY608"})),
    ("write() argument", frozenset({"PY607"})),
    ("Status", frozenset({"PY601", "PY602"})),
    ("Header", frozenset({"PY603", "PY604", "PY605", "PY606"})),
)


def python3_failures(records: Sequence[Dict]) -> List[Tuple[str, Dict]]:
    """(where, description) of each import failure, exception, validator error."""
    failures = []
    head = records[0]
    if not head["ok"]:
        failures.append(("import", head["exception"]))
    for record in records[1:]:
        where = f"{record['method']} {record['path']}"
        for key in ("exception", "validator_error"):
            if record[key]:
                failures.append((where, record[key]))
    return failures


def stdlib_failure_rules(message: str) -> FrozenSet[str]:
    for text, rules in STDLIB_FAILURES:
        if text in message:
            return rules
    return frozenset()


def statement_lines(path: Path, line: int) -> Tuple[int, int]:
    """The lines of the simple statement (or compound statement header) at
    ``line``: a traceback names the first line of a call that spans several,
    a finding the line of the offending argument. A file that Python 3
    cannot parse (the SyntaxError itself) gives ``line`` alone."""
    try:
        tree = ast.parse(path.read_bytes())
    except SyntaxError:
        return line, line
    best = (line, line)
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt) or not node.lineno <= line <= node.end_lineno:
            continue
        body = getattr(node, "body", None)
        last = body[0].lineno - 1 if isinstance(body, list) and body else node.end_lineno
        if node.lineno <= line <= last and (
            best == (line, line) or last - node.lineno < best[1] - best[0]
        ):
            best = (node.lineno, last)
    return best


@pytest.mark.parametrize("app", PY2_APPS, ids=ids(PY2_APPS))
def test_python2_app_breaks_on_python3(app):
    python2 = [answer(record) for record in run_app(require_python("2.7"), app)]
    records = run_app(sys.executable, app)
    python3 = [answer(record) for record in records]
    assert python3 != python2, f"{app.name} answers on Python 3 as on 2.7"
    assert python3_failures(records) or any(r["failed"] for r in python3)
    if app.legacy:  # plain Python 2 does not even import
        assert records[0]["exception"]["type"] in (
            "SyntaxError",
            "ImportError",
            "ModuleNotFoundError",
            "NameError",
        )


@pytest.mark.parametrize("app", PY2_APPS, ids=ids(PY2_APPS))
def test_each_python3_failure_is_flagged(app):
    _, document = scan_app(app)
    spans: Dict[str, List[Tuple[int, int]]] = {}
    for f in document["findings"]:
        spans.setdefault(f["path"], []).append((f["line"], f["end_line"] or f["line"]))
    rules = {f["rule"] for f in document["findings"]}
    failures = python3_failures(run_app(sys.executable, app))
    assert failures, f"{app.name}: no exception or validator error on Python 3"
    unflagged = []
    for where, failure in failures:
        said = f"{where}: {failure['type']}: {failure['message'][:100]}"
        if failure["frames"]:
            path, line = failure["frames"][-1]
            first, last = statement_lines(app.directory / path, line)
            if not any(a <= last and first <= b for a, b in spans.get(path, ())):
                unflagged.append(f"{path}:{line} ({said})")
        else:
            wanted = stdlib_failure_rules(failure["message"])
            assert wanted, f"{app.name}: unknown kind of failure in wsgiref: {said}"
            if not wanted & rules:
                unflagged.append(f"no {'/'.join(sorted(wanted))} finding ({said})")
    assert not unflagged, f"{app.name} fails on Python 3 where py3ready is silent:\n" + (
        "\n".join(unflagged)
    )


@pytest.mark.parametrize("app", PORTED_APPS, ids=ids(PORTED_APPS))
def test_ported_app_same_on_python2_and_3(app):
    python2 = run_app(require_python("2.7"), app)
    python3 = run_app(sys.executable, app)
    assert_answers(app, python3)
    assert [same_run(r) for r in python2] == [same_run(r) for r in python3]
    assert not any(r.get("validator_warnings") for r in python2 + python3)


@pytest.mark.parametrize("app", TWINS, ids=ids(TWINS))
def test_twin_answers_as_the_original_on_python2(app):
    python2 = require_python("2.7")
    original = [answer(r) for r in run_app(python2, BY_NAME[app.twin_of])]
    twin = [answer(r) for r in run_app(python2, app)]
    assert twin == original


def test_every_python2_app_has_a_twin():
    assert sorted(app.twin_of for app in TWINS) == sorted(ids(PY2_APPS))
    on_disk = {path.name for path in SAMPLE_APPS.iterdir() if path.is_dir()}
    assert on_disk == set(BY_NAME), "an app directory that no test serves, or the reverse"


# -- the scan -------------------------------------------------------------------


def scan_app(app: App) -> Tuple[int, Dict]:
    """``py3ready scan --format json`` of the app: exit code and report."""
    code, stdout = _scan(app.name)
    document = json.loads(stdout)
    validate_report(document)
    return code, document


@lru_cache(maxsize=None)
def _scan(name: str) -> Tuple[int, str]:
    args = ["scan", "--isolated", "--no-cache", "--format", "json", str(BY_NAME[name].directory)]
    result = make_runner().invoke(cli, args)
    assert result.exception is None or isinstance(
        result.exception, SystemExit
    ), result.output
    return result.exit_code, result.stdout


def finding_lines(document: Dict) -> List[str]:
    return [
        f"{f['path']}:{f['line']}:{f['column']}: {f['rule']} [{f['symbol']}]"
        for f in document["findings"]
    ]


@pytest.mark.parametrize("app", APPS, ids=ids(APPS))
def test_scan_matches_expected_findings(app):
    code, document = scan_app(app)
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


LEGACY_APPS = [app for app in APPS if app.legacy]


@pytest.mark.parametrize("app", LEGACY_APPS, ids=ids(LEGACY_APPS))
def test_python2_app_shows_many_kinds_of_problem(app):
    _, document = scan_app(app)
    rules = {f["rule"] for f in document["findings"]}
    categories = {f["category"] for f in document["findings"]}
    assert {"syntax", "names", "semantics"} <= categories
    assert len(rules) >= 10, sorted(rules)
    assert document["summary"]["files"] == len(list(app.directory.rglob("*.py")))


# Info findings a ported app may keep, each with the reason it is right there.
EXPLAINED_INFO: Dict[Tuple[str, str], str] = {}


@pytest.mark.parametrize("app", PORTED_APPS, ids=ids(PORTED_APPS))
def test_ported_app_has_no_error_or_warning(app):
    code, document = scan_app(app)
    serious = [
        line
        for line, f in zip(finding_lines(document), document["findings"])
        if f["severity"] != "info"
    ]
    assert not serious
    unexplained = [
        line
        for line, f in zip(finding_lines(document), document["findings"])
        if (app.name, f["rule"]) not in EXPLAINED_INFO
    ]
    assert not unexplained
    assert code == 0
