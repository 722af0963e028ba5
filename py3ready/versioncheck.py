"""Evaluate version tests (``sys.version_info >= (3,)``, ``six.PY2``, ``PY3``...).

A small evaluator for the expressions code uses to tell Python 2 from
Python 3: ``sys.version_info`` in every common spelling (``[0]``,
``.major``, ``[:2]``, tuples), ``sys.version`` and ``sys.hexversion``,
``platform.python_version()`` and ``python_version_tuple()``, ``six.PY2``
and its kin, ``str is bytes``, ``hasattr(dict, 'iteritems')`` style feature
tests, project flags (``PY2 = sys.version_info[0] == 2``, or imported from a
compat module), and ``not``/``and``/``or`` over them.

:func:`evaluate` answers for one interpreter version: the expression's value,
or :data:`UNKNOWN` when the expression depends on anything else.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Dict, Optional, Set, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Node

syms = pygram.python_symbols

Version = Tuple[int, int]
PYTHON2: Version = (2, 7)
NEWEST: Version = (3, 14)
UNKNOWN: Any = object()

# Flags that need no definition: six's, future's and the usual project spellings.
_FLAG_NAME = re.compile(r"^_?(?:PY|IS_PY|PYTHON|PY_|IS_PYTHON|is_py|py|is_python|"
                        r"USING_PYTHON|using_py)(2|3)K?$", re.IGNORECASE)
WELL_KNOWN_FLAG_MODULES = frozenset({"six", "future.utils", "past.utils", "django.utils.six",
                                     "future.utils.six"})

# hasattr(owner, name) is true on Python 2 only.
PY2_ONLY_ATTRIBUTES = {
    "dict": {"iteritems", "iterkeys", "itervalues", "has_key", "viewitems", "viewkeys",
             "viewvalues"},
    "str": {"decode"},
    "bytes": {"encode"},
    "sys": {"maxint", "setdefaultencoding", "exc_clear", "subversion"},
    "itertools": {"izip", "imap", "ifilter", "ifilterfalse", "izip_longest"},
    "string": {"letters", "lowercase", "uppercase", "maketrans", "join", "split"},
    "os": {"getcwdu"},
    "types": {"StringType", "UnicodeType", "ClassType", "InstanceType", "StringTypes",
              "DictType", "ListType", "IntType", "LongType"},
}
_PY2_BUILTINS = {"unicode", "basestring", "xrange", "long", "unichr", "raw_input",
                 "reduce", "execfile", "file", "cmp", "buffer", "apply", "intern",
                 "coerce", "reload"}
for _owner in ("__builtins__", "__builtin__", "builtins"):
    PY2_ONLY_ATTRIBUTES[_owner] = _PY2_BUILTINS
# hasattr(owner, name) is true on Python 3 only.
PY3_ONLY_ATTRIBUTES = {"str": {"isidentifier", "casefold", "format_map"},
                       "bytes": {"hex", "fromhex"}, "os": {"getcwdb"},
                       "dict": set(), "itertools": {"zip_longest", "accumulate"}}


class Facts:
    """What one file tells about its version tests.

    ``flags`` maps a name to its value on Python 2 and on Python 3
    (``PY2 = sys.version_info[0] == 2`` gives ``{"PY2": (True, False)}``);
    ``version_names`` are names bound to ``sys.version_info``;
    ``modules`` maps local names to the dotted module they stand for
    (``import sys as _sys``; ``from sys import version_info`` binds
    ``version_info`` to ``sys.version_info``).
    """

    def __init__(self) -> None:
        self.flags: Dict[str, Tuple[Any, Any]] = {}
        self.modules: Dict[str, str] = {}
        self.imported_flags: Set[str] = set()
        # Names standing for a builtin on Python 2 and on Python 3:
        # ``text_type = unicode`` / ``= str`` gives ("unicode", "str").
        self.aliases: Dict[str, Tuple[str, str]] = {}
        # Read every flag-like name (PY2, IS_PY3...) by its spelling, for
        # callers that have no file context.
        self.guess_names = False

    def flag(self, name: str, version: Version) -> Any:
        if name in self.flags:
            value = self.flags[name][0 if version[0] == 2 else 1]
            return value
        return UNKNOWN


def evaluate(node: Base, version: Version, facts: Facts) -> Any:
    """The value of ``node`` on Python ``version``, or :data:`UNKNOWN`."""
    try:
        return _eval(node, version, facts)
    except (TypeError, ValueError, IndexError, AttributeError, RecursionError):
        return UNKNOWN


def truth(node: Base, version: Version, facts: Facts) -> Optional[bool]:
    """True/False if ``node`` is known to be true/false on ``version``."""
    value = evaluate(node, version, facts)
    if value is UNKNOWN or isinstance(value, _Marker):
        return None
    return bool(value)


class _Marker:
    """A value the evaluator follows but that is not a Python constant."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Marker) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


_TEXT_TYPE, _BYTES_TYPE = _Marker("text type"), _Marker("bytes type")


def _version_info(version: Version) -> tuple:
    return (version[0], version[1])


def _version_string(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def _eval(node: Base, version: Version, facts: Facts) -> Any:
    kind = node.type
    if kind == token.NAME:
        return _name(node.value, version, facts)
    if kind == token.NUMBER:
        text = node.value.rstrip("lL")
        return int(text, 0) if not re.match(r"^0\d", text) else int(text, 8)
    if kind == token.STRING:
        return ast.literal_eval(node.value.lstrip("bBuU"))
    if kind == syms.atom:
        return _atom(node, version, facts)
    if kind == syms.not_test:
        value = _eval(node.children[1], version, facts)
        return UNKNOWN if value is UNKNOWN else not value
    if kind in (syms.and_test, syms.or_test):
        return _boolean(node, version, facts)
    if kind == syms.comparison:
        return _comparison(node, version, facts)
    if kind == syms.power:
        return _power(node, version, facts)
    return UNKNOWN


def _boolean(node: Node, version: Version, facts: Facts) -> Any:
    is_and = node.type == syms.and_test
    unknown = False
    for child in node.children[::2]:
        value = _eval(child, version, facts)
        if value is UNKNOWN or isinstance(value, _Marker):
            unknown = True
            continue
        if bool(value) is not is_and:
            return value  # a false operand of `and`, a true one of `or`
    return UNKNOWN if unknown else is_and


def _atom(node: Node, version: Version, facts: Facts) -> Any:
    first = node.children[0]
    if first.type == token.LPAR:
        if len(node.children) == 2:
            return ()
        inner = node.children[1]
        if inner.type == syms.testlist_gexp:
            return _tuple(inner, version, facts)
        return _eval(inner, version, facts)
    if first.type == token.STRING:  # implicit concatenation
        return "".join(_eval(child, version, facts) for child in node.children)
    return UNKNOWN


_COMPREHENSIONS = {getattr(syms, name) for name in ("comp_for", "old_comp_for")
                   if hasattr(syms, name)}


def _tuple(node: Node, version: Version, facts: Facts) -> Any:
    if any(child.type in _COMPREHENSIONS for child in node.children):
        return UNKNOWN
    items = [_eval(child, version, facts) for child in node.children[::2]]
    return UNKNOWN if any(item is UNKNOWN for item in items) else tuple(items)


_OPERATORS = {
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    "<>": lambda a, b: a != b, "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b, "is": lambda a, b: a == b,
    "is not": lambda a, b: a != b,
}


def _comparison(node: Node, version: Version, facts: Facts) -> Any:
    kids = node.children
    if len(kids) != 3:
        return UNKNOWN
    left, right = _eval(kids[0], version, facts), _eval(kids[2], version, facts)
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    operator = re.sub(r"\s+", " ", str(kids[1]).strip())
    if isinstance(left, tuple) and isinstance(right, tuple) and operator not in (
            "in", "not in"):
        if len(right) > len(left) and right[:len(left)] == left:
            return UNKNOWN  # (3, 14) vs (3, 14, 1): the micro version is unknown
    if operator in ("is", "is not") and not (
            isinstance(left, _Marker) or isinstance(right, _Marker)):
        return UNKNOWN
    function = _OPERATORS.get(operator)
    return function(left, right) if function else UNKNOWN


def _name(name: str, version: Version, facts: Facts) -> Any:
    if name in ("True", "False", "None"):
        return {"True": True, "False": False, "None": None}[name]
    flag = facts.flag(name, version)
    if flag is not UNKNOWN:
        return flag
    module = facts.modules.get(name)
    if module == "sys.version_info":
        return _version_info(version)
    if module and module.rsplit(".", 1)[0] in WELL_KNOWN_FLAG_MODULES:
        return _well_known(module.rsplit(".", 1)[1], version)
    if name == "str":
        return _BYTES_TYPE if version[0] == 2 else _TEXT_TYPE
    if name == "bytes":
        return _BYTES_TYPE
    if name == "unicode":  # on Python 3 only meaningful as the alias of str
        return _TEXT_TYPE
    if name in facts.imported_flags or (facts.guess_names and name not in facts.modules):
        # Imported from a module py3ready has not seen: trust the usual spelling.
        return guess_flag(name, version)
    return UNKNOWN


def guess_flag(name: str, version: Version) -> Any:
    """``PY2``/``IS_PY3``/``PY3K``... by their name: true on that major version."""
    match = _FLAG_NAME.match(name)
    return match.group(1) == str(version[0]) if match else UNKNOWN


def _well_known(attribute: str, version: Version) -> Any:
    match = re.match(r"^PY(\d)(\d*)$", attribute)
    if not match:
        return UNKNOWN
    major = int(match.group(1))
    if not match.group(2):
        return version[0] == major
    minor = int(match.group(2))
    return version >= (major, minor) if version[0] == major else version[0] > major


def _power(node: Node, version: Version, facts: Facts) -> Any:
    kids = node.children
    head = kids[0]
    if head.type != token.NAME:
        return UNKNOWN
    if head.value == "hasattr" and len(kids) == 2:
        return _hasattr(kids[1], version, facts)
    if head.value == "getattr" and len(kids) == 2:
        return _getattr_builtin(kids[1], version)
    # Build the dotted prefix: sys.version_info, platform.python_version ...
    names = [facts.modules.get(head.value, head.value)]
    while len(names) < len(kids) and _is_attribute(kids[len(names)]):
        names.append(kids[len(names)].children[1].value)
    # The longest known prefix: `sys.version` of `sys.version.startswith`.
    for index in range(len(names), 0, -1):
        value = _dotted_value(".".join(names[:index]), version, facts)
        if value is not UNKNOWN:
            break
    else:
        return UNKNOWN
    for trailer in kids[index:]:
        value = _apply_trailer(value, trailer, version, facts)
        if value is UNKNOWN:
            return UNKNOWN
    return value


def _is_attribute(trailer: Base) -> bool:
    return (trailer.type == syms.trailer and trailer.children[0].type == token.DOT
            and trailer.children[1].type == token.NAME)


def _dotted_value(dotted: str, version: Version, facts: Facts) -> Any:
    major, minor = version
    if dotted.startswith("sys.version_info"):
        rest = dotted[len("sys.version_info"):]
        base = _version_info(version)
        return {"": base, ".major": major, ".minor": minor}.get(rest, UNKNOWN)
    if dotted in ("sys.version", "platform.python_version"):
        return _Call(f"{_version_string(version)}.0") if dotted.startswith(
            "platform") else f"{_version_string(version)}.0 (default)"
    if dotted == "platform.python_version_tuple":
        return _Call((str(major), str(minor), "0"))
    if dotted == "sys.hexversion":
        return (major << 24) | (minor << 16)
    owner, _, attribute = dotted.rpartition(".")
    if owner in WELL_KNOWN_FLAG_MODULES or facts.modules.get(owner, owner) in (
            WELL_KNOWN_FLAG_MODULES):
        return _well_known(attribute, version)
    if "." not in dotted:
        return _name(dotted, version, facts)
    return UNKNOWN


class _Call:
    """A function whose call returns ``result`` (``platform.python_version()``)."""

    def __init__(self, result: Any) -> None:
        self.result = result


def _apply_trailer(value: Any, trailer: Base, version: Version, facts: Facts) -> Any:
    first = trailer.children[0]
    if first.type == token.LPAR:
        if isinstance(value, _Call) and len(trailer.children) == 2:
            return value.result
        if isinstance(value, _Method):
            argument = trailer.children[1] if len(trailer.children) == 3 else None
            if argument is None:
                return UNKNOWN
            arg = _eval(argument, version, facts)
            return UNKNOWN if arg is UNKNOWN else value(arg)
        return UNKNOWN
    if first.type == token.LSQB:
        inner = trailer.children[1]
        if inner.type == syms.subscript:
            parts = [None, None]
            position = 0
            for child in inner.children:
                if child.type == token.COLON:
                    position += 1
                elif position < 2:
                    parts[position] = _eval(child, version, facts)
            if any(p is UNKNOWN for p in parts) or position != 1:
                return UNKNOWN
            return value[parts[0]:parts[1]]
        key = _eval(inner, version, facts)
        return UNKNOWN if key is UNKNOWN else value[key]
    if first.type == token.DOT and isinstance(value, str):
        name = trailer.children[1].value
        if name in ("startswith", "endswith"):
            return _Method(getattr(value, name))
    return UNKNOWN


class _Method:
    def __init__(self, function) -> None:
        self.function = function

    def __call__(self, argument: Any) -> Any:
        return self.function(argument)


PRESENT = _Marker("an object that exists")
_BUILTINS_MODULES = re.compile(r"^(?:\w+\.)*(?:builtins|__builtin__|__builtins__)$")


def _getattr_builtin(trailer: Base, version: Version) -> Any:
    """``getattr(builtins, 'print', None)``: present on Python 3 for its builtins."""
    from py3ready.stdlib3 import PYTHON3_BUILTINS

    if len(trailer.children) != 3 or trailer.children[1].type != syms.arglist:
        return UNKNOWN
    args = trailer.children[1].children
    if len(args) != 5 or args[2].type != token.STRING or str(args[4]).strip() != "None":
        return UNKNOWN
    if not _BUILTINS_MODULES.match(re.sub(r"\s+", "", str(args[0]))):
        return UNKNOWN
    name = ast.literal_eval(args[2].value.lstrip("bBuU"))
    return PRESENT if version[0] >= 3 and name in PYTHON3_BUILTINS else UNKNOWN


def _hasattr(trailer: Base, version: Version, facts: Facts) -> Any:
    if len(trailer.children) != 3 or trailer.children[1].type != syms.arglist:
        return UNKNOWN
    args = trailer.children[1].children
    if len(args) != 3 or args[2].type != token.STRING:
        return UNKNOWN
    owner = facts.modules.get(str(args[0]).strip(), str(args[0]).strip())
    attribute = ast.literal_eval(args[2].value.lstrip("bBuU"))
    if attribute in PY2_ONLY_ATTRIBUTES.get(owner, ()):
        return version[0] == 2
    if attribute in PY3_ONLY_ATTRIBUTES.get(owner, ()):
        return version[0] >= 3
    return UNKNOWN


def major_version_of(test: Base, facts: Optional[Facts] = None) -> Optional[int]:
    """2 if ``test`` holds on Python 2 only, 3 if on Python 3 only, else None."""
    if facts is None:
        facts = Facts()
        facts.guess_names = True
    on2, on3 = truth(test, PYTHON2, facts), truth(test, NEWEST, facts)
    if on2 is True and on3 is False:
        return 2
    if on2 is False and on3 is True:
        return 3
    return None
