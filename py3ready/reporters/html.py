"""One self-contained HTML page: gauge, chart by category, sortable file table.

No network resource is used (a Content-Security-Policy forbids them) and all
scanned text (paths, messages, source lines) goes through ``html.escape``.
"""

from __future__ import annotations

import html
import math
from typing import Dict, List

from py3ready.findings import FileResult, Report
from py3ready.reporters.base import Reporter
from py3ready.reporters.text import printable
from py3ready.scoring import file_status

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:"
)
COLOURS = {
    "ready": "#2e7d32",
    "at-risk": "#ef8f00",
    "blocked": "#c62828",
    "unparsed": "#6d4c41",
    "error": "#c62828",
    "warning": "#ef8f00",
    "info": "#1565c0",
}

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}.top{display:flex;gap:2em;align-items:center;flex-wrap:wrap}
table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}th.num,td.num{text-align:right}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
.badge{display:inline-block;padding:0 .5em;border-radius:.8em;color:#fff;font-size:.85em}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace}
pre{background:#f6f8fa;padding:.3em .6em;margin:.2em 0;overflow-x:auto}
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
.finding{margin:.4em 0 .8em 1em}.hint{color:#555}
"""

SCRIPT = """
(function () {
  var table = document.getElementById("files");
  var headers = table.tHead.rows[0].cells;
  function key(row, index, numeric) {
    var text = row.cells[index].getAttribute("data-sort") || row.cells[index].textContent;
    return numeric ? parseFloat(text) : text.toLowerCase();
  }
  Array.prototype.forEach.call(headers, function (th, index) {
    th.addEventListener("click", function () {
      var numeric = th.hasAttribute("data-numeric");
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, index, numeric), y = key(b, index, numeric);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
"""


def e(text: object) -> str:
    """Escape scanned or computed text for HTML (quotes too)."""
    return html.escape(printable(str(text)), quote=True)


def gauge(percent: float) -> str:
    """A half-circle SVG gauge of the readiness percentage."""
    angle = math.pi * (1 - percent / 100)
    x, y = 100 + 80 * math.cos(angle), 100 - 80 * math.sin(angle)
    colour = (
        COLOURS["ready"]
        if percent >= 90
        else (COLOURS["at-risk"] if percent >= 50 else COLOURS["blocked"])
    )
    arc = (
        (
            f'<path d="M20,100 A80,80 0 0,1 {x:.2f},{y:.2f}" fill="none" '
            f'stroke="{colour}" stroke-width="18"/>'
        )
        if percent > 0
        else ""
    )
    return (
        '<svg id="gauge" role="img" width="200" height="120" viewBox="0 0 200 120" '
        f'aria-label="readiness {percent:.1f} percent">'
        '<path d="M20,100 A80,80 0 0,1 180,100" fill="none" stroke="#e0e0e0" '
        f'stroke-width="18"/>{arc}'
        f'<text x="100" y="95" text-anchor="middle" font-size="28" font-weight="700">'
        f"{percent:.1f}%</text>"
        '<text x="100" y="115" text-anchor="middle" font-size="12">readiness</text></svg>'
    )


def category_chart(counts: Dict[str, Dict[str, int]]) -> str:
    """Horizontal stacked bars: findings per category, split by severity."""
    if not counts:
        return "<p>No findings.</p>"
    widest = max(sum(c.values()) for c in counts.values())
    row_h, label_w, bar_w = 24, 90, 360
    parts = [
        f'<svg id="by-category" role="img" aria-label="findings by category" '
        f'width="{label_w + bar_w + 60}" height="{row_h * len(counts) + 8}">'
    ]
    for i, (category, split) in enumerate(sorted(counts.items())):
        y = i * row_h + 4
        parts.append(f'<text x="0" y="{y + 15}" font-size="13">{e(category)}</text>')
        x = float(label_w)
        for severity in ("error", "warning", "info"):
            n = split.get(severity, 0)
            if not n:
                continue
            width = bar_w * n / widest
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="18" '
                f'fill="{COLOURS[severity]}"><title>{n} {severity}</title></rect>'
            )
            x += width
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">'
            f"{sum(split.values())}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def badge(status: str) -> str:
    return (
        f'<span class="badge" style="background:{COLOURS[status]}">{e(status)}</span>'
    )


def file_rows(files: List[FileResult]) -> str:
    rank = {"blocked": 0, "unparsed": 1, "at-risk": 2, "ready": 3}
    rows = []
    for r in files:
        status = file_status(r)
        counts = {
            s: sum(1 for f in r.findings if f.severity == s)
            for s in ("error", "warning", "info")
        }
        rows.append(
            f'<tr><td><a href="#{e(anchor(r.path))}">{e(r.path)}</a></td>'
            f'<td data-sort="{rank[status]}">{badge(status)}</td>'
            f'<td class="num">{r.lines}</td><td class="num">{counts["error"]}</td>'
            f'<td class="num">{counts["warning"]}</td><td class="num">{counts["info"]}</td>'
            "</tr>"
        )
    return "\n".join(rows)


def anchor(path: str) -> str:
    return "file-" + "".join(c if c.isalnum() else "-" for c in path)


def findings_html(files: List[FileResult]) -> str:
    from py3ready.reporters.sarif import rule_docs

    out = []
    docs: Dict[str, Dict[str, str]] = {}
    for r in files:
        if not r.findings:
            continue
        out.append(
            f'<details id="{e(anchor(r.path))}"><summary>{e(r.path)} '
            f"({len(r.findings)})</summary>"
        )
        for f in r.findings:
            if f.rule not in docs:
                docs[f.rule] = rule_docs(f.rule)
            advice = f.fix_hint or docs[f.rule].get("fix_hint", "")
            why = docs[f.rule].get("summary", "")
            out.append(
                f'<div class="finding"><span class="badge" '
                f'style="background:{COLOURS[f.severity]}">{e(f.severity)}</span> '
                f"line {f.line}, col {f.column}: <b>{e(f.rule)}</b> {e(f.message)} "
                f"<code>[{e(f.symbol)}]</code>"
                + (f"<pre>{e(f.source)}</pre>" if f.source else "")
                + (f'<div class="hint">Fix: {e(advice)}</div>' if advice else "")
                + (f'<div class="hint">Rule: {e(why)}</div>' if why else "")
                + (
                    f'<div class="hint">Suggested replacement: <code>{e(f.fix)}</code>'
                    "</div>"
                    if f.fix is not None
                    else ""
                )
                + "</div>"
            )
        out.append("</details>")
    return "\n".join(out)


class HtmlReporter(Reporter):
    """A report to open in a browser or keep as a CI artifact."""

    def render(self, report: Report) -> None:
        s = report.summary()
        files = sorted(report.files, key=lambda r: r.path)
        split: Dict[str, Dict[str, int]] = {}
        for f in report.findings:
            split.setdefault(f.category, {}).setdefault(f.severity, 0)
            split[f.category][f.severity] += 1
        statuses = " ".join(f"{badge(k)} {v}" for k, v in s["by_status"].items())
        verdict = "ready" if s["verdict"] == "ready" else "not ready"
        self.stream.write(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>py3ready report: {s['readiness']:.1f}% ready</title>
<style>{STYLE}</style></head>
<body>
<h1>Python 3 readiness</h1>
<p>{e(report.root)} &middot; target Python {e(report.target or "3")} &middot;
py3ready {e(report.tool_version)}</p>
<div class="top">{gauge(s['readiness'])}
<div><p id="verdict"><b>Verdict: {verdict}</b></p>
<p>{s['files']} files, {s['lines']} lines, {s['findings']} findings
({s['by_severity']['error']} errors, {s['by_severity']['warning']} warnings,
{s['by_severity']['info']} info); {s['fixable']} with an automatic fix.</p>
<p>{statuses}</p></div>
<div><h2>Findings by category</h2>{category_chart(split)}</div></div>
<h2>Files</h2>
<table id="files"><thead><tr><th>file</th><th data-numeric title="sorts by severity">status</th>
<th class="num" data-numeric>lines</th><th class="num" data-numeric>errors</th>
<th class="num" data-numeric>warnings</th><th class="num" data-numeric>info</th></tr></thead>
<tbody>
{file_rows(files)}
</tbody></table>
<h2>Findings</h2>
{findings_html(files) or "<p>No findings.</p>"}
<script>{SCRIPT}</script>
</body></html>
""")
