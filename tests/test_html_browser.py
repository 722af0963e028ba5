"""The HTML report in a real headless Chromium.

Chromium is driven over the DevTools protocol on ``--remote-debugging-pipe``
(file descriptors 3 and 4, NUL-separated JSON), so no websocket library or
browser download is needed. Locally the test skips without
``/usr/bin/chromium``; under ``CI=1`` a missing browser fails it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import SAMPLE_APPS, scan_to_file

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
    "--window-size=1200,900",
]


def chromium() -> str:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium") or "",
        shutil.which("chromium-browser") or "",
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    if os.environ.get("CI"):
        pytest.fail("Chromium is not installed (apt-get install -y chromium)")
    pytest.skip("Chromium is not installed")


class DevTools:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, executable: str, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: the browser reads fd 3, writes fd 4
            read, write = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            pass_fds=(3, 4),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        self.session = None

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, timeout: float = 30, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def evaluate(self, expression: str):
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True
        )
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        box = self.evaluate(
            f"(function(){{var r=document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect();return [r.x + r.width / 2, r.y + r.height / 2];})()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                type=kind,
                x=box[0],
                y=box[1],
                button="left",
                clickCount=1,
            )

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except Exception:  # noqa: BLE001 - the browser may already be gone
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


def console_errors(events) -> list:
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in (
            "error",
            "assert",
        ):
            errors.append(params.get("args"))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(params["entry"].get("text"))
    return errors


@pytest.fixture
def page(tmp_path):
    executable = chromium()
    browser = DevTools(executable, tmp_path / "profile")
    try:
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        browser.session = browser.send(
            "Target.attachToTarget", targetId=target, flatten=True
        )["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable")
        yield browser
    finally:
        browser.close()


def test_html_report_in_chromium(page, tmp_path):
    report = tmp_path / "report.html"
    scan_to_file("html", SAMPLE_APPS, report)
    page.send("Page.navigate", url=report.as_uri())
    page.wait_for("Page.loadEventFired")

    assert page.evaluate("document.title").startswith("py3ready report: ")
    assert page.evaluate("!!document.querySelector('#gauge')")
    assert page.evaluate("document.querySelectorAll('#by-category rect').length") > 0
    rows = page.evaluate("document.querySelectorAll('#files tbody tr').length")
    assert rows > 5

    def column(index: int) -> list:
        return page.evaluate(
            "Array.from(document.querySelectorAll('#files tbody tr')).map("
            f"function(r){{return r.cells[{index}].textContent;}})"
        )

    page.click("#files thead th:nth-child(3)")  # lines, ascending
    lines = [int(x) for x in column(2)]
    assert lines == sorted(lines)
    page.click("#files thead th:nth-child(3)")  # again: descending
    lines = [int(x) for x in column(2)]
    assert lines == sorted(lines, reverse=True) and lines != sorted(lines)
    page.click("#files thead th:nth-child(1)")
    assert column(0) == sorted(column(0), key=str.lower)
    assert (
        page.evaluate(
            "document.querySelector('#files thead th:nth-child(1)')"
            ".getAttribute('aria-sort')"
        )
        == "ascending"
    )

    page.evaluate("document.querySelector('details').open = true")
    assert page.evaluate("document.querySelectorAll('details .finding pre').length") > 0
    shot = page.send("Page.captureScreenshot", format="png")
    png = base64.b64decode(shot["data"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10000
    (tmp_path / "report.png").write_bytes(png)
    if os.environ.get("PY3READY_SCREENSHOT"):
        Path(os.environ["PY3READY_SCREENSHOT"]).write_bytes(png)

    assert console_errors(page.events) == []
    requests = [
        e["params"]["request"]["url"]
        for e in page.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert all(url.startswith("file:") for url in requests), requests


def test_the_harness_sees_console_errors(page, tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<!DOCTYPE html><title>x</title><script>console.error('boom');"
        "missingFunction();</script>"
    )
    page.send("Page.navigate", url=broken.as_uri())
    page.wait_for("Page.loadEventFired")
    assert len(console_errors(page.events)) == 2


def test_hostile_names_and_source_run_nothing_in_the_browser(page, tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    payloads = {
        '"><img src=x onerror="window.__pwned=1">.py':
            'x = "</script><script>window.__pwned=2</script>"\nprint x\n',
        "<script>window.__pwned=3<\\x2fscript>.py":
            "y = '\"><svg onload=\"window.__pwned=4\">'\nprint `y`\n",
        "javascript.py": "z = 'javascript:window.__pwned=5'\nif z <> 1: pass\n",
    }
    for name, source in payloads.items():
        (tree / name).write_text(source)
    report = tmp_path / "report.html"
    scan_to_file("html", tree, report)
    html = report.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<svg onload" not in html
    assert "<script>window.__pwned" not in html
    page.send("Page.navigate", url=report.as_uri())
    page.wait_for("Page.loadEventFired")
    for selector in ("details",):
        page.evaluate(f"document.querySelectorAll('{selector}').forEach("
                      "function(d){d.open = true;})")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg[onload], iframe').length") == 0
    inline = page.evaluate("document.querySelectorAll('script').length")
    assert inline <= 1, "only the report's own script may be on the page"
    text = page.evaluate("document.body.textContent")
    assert "window.__pwned=2" in text and "onerror" in text  # shown, as text
    assert console_errors(page.events) == []
