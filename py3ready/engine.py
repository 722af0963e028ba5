"""Read, decode, parse once, run every selected rule, collect findings.

The engine never prints and never imports or runs the code it scans. A file
that cannot be read, decoded or parsed becomes a PY0xx finding for that file.
"""

from __future__ import annotations

import ast
import logging
import os
import warnings
from pathlib import Path
from typing import (
    Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple, Type,
)

from fissix import pygram, pytree
from fissix.pgen2.parse import ParseError
from fissix.refactor import _detect_future_features, _get_headnode_dict

from py3ready import __version__, compat, fastparse, guidance, noqa, parallel, reachability
from py3ready.cache import Cache
from py3ready.discover import (
    Decoded, common_root, decode_source, iter_files, read_source, report_name,
)
from py3ready.findings import FileResult, Finding, Report
from py3ready.fixer_base import FileContext, Py3Fix
from py3ready.matcher import Matcher
from py3ready.rules import Rule, parse_version

# Grammar names, as the report shows them, in the order 2to3 would try them.
GRAMMARS = {
    "print-statement": pygram.python_grammar,
    "print-function": pygram.python_grammar_no_print_statement,
    "exec-function": pygram.python_grammar_no_print_and_exec_statement,
}
PYTHON_AST = "python-ast"

PARSE_ERROR = "PY001"
UNREADABLE = "PY002"
PYTHON3_ONLY = "PY003"
INTERNAL_ERROR = "PY004"
UNUSED_SUPPRESSION = "PY005"

_log = logging.getLogger("py3ready")


def grammar_order(features: FrozenSet[str]) -> List[str]:
    """The grammars to try for a file with these ``__future__`` features."""
    if "print_function" in features:
        return ["print-function", "exec-function"]
    return ["print-statement", "print-function", "exec-function"]


def _error_position(exc: BaseException) -> Tuple[int, int]:
    """(line, 1-based column) of a fissix parse or tokenize error."""
    if isinstance(exc, ParseError):
        lineno, column = exc.context[1]
        return lineno, column + 1
    for arg in getattr(exc, "args", ())[1:2]:
        if isinstance(arg, tuple) and len(arg) >= 2 and isinstance(arg[0], int):
            return arg[0], arg[1] + 1
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno, (getattr(exc, "offset", None) or 1)
    return 1, 1


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ParseError):
        return f"unexpected {exc.value!r}" if exc.value else "unexpected end of input"
    if isinstance(exc, RecursionError):
        return "the code is nested too deeply to analyse"
    text = str(exc.args[0]) if getattr(exc, "args", None) else exc.__class__.__name__
    return text


class Checker:
    """Runs a fixed set of rules over files; reusable for many files."""

    def __init__(self, fixer_classes: Sequence[Type[Py3Fix]], options: Optional[dict] = None):
        self.options = dict(options or {})
        target = self.options.get("target")
        self.target = parse_version(target) if target else None
        self.rules: Dict[str, Rule] = {}
        self.fixers: List[Py3Fix] = []
        for cls in fixer_classes:
            self.rules[cls.RULE.id] = cls.RULE
            if not cls.ENGINE_ONLY:
                self.fixers.append(cls(self.options, []))
        self.matcher = Matcher()
        pre, post = [], []
        for fixer in self.fixers:
            if fixer.BM_compatible:
                self.matcher.add_fixer(fixer)
            elif fixer.order == "pre":
                pre.append(fixer)
            else:
                post.append(fixer)
        self.pre_heads = _get_headnode_dict(pre) if pre else None
        self.post_heads = _get_headnode_dict(post) if post else None
        # fastparse builds the same trees as fissix's driver, faster.
        self.drivers = {name: fastparse.Driver(grammar) for name, grammar in GRAMMARS.items()}

    # -- parsing -------------------------------------------------------------
    def parse(self, text: str) -> Tuple[Optional[pytree.Node], str, List[BaseException]]:
        """Parse with the first grammar that accepts ``text``.

        Returns (tree, grammar name, errors). With no tree, the errors of every
        grammar tried are returned so the caller can report the best one.
        """
        try:
            features = _detect_future_features(text)
        except Exception:  # a tokenize error here resurfaces in the parse
            features = frozenset()
        errors: List[BaseException] = []
        for name in grammar_order(features):
            try:
                tree = self.drivers[name].parse_string(text)
            except Exception as exc:  # ParseError, TokenError, IndentationError, ...
                errors.append(exc)
                continue
            tree.future_features = features
            return tree, name, errors
        return None, "", errors

    # -- checking ------------------------------------------------------------
    def check_source(
        self,
        text: str,
        path: str = "<string>",
        siblings: FrozenSet[str] = frozenset(),
        encoding: Optional[str] = "utf-8",
        decode_problem: Optional[Tuple[str, int]] = None,
    ) -> FileResult:
        """Check the text of one file. Never raises for bad input."""
        result = FileResult(path=path, encoding=encoding)
        source = text if text.endswith("\n") else text + "\n"
        result.lines = source.count("\n") if text else 0
        ctx = FileContext(path=path, source=source, siblings=siblings,
                          options=self.options)
        if decode_problem:
            self._tool(ctx, UNREADABLE, decode_problem[1], 1, decode_problem[0])
        try:
            tree, grammar, errors = self.parse(source)
        except RecursionError as exc:  # pragma: no cover - defensive
            tree, grammar, errors = None, "", [exc]
        if tree is None:
            self._unparsed(ctx, result, source, errors)
        else:
            result.grammar = grammar
            if grammar in guidance.PARSED:
                features, has_code = guidance.module_head(text)
                result.head = [sorted(features), has_code]
            ctx.grammar = grammar
            ctx.future_features = tree.future_features
            self._run_rules(tree, ctx)
        findings = [f for f in ctx.findings if self._applies(f)]
        if tree is not None:
            findings = reachability.apply(ctx, tree, findings,
                                          bool(self.options.get("show_py2_only")))
        findings = self._without_replaced(findings)
        self._suppress(ctx, result, findings)
        return result

    def _suppress(self, ctx: FileContext, result: FileResult,
                  findings: List[Finding]) -> None:
        """Set aside what suppression comments silence; report unused ones (PY005)."""
        suppressions = noqa.parse(ctx.source)
        kept, result.suppressed = noqa.apply(findings, suppressions)
        if UNUSED_SUPPRESSION in self.rules:
            from py3ready.registry import all_rules

            before = len(ctx.findings)
            for directive, message in noqa.unused(suppressions, self.rules.values(),
                                                  all_rules()):
                self._tool(ctx, UNUSED_SUPPRESSION, directive.line, directive.column,
                           message)
            kept.extend(ctx.findings[before:])
        result.findings = sorted(kept)

    def _without_replaced(self, findings: List[Finding]) -> List[Finding]:
        """Drop a finding that a more precise rule reported on the same code."""
        claims = [(f.line, f.column, f.end_line, f.end_column, set(rule.replaces))
                  for f in findings
                  for rule in (self.rules[f.rule],) if rule.replaces]
        if not claims:
            return findings

        def replaced(finding: Finding) -> bool:
            start = (finding.line, finding.column)
            end = (finding.end_line or finding.line, finding.end_column or finding.column)
            return any(finding.rule in rules and start < (end_line or line, end_column or
                                                          column + 1)
                       and (line, column) < max(end, (start[0], start[1] + 1))
                       for line, column, end_line, end_column, rules in claims)

        return [f for f in findings if not replaced(f)]

    def _applies(self, finding: Finding) -> bool:
        """False for a name removed only after the target version."""
        if not finding.removed_in or not self.target:
            return True
        return parse_version(finding.removed_in) <= self.target

    def _unparsed(self, ctx: FileContext, result: FileResult, source: str,
                  errors: List[BaseException]) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(source)
            except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
                pass
            else:
                result.grammar = PYTHON_AST
                self._tool(ctx, PYTHON3_ONLY, 1, 1,
                           "fissix cannot parse this file, but Python 3 compiles "
                           "it: it uses syntax newer than fissix's grammar "
                           "(positional-only parameters, match), so no rule ran on it")
                return
        best = max(errors, key=_error_position) if errors else None
        line, column = _error_position(best) if best else (1, 1)
        reason = _describe(best) if best else "unknown error"
        self._tool(ctx, PARSE_ERROR, line, column,
                   f"cannot parse: {reason} (tried the Python 2 grammars "
                   f"with and without print and exec statements)")

    def _run_rules(self, tree: pytree.Node, ctx: FileContext) -> None:
        idle = set()
        for fixer in self.fixers:
            fixer.ctx = ctx
            self._guard(fixer, fixer.start_tree, tree, ctx.path)
            if self._guard(fixer, fixer.applies, tree) is False:
                idle.add(fixer)
        try:
            if self.pre_heads:
                self._traverse(self.pre_heads, tree.pre_order(), idle)
            if self.post_heads:
                self._traverse(self.post_heads, tree.post_order(), idle)
            matches = self.matcher.match_tree(tree)
        except RecursionError as exc:
            self._tool(ctx, PARSE_ERROR, 1, 1, f"cannot analyse: {_describe(exc)}")
            return
        for fixer in self.matcher.fixers:
            nodes = matches.get(fixer)
            if not nodes or fixer in idle:
                continue
            unique = {id(node): node for node in nodes}.values()
            for node in sorted(unique, key=_position_key):
                self._apply(fixer, node)
        for fixer in self.fixers:
            self._guard(fixer, fixer.finish_tree, tree, ctx.path)

    def _traverse(self, heads: Dict[int, List[Py3Fix]], nodes: Iterable[pytree.Base],
                  idle: Set[Py3Fix]) -> None:
        for node in nodes:
            for fixer in heads[node.type]:
                if fixer not in idle:
                    self._apply(fixer, node)

    def _apply(self, fixer: Py3Fix, node: pytree.Base) -> None:
        try:  # _guard inlined: this runs for every candidate node
            results = fixer.match(node)
            if results:
                fixer.transform(node, results)
        except Exception as exc:  # noqa: BLE001 - any rule bug must not stop the scan
            self._crashed(fixer, node, exc)

    def _guard(self, fixer: Py3Fix, method, *args):
        """Call a rule's method; a crash becomes a PY004 finding, not a traceback."""
        try:
            return method(*args)
        except Exception as exc:  # noqa: BLE001 - any rule bug must not stop the scan
            node = args[0] if args and isinstance(args[0], pytree.Base) else None
            self._crashed(fixer, node, exc)
            return None

    def _crashed(self, fixer: Py3Fix, node: Optional[pytree.Base], exc: Exception) -> None:
        line = (node.get_lineno() or 1) if node is not None else 1
        self._tool(fixer.ctx, INTERNAL_ERROR, line, 1,
                   f"rule {fixer.RULE.id} ({fixer.RULE.symbol}) failed on this "
                   f"file: {exc.__class__.__name__}: {exc}")

    def _tool(self, ctx: FileContext, rule_id: str, line: int, column: int,
              message: str) -> None:
        rule = self.rules.get(rule_id)
        if rule is None:  # deselected by the user
            return
        ctx.findings.append(Finding(
            path=ctx.path, line=line, column=column, rule=rule.id,
            symbol=rule.symbol, category=rule.category.value,
            severity=rule.severity.value, confidence=rule.confidence.value,
            message=message, fix_hint=rule.fix_hint, source=ctx.line_text(line),
        ))

    # -- files ---------------------------------------------------------------
    def check_file(self, path: Path, relpath: str,
                   siblings: FrozenSet[str] = frozenset(),
                   data: Optional[bytes] = None) -> FileResult:
        """Read (unless its bytes are given as ``data``), decode and check one file."""
        decoded: Decoded = read_source(path) if data is None else decode_source(data)
        if decoded.text is None:
            result = FileResult(path=relpath)
            ctx = FileContext(path=relpath, source="")
            self._tool(ctx, UNREADABLE, decoded.problem_line, 1, decoded.problem or "")
            result.findings = ctx.findings
            return result
        problem = (decoded.problem, decoded.problem_line) if decoded.problem else None
        return self.check_source(decoded.text, relpath, siblings, decoded.encoding,
                                 problem)


def _position_key(node: pytree.Base) -> Tuple[int, int]:
    leaf = next(node.leaves(), None) if not isinstance(node, pytree.Leaf) else node
    return (leaf.lineno, leaf.column) if leaf is not None else (0, 0)


def package_siblings(directory: Path) -> FrozenSet[str]:
    """Module names an implicit relative import could reach from ``directory``.

    Only a package (a directory with ``__init__.py``) has implicit relative
    imports; elsewhere the names are reachable the same way on Python 3.
    """
    if not (directory / "__init__.py").is_file():
        return frozenset()
    names = set()
    try:
        with os.scandir(directory) as entries:  # no stat for a module's entry
            for entry in entries:
                if entry.name.endswith(".py") and len(entry.name) > 3:
                    if entry.name != "__init__.py":
                        # "name.py" too: a module, which `import name.sub` cannot reach
                        names.update((entry.name[:-3], entry.name))
                elif entry.is_dir() and os.path.isfile(
                        os.path.join(entry.path, "__init__.py")):
                    names.add(entry.name)
    except OSError:
        return frozenset()
    return frozenset(names)


def scan(
    paths: Sequence[Path],
    fixer_classes: Sequence[Type[Py3Fix]],
    exclude: Sequence[str] = (),
    options: Optional[dict] = None,
    jobs: int = 1,
    cache: Optional[Cache] = None,
    progress: Optional[Callable[[int, int], None]] = None,
) -> Report:
    """Scan files and directories; return the report. Never prints.

    ``jobs`` > 1 checks files in worker processes (the report is the same);
    ``cache`` reuses the results of files checked before with the same settings;
    ``progress(done, total)`` is called after each file (the CLI draws a bar).
    """
    root = common_root(paths)
    siblings_by_dir: Dict[Path, FrozenSet[str]] = {}
    tasks = []
    for source in iter_files(paths, root, exclude):
        directory = source.path.parent
        if directory not in siblings_by_dir:
            siblings_by_dir[directory] = package_siblings(directory)
        tasks.append(parallel.Task(str(source.path), source.relpath,
                                   siblings_by_dir[directory]))
    flags = compat.table(((task.path, task.relpath) for task in tasks), options,
                         cache)
    if flags:  # part of the options, so cached results follow the compat modules
        options = {**(options or {}), "compat_flags": flags}
    results = parallel.check_files(tasks, fixer_classes, options, jobs, cache,
                                   progress=progress)
    return Report(root=report_name(str(root)), files=results, tool_version=__version__,
                  target=(options or {}).get("target", ""),
                  guidance=guidance.evaluate(root, results, options))
