"""The config file meets the command line: what a command's options end up being.

A command built with ``ConfiguredCommand`` reads the project's config file after
click has parsed the command line and before the command runs. Every config key
whose ``--key`` option the command has, and that the command line left at its
default, takes the file's value (through the option's own type and callback,
so a value is checked the same way wherever it comes from). Keys without an
option yet are kept in ``Settings`` all the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional

import click
from click.core import ParameterSource

from py3ready.config import (
    KEYS,
    NEWEST_TARGET,
    ConfigError,
    ConfigFile,
    Settings,
    display_path,
    load,
    split_list,
)
from py3ready.rules import Severity

META_KEY = "py3ready.config"
FROM_COMMAND_LINE = (
    ParameterSource.COMMANDLINE,
    ParameterSource.ENVIRONMENT,
    ParameterSource.PROMPT,
)


class ConfigUsageError(click.ClickException):
    """A bad config file: exit status 2, like a bad command line."""

    exit_code = 2


@dataclass(frozen=True)
class Resolved:
    """The config file in force (or None) and, per key, where its value came from."""

    file: Optional[ConfigFile]
    origins: Dict[str, str]


def option_for(command: click.Command, key: str) -> Optional[click.Option]:
    """The option of ``command`` spelt ``--key``, if it has one."""
    flag = f"--{key}"
    for param in command.params:
        if isinstance(param, click.Option) and flag in param.opts:
            return param
    return None


def _click_value(param: click.Option, value: Any) -> Any:
    if isinstance(value, Path):
        value = str(value)
    if param.multiple or param.nargs != 1:
        return tuple(value) if isinstance(value, tuple) else (value,)
    if isinstance(value, tuple):
        return ",".join(value)
    return value


def apply_config(ctx: click.Context) -> Resolved:
    """Fill ``ctx.params`` from the config file where the command line is silent."""
    params = ctx.params
    if params.get("isolated") and params.get("config_file"):
        raise click.UsageError("--config and --isolated cannot be used together", ctx)
    try:
        found = load(
            [Path(p) for p in params.get("paths") or ()],
            params.get("config_file"),
            bool(params.get("isolated")),
        )
    except ConfigError as exc:
        raise ConfigUsageError(str(exc)) from None
    origins: Dict[str, str] = {}
    for key in KEYS:
        param = option_for(ctx.command, key)
        given = (
            param is not None
            and ctx.get_parameter_source(param.name) in FROM_COMMAND_LINE
        )
        in_file = found is not None and key in found.values
        if not in_file:
            origins[key] = "command line" if given else "default"
            continue
        if given and key.startswith("extend-"):
            params[param.name] = _click_value(param, found.values[key]) + tuple(
                params[param.name]
            )
            origins[key] = f"{found.origin} + command line"
        elif given:
            origins[key] = "command line"
        else:
            origins[key] = found.origin
            if param is not None:
                try:
                    params[param.name] = param.process_value(
                        ctx, _click_value(param, found.values[key])
                    )
                except click.UsageError as exc:
                    raise ConfigUsageError(
                        f"{found.origin}: {key}: {exc.format_message()}"
                    ) from None
    resolved = Resolved(found, origins)
    ctx.meta[META_KEY] = resolved
    return resolved


def config_options(function):
    """The ``--config FILE`` and ``--isolated`` options of a ConfiguredCommand."""
    function = click.option(
        "--isolated",
        is_flag=True,
        help="Read no config file: defaults and the command line only.",
    )(function)
    return click.option(
        "--config",
        "config_file",
        metavar="FILE",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Read settings from FILE (pyproject.toml, setup.cfg, tox.ini or any "
        ".ini/.toml) instead of looking for one.",
    )(function)


class ConfiguredCommand(click.Command):
    """A click command whose options default to the project's config file."""

    def invoke(self, ctx: click.Context) -> Any:
        apply_config(ctx)
        return super().invoke(ctx)


def settings_from(ctx: click.Context) -> Settings:
    """The Settings of a ``ConfiguredCommand`` run: its options, then the file."""
    resolved: Resolved = ctx.meta.get(META_KEY) or Resolved(None, {})
    file_values = resolved.file.values if resolved.file else {}

    def value(key: str, default: Any = None) -> Any:
        param = option_for(ctx.command, key)
        if param is not None:
            found = ctx.params.get(param.name)
            return default if found is None else found
        return file_values.get(key, default)

    future = value("future-imports")
    jobs = value("jobs")
    fail_under = value("fail-under")
    output = value("output")
    baseline = value("baseline")
    return Settings(
        select=split_list(value("select", ())),
        ignore=split_list(value("ignore", ())),
        extend_select=split_list(value("extend-select", ())),
        exclude=split_list(value("exclude", ())),
        extend_exclude=split_list(value("extend-exclude", ())),
        per_file_ignores=file_values.get("per-file-ignores", ()),
        per_file_ignores_base=resolved.file.path.parent if resolved.file else None,
        fail_on=Severity(value("fail-on", Severity.WARNING.value)),
        fail_under=None if fail_under is None else float(fail_under),
        format=str(value("format", "text")),
        output=None if output is None else Path(output),
        baseline=None if baseline is None else Path(baseline),
        target=str(value("target", NEWEST_TARGET)),
        future_imports=(
            None
            if future is None
            else split_list((future,) if isinstance(future, str) else future)
        ),
        jobs=None if jobs is None else int(jobs),
        show_py2_only=bool(value("show-py2-only", False)),
        origins=dict(resolved.origins),
    )


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, Path):
        return display_path(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        if value and isinstance(value[0], tuple):  # per-file-ignores
            return "".join(f"\n    {glob}: {', '.join(rules)}" for glob, rules in value)
        return ", ".join(value)
    return str(value)


def describe(ctx: click.Context) -> str:
    """What ``py3ready config`` prints: the file in force, then every key."""
    settings = settings_from(ctx)
    resolved: Resolved = ctx.meta.get(META_KEY) or Resolved(None, {})
    if resolved.file is not None:
        head = f"# config file: {resolved.file.origin}"
    elif ctx.params.get("isolated"):
        head = "# config file: none (--isolated)"
    else:
        head = "# config file: none found"
    lines = [head]
    for key in KEYS:
        attribute = key.replace("-", "_")
        shown = _show(getattr(settings, attribute))
        origin = settings.origins.get(key, "default")
        if "\n" in shown:
            lines.append(f"{key} =  # {origin}{shown}")
        else:
            lines.append(f"{f'{key} = {shown}'.rstrip():<40}  # {origin}")
    return "\n".join(lines)
