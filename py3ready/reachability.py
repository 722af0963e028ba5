"""Which code can run on Python 3: version guards, feature tests, import fallbacks.

Half-ported code keeps its Python 2 half behind a test: ``if PY2:``, the
``else:`` of ``if sys.version_info >= (3,):``, ``x if six.PY3 else y``,
``PY2 and s.decode()``, or a ``try: import urllib2 / except ImportError:``
shim. Findings there are noise: that code never runs on Python 3, or its
failure is the very thing the ``except`` expects.

:func:`regions` finds, once per file, the stretches of source that cannot
run on the target Python 3 and the ``try`` bodies whose failures are
handled; :func:`apply` drops the findings inside them, or with
``--show-py2-only`` keeps them as info findings that say why. Syntax
findings are never dropped: Python 3 compiles the whole file, branches and
all. Version flags come from the file itself (``PY2 = sys.version_info[0] ==
2``), from the project's compat modules (``options["compat_flags"]``, built by
:mod:`py3ready.compat`), from six/future, and, for names imported from a
module not scanned, from their usual spellings (``PY3``, ``IS_PY2``...).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import scope
from py3ready.stdlib3 import PYTHON3_BUILTINS, is_python3_stdlib
from py3ready import versioncheck as vc
from py3ready.findings import Finding
from py3ready.fixer_base import FileContext, node_end, node_start

syms = pygram.python_symbols

Position = Tuple[int, int]
# Categories whose findings depend on the code running: syntax is checked by
# the compiler for the whole file, tool findings and __future__ imports are
# about the file as such.
RUNTIME_CATEGORIES = frozenset({"names", "semantics", "unicode", "wsgi"})
# ... apart from these, which are syntax errors too (PY614: `raise T, V, TB`).
COMPILE_TIME_RULES = frozenset({"PY614"})

# What Python 3 raises where a rule's finding is, so a `try` whose handler
# catches it is a working shim. Rules that only change behaviour silently are
# absent: no handler catches a float division.
RULE_FAILURES: Dict[str, FrozenSet[str]] = {
    "PY201": frozenset({"NameError"}), "PY401": frozenset({"NameError"}),
    "PY402": frozenset({"NameError"}), "PY403": frozenset({"NameError"}),
    "PY205": frozenset({"ImportError"}), "PY206": frozenset({"ImportError"}),
    "PY213": frozenset({"ImportError"}),
    "PY207": frozenset({"ImportError", "AttributeError"}),
    "PY202": frozenset({"AttributeError"}), "PY203": frozenset({"AttributeError"}),
    "PY204": frozenset({"AttributeError"}), "PY208": frozenset({"AttributeError"}),
    "PY209": frozenset({"AttributeError"}), "PY210": frozenset({"AttributeError"}),
    "PY211": frozenset({"AttributeError"}), "PY405": frozenset({"AttributeError"}),
    "PY406": frozenset({"AttributeError"}), "PY611": frozenset({"AttributeError"}),
    "PY307": frozenset({"TypeError"}), "PY311": frozenset({"TypeError"}),
    "PY312": frozenset({"TypeError"}), "PY315": frozenset({"TypeError"}),
    "PY316": frozenset({"TypeError"}), "PY410": frozenset({"TypeError"}),
}
# Subclasses an except clause also catches (ModuleNotFoundError is an ImportError).
_CATCHES = {"ImportError": {"ImportError", "ModuleNotFoundError"},
            "LookupError": {"KeyError", "IndexError"}}
_CATCH_ALL = frozenset({"Exception", "BaseException", "StandardError"})
_SHIM_STATEMENTS = 6  # a try body longer than this is not a compatibility shim


@dataclass(frozen=True)
class Region:
    """A stretch of source: ``start`` inclusive, ``end`` exclusive (line, col).

    With ``caught`` empty, the code cannot run on the target Python 3;
    otherwise it is a ``try`` body whose failures of those kinds are handled.
    """

    start: Position
    end: Position
    reason: str
    caught: FrozenSet[str] = frozenset()
    # For a fallback (an except side that only Python 2 needs): the try body
    # and the exception, for which the body must have no finding.
    guard: Optional[Tuple[Position, Position, str]] = None

    def holds(self, finding: Finding) -> bool:
        return self.start <= (finding.line, finding.column) < self.end


def target_version(ctx: FileContext) -> vc.Version:
    text = str(ctx.options.get("target") or "3.14")
    try:
        major, minor = (int(part) for part in text.split(".")[:2])
    except ValueError:
        return (3, 14)
    return (major, minor)


# -- facts -----------------------------------------------------------------------------


def facts(ctx: FileContext, tree: Node) -> vc.Facts:
    """The version flags and module aliases of the module ``tree`` (cached)."""
    cached = ctx.cache.get("version-facts")
    if cached is None:
        cached = ctx.cache["version-facts"] = _collect(ctx, tree)
    return cached


# Builtins a compat module gives another name (`text_type = unicode`).
ALIASABLE = frozenset({"str", "unicode", "bytes", "basestring", "int", "long", "range",
                       "xrange", "chr", "unichr", "input", "raw_input", "bytearray",
                       "memoryview", "buffer", "object", "zip", "map", "filter"})


def _collect(ctx: FileContext, tree: Node) -> vc.Facts:
    found = vc.Facts()
    table = ctx.options.get("compat_flags") or {}
    target = target_version(ctx)
    flags: List[Dict[str, Any]] = [{}, {}]  # on Python 2, on the target
    aliases: List[Dict[str, Any]] = [{}, {}]
    Runs = Tuple[Optional[bool], Optional[bool]]

    def visit(statements: Iterable[Base], runs: Runs) -> None:
        for statement in statements:
            if statement.type == syms.simple_stmt:
                for small in statement.children[::2]:
                    _statement(small, runs)
            elif statement.type == syms.if_stmt:
                for suite, branch_runs in _if_branches(statement, found, target):
                    visit(_suite_statements(suite),
                          (_both(runs[0], branch_runs[0]), _both(runs[1], branch_runs[1])))
            elif statement.type == syms.try_stmt:
                body_runs, handler_runs = _try_runs(statement)
                for index, child in enumerate(statement.children):
                    if child.type not in (syms.suite, syms.simple_stmt):
                        continue
                    side = body_runs if index == 2 else handler_runs
                    visit(_suite_statements(child),
                          (_both(runs[0], side[0]), _both(runs[1], side[1])))

    def _statement(node: Base, runs: Runs) -> None:
        if node.type in (syms.import_name, syms.import_from):
            for item in scope.imported_names(node):
                _import(ctx, item, found, table)
        elif node.type == syms.expr_stmt and len(node.children) == 3 and (
                node.children[1].type == token.EQUAL
                and node.children[0].type == token.NAME):
            name, expression = node.children[0].value, node.children[2]
            if str(expression).strip() in ("sys.version_info",):
                found.modules[name] = "sys.version_info"
                return
            alias = expression.value if (expression.type == token.NAME and
                                         expression.value in ALIASABLE) else vc.UNKNOWN
            for slot, version in ((0, vc.PYTHON2), (1, target)):
                if runs[slot] is False:
                    continue
                value = vc.evaluate(expression, version, found)
                known = runs[slot] is True
                flags[slot][name] = value if known and (
                    isinstance(value, bool) or value is vc.PRESENT) else vc.UNKNOWN
                aliases[slot][name] = alias if known else vc.UNKNOWN
            _settle(found.flags, flags, name, lambda a, b: b is vc.PRESENT or (
                isinstance(a, bool) and isinstance(b, bool) and a != b))
            _settle(found.aliases, aliases, name, lambda a, b: isinstance(a, str) and
                    isinstance(b, str))

    visit(tree.children, (True, True))
    return found


def _settle(into: Dict[str, Tuple[Any, Any]], values: List[Dict[str, Any]], name: str,
            valid) -> None:
    pair = (values[0].get(name, vc.UNKNOWN), values[1].get(name, vc.UNKNOWN))
    if valid(*pair):
        into[name] = pair
    else:
        into.pop(name, None)


def _try_runs(node: Node) -> Tuple[Tuple[Optional[bool], Optional[bool]],
                                   Tuple[Optional[bool], Optional[bool]]]:
    """Whether a try statement's body, and its handlers, run on Python 2 and 3.

    Known only for shims: a body that uses a Python 2 builtin under ``except
    NameError`` or imports a Python 2 module under ``except ImportError`` fails
    on Python 3 only; a body that imports only Python 3 stdlib modules works
    on both.
    """
    unknown = (None, None)
    handlers = _handlers(node)
    caught = set().union(*(names for names, _suite in handlers)) if handlers else set()
    body = node.children[2]
    statements = _suite_statements(body)
    if not handlers or len(statements) > _SHIM_STATEMENTS:
        return unknown, unknown
    leaves = [leaf for leaf in body.leaves() if leaf.type == token.NAME]
    if "NameError" in caught and any(
            leaf.value in vc.PY2_ONLY_ATTRIBUTES["builtins"] and scope.is_reference(leaf)
            for leaf in leaves):
        return (True, False), (False, True)
    if caught & {"ImportError", "ModuleNotFoundError"}:
        modules = _imported_modules(statements)
        if modules and any(_python2_module(m) for m in modules):
            return (True, False), (False, True)
        if modules and all(is_python3_stdlib(m) for m in modules):
            return (True, True), (None, False)
    return unknown, unknown


def _python2_module(module: str) -> bool:
    from py3ready.fixers.fix_removed_module import REMOVED_MODULES
    from py3ready.fixers.fix_renamed_module import RENAMED_MODULES

    top = module.split(".", 1)[0]
    return (module in RENAMED_MODULES or top in RENAMED_MODULES
            or module in REMOVED_MODULES or top in REMOVED_MODULES)


def _both(outer: Optional[bool], inner: Optional[bool]) -> Optional[bool]:
    if outer is False or inner is False:
        return False
    return True if outer and inner else None


def _import(ctx: FileContext, item: scope.ImportedName, found: vc.Facts,
            table: Dict[str, Dict[str, Dict[str, List[Any]]]]) -> None:
    if item.alias is None:
        return
    local = item.alias.value
    if item.name is None:  # import x.y [as z]
        if item.alias is not None and item.module in ("sys", "platform", "six",
                                                      "future.utils", "past.utils"):
            found.modules[local] = item.module
        return
    module = _absolute(ctx.path, item.module, item.level)
    dotted = f"{module}.{item.name}" if module else item.name
    if dotted == "sys.version_info":
        found.modules[local] = dotted
    elif module in vc.WELL_KNOWN_FLAG_MODULES:
        found.modules[local] = dotted
    elif item.name == "six":
        found.modules[local] = "six"
    else:
        known = _lookup(table, module) or {}
        if item.name in known.get("flags", {}):
            found.flags[local] = tuple(known["flags"][item.name])
        elif item.name in known.get("aliases", {}):
            found.aliases[local] = tuple(known["aliases"][item.name])
        elif vc.guess_flag(item.name, (3, 0)) is not vc.UNKNOWN:
            found.imported_flags.add(local)


def _absolute(path: str, module: str, level: int) -> str:
    """The dotted name of ``from <level dots><module> import`` in file ``path``."""
    if not level:
        return module
    parts = path.replace("\\", "/").split("/")[:-1]
    if level > 1:
        parts = parts[:len(parts) - (level - 1)]
    base = ".".join(p for p in parts if p and p != ".")
    return f"{base}.{module}".strip(".") if module else base


def _lookup(table: Dict[str, Any], module: str) -> Optional[Dict[str, Any]]:
    if not module:
        return None
    if module in table:
        return table[module]
    matches = [key for key in table if key.endswith("." + module)
               or module.endswith("." + key)]
    return table[matches[0]] if len(matches) == 1 else None


def _suite_statements(suite: Base) -> List[Base]:
    if suite.type == syms.suite:
        return [c for c in suite.children if c.type not in (token.NEWLINE, token.INDENT,
                                                            token.DEDENT)]
    return [suite]


def _if_branches(node: Node, found: vc.Facts, target: vc.Version
                 ) -> List[Tuple[Base, Tuple[Optional[bool], Optional[bool]]]]:
    """Each suite of an if/elif/else chain with whether it runs on 2 and on 3."""
    out = []
    before: List[Tuple[Optional[bool], Optional[bool]]] = []  # earlier conditions
    kids = node.children
    index = 0
    while index < len(kids):
        word = kids[index].value if isinstance(kids[index], Leaf) else ""
        if word in ("if", "elif"):
            condition, suite = kids[index + 1], kids[index + 3]
            own = (vc.truth(condition, vc.PYTHON2, found), vc.truth(condition, target, found))
            index += 4
        elif word == "else":
            condition, suite, own = None, kids[index + 2], (True, True)
            index += 3
        else:
            index += 1
            continue
        runs = []
        for slot in (0, 1):
            if any(previous[slot] is True for previous in before):
                runs.append(False)
            elif own[slot] is False:
                runs.append(False)
            elif own[slot] is True and all(p[slot] is False for p in before):
                runs.append(True)
            else:
                runs.append(None)
        out.append((suite, (runs[0], runs[1])))
        if condition is not None:
            before.append(own)
    return out


def python2_only(ctx: FileContext, node: Base) -> bool:
    """True if the statement ``node`` sits in a branch or ``try`` shim side that
    cannot run on the target Python 3 (for bindings: the Python 2 import of a
    shim does not say what a name is on Python 3)."""
    memo: Dict[int, bool] = ctx.cache.setdefault("python2-only-suites", {})
    chain = []
    child, current = node, node.parent
    while current is not None:
        if current.type in (syms.if_stmt, syms.try_stmt):
            chain.append((child, current))
        child, current = current, current.parent
    root = child
    for suite, statement in chain:
        key = id(suite)
        if key not in memo:
            memo[key] = _suite_dead(ctx, root, suite, statement)
        if memo[key]:
            return True
    return False


def _suite_dead(ctx: FileContext, root: Base, suite: Base, statement: Node) -> bool:
    if suite.type not in (syms.suite, syms.simple_stmt):
        return False
    if statement.type == syms.if_stmt:
        found = facts(ctx, root)
        return any(runs[1] is False and branch is suite
                   for branch, runs in _if_branches(statement, found, target_version(ctx)))
    body_runs, handler_runs = _try_runs(statement)
    runs = body_runs if suite is statement.children[2] else handler_runs
    return runs[1] is False


# -- regions ---------------------------------------------------------------------------


def regions(ctx: FileContext, tree: Node) -> List[Region]:
    """The code of ``tree`` that cannot run on the target, and handled ``try`` bodies."""
    found = facts(ctx, tree)
    target = target_version(ctx)
    out: List[Region] = []
    for node in tree.pre_order():
        kind = node.type
        if kind == syms.if_stmt:
            for suite, runs in _if_branches(node, found, target):
                if runs[1] is False:
                    out.append(_region(suite, _why_if(node, suite, target)))
        elif kind == syms.test and len(node.children) == 5:
            # body if condition else orelse
            condition = node.children[2]
            on3 = vc.truth(condition, target, found)
            if on3 is not None:
                dead = node.children[4] if on3 else node.children[0]
                out.append(_region(dead, f"`{str(condition).strip()}` is "
                                         f"{on3} on Python {_v(target)}"))
        elif kind in (syms.and_test, syms.or_test):
            stop = kind == syms.or_test  # `or` stops at a true operand
            operands = node.children[::2]
            for position, operand in enumerate(operands[:-1]):
                if vc.truth(operand, target, found) is stop:
                    out.append(Region(node_start(operands[position + 1]),
                                      node_end(operands[-1]),
                                      f"`{str(operand).strip()}` is {stop} on Python "
                                      f"{_v(target)}"))
                    break
        elif kind == syms.try_stmt:
            out.extend(_try_regions(node))
    return out


def _v(version: vc.Version) -> str:
    return f"{version[0]}.{version[1]}"


def _region(node: Base, reason: str) -> Region:
    return Region(node_start(node), node_end(node), reason)


def _why_if(node: Node, suite: Base, target: vc.Version) -> str:
    kids = node.children
    position = next(i for i, kid in enumerate(kids) if kid is suite)
    keyword = kids[position - 2] if kids[position - 1].type == token.COLON else None
    if isinstance(keyword, Leaf) and keyword.value == "else":
        return f"the `else:` of `if {str(kids[1]).strip()}` on line {kids[0].lineno}"
    condition = kids[position - 2]
    return f"`{str(condition).strip()}` is not true on Python {_v(target)}"


def _handlers(node: Node) -> List[Tuple[FrozenSet[str], Base]]:
    """(exception names, suite) of each except clause of a try statement."""
    out = []
    kids = node.children
    for index, kid in enumerate(kids):
        if kid.type == syms.except_clause:
            names = frozenset(_exception_names(kid.children[1]) if len(kid.children) > 1
                              else ["BaseException"])
            out.append((names, kids[index + 2]))
        elif isinstance(kid, Leaf) and kid.value == "except":  # bare `except:`
            out.append((frozenset(["BaseException"]), kids[index + 2]))
    return out


def _exception_names(node: Base) -> List[str]:
    if node.type == token.NAME:
        return [node.value]
    if node.type == syms.power:  # module.Error
        return [str(node.children[-1].children[-1]).strip()] if isinstance(
            node.children[-1], Node) else []
    if node.type == syms.atom:
        return _exception_names(node.children[1])
    if node.type == syms.testlist_gexp:
        names: List[str] = []
        for child in node.children[::2]:
            names.extend(_exception_names(child))
        return names
    return []


def _try_regions(node: Node) -> List[Region]:
    kids = node.children
    handlers = _handlers(node)
    if not handlers or kids[2].type not in (syms.suite, syms.simple_stmt):
        return []
    body = kids[2]
    statements = _suite_statements(body)
    caught = set()
    for names, _suite in handlers:
        for name in names:
            caught |= _CATCHES.get(name, {name})
    if caught & _CATCH_ALL or "BaseException" in caught:
        # A catch-all around an import or a name is a shim; around a method
        # call it hides a failure that changes behaviour, so that stays.
        caught |= {"ImportError", "NameError"}
        caught -= _CATCH_ALL | {"BaseException"}
    if len(statements) > _SHIM_STATEMENTS or any(
            s.type not in (syms.simple_stmt,) for s in statements):
        return []
    reason = f"the `try` of line {kids[0].lineno} handles it"
    out = [Region(node_start(body), node_end(body), reason, frozenset(caught))]
    for names, suite in handlers:
        kind = _fallback_for(names, statements, _suite_statements(suite))
        if kind:
            out.append(Region(node_start(suite), node_end(suite),
                              f"the {kind} fallback of the `try` on line "
                              f"{kids[0].lineno}, whose body works on Python 3",
                              guard=(node_start(body), node_end(body), kind)))
    return out


_TEXT_CONVERSIONS = frozenset({"unicode", "text_type", "str", "six.text_type"})


def _text_conversion(statements: Sequence[Base]) -> bool:
    """``x = text_type(y)`` alone: on Python 3 making text of an object does
    not decode bytes, so a UnicodeError handler around it is for Python 2."""
    loaded = _loaded(statements)
    if len(loaded) != 1 or loaded[0].type != syms.power:
        return False
    kids = loaded[0].children
    call = kids[-1]
    name = "".join(str(k).strip() for k in kids[:-1])
    return (name in _TEXT_CONVERSIONS and call.type == syms.trailer
            and call.children[0].type == token.LPAR)


def _python3_attributes(statements: Sequence[Base]) -> bool:
    """``local = threading.local`` alone: attributes of stdlib modules that
    this Python 3 has (looked up in modules already imported, never the
    scanned code), so an AttributeError handler is for old Pythons."""
    import sys

    loaded = _loaded(statements)
    if len(loaded) != 1 or loaded[0].type != syms.power:
        return False
    parts = str(loaded[0]).strip().split(".")
    if len(parts) != 2 or not all(p.isidentifier() for p in parts):
        return False
    module = sys.modules.get(parts[0])
    return (module is not None and is_python3_stdlib(parts[0])
            and hasattr(module, parts[1]))


def _loaded(statements: Sequence[Base]) -> List[Base]:
    """The expressions simple statements evaluate (right of ``=``)."""
    out = []
    for statement in statements:
        for small in statement.children[::2]:
            if small.type == syms.expr_stmt and small.children[1].type == token.EQUAL:
                out.append(small.children[-1])
            elif small.type != token.NEWLINE:
                out.append(small)
    return out


def _fallback_for(names: FrozenSet[str], body: Sequence[Base],
                  handler: Sequence[Base]) -> Optional[str]:
    """The exception if this handler is a Python 2 fallback: "ImportError"
    when the body imports Python 3 stdlib modules only, or the handler
    imports a Python 2 module; "NameError" when the body only uses Python 3
    builtins. (It holds only if the body has no finding of that kind.)"""
    if names & {"ImportError", "ModuleNotFoundError"}:
        modules = _imported_modules(body)
        if modules and (all(is_python3_stdlib(m) for m in modules) or any(
                _python2_module(m) for m in _imported_modules(handler))):
            return "ImportError"
    if names & {"UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError"} and (
            _text_conversion(body)):
        return "UnicodeError"
    if "AttributeError" in names and _python3_attributes(body):
        return "AttributeError"
    if "NameError" in names:
        used = [leaf.value for value in _loaded(body) for leaf in value.leaves()
                if leaf.type == token.NAME and scope.is_reference(leaf)]
        if used and all(name in PYTHON3_BUILTINS and
                        name not in vc.PY2_ONLY_ATTRIBUTES["builtins"] for name in used):
            return "NameError"
    return None


def _imported_modules(statements: Sequence[Base]) -> List[str]:
    """The modules the statements import; empty if anything else is there."""
    modules = []
    for statement in statements:
        for small in statement.children[::2]:
            if small.type == token.NEWLINE:
                continue
            if small.type not in (syms.import_name, syms.import_from):
                return []
            for item in scope.imported_names(small):
                if item.level:
                    return []
                modules.append(item.module)
    return modules


# -- applying --------------------------------------------------------------------------


def apply(ctx: FileContext, tree: Node, findings: List[Finding],
          show: bool = False) -> List[Finding]:
    """``findings`` without those in code that cannot run on Python 3.

    With ``show``, those come back as info findings whose message says why.
    """
    if not any(f.category in RUNTIME_CATEGORIES for f in findings):
        return findings
    found = [region for region in regions(ctx, tree)
             if region.guard is None or not _fails(findings, region.guard)]
    if not found:
        return findings
    kept = []
    for finding in findings:
        reason = _unreachable(finding, found) if finding.category in (
            RUNTIME_CATEGORIES) and finding.rule not in COMPILE_TIME_RULES else None
        if reason is None:
            kept.append(finding)
        elif show:
            kept.append(dataclasses.replace(
                finding, severity="info",
                message=f"{finding.message} [Python 2 only: {reason}]"))
    return kept


def _unreachable(finding: Finding, found: List[Region]) -> Optional[str]:
    failures = RULE_FAILURES.get(finding.rule, frozenset())
    for region in found:
        if not region.holds(finding):
            continue
        if not region.caught:
            return region.reason
        if failures & region.caught:
            return region.reason
    return None


def _fails(findings: List[Finding], guard: Tuple[Position, Position, str]) -> bool:
    start, end, kind = guard
    if kind == "UnicodeError":  # the body is a conversion: any finding there
        return any(start <= (f.line, f.column) < end for f in findings
                   if f.category in RUNTIME_CATEGORIES)
    return any(start <= (f.line, f.column) < end and kind in RULE_FAILURES.get(f.rule, ())
               for f in findings)
