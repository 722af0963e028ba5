"""Where a module's WSGI code is: applications, start_response calls, bodies.

The PY6xx rules all ask the same questions about one file: which functions
are WSGI callables (``app(environ, start_response)`` under any names, a
class's ``__call__``, middleware), which calls are ``start_response`` calls,
what the application sends as its body, and which ``start_response``
implementations the code has. This module answers them from one walk over
the fissix tree, done on the first question and cached in ``ctx.cache``.

Recognised, without running anything:

- callables taking ``(environ, start_response)`` under any names, where the
  second is called with ``(status, headers[, exc_info])``; with unusual
  names, the call must look like one (a status literal or name, a headers
  list or name). Methods count without their ``self``.
- middleware: the pair passed on together (``self.app(environ, sr)``), or
  ``start_response`` called from a nested ``def custom(status, headers,
  exc_info=None)`` that wraps it.
- helpers that receive ``start_response`` (``render(start_response, ...)``):
  their calls of that parameter are start_response calls too.
- bodies: items of returned lists (also names bound to a list and filled by
  ``append``/``extend``), ``yield`` of generator apps and of generators the
  app returns, returns of helpers the app returns, the ``__iter__`` /
  ``next`` / ``__next__`` of classes whose instances the app returns, and
  arguments of the ``write`` callable that ``start_response`` returned.
- ``start_response`` implementations: ``def start_response(status,
  headers, exc_info=None)`` or any function whose parameters are named
  like that (servers, test harnesses, middleware wrappers).

Public API: :func:`analyse` (the :class:`Wsgi` of a file), and on it
``start_calls``, ``chunks``, ``app_returns``, ``implementations``,
``is_environ_param``; :func:`header_items`, :func:`header_sources`
(see :mod:`py3ready.wsgi_values`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import scope
from py3ready import typemodel as tm
from py3ready.fixer_base import FileContext, Py3Fix

syms = pygram.python_symbols
_KEY = "wsgi"

_ENV_NAME = re.compile(r"env", re.I)
_SR_NAME = re.compile(r"start|respon|^sr$|^s_r$|^sresp", re.I)
_STATUS_NAME = re.compile(r"status", re.I)
_HEADERS_NAME = re.compile(r"header", re.I)
_STATUS_LITERAL = re.compile(r"^[bBuU]?[rR]?['\"]{1,3}\d{3}\b")


@dataclass
class Function:
    """What the walk records for one ``def``."""

    node: Node
    params: List[Leaf]
    parent: Optional["Function"]
    method: bool = False
    refs: Dict[str, List[Leaf]] = field(default_factory=dict)
    yields: List[Base] = field(default_factory=list)  # yield_expr nodes / leaves
    returns: List[Node] = field(default_factory=list)  # return_stmt nodes
    calls: List[Node] = field(default_factory=list)  # power nodes calling a NAME

    @property
    def positional(self) -> List[Leaf]:
        return self.params[1:] if self.method else self.params

    @property
    def name(self) -> str:
        return self.node.children[1].value

    def refs_to(self, leaf: Optional[Leaf]) -> List[Leaf]:
        return self.refs.get(leaf.value, []) if leaf is not None else []


@dataclass
class StartCall:
    """A call of ``start_response``: its arguments and the function calling it."""

    node: Node
    status: Optional[Base]
    headers: Optional[Base]
    exc_info: Optional[Base]
    function: Function


@dataclass
class Chunk:
    """One expression sent as (part of) the response body, and how."""

    node: Base
    how: str  # "returned list item", "yielded", "write() argument", ...
    anchor: Base  # the return/yield/call the expression belongs to


@dataclass
class Wsgi:
    """The WSGI facts of one file (see the module docstring)."""

    functions: Dict[int, Function] = field(default_factory=dict)
    apps: Dict[int, Tuple[Function, Leaf, Leaf]] = field(default_factory=dict)
    start_calls: Dict[int, StartCall] = field(default_factory=dict)
    chunks: Dict[int, List[Chunk]] = field(default_factory=dict)  # by anchor id
    app_returns: Dict[int, Function] = field(default_factory=dict)  # return_stmt id
    implementations: Dict[int, Function] = field(default_factory=dict)
    wrappers: Set[int] = field(default_factory=set)  # implementations wrapping one
    environ_params: Set[int] = field(default_factory=set)
    start_params: Set[int] = field(default_factory=set)
    inner_app_calls: Set[int] = field(default_factory=set)
    body_helpers: Set[int] = field(default_factory=set)  # apps whose result is a chunk
    classes: Dict[str, Node] = field(default_factory=dict)
    module_defs: Dict[str, List[Node]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True if the file has no WSGI callable and no start_response call or
        implementation."""
        return not (self.apps or self.start_calls or self.implementations)

    def is_environ_param(self, leaf: Leaf) -> bool:
        return id(leaf) in self.environ_params

    def function_of(self, node: Base) -> Optional[Function]:
        current = node.parent
        while current is not None and current.type != syms.funcdef:
            current = current.parent
        return self.functions.get(id(current)) if current is not None else None

    def in_wsgi_code(self, node: Base) -> bool:
        """True inside an app, a start_response implementation or a helper."""
        current = node.parent
        while current is not None:
            if current.type == syms.funcdef and (
                    id(current) in self.apps or id(current) in self.implementations):
                return True
            current = current.parent
        return False


# Every WSGI callable, start_response call or implementation the walk can
# find shows one of these in the source: a file without them has none.
_MAYBE_WSGI = re.compile(r"start_response|wsgi|environ|status|['\"]\d{3}\s", re.I)


def analyse(ctx: FileContext, node: Base) -> Wsgi:
    """The :class:`Wsgi` of the file ``node`` belongs to (computed once)."""
    cached = ctx.cache.get(_KEY)
    if cached is None:
        root = node
        while root.parent is not None:
            root = root.parent
        ctx.cache[_KEY] = Wsgi()  # if the build fails, later questions get nothing
        if _MAYBE_WSGI.search(ctx.source):
            ctx.cache[_KEY] = _Builder(ctx, root).build()
        cached = ctx.cache[_KEY]
    return cached


# The calls a start_response call or a header-list helper can be (a function,
# or a method of self): the PY6xx rules about status and headers match these.
CALL_PATTERN = """
    power< any trailer< '(' any* ')' > >
    | power< 'self' trailer< '.' any > trailer< '(' any* ')' > >
"""


class WsgiFix(Py3Fix):
    """A rule about WSGI callables and start_response calls: it has nothing
    to find in a file without them, so the engine skips it there."""

    def applies(self, tree: Base) -> bool:
        return not analyse(self.ctx, tree).empty


# -- the walk ----------------------------------------------------------------------


def _params(funcdef: Node) -> List[Leaf]:
    """Positional parameter NAMEs (no ``*args``/``**kw``), in order."""
    out: List[Leaf] = []
    params = funcdef.children[2]
    if len(params.children) < 3:
        return out
    inner = params.children[1]
    items = inner.children if inner.type == syms.typedargslist else [inner]
    star = False
    for item in items:
        if isinstance(item, Leaf):
            if item.type in (token.STAR, token.DOUBLESTAR):
                star = True
            elif item.type == token.NAME and not star and not (
                    item.prev_sibling is not None and item.prev_sibling.type == token.EQUAL):
                out.append(item)
            elif item.type == token.COMMA:
                continue
        elif item.type == syms.tname and not star:
            out.append(item.children[0])
    return out


def positional_params(funcdef: Node) -> List[Leaf]:
    """The positional parameter NAMEs of a ``def`` (no ``*args``/``**kw``)."""
    return _params(funcdef)


def _is_method(funcdef: Node) -> bool:
    parent = funcdef.parent
    if parent is not None and parent.type == syms.decorated:
        if "staticmethod" in str(parent.children[0]):
            return False
        parent = parent.parent
    while parent is not None and parent.type == syms.suite:
        parent = parent.parent
    return parent is not None and parent.type == syms.classdef


class _Builder:
    def __init__(self, ctx: FileContext, root: Node) -> None:
        self.ctx = ctx
        self.root = root
        self.wsgi = Wsgi()

    # pass 1: functions, their parameters' references, yields, returns, calls
    def _walk(self) -> None:
        functions = self.wsgi.functions
        stack: List[Tuple[Base, Optional[Function]]] = [(self.root, None)]
        while stack:
            node, frame = stack.pop()
            if isinstance(node, Leaf):
                if node.type == token.NAME and frame is not None:
                    if node.value == "yield":
                        if node.parent.type != syms.yield_expr:
                            frame.yields.append(node)
                    elif scope.is_reference(node) and not scope.declares_parameter(node):
                        self._resolve(frame, node)
                continue
            t = node.type
            if t == syms.funcdef:
                function = Function(node, _params(node), frame, _is_method(node))
                functions[id(node)] = function
                if frame is None and node.parent is not None and (
                        scope.nearest_scope(node).type == syms.file_input):
                    self.wsgi.module_defs.setdefault(function.name, []).append(node)
                stack.extend((c, function) for c in reversed(node.children[2:]))
                continue
            if t == syms.classdef and scope.nearest_scope(node).type == syms.file_input:
                self.wsgi.classes[node.children[1].value] = node
            if frame is not None:
                if t == syms.yield_expr:
                    frame.yields.append(node)
                elif t == syms.return_stmt:
                    frame.returns.append(node)
                elif t == syms.power and len(node.children) >= 2 and (
                        node.children[1].type == syms.trailer
                        and node.children[1].children[0].value == "("):
                    frame.calls.append(node)
                elif t in scope.LAMBDAS:
                    continue
            stack.extend((c, frame) for c in reversed(node.children))

    def _resolve(self, frame: Function, leaf: Leaf) -> None:
        current: Optional[Function] = frame
        while current is not None:
            if any(p.value == leaf.value for p in current.params):
                current.refs.setdefault(leaf.value, []).append(leaf)
                return
            current = current.parent

    # pass 2: classify
    def build(self) -> Wsgi:
        self._walk()
        functions = list(self.wsgi.functions.values())
        for function in functions:
            self._implementation(function)
        for function in functions:
            self._app(function)
        for function in functions:
            self._class_app(function)
        for app, _, start in list(self.wsgi.apps.values()):
            self._helpers(app, start)
        for function in functions:
            self._named_helper(function)
        self._body_helpers(functions)
        for app, environ, start in list(self.wsgi.apps.values()):
            self._bodies(app, start)
        return self.wsgi

    def _implementation(self, function: Function) -> None:
        params = function.positional
        named = function.name == "start_response" and len(params) >= 2
        shaped = len(params) in (2, 3) and _STATUS_NAME.search(params[0].value) and (
            _HEADERS_NAME.search(params[1].value)) and (
            len(params) == 2 or "exc" in params[2].value)
        if named or shaped:
            self.wsgi.implementations[id(function.node)] = function

    def _start_calls_of(self, function: Function, param: Leaf) -> List[Node]:
        """Calls ``param(a, b[, c])`` of ``function``'s parameter, nested defs included."""
        out = []
        for ref in function.refs_to(param):
            power = ref.parent
            if power is None or power.type != syms.power or power.children[0] is not ref:
                continue
            trailer = power.children[1]
            if len(power.children) != 2 or trailer.children[0].value != "(":
                continue
            positional = _positional(trailer)
            if positional is not None and len(positional) in (2, 3):
                out.append(power)
        return out

    def _app(self, function: Function) -> None:
        params = function.positional
        if len(params) < 2 or id(function.node) in self.wsgi.implementations:
            return
        required = [p for p in params[2:] if not (
            p.next_sibling is not None and p.next_sibling.type == token.EQUAL)]
        if required:  # a server calls app(environ, start_response): no third argument
            return
        environ, start = params[0], params[1]
        conventional = bool(_ENV_NAME.search(environ.value) and _SR_NAME.search(start.value))
        calls = self._start_calls_of(function, start)
        evidence = conventional and len(params) == 2
        if not evidence:
            evidence = any(_looks_like_start(call) for call in calls)
        if not evidence and conventional:
            evidence = self._passes_on(function, environ, start)
        if not evidence:
            return
        self._register(function, environ, start, calls)

    def _register(self, function: Function, environ: Leaf, start: Leaf,
                  calls: List[Node]) -> None:
        self.wsgi.apps[id(function.node)] = (function, environ, start)
        self.wsgi.environ_params.add(id(environ))
        self.wsgi.start_params.add(id(start))
        for call in calls:
            self._add_start_call(call, function)
        for ref in function.refs_to(start):  # app(environ, sr): an inner app
            call = _call_with_argument(ref)
            if call is not None:
                positional = _positional(call.children[-1]) or []
                if len(positional) == 2 and isinstance(positional[0], Leaf) and (
                        positional[0].value == environ.value):
                    self.wsgi.inner_app_calls.add(id(call))
        for ref in function.refs_to(environ):
            call = _call_with_argument(ref)
            if call is None:
                continue
            positional = _positional(call.children[-1]) or []
            if len(positional) == 2 and positional[0] is ref:
                self.wsgi.inner_app_calls.add(id(call))

    def _add_start_call(self, call: Node, function: Function) -> None:
        args = _positional(call.children[-1]) or []
        function = self.wsgi.function_of(call) or function
        self.wsgi.start_calls[id(call)] = StartCall(
            call, args[0] if args else None, args[1] if len(args) > 1 else None,
            args[2] if len(args) > 2 else None, function)

    def _passes_on(self, function: Function, environ: Leaf, start: Leaf) -> bool:
        """Middleware: ``inner(environ, sr)`` or a wrapper that calls ``start``."""
        for ref in function.refs_to(start):
            owner = self.wsgi.function_of(ref)
            if owner is not None and owner is not function and (
                    id(owner.node) in self.wsgi.implementations):
                self.wsgi.wrappers.add(id(owner.node))
                return True
        for ref in function.refs_to(environ):
            call = _call_with_argument(ref)
            if call is None:
                continue
            positional = _positional(call.children[-1]) or []
            if len(positional) == 2 and positional[0] is ref:
                second = positional[1]
                if isinstance(second, Leaf) and (
                        second.value == start.value or _SR_NAME.search(second.value)):
                    return True
        return False

    def _class_app(self, function: Function) -> None:
        """PEP 333's AppClass: ``__init__(self, environ, start_response)`` that
        keeps ``start_response`` on self; its ``__iter__`` yields the body."""
        if function.name != "__init__" or not function.method:
            return
        params = function.positional
        if len(params) != 2 or not (_ENV_NAME.search(params[0].value)
                                    and _SR_NAME.search(params[1].value)):
            return
        attribute = None
        for ref in function.refs_to(params[1]):
            stmt = ref.parent
            if stmt.type == syms.expr_stmt and stmt.children[-1] is ref and len(
                    stmt.children) == 3 and str(stmt.children[0]).strip().startswith(
                    "self."):
                attribute = str(stmt.children[0]).strip()[5:]
        classdef = _enclosing_class(function.node)
        if classdef is None or attribute is None:
            return
        self.wsgi.environ_params.add(id(params[0]))
        for method in _methods(classdef):
            info = self.wsgi.functions.get(id(method))
            if info is None:
                continue
            for power in _self_calls(method, attribute):
                positional = _positional(power.children[-1])
                if positional is not None and len(positional) in (2, 3):
                    self._add_start_call(power, info)
            if info.name == "__iter__":
                self._generator_chunks(info, "yielded by the application's __iter__")

    def _helpers(self, app: Function, start: Leaf) -> None:
        """Functions of the module that receive start_response as an argument."""
        for ref in app.refs_to(start):
            call = _call_with_argument(ref)
            if call is None:
                continue
            target = self._callee(app, call)
            positional = _positional(call.children[-1]) or []
            if target is None or id(target.node) in self.wsgi.apps:
                continue
            position = next((i for i, p in enumerate(positional) if p is ref), None)
            if position is None or position >= len(target.positional):
                continue
            param = target.positional[position]
            for power in self._start_calls_of(target, param):
                self._add_start_call(power, target)
            self.wsgi.start_params.add(id(param))
            if call.parent.type == syms.return_stmt:  # the app returns its result
                for stmt in target.returns:
                    if len(stmt.children) == 2:
                        self.wsgi.app_returns[id(stmt)] = target
                        self._returned(stmt.children[1], stmt, "the returned body",
                                       {id(target.node)})

    def _named_helper(self, function: Function) -> None:
        """A function with a ``start_response`` parameter (that exact name) that
        calls it: a handler reached by dynamic dispatch (``getattr(self, ...)``).
        Its returns are the body when an app method of its class returns
        ``handler(start_response)``."""
        key = id(function.node)
        if key in self.wsgi.apps or key in self.wsgi.implementations:
            return
        param = next((p for p in function.positional if p.value == "start_response"),
                     None)
        if param is None or id(param) in self.wsgi.start_params:
            return
        calls = self._start_calls_of(function, param)
        if not calls:
            return
        self.wsgi.start_params.add(id(param))
        for call in calls:
            self._add_start_call(call, function)
        classdef = _enclosing_class(function.node) if function.method else None
        if classdef is None or not any(
                self._returns_handler_call(m) for m in _methods(classdef)):
            return
        for stmt in function.returns:
            if len(stmt.children) == 2:
                self.wsgi.app_returns[id(stmt)] = function
                self._returned(stmt.children[1], stmt, "the returned body", {key})

    def _returns_handler_call(self, method: Node) -> bool:
        entry = self.wsgi.apps.get(id(method))
        if entry is None:
            return False
        app, _, start = entry
        for stmt in app.returns:
            value = stmt.children[1] if len(stmt.children) == 2 else None
            if value is not None and value.type == syms.power and len(
                    value.children) == 2 and str(value.children[1]).replace(
                    " ", "") == f"({start.value})":
                return True
        return False

    def _callee(self, caller: Function, call: Node) -> Optional[Function]:
        """The function of this module ``call`` calls: ``f(...)`` or ``self.m(...)``."""
        kids = call.children
        if len(kids) == 2 and kids[0].type == token.NAME:
            return self._local_def(kids[0].value)
        if len(kids) == 3 and isinstance(kids[0], Leaf) and kids[0].value == "self" and (
                kids[1].children[0].value == "." and caller.method):
            classdef = _enclosing_class(caller.node)
            name = kids[1].children[1].value
            found = [m for m in _methods(classdef) if m.children[1].value == name] if (
                classdef is not None) else []
            if len(found) == 1:
                return self.wsgi.functions.get(id(found[0]))
        return None

    def _body_helpers(self, functions: List[Function]) -> None:
        """Apps whose result the module puts in a list: ``[page(environ, sr)]``."""
        names = {app.name: key for key, (app, _, _) in self.wsgi.apps.items()}
        for function in functions:
            for call in function.calls:
                key = names.get(call.children[0].value)
                parent = call.parent
                if key is not None and parent is not None and (
                        parent.type == syms.listmaker or (
                            parent.type == syms.atom and parent.children[0].value == "[")):
                    self.wsgi.body_helpers.add(key)

    def _local_def(self, name: str) -> Optional[Function]:
        defs = self.wsgi.module_defs.get(name, [])
        if len(defs) != 1:
            return None
        return self.wsgi.functions.get(id(defs[0]))

    # bodies
    def _bodies(self, app: Function, start: Leaf) -> None:
        if app.yields:
            self._generator_chunks(app, "yielded by the application")
        for stmt in app.returns:
            if len(stmt.children) != 2:
                continue
            self.wsgi.app_returns[id(stmt)] = app
            self._returned(stmt.children[1], stmt, "the returned body", set())
        for call_id, call in list(self.wsgi.start_calls.items()):
            if call.function is app:
                self._write_callable(call.node)

    def _returned(self, expr: Base, anchor: Base, how: str, seen: Set[int]) -> None:
        expr = _unparen(expr)
        if expr.type == syms.atom and expr.children[0].value == "[":
            for item in _display_items(expr):
                self._chunk(item, f"an item of {how}", anchor)
            return
        if expr.type == token.NAME:
            self._list_name(expr, anchor, how)
            return
        if expr.type != syms.power or len(expr.children) != 2 or (
                expr.children[0].type != token.NAME):
            return
        name = expr.children[0].value
        target = self._local_def(name)
        if target is not None and id(target.node) not in seen:
            seen.add(id(target.node))
            if target.yields:
                self._generator_chunks(target, f"yielded by `{name}()`, which the "
                                                "application returns")
            for stmt in target.returns:
                if len(stmt.children) == 2:
                    self._returned(stmt.children[1], stmt, f"`{name}()`'s return",
                                   seen)
            return
        classdef = self.wsgi.classes.get(name)
        if classdef is not None:
            for method in _methods(classdef):
                info = self.wsgi.functions.get(id(method))
                if info is None:
                    continue
                if info.name == "__iter__":
                    if info.yields:
                        self._generator_chunks(info, f"yielded by `{name}.__iter__`")
                elif info.name in ("next", "__next__"):
                    for stmt in info.returns:
                        if len(stmt.children) == 2:
                            self._chunk(stmt.children[1],
                                        f"returned by `{name}.{info.name}()`", stmt)

    def _list_name(self, leaf: Leaf, anchor: Base, how: str) -> None:
        """A returned name bound once to a list display and filled by append()."""
        owner = scope.nearest_scope(leaf)
        bindings = tm.name_bindings(self.ctx, leaf)
        if not bindings or any(h not in ("assign", "aug") for h, _ in bindings):
            return
        assigned = [n for h, n in bindings if h == "assign"]
        if len(assigned) != 1:
            return
        display = _unparen(assigned[0])
        if not (display.type == syms.atom and display.children[0].value == "["):
            return
        for item in _display_items(display):
            self._chunk(item, f"an item of {how}", anchor)
        for h, stmt in bindings:
            if h == "aug" and stmt.children[1].value == "+=":
                added = _unparen(stmt.children[2])
                if added.type == syms.atom and added.children[0].value == "[":
                    for item in _display_items(added):
                        self._chunk(item, f"an item of {how}", stmt)
        for ref in tm.uses(self.ctx, leaf):
            if scope.nearest_scope(ref) is not owner:
                continue
            found = method_call(ref)
            if found is None:
                continue
            method, call = found
            power = ref.parent
            args = _positional(call) or []
            if method == "append" and len(args) == 1:
                self._chunk(args[0], f"an item appended to {how}", power)
            elif method == "extend" and len(args) == 1:
                extended = _unparen(args[0])
                if extended.type == syms.atom and extended.children[0].value == "[":
                    for item in _display_items(extended):
                        self._chunk(item, f"an item of {how}", power)

    def _generator_chunks(self, function: Function, how: str) -> None:
        for node in function.yields:
            if isinstance(node, Node) and len(node.children) == 2:
                value = node.children[1]
                if value.type == syms.yield_arg:  # yield from
                    continue
                self._chunk(value, how, node)

    def _write_callable(self, call: Node) -> None:
        """``write = start_response(...)``: the arguments of ``write(x)``."""
        stmt = call.parent
        if stmt.type != syms.expr_stmt or len(stmt.children) != 3 or (
                stmt.children[1].type != token.EQUAL) or stmt.children[0].type != token.NAME:
            return
        for ref in tm.uses(self.ctx, stmt.children[0]):
            power = ref.parent
            if power.type == syms.power and power.children[0] is ref and len(
                    power.children) == 2 and power.children[1].children[0].value == "(":
                args = _positional(power.children[1]) or []
                if len(args) == 1:
                    self._chunk(args[0], "a write() argument", power)

    def _chunk(self, node: Base, how: str, anchor: Base) -> None:
        entries = self.wsgi.chunks.setdefault(id(anchor), [])
        if not any(entry.node is node for entry in entries):
            entries.append(Chunk(node, how, anchor))


# -- syntax helpers ---------------------------------------------------------------


_unparen = tm.unparen


def method_call(ref: Leaf) -> Optional[Tuple[str, Node]]:
    """``(method, call trailer)`` when the NAME ``ref`` is the receiver of a
    direct method call (``ref.append(x)``), else None."""
    power = ref.parent
    if power.type != syms.power or power.children[0] is not ref or len(
            power.children) != 3:
        return None
    attr, call = power.children[1], power.children[2]
    if attr.children[0].value != "." or call.children[0].value != "(":
        return None
    return attr.children[1].value, call


def _display_items(atom: Node) -> List[Base]:
    if len(atom.children) != 3:
        return []
    inner = atom.children[1]
    if inner.type == syms.listmaker:
        if any(c.type == syms.comp_for for c in inner.children):
            return []
        return [c for c in inner.children[::2]]
    return [inner]


def _positional(trailer: Base) -> Optional[List[Base]]:
    """Positional arguments of a call trailer; None if it has keywords or stars."""
    if trailer.type != syms.trailer or trailer.children[0].value != "(":
        return None
    if len(trailer.children) == 2:
        return []
    inner = trailer.children[1]
    items = inner.children[::2] if inner.type == syms.arglist else [inner]
    for item in items:
        if item.type == syms.argument or (isinstance(item, Leaf) and item.type in (
                token.STAR, token.DOUBLESTAR)):
            return None
    return list(items)


def _call_with_argument(leaf: Leaf) -> Optional[Node]:
    """The call ``f(..., leaf, ...)`` whose positional argument ``leaf`` is."""
    parent = leaf.parent
    if parent.type == syms.arglist:
        parent = parent.parent
    if parent.type != syms.trailer or parent.children[0].value != "(":
        return None
    power = parent.parent
    if power.type != syms.power or power.children[-1] is not parent:
        return None
    return power


def _looks_like_start(call: Node) -> bool:
    args = _positional(call.children[-1]) or []
    if len(args) < 2:
        return False
    status, headers = _unparen(args[0]), _unparen(args[1])
    status_ok = (status.type == token.STRING and bool(_STATUS_LITERAL.match(status.value))
                 ) or (status.type == token.NAME and bool(_STATUS_NAME.search(status.value)))
    headers_ok = (headers.type == syms.atom and headers.children[0].value == "[") or (
        headers.type == token.NAME and bool(_HEADERS_NAME.search(headers.value)))
    return status_ok and headers_ok


def _enclosing_class(funcdef: Node) -> Optional[Node]:
    parent = funcdef.parent
    while parent is not None and parent.type in (syms.decorated, syms.suite):
        parent = parent.parent
    return parent if parent is not None and parent.type == syms.classdef else None


def _methods(classdef: Node) -> List[Node]:
    body = classdef.children[-1]
    out = []
    for child in body.children if body.type == syms.suite else [body]:
        if child.type == syms.funcdef:
            out.append(child)
        elif child.type == syms.decorated and child.children[-1].type == syms.funcdef:
            out.append(child.children[-1])
    return out


def _self_calls(method: Node, attribute: str) -> List[Node]:
    out = []
    for node in method.pre_order():
        if node.type == syms.power and len(node.children) == 3 and (
                isinstance(node.children[0], Leaf) and node.children[0].value == "self"):
            attr, call = node.children[1], node.children[2]
            if attr.children[0].value == "." and attr.children[1].value == attribute and (
                    call.children[0].value == "("):
                out.append(node)
    return out


_EXC_ITEMS = re.compile(r"^(\w+)\[0\],(\w+)\[1\],(\w+)\[2\]$")


def exc_info_reraise(ctx: FileContext, raise_stmt: Node) -> Optional[str]:
    """Where a three-argument ``raise T, V, TB`` re-raises WSGI ``exc_info``
    ("in the start_response implementation `start_response()`"), or None."""
    kids = raise_stmt.children
    if len(kids) != 6:
        return None
    info = analyse(ctx, raise_stmt)
    current = raise_stmt.parent
    while current is not None:
        if current.type == syms.funcdef:
            key = id(current)
            name = current.children[1].value
            if key in info.implementations:
                return f"in the start_response implementation `{name}()`"
            if key in info.apps:
                return f"in the WSGI callable `{name}()`"
        current = current.parent
    text = ",".join(str(k).strip() for k in kids[1::2]).replace(" ", "")
    match = _EXC_ITEMS.match(text)
    if match and len(set(match.groups())) == 1 and "exc" in match.group(1):
        return f"it re-raises the items of `{match.group(1)}`"
    return None
