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

from py3ready import __version__, engine, progress, registry
from py3ready.cache import Cache, default_cache_dir
from py3ready.config import FUTURE_FEATURES, KEYS, NEWEST_TARGET, split_list
from py3ready.cli_config import ConfiguredCommand, config_options, describe, settings_from
from py3ready.noqa import apply_per_file_ignores
from py3ready.parallel import default_jobs
from py3ready.reporters import REPORTERS, get_reporter
from py3ready.reporters.text import TextReporter, summary_line
from py3ready.rules import Severity, parse_doc, parse_version

EXAMPLES_SCAN = """
\b
Examples:
  py3ready scan myapp/
  py3ready scan --format json --output py3ready.json .
  py3ready scan --select syntax,PY2 --ignore PY203 src/
"""


class InterruptibleGroup(click.Group):
    """Ctrl-C ends any command with exit code 130 (128 + SIGINT), as shells
    expect, and one line instead of click's "Aborted!" with exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\npy3ready: interrupted", err=True)
            raise click.exceptions.Exit(130) from None


@click.group(cls=InterruptibleGroup,
             context_settings={"help_option_names": ["-h", "--help"]})
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


def _future_imports(ctx, param, value):
    """``--future-imports division,print_function`` -> a tuple of known features."""
    if value is None:
        return None
    names = split_list((value,) if isinstance(value, str) else value)
    unknown = [name for name in names if name not in FUTURE_FEATURES]
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} is not a __future__ feature; choose from "
            f"{', '.join(FUTURE_FEATURES)}")
    return names


@cli.command(cls=ConfiguredCommand, epilog=EXAMPLES_SCAN)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@config_options
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True,
                                               path_type=Path),
              help="Write the report to FILE instead of stdout ('-': stdout).")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules: ids, id prefixes, symbols or categories.")
@click.option("--extend-select", multiple=True, metavar="RULES",
              help="Add rules (opt-in ones too) to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files and directories matching GLOB (name or relative path).")
@click.option("--extend-exclude", multiple=True, metavar="GLOB",
              help="Skip these too, on top of --exclude or the config file's exclude.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]),
              default="warning", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the run.")
@click.option("--fail-under", type=click.FloatRange(0, 100), metavar="PERCENT",
              help="Exit 1 when the readiness score is below PERCENT.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              metavar="REPORT",
              help="Report only findings that are not in REPORT (an earlier "
                   "`--format json` report); matched by fingerprint, not line.")
@click.option("--target", default=NEWEST_TARGET, show_default=True, callback=_target,
              help="Python 3 version to judge removed names against.")
@click.option("--show-source", is_flag=True, help="Show each flagged line (text format).")
@click.option("--future-imports", metavar="LIST", callback=_future_imports,
              help="The __future__ features every module should import, comma-separated "
                   "(default: absolute_import,division,print_function,unicode_literals).")
@click.option("--guidance", "show_guidance", is_flag=True,
              help="Print the Python 3 guidance checklist after the findings (text "
                   "format; the JSON report always has it).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, metavar="N",
              help="Check files in N processes (default and 0: one per CPU; "
                   "1: in this process).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep cached results here (default: the user cache directory, "
                   "or $PY3READY_CACHE_DIR).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write cached results.")
@click.option("--show-py2-only", is_flag=True,
              help="Also report findings in code that cannot run on Python 3 (the "
                   "Python 2 branch of a version check, an import fallback), as info.")
def scan(paths, config_file, isolated, fmt, output, select, extend_select, ignore,
         exclude, extend_exclude, fail_on, exit_zero, fail_under, baseline, target,
         show_source, future_imports, show_guidance, jobs, cache_dir, no_cache,
         show_py2_only) -> None:
    """Scan PATHS (files or directories; default: .) and report findings."""
    settings = settings_from(click.get_current_context())  # options, then config file
    try:
        fixers = registry.select(settings.select, settings.ignore, settings.extend_select)
    except registry.UnknownRuleError as exc:
        raise click.BadParameter(str(exc), param_hint="--select/--ignore") from None
    cache = None if no_cache else Cache(cache_dir or default_cache_dir())
    with progress.progress_bar(progress.wanted(get_reporter(fmt).human)) as advance:
        report = engine.scan(list(paths) or [Path(".")], fixers, settings.excludes,
                             settings.engine_options(),
                             jobs=settings.jobs or default_jobs(), cache=cache,
                             progress=advance)
    apply_per_file_ignores(report, settings.per_file_ignores, settings.per_file_ignores_base)
    readiness = report.summary()["readiness"]  # of the whole scan, before --baseline
    known = 0
    if settings.baseline is not None:
        from py3ready import baseline as baselines

        try:
            known = baselines.apply(report, baselines.load(settings.baseline))
        except baselines.BaselineError as exc:
            raise click.BadParameter(str(exc), param_hint="--baseline") from None
    reporter_cls = get_reporter(fmt)
    buffer = io.StringIO()
    extra = {"show_guidance": True} if show_guidance and issubclass(
        reporter_cls, TextReporter) else {}
    if issubclass(reporter_cls, TextReporter):
        extra["colour"] = colour_wanted(output)
    reporter_cls(buffer, show_source=show_source, **extra).render(report)
    if output and str(output) != "-":
        write_atomically(output, buffer.getvalue())
    else:
        click.echo(buffer.getvalue(), nl=False)
    if reporter_cls.human:
        click.echo(summary_line(report), err=True)
        if known:
            click.echo(f"py3ready: {known} finding{'s' if known != 1 else ''} in the "
                       f"baseline not shown", err=True)
    code = report.exit_code(settings.fail_on)
    if settings.fail_under is not None and readiness < settings.fail_under:
        click.echo(f"py3ready: readiness {readiness:.1f}% is below --fail-under "
                   f"{settings.fail_under:g}%", err=True)
        code = 1
    sys.exit(0 if exit_zero else code)


def colour_wanted(output) -> bool:
    """Colour for text on a terminal, unless NO_COLOR (https://no-color.org) is set."""
    if output and str(output) != "-":
        return False
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


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


@cli.command("merge")
@click.argument("reports", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", "names", multiple=True, metavar="NAME",
              help="Path prefix for each report, in order (default: the name of "
                   "the directory the report's scan was rooted at).")
@click.option("--no-prefix", is_flag=True,
              help="Keep paths as they are (shards of one tree, disjoint files).")
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="json",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the merged report to FILE instead of stdout.")
def merge_command(reports, names, no_prefix, fmt, output) -> None:
    """Combine JSON reports (`scan --format json`) of many repositories or shards.

    Paths are prefixed with a name per report; the summary is recomputed.

    \b
    Examples:
      py3ready merge shop.json wiki.json -o all.json
      py3ready merge --name shop --name wiki a/py3ready.json b/py3ready.json
    """
    from py3ready.merge import MergeError, merge_files

    try:
        report = merge_files(list(reports), names, prefix=not no_prefix)
    except MergeError as exc:
        raise click.UsageError(str(exc)) from None
    reporter_cls = get_reporter(fmt)
    buffer = io.StringIO()
    reporter_cls(buffer, show_source=False).render(report)
    if output:
        write_atomically(output, buffer.getvalue())
    else:
        click.echo(buffer.getvalue(), nl=False)
    if reporter_cls.human:
        click.echo(summary_line(report), err=True)


@cli.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def diff_command(old, new, fmt) -> None:
    """Compare two JSON reports: what was fixed, what is new, how readiness moved.

    Findings are matched by fingerprint (rule, path, line text, occurrence),
    so code that only moved is neither fixed nor new.

    \b
    Example:
      py3ready diff last-week.json today.json
    """
    from py3ready import baseline as baselines

    try:
        result = baselines.diff(baselines.load(old), baselines.load(new))
    except baselines.BaselineError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt == "json":
        click.echo(baselines.diff_json(result), nl=False)
    else:
        click.echo(baselines.diff_text(result), nl=False)


@cli.command("config", cls=ConfiguredCommand)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@config_options
def config_command(paths, config_file, isolated, **scan_options) -> None:
    """Show the settings a scan of PATHS would use, and where each one comes from.

    Takes the paths and the options of `scan` that a config file can set, and
    prints every config key with its value and its origin: default, the config
    file and section, or command line.

    \b
    Examples:
      py3ready config
      py3ready config --target 3.11 src/
    """
    click.echo(describe(click.get_current_context()))


config_command.params.extend(
    param for param in scan.params if param.name not in ("paths", "config_file", "isolated")
    and any(opt[2:] in KEYS for opt in param.opts if opt.startswith("--")))


def main(argv: Optional[list] = None, prog_name: Optional[str] = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name=prog_name or "py3ready")
