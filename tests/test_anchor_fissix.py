"""Proof against the anchor: every line 2to3 would change, py3ready flags.

fissix (the maintained lib2to3) is the reference for "what must change to run
on Python 3". This test runs fissix's default fixers (what ``2to3`` runs
without ``-f``: every fixer not marked ``explicit``) over each Python file of
``sample_apps/`` and ``tests/functional/``, diffs the original against the
rewrite line by line, and asserts that every original line fissix changes
lies within ``[line, end_line]`` of a py3ready finding (default rules, newest
target) in that file.

Some changes need no finding. Each kind is recognised by the exact shape of
the change and justified where it is tested (see ``exemption``); everything
else fissix changes is a gap. On failure the test lists every gap at once,
with the fissix fixers that make the change.
"""

from __future__ import annotations

import ast
import difflib
import importlib
import io
import re
import tokenize
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from conftest import FUNCTIONAL, ROOT, SAMPLE_APPS
from fissix import pygram, pytree
from fissix.fixes.fix_asserts import NAMES as ASSERT_ALIASES
from fissix.pgen2 import driver, token
from fissix.refactor import (
    RefactoringTool,
    _detect_future_features,
    get_fixers_from_package,
)

from py3ready import registry, scope
from py3ready.config import NEWEST_TARGET
from py3ready.discover import read_source
from py3ready.engine import (
    GRAMMARS,
    PARSE_ERROR,
    PYTHON3_ONLY,
    Checker,
    package_siblings,
)

syms = pygram.python_symbols


def fissix_default_fixers() -> List[str]:
    """What `2to3` runs by default: every fissix fixer not marked explicit."""
    names = []
    for name in get_fixers_from_package("fissix.fixes"):
        module = importlib.import_module(name)
        if not getattr(module, registry.class_name_for(name)).explicit:
            names.append(name)
    return names


def anchor_files() -> List[Path]:
    files = sorted(SAMPLE_APPS.rglob("*.py")) + sorted(FUNCTIONAL.glob("*.py"))
    return [path for path in files if "__pycache__" not in path.parts]


# -- running fissix -----------------------------------------------------------


@lru_cache(maxsize=None)
def fissix_tool(fixers: Tuple[str, ...]) -> RefactoringTool:
    return RefactoringTool(list(fixers))  # default options, as `2to3` runs


def refactor(
    text: str, path: Path, fixers: Sequence[str], grammar: Optional[str] = None
) -> Optional[str]:
    """fissix's rewrite of ``text``, or None when fissix cannot parse it.

    With ``grammar`` None, fissix picks its grammar itself (print statement,
    unless the file imports print_function). A file that parses only without
    the print (and exec) statement is given the grammar py3ready chose, as
    2to3's ``-p`` option would.
    """
    tool = fissix_tool(tuple(fixers))
    try:
        if grammar is None:
            tree = tool.refactor_string(text, str(path))
        else:
            tree = driver.Driver(
                GRAMMARS[grammar], convert=pytree.convert
            ).parse_string(text)
            tree.future_features = _detect_future_features(text)
            tool.refactor_tree(tree, str(path))
    except Exception:  # fissix re-raises parse errors through log_error
        return None
    return None if tree is None else str(tree)


@dataclass(frozen=True)
class Change:
    """An original line that fissix rewrote, or a line it inserted after it."""

    line: int
    original: str
    refactored: str
    inserted: bool = False
    needs: str = ""  # a use of a name that an import inserted by fissix is for


def changed_lines(original: str, refactored: str) -> List[Change]:
    old, new = original.splitlines(), refactored.splitlines()
    changes = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert" or not "".join(old[i1:i2]).strip():
            changes.extend(
                Change(i1, old[i1 - 1] if i1 else "", line, inserted=True)
                for line in new[j1:j2]
                if line.strip()
            )
        elif i2 - i1 == j2 - j1:
            changes.extend(
                Change(i + 1, old[i], new[j1 + i - i1]) for i in range(i1, i2)
            )
        else:
            block = " / ".join(line.strip() for line in new[j1:j2])
            changes.extend(Change(i + 1, old[i], block) for i in range(i1, i2))
    return changes


# -- what the original file binds ---------------------------------------------


@dataclass
class Source:
    """What the exemptions need to know about one original file."""

    text: str
    tree: pytree.Node
    features: FrozenSet[str]
    covered: Callable[[int], bool]
    names: Dict[str, Set[int]]  # NAME token -> lines it is on
    imports: Dict[str, Set[int]] = field(default_factory=dict)  # bound by import
    assigned: Set[str] = field(default_factory=set)  # bound by =, def, class

    @property
    def lines(self) -> List[str]:
        return self.text.splitlines()


def name_tokens(text: str) -> Dict[str, Set[int]]:
    """Lines of every NAME token that is not an attribute, by name."""
    uses: Dict[str, Set[int]] = {}
    previous = ""
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.NAME and previous != ".":
                uses.setdefault(tok.string, set()).add(tok.start[0])
            if tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                previous = tok.string
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # a Python 2 only token: the lines read so far are enough
    return uses


def bind_names(tree: pytree.Node, source: Source) -> None:
    """Record the names the file binds by import, and at module level by =,
    def or class (local bindings are the scope index's business)."""
    for node in tree.pre_order():
        if node.type in (syms.import_name, syms.import_from):
            for name in _imported(node):
                source.imports.setdefault(name, set()).add(node.get_lineno())
        elif _in_function_or_class(node):
            continue
        elif node.type in (syms.funcdef, syms.classdef):
            source.assigned.add(node.children[1].value)
        elif (
            node.type == syms.expr_stmt
            and node.children[0].type == token.NAME
            and node.children[1].type == token.EQUAL
        ):
            source.assigned.add(node.children[0].value)


def _in_function_or_class(node: pytree.Base) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type in (syms.funcdef, syms.classdef):
            return True
        parent = parent.parent
    return False


def _imported(statement: pytree.Node) -> List[str]:
    """The names an import statement binds."""
    kids = statement.children
    if statement.type == syms.import_name:
        items = (
            kids[1].children[::2] if kids[1].type == syms.dotted_as_names else [kids[1]]
        )
    else:
        after = kids[
            [
                i
                for i, kid in enumerate(kids)
                if kid.type == token.NAME and kid.value == "import"
            ][0]
            + 1 :
        ]
        after = [kid for kid in after if kid.type not in (token.LPAR, token.RPAR)]
        items = (
            after[0].children[::2]
            if after and after[0].type == syms.import_as_names
            else after
        )
    names = []
    for item in items:
        if item.type in (syms.dotted_as_name, syms.import_as_name):
            names.append(item.children[-1].value)
        elif item.type == syms.dotted_name:
            names.append(item.children[0].value)
        elif item.type == token.NAME:
            names.append(item.value)
    return names


# -- exemptions ---------------------------------------------------------------

FUTURE_IMPORT = re.compile(r"^\s*from\s+__future__\s+import\b")
UNICODE_PREFIX = re.compile(r"(?<![\w'\"])[uU](?=['\"])")
IMPORT_LINE = re.compile(
    r"^\s*(?:from\s+[\w.]+\s+import\s+(?P<name>\w+)|import\s+(?P<module>\w+)[\w.]*)\s*$"
)
IMPORT_MODULES = re.compile(r"^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)\s*$")
VIEW_CALL = re.compile(r"\.(?:keys|values|items)\(\)$")
ITERATOR_CALL = re.compile(r"^(map|filter|zip|range)\(")
LAMBDA_CALL = re.compile(r"(?<![\w.])(?:map|filter)\(\s*(?:lambda\b|None\s*,)")
TOKEN = re.compile(r"\w+|\S")
# The builtins that these fissix fixers rewrite at every use of the name.
BUILTIN_FIXERS = {
    "fix_map": {"map"},
    "fix_filter": {"filter"},
    "fix_zip": {"zip"},
    "fix_xrange": {"xrange", "range"},
    "fix_input": {"input"},
    "fix_raw_input": {"raw_input"},
    "fix_long": {"long"},
    "fix_unicode": {"unicode", "unichr"},
    "fix_basestring": {"basestring"},
    "fix_reduce": {"reduce"},
    "fix_intern": {"intern"},
    "fix_apply": {"apply"},
    "fix_execfile": {"execfile"},
    "fix_reload": {"reload"},
    "fix_sorted": {"sorted"},
}


def _closing(text: str, start: int, opening: str = "(", closing: str = ")") -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == opening:
            depth += 1
        elif text[index] == closing:
            depth -= 1
            if depth == 0:
                return index
    return -1


def _list_only(before: str, after: str, kind: str) -> bool:
    """Is a list of ``kind`` ("view", "range", "iterator") used in this spot
    as only a list can be?"""
    before, after = before.rstrip(), after.lstrip()
    if after[:1] in ("+", "*") or before[-1:] in ("+", "*"):
        return True
    if kind == "range":  # a range object can be indexed, sliced, .index()ed
        return after[:1] == "." and not re.match(r"\.(index|count)\(", after)
    return bool(
        after[:1] in ("[", ".")
        or (kind == "iterator" and re.search(r"(?<![\w.])len\($", before))
    )


def _kind(inner: str) -> Optional[str]:
    if VIEW_CALL.search(inner):
        return "view"
    call = ITERATOR_CALL.match(inner)
    if call and _closing(inner, inner.index("(")) == len(inner) - 1:
        return "range" if call.group(1) == "range" else "iterator"
    return None


def unwrap_consumed_lists(line: str) -> str:
    """``line`` without the ``list(...)`` fissix wraps around a dict view or
    a map/filter/zip/range call, where the list is not then used as only a
    list can be (see ``exemption``)."""
    out, pos = [], 0
    for match in re.finditer(r"(?<![\w.])list\(", line):
        start = match.start()
        if start < pos:
            continue
        end = _closing(line, match.end() - 1)
        if end < 0:
            break
        inner = line[match.end() : end]
        kind = _kind(inner)
        if kind and not _list_only(line[:start], line[end + 1 :], kind):
            out.append(line[pos:start] + inner)
            pos = end + 1
    out.append(line[pos:])
    return "".join(out)


def lambda_call_to_comprehension(original: str, refactored: str) -> bool:
    """fix_map/fix_filter turned ``map(lambda ...)``, ``filter(lambda ...)``
    or ``filter(None, ...)`` into a list comprehension whose list is not then
    used as only a list can be (see ``exemption``)."""
    match = LAMBDA_CALL.search(original)
    if not match:
        return False
    end = _closing(original, original.index("(", match.start()))
    prefix, suffix = original[: match.start()], original[end + 1 :]
    if end < 0 or not refactored.startswith(prefix) or not refactored.endswith(suffix):
        return False
    middle = refactored[len(prefix) : len(refactored) - len(suffix)]
    return (
        middle.startswith("[")
        and _closing(middle, 0, "[", "]") == len(middle) - 1
        and " for " in middle
        and not _list_only(prefix, suffix, "iterator")
    )


def renamed_names(original: str, refactored: str) -> Optional[List[str]]:
    """The names whose renaming is the whole change, or None."""
    old, new = TOKEN.findall(original), TOKEN.findall(refactored)
    renamed = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, old, new, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        dotted = "".join(new[j1:j2])
        if tag != "replace" or i2 - i1 != 1 or not re.match(r"^\w+(\.\w+)*$", dotted):
            return None
        if not re.match(r"^\w+$", old[i1]) or (
            i1 and old[i1 - 1] in (".", "def", "class")
        ):
            return None  # an attribute or a definition, not a use of a name
        renamed.append(old[i1])
    return renamed or None


def exemption(change: Change, source: Source) -> Optional[str]:
    """Why this change needs no finding, or None if it does."""
    original, refactored = change.original, change.refactored
    if change.inserted:
        return None
    # fix_future deletes `from __future__ import ...`: a no-op on Python 3.
    if FUTURE_IMPORT.match(original) and not refactored.strip():
        return "future import"
    # fix_print turns a bare `print` into `print()` even under print_function,
    # where both Python versions read it as the same no-op name (a fissix bug).
    if (
        "print_function" in source.features
        and original.strip() == "print"
        and refactored.strip() == "print()"
    ):
        return "bare print under print_function"
    # fix_print wraps `print(x)` in a second pair of parentheses unless x is a
    # name, string or atom; PY101 documents that `print(<one expression>)`
    # prints the same on both versions and is not flagged.
    doubled = refactored.replace("print((", "print(", 1)
    if doubled != refactored:
        close = _closing(refactored, refactored.index("print((") + 6)
        if close > 0 and refactored[:close] + refactored[
            close + 1 :
        ] == original.replace("print(", "print((", 1):
            return "print(x) kept"
    # fix_unicode drops a u/U string prefix: valid again since Python 3.3
    # (PEP 414). `ur''` is not exempt: that is a SyntaxError on Python 3.
    # fix_dict, fix_map, fix_filter, fix_zip and fix_xrange wrap in list()
    # every view or map/filter/zip/range call not directly iterated. PY302
    # (dict-view-as-list) and PY303 (iterator-as-list) document that they
    # flag only list-only uses and follow a name to its uses; a view or
    # iterator returned, stored or passed on works in most code. A wrap stays
    # a gap where the list is used as only a list can be on the line itself:
    # `list(d.keys())[0]`, `list(...).sort()`, `+`, `*`, `len(list(map(...)))`.
    if UNICODE_PREFIX.sub("", original) == unwrap_consumed_lists(refactored):
        return "u prefix, or list() of a consumed view or iterator"
    # The same, where fix_map/fix_filter write the list as a comprehension.
    if lambda_call_to_comprehension(original, refactored):
        return "comprehension for a consumed map/filter"
    # fix_urllib splits `import urllib` into the submodules its rewritten
    # uses need; the import works on Python 3 and each use line is checked.
    modules = IMPORT_MODULES.match(original)
    new_modules = IMPORT_MODULES.match(refactored)
    if modules and new_modules:
        old = {m.strip() for m in modules.group(1).split(",")}
        new = {m.strip() for m in new_modules.group(1).split(",")}
        if all(m in old or m.split(".")[0] in old for m in new):
            return "import split into submodules"
    # fix_imports, fix_urllib, fix_itertools, fix_long, ... rename a name at
    # its uses. Where the file binds that name itself (`long = int` in a
    # try/except NameError), the use is fine; where an import binds it, the
    # import is what fails, so that import line must be flagged instead.
    names = renamed_names(original, refactored)
    if names and all(
        name in source.assigned
        or (name in source.imports and all(map(source.covered, source.imports[name])))
        for name in names
    ):
        return "rename of a name bound by this module or a flagged import"
    # fix_imports and fix_urllib rewrite the Python 2 branch of an import
    # fallback (`try: from http.cookies import X` / `except ImportError: from
    # Cookie import X`) too; that branch only runs where the first failed, so
    # PY205 rightly stays silent on it (the ported sample apps use it).
    if _in_import_error_handler(change.line, source.tree):
        return "Python 2 branch of an import fallback"
    # fix_metaclass moves `__metaclass__ = M` into the class line (leaving
    # `pass` for an empty body). The assignment is what must be flagged; it is
    # checked as its own change, and the class line follows it. PY306
    # documents two assignments that need no finding: `__metaclass__ = type`
    # (it only asks Python 2 for the new-style class Python 3 always builds)
    # and one in a class that six.add_metaclass also decorates.
    assignment = META_ASSIGNMENT.match(original)
    meta = re.search(r",?\s*metaclass=([\w.]+)", refactored)
    if assignment or meta:
        name = assignment.group(1) if assignment else meta.group(1)
        decorated = _add_metaclass_decorated(change.line, source.lines)
        if assignment and (name == "type" or decorated):
            return "__metaclass__ that PY306 documents as harmless"
        without = refactored[: meta.start()] + refactored[meta.end() :] if meta else ""
        if (
            meta
            and without.split(" / ")[0].replace("()", "") == original.replace("()", "")
            and (
                name == "type"
                or decorated
                or any(
                    META_ASSIGNMENT.match(line)
                    and line.split("=")[1].split("#")[0].strip() == name
                    and source.covered(number)
                    for number, line in enumerate(source.lines, start=1)
                )
            )
        ):
            return "class line of a flagged or harmless __metaclass__"
    # fix_asserts renames the old TestCase alias methods on any object; PY212
    # skips a module's own function of that name (numpy.testing's assert_).
    alias = re.search(r"\b(\w+)\.(%s)\(" % "|".join(ASSERT_ALIASES), original)
    if alias and alias.group(1) in source.imports and alias.group(1) != "unittest":
        renamed = "%s.%s(" % (alias.group(1), ASSERT_ALIASES[alias.group(2)])
        if original.replace(alias.group(0), renamed, 1) == refactored:
            return "assert alias of another module"
    # fix_next renames every `def next(self)`. PY305 documents the classes
    # where iteration never calls it: a class that also has `__next__`, a
    # decorated `next` (a property), an `__iter__` that does not return self.
    if refactored == original.replace("def next(", "def __next__(", 1) != original:
        if _next_not_the_protocol(change.line, source.tree):
            return "next() that is not the iterator protocol"
    # PY203 documents that `self.attr.iterkeys()` in a module whose classes define
    # `iterkeys(self)` calls that class (unless `self.attr` is given a dict).
    own = re.search(r"\b(self\.\w+)\.(iterkeys|itervalues|iteritems)\(\)", original)
    if own and re.search(r"^\s+def %s\(self\):" % own.group(2), source.text, re.M) and not (
        re.search(r"^\s*%s\s*=\s*(\{|dict\()" % re.escape(own.group(1)), source.text, re.M)
    ):
        return "iter method of the module's own dict-like class"
    # PY202/PY203/PY210/PY211 document that an attribute behind a
    # `hasattr(x, "attr")` test is a feature test, and PY211 that setting
    # `f.func_name = name` works on Python 3; the missing-builtin rules skip
    # the bodies of special methods only Python 2 calls (`__unicode__`).
    if _documented_skip(change.line, source.tree):
        return "feature test, attribute set, or Python-2-only special method"
    # A blank line holds no code; fissix merges it into a rewritten block
    # (fix_metaclass) whose code lines are checked on their own.
    if not original.strip():
        return "blank line"
    # fix_sorted turns positional arguments of any `.sort()` into cmp/key
    # keywords. PY307 documents that literal positional arguments
    # (`cursor.sort("created", -1)` in pymongo) belong to another API.
    if ("cmp=" in refactored or "cmp_to_key(" in refactored) and _literal_sort_args(
        original
    ):
        return "sort() of another API"
    return None


def _documented_skip(line: int, tree: pytree.Node) -> bool:
    from py3ready import scope
    from py3ready import semantics_util as su

    for leaf in tree.leaves():
        if leaf.lineno != line or leaf.type != token.NAME:
            continue
        if scope.in_python2_only_method(leaf) and leaf.value in ("unicode", "long", "cmp"):
            return True
        trailer = leaf.parent
        if trailer.type != syms.trailer or not su.is_leaf(trailer.children[0], "."):
            continue
        power = trailer.parent
        kids = power.children
        index = next(i for i, kid in enumerate(kids) if kid is trailer)
        if su.hasattr_guarded(power, kids[:index], leaf.value):
            return True
        if leaf.value.startswith("func_") and index == len(kids) - 1 and (
                su.is_assigned(power)):
            return True
    return False


def _next_not_the_protocol(line: int, tree: pytree.Node) -> bool:
    for node in tree.pre_order():
        if node.type == syms.funcdef and node.children[1].value == "next":
            if node.children[1].lineno == line:
                break
    else:
        return False
    if node.parent.type == syms.decorated:
        return True
    body = node.parent
    if body.type != syms.suite or body.parent.type != syms.classdef:
        return False
    members = {}
    for statement in body.children:
        if statement.type == syms.funcdef:
            members[statement.children[1].value] = statement
        elif (
            statement.type == syms.simple_stmt
            and statement.children[0].type == syms.expr_stmt
        ):
            members[str(statement.children[0].children[0]).strip()] = statement
    iterator = members.get("__iter__")
    rebound = members.get("next")
    if rebound is not None and re.match(r"\s*next\s*=\s*property\(", str(rebound)):
        return True  # `next = property(next)`: an attribute, as PY305 documents
    return "__next__" in members or (
        iterator is not None
        and not re.search(r"\breturn\s+self\s*$", str(iterator), re.M)
    )


META_ASSIGNMENT = re.compile(r"^\s*(?:class\s.*:\s*)?__metaclass__\s*=\s*([\w.]+)")


def _add_metaclass_decorated(line: int, lines: List[str]) -> bool:
    """Is the class around ``line`` decorated with six's add_metaclass?"""
    number = line - 1
    while number >= 0 and not re.match(r"^\s*class\s", lines[number]):
        number -= 1
    number -= 1
    while number >= 0 and lines[number].lstrip().startswith("@"):
        if "add_metaclass(" in lines[number]:
            return True
        number -= 1
    return False


def _literal_sort_args(original: str) -> bool:
    """Are the arguments of the `.sort(...)` on this line all literals?"""
    match = re.search(r"\.sort\(", original)
    end = _closing(original, match.end() - 1) if match else -1
    if end < 0:
        return False
    try:
        call = ast.parse("f(%s)" % original[match.end() : end], mode="eval").body
    except SyntaxError:
        return False
    literal = (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Set)
    return (
        bool(call.args)
        and not call.keywords
        and all(
            isinstance(arg.operand if isinstance(arg, ast.UnaryOp) else arg, literal)
            for arg in call.args
        )
    )


def import_uses(change: Change, source: Source) -> Optional[List[Change]]:
    """The original lines an import that fissix inserted is for, or None.

    fissix adds the import a name needs (fix_reduce, fix_intern, fix_sorted,
    ...). Each use of that name in the original must be flagged; with no use
    there, the import only backs a rewritten line elsewhere, checked itself.
    """
    match = IMPORT_LINE.match(change.refactored)
    if not change.inserted or not match:
        return None
    name = match.group("name") or match.group("module")
    lines = source.lines
    return [
        Change(line, lines[line - 1], change.refactored.strip(), needs=name)
        for line in sorted(source.names.get(name, ()))
    ]


def shadowed_builtin(
    gap: Change, causes: List[str], tree: pytree.Node, index: scope.ScopeIndex
) -> bool:
    """fissix does not resolve names: it rewrites a parameter, a local
    function, `input = raw_input` or a `future_builtins` import named like a
    builtin as if it were the builtin, and the reference inside
    `try: text = unicode` / `except NameError:` that is the porting idiom.
    py3ready asks its scope index and stays quiet there, rightly. So a change
    made only by the fixers of such names, on a line where every such name
    is bound by the code or guarded by `except NameError`, is exempt.
    """
    if (
        gap.inserted
        or gap.needs
        or not causes
        or not set(causes) <= set(BUILTIN_FIXERS)
    ):
        return False
    names = set().union(*(BUILTIN_FIXERS[cause] for cause in causes))
    leaves = [
        leaf
        for leaf in tree.leaves()
        if leaf.lineno == gap.line and leaf.type == token.NAME and leaf.value in names
    ]
    return bool(leaves) and not any(
        index.is_builtin(leaf) and not _guarded_by_name_error(leaf) for leaf in leaves
    )


def _in_import_error_handler(line: int, tree: pytree.Node) -> bool:
    """Is ``line`` an import statement in an `except ImportError:` block?"""
    for leaf in tree.leaves():
        if leaf.lineno != line or leaf.value not in ("import", "from"):
            continue
        child, node = leaf, leaf.parent
        while node is not None:
            if node.type == syms.try_stmt:
                index = node.children.index(child)
                clause = node.children[index - 2] if index >= 2 else None
                return (
                    clause is not None
                    and clause.type == syms.except_clause
                    and any(
                        sub.type == token.NAME
                        and sub.value in ("ImportError", "ModuleNotFoundError")
                        for sub in clause.leaves()
                    )
                )
            child, node = node, node.parent
    return False


def _guarded_by_name_error(leaf: pytree.Leaf) -> bool:
    """Is ``leaf`` in the body of a `try` with an `except NameError` handler?"""
    child, node = leaf, leaf.parent
    while node is not None:
        if node.type == syms.try_stmt and child is node.children[2]:
            for clause in node.children:
                if clause.type == syms.except_clause and any(
                    sub.type == token.NAME and sub.value == "NameError"
                    for sub in clause.leaves()
                ):
                    return True
        child, node = node, node.parent
    return False


# -- the check ----------------------------------------------------------------


TARGET_LINE = re.compile(r"#\s*py3ready:.*\btarget=(?P<target>[\d.]+)")


@lru_cache(maxsize=None)
def checker(target: str = NEWEST_TARGET) -> Checker:
    return Checker(registry.select(), {"target": target})


def file_target(text: str) -> str:
    """A fixture's own `# py3ready: target=X` (first line), as test_functional
    reads it."""
    match = TARGET_LINE.match(text.split("\n", 1)[0])
    return match.group("target") if match else NEWEST_TARGET


@dataclass
class FileCheck:
    path: Path
    text: str = ""
    skipped: Optional[str] = None
    gaps: List[Change] = field(default_factory=list)
    exempted: Dict[str, int] = field(default_factory=dict)
    grammar: Optional[str] = None  # the grammar fissix was given, if not its own
    causes: List[List[str]] = field(default_factory=list)  # fixers, per gap


def check_file(path: Path, fixers: Sequence[str]) -> FileCheck:
    rel = path.relative_to(ROOT).as_posix()
    decoded = read_source(path)
    if decoded.text is None:
        return FileCheck(path, skipped="unreadable")
    text = decoded.text if decoded.text.endswith("\n") else decoded.text + "\n"
    # A fixture may choose its target (`# py3ready: target=3.9`); fissix aims
    # at no particular Python 3, so a finding for that target or for the
    # newest one covers a line (names re-added in 3.10, a form deprecated
    # only from 3.12 on).
    siblings = package_siblings(path.parent)
    result = checker().check_source(text, rel, siblings)
    findings = list(result.findings)
    if file_target(text) != NEWEST_TARGET:
        findings += (
            checker(file_target(text)).check_source(text, rel, siblings).findings
        )
    check = FileCheck(path, text)
    refactored = refactor(text, path, fixers)
    if refactored is None and result.grammar in GRAMMARS:
        check.grammar = result.grammar
        refactored = refactor(text, path, fixers, check.grammar)
    if refactored is None:
        assert {f.rule for f in findings} & {
            PARSE_ERROR,
            PYTHON3_ONLY,
        }, f"{rel}: fissix cannot parse it, but py3ready reports no PY001/PY003"
        check.skipped = "fissix cannot parse it"
        return check
    spans = [(f.line, f.end_line or f.line) for f in findings if f.category != "tool"]

    def covered(line: int) -> bool:
        return any(start <= line <= end for start, end in spans)

    tree, _, _ = checker().parse(text)
    source = Source(text, tree, tree.future_features, covered, name_tokens(text))
    bind_names(tree, source)
    for change in changed_lines(text, refactored):
        needed = import_uses(change, source)
        if needed is not None:
            check.gaps.extend(use for use in needed if not covered(use.line))
            continue
        if not change.inserted and covered(change.line):
            continue
        why = exemption(change, source)
        if why:
            check.exempted[why] = check.exempted.get(why, 0) + 1
        else:
            check.gaps.append(change)
    if check.gaps:
        index = scope.ScopeIndex(tree)
        kept = [
            (gap, cause)
            for gap, cause in zip(check.gaps, attribute(check, fixers))
            if not shadowed_builtin(gap, cause, tree, index)
        ]
        check.exempted["shadowed builtin"] = len(check.gaps) - len(kept)
        check.gaps = [gap for gap, _ in kept]
        check.causes = [cause for _, cause in kept]
    return check


def attribute(check: FileCheck, fixers: Sequence[str]) -> List[List[str]]:
    """Which single fissix fixers make each gap's change."""
    causes: List[List[str]] = [[] for _ in check.gaps]
    for fixer in fixers:
        refactored = refactor(check.text, check.path, [fixer], check.grammar)
        if refactored is None:
            continue
        changes = changed_lines(check.text, refactored)
        made = {c.line for c in changes if not c.inserted}
        inserted = {c.refactored.strip() for c in changes if c.inserted}
        for index, gap in enumerate(check.gaps):
            if gap.needs or gap.inserted:
                hit = gap.refactored.strip() in inserted
            else:
                hit = gap.line in made
            if hit:
                causes[index].append(fixer.rsplit(".", 1)[-1])
    return causes


def describe_gaps(check: FileCheck) -> List[str]:
    rel = check.path.relative_to(ROOT).as_posix()
    out = []
    for gap, cause in sorted(
        zip(check.gaps, check.causes), key=lambda item: item[0].line
    ):
        by = f"  [{', '.join(sorted(set(cause))) or '?'}]"
        if gap.needs:
            out.append(
                f"{rel}:{gap.line}: {gap.original.strip()!r} uses `{gap.needs}`, "
                f"for which fissix adds {gap.refactored!r}{by}"
            )
        elif gap.inserted:
            out.append(
                f"{rel}:{gap.line}: (after it) fissix inserts "
                f"{gap.refactored.strip()!r}{by}"
            )
        else:
            out.append(
                f"{rel}:{gap.line}: {gap.original.strip()!r} -> "
                f"{gap.refactored.strip()!r}{by}"
            )
    return out


def test_default_fixers_are_what_2to3_runs():
    short = {name.rsplit(".", 1)[-1] for name in fissix_default_fixers()}
    assert {
        "fix_print",
        "fix_dict",
        "fix_except",
        "fix_unicode",
        "fix_imports",
    } <= short
    assert not short & {"fix_idioms", "fix_set_literal", "fix_ws_comma", "fix_buffer"}


def test_exemptions_recognise_only_their_own_change():
    assert unwrap_consumed_lists("for k in list(d.keys()):") == "for k in d.keys():"
    assert unwrap_consumed_lists("return list(map(f, xs))") == "return map(f, xs)"
    assert unwrap_consumed_lists("k = list(d.keys())[0]") == "k = list(d.keys())[0]"
    assert (
        unwrap_consumed_lists("n = len(list(map(f, xs)))")
        == "n = len(list(map(f, xs)))"
    )
    assert (
        unwrap_consumed_lists("x = list(d.keys()) + [1]") == "x = list(d.keys()) + [1]"
    )
    assert unwrap_consumed_lists("n = len(list(d.keys()))") == "n = len(d.keys())"
    assert unwrap_consumed_lists("r = list(range(10))[2:5]") == "r = range(10)[2:5]"
    assert (
        unwrap_consumed_lists("r = list(range(3)).append(3)")
        == "r = list(range(3)).append(3)"
    )
    assert lambda_call_to_comprehension(
        "a = map(lambda p: p.x, ps)", "a = [p.x for p in ps]"
    )
    assert lambda_call_to_comprehension(
        "a = list(filter(None, xs))", "a = list([_f for _f in xs if _f])"
    )
    assert not lambda_call_to_comprehension(
        "a = map(lambda p: p.x, ps)[0]", "a = [p.x for p in ps][0]"
    )
    assert renamed_names(
        "x = Cookie.SimpleCookie()", "x = http.cookies.SimpleCookie()"
    ) == ["Cookie"]
    assert renamed_names("u = urllib.quote(s)", "u = urllib.parse.quote(s)") is None
    assert (
        UNICODE_PREFIX.sub("", "x = u'a' + U\"b\" + ur'c' + menu'")
        == "x = 'a' + \"b\" + ur'c' + menu'"
    )


def test_anchor_files_exist():
    files = anchor_files()
    assert any(SAMPLE_APPS in path.parents for path in files)
    assert any(FUNCTIONAL in path.parents for path in files)


def test_every_line_fissix_changes_is_flagged():
    fixers = fissix_default_fixers()
    gaps: List[str] = []
    for path in anchor_files():
        check = check_file(path, fixers)
        if check.gaps:
            gaps.extend(describe_gaps(check))
    assert not gaps, (
        f"{len(gaps)} line(s) that fissix changes and no py3ready finding covers:\n"
        + "\n".join(gaps)
    )
