"""The ``py3ready`` command line. Commands parse options and call the engine."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Optional

import click

from py3ready import __version__, engine, registry
from py3ready.config import NEWEST_TARGET, Settings, split_list
from py3ready.reporters import REPORTERS, get_reporter
from py3ready.reporters.text import summary_line
from py3ready.rules import Severity, parse_doc, parse_version

EXAMPLES_SCAN = """
\b
Examples:
  py3ready scan myapp/
  py3ready scan --format json --output py3ready.json .
  py3ready scan --select syntax,PY2 --ignore PY203 src/
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="py3ready")
def cli() -> None:
    """Find what will break or change when Python 2 code runs on Python 3."""


def _target(ctx, param, value: str) -> str:
    try:
        major, minor = parse_version(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if major != 3:
        raise click.BadParameter(f"{value!r} is not a Python 3 version")
    return f"{major}.{minor}"


@cli.command(epilog=EXAMPLES_SCAN)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to FILE instead of stdout.")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules: ids, id prefixes, symbols or categories.")
@click.option("--extend-select", multiple=True, metavar="RULES",
              help="Add rules (opt-in ones too) to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files and directories matching GLOB (name or relative path).")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]),
              default="warning", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the run.")
@click.option("--target", default=NEWEST_TARGET, show_default=True, callback=_target,
              help="Python 3 version to judge removed names against.")
@click.option("--show-source", is_flag=True, help="Show each flagged line (text format).")
def scan(paths, fmt, output, select, extend_select, ignore, exclude, fail_on,
         exit_zero, target, show_source) -> None:
    """Scan PATHS (files or directories; default: .) and report findings."""
    settings = Settings(
        select=split_list(select), ignore=split_list(ignore),
        extend_select=split_list(extend_select), exclude=split_list(exclude),
        fail_on=Severity(fail_on), target=target,
    )
    try:
        fixers = registry.select(settings.select, settings.ignore, settings.extend_select)
    except registry.UnknownRuleError as exc:
        raise click.BadParameter(str(exc), param_hint="--select/--ignore") from None
    report = engine.scan(list(paths) or [Path(".")], fixers, settings.exclude,
                         {"target": settings.target})
    reporter_cls = get_reporter(fmt)
    buffer = io.StringIO()
    reporter_cls(buffer, show_source=show_source).render(report)
    if output:
        write_atomically(output, buffer.getvalue())
    else:
        click.echo(buffer.getvalue(), nl=False)
    if reporter_cls.human:
        click.echo(summary_line(report), err=True)
    code = report.exit_code(settings.fail_on)
    sys.exit(0 if exit_zero else code)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that readers see the old file or the whole new one."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Also list opt-in rules.")
@click.option("--markdown", is_flag=True, help="A Markdown table of every rule.")
def rules(show_all: bool, markdown: bool) -> None:
    """List the rules: id, symbol, category, severity, confidence, message.

    \b
    Examples:
      py3ready rules | grep unicode
      py3ready rules --markdown > RULES.md
    """
    if markdown:
        click.echo("| id | symbol | category | severity | confidence | finds |")
        click.echo("|---|---|---|---|---|---|")
    for cls in registry.all_fixers().values():
        rule = cls.RULE
        if markdown:
            summary = parse_doc(sys.modules[cls.__module__].__doc__)["summary"]
            summary = summary.replace("|", "\\|")
            optin = " (opt-in)" if not rule.default else ""
            click.echo(f"| {rule.id} | `{rule.symbol}` | {rule.category.value} | "
                       f"{rule.severity.value} | {rule.confidence.value} | "
                       f"{summary}{optin} |")
            continue
        if not rule.default and not show_all:
            continue
        optin = "" if rule.default else "  (opt-in)"
        click.echo(f"{rule.id}  {rule.symbol:<32} {rule.category.value:<10} "
                   f"{rule.severity.value:<8} {rule.confidence.value:<7} "
                   f"{rule.message}{optin}")


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Show the documentation of RULE (an id such as PY101, or a symbol).

    \b
    Example:
      py3ready explain print-statement
    """
    cls = registry.find_rule(rule)
    if cls is None:
        raise click.BadParameter(f"no rule is called {rule!r}; see `py3ready rules`",
                                 param_hint="RULE")
    meta = cls.RULE
    click.echo(f"{meta.id} {meta.symbol}  ({meta.category.value}, {meta.severity.value}, "
               f"{meta.confidence.value} confidence{'' if meta.default else ', opt-in'})")
    click.echo()
    click.echo(sys.modules[cls.__module__].__doc__.strip())
    click.echo()
    click.echo(f"Fix: {meta.fix_hint}")


def schema_text() -> str:
    """The JSON Schema of the report, as shipped in the package."""
    return resources.files("py3ready").joinpath("schema/report.schema.json").read_text(
        encoding="utf-8")


@cli.command()
def schema() -> None:
    """Print the JSON Schema that `scan --format json` output follows.

    \b
    Example:
      py3ready schema > py3ready-report.schema.json
    """
    click.echo(json.dumps(json.loads(schema_text()), indent=2))


def main(argv: Optional[list] = None, prog_name: Optional[str] = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name=prog_name or "py3ready")
