"""Where strings go: library APIs that need bytes, and APIs that need a native str.

The type model (``py3ready.typemodel``) says what a value is; this module
says what an API wants. Two tables:

- ``BYTES_ARGUMENTS``: functions whose argument must be bytes on Python 3
  (``hashlib.md5(data)``, ``base64.b64encode(data)``, ``struct.unpack(fmt,
  data)``, ...); methods of objects the type model follows (a hash's
  ``update()``, a binary file's ``write()``) are handled by
  :func:`bytes_arguments` too.
- ``NATIVE_ARGUMENTS``: functions whose argument must be a native ``str`` on
  Python 2, so a ``unicode`` value (a bare literal under
  ``unicode_literals``) breaks them. Each entry says whether any unicode
  fails or only non-ASCII unicode (verified with CPython 2.7.18).

The WSGI rules extend the native side with ``start_response`` status and
headers: :func:`native_arguments` takes extra call entries for that.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

from fissix import pygram
from fissix.pgen2 import token
from fissix.pytree import Base, Leaf, Node

from py3ready import typemodel as tm
from py3ready.fixer_base import FileContext

syms = pygram.python_symbols

# dotted callee -> positions (int) or keyword names (str) that take bytes
BYTES_ARGUMENTS: Dict[str, Tuple[object, ...]] = {
    "hmac.new": (0, "key", 1, "msg"),
    "hashlib.new": (1, "data", "string"),
    "struct.unpack": (1,), "struct.unpack_from": (1, "buffer"),
    "os.write": (1,), "builtins.bytearray": (0,),
    "zlib.compress": (0,), "zlib.decompress": (0,), "zlib.crc32": (0,),
    "zlib.adler32": (0,), "bz2.compress": (0,), "bz2.decompress": (0,),
    "binascii.hexlify": (0,), "binascii.b2a_hex": (0,), "binascii.b2a_base64": (0,),
    "binascii.crc32": (0,), "binascii.crc_hqx": (0,),
}
for _name in ("md5 sha1 sha224 sha256 sha384 sha512 blake2b blake2s sha3_224 sha3_256 "
              "sha3_384 sha3_512").split():
    BYTES_ARGUMENTS[f"hashlib.{_name}"] = (0, "string", "data")
for _name in ("b64encode urlsafe_b64encode standard_b64encode b32encode b16encode "
              "encodestring encodebytes").split():
    BYTES_ARGUMENTS[f"base64.{_name}"] = (0, "s")
BYTES_ARGUMENTS.update({"md5.new": (0,), "md5.md5": (0,), "sha.new": (0,),
                        "sha.sha": (0,)})

# methods taking bytes, by the type-model obj of their receiver
BYTES_METHODS = {
    tm.HASH: {"update": (0,)},
    tm.BINARY_FILE: {"write": (0,)},
    tm.BYTESIO: {"write": (0,)},
}
# methods whose receiver is bytes-only by name alone (sockets)
BYTES_METHOD_NAMES = {"sendall": (0,)}
BYTES_CALL_NAMES = frozenset(
    {name.rsplit(".", 1)[1] for name in BYTES_ARGUMENTS}
    | {"update", "write", "writelines", "sendall", "pack", "pack_into"})
# a PATTERN fragment: calls of any of those names, qualified or not
_NAMES = " | ".join(f"'{n}'" for n in sorted(BYTES_CALL_NAMES))
BYTES_CALL_PATTERN = f"""
    power< any+ trailer< '.' ({_NAMES}) > trailer< '(' any* ')' > any* >
    | power< ({_NAMES}) trailer< '(' any* ')' > any* >
"""


def bytes_calls(ctx: FileContext, power: Node) -> Iterator[Tuple[Base, str]]:
    """(argument, API) for every argument of every call in ``power`` that must
    be bytes on Python 3."""
    for index in range(1, len(power.children)):
        trailer = power.children[index]
        if trailer.type == syms.trailer and trailer.children[0].value == "(":
            yield from bytes_arguments(ctx, power, index)


def bytes_arguments(ctx: FileContext, power: Node,
                    index: int) -> Iterator[Tuple[Base, str]]:
    """(argument node, API name) for each argument of the call at ``index``
    that must be bytes on Python 3."""
    trailer = power.children[index]
    positional, keywords = tm.args_of(trailer)
    dotted = tm.callee(ctx, power, index)
    if dotted in ("struct.pack", "struct.pack_into"):
        skip = 1 if dotted == "struct.pack" else 3
        for position in _struct_string_args(positional[0] if positional else None):
            if position + skip < len(positional):
                yield positional[position + skip], f"`{dotted}()` ('s' format)"
        return
    wanted = BYTES_ARGUMENTS.get(dotted or "")
    api = f"`{(dotted or '').replace('builtins.', '')}()`"
    method_call = index >= 2 and power.children[index - 1].children[0].value == "."
    if wanted is None and method_call:
        method = power.children[index - 1].children[1].value
        receiver = tm.prefix_value(ctx, power, index - 1)
        wanted = BYTES_METHODS.get(receiver.obj, {}).get(method) or (
            BYTES_METHOD_NAMES.get(method))
        api = f"`.{method}()` of {receiver.origin or 'a socket'}"
    if wanted is None:
        return
    if dotted == "builtins.bytearray" and len(positional) > 1:
        return  # bytearray(text, 'utf-8') encodes
    for want in wanted:
        if isinstance(want, int) and want < len(positional):
            yield positional[want], api
        elif isinstance(want, str) and want in keywords:
            yield keywords[want], api


_STRUCT_CODE = re.compile(r"(\d*)([xcbB?hHiIlLqQnNefdspP])")


def _struct_string_args(fmt: Optional[Base]) -> List[int]:
    """Argument positions a struct format fills with 's' or 'p' (bytes) codes."""
    if fmt is None or fmt.type != token.STRING:
        return []
    text = fmt.value.lstrip("bBuUrR").strip("'\"")
    positions, index = [], 0
    for count, code in _STRUCT_CODE.findall(text.lstrip("@=<>!")):
        if code in "sp":
            positions.append(index)
            index += 1
        elif code != "x":
            index += int(count or 1)
    return positions


# -- native strings ------------------------------------------------------------------

ALWAYS, NON_ASCII = "always", "non-ascii"
# dotted callee -> {position or keyword: (what it is, when unicode fails on Python 2)}
NATIVE_ARGUMENTS: Dict[str, Dict[object, Tuple[str, str]]] = {
    "builtins.type": {0: ("the class name given to `type()`", ALWAYS)},
    "types.ModuleType": {0: ("the module name given to `types.ModuleType()`", ALWAYS)},
    "builtins.getattr": {1: ("the attribute name given to `getattr()`", NON_ASCII)},
    "builtins.setattr": {1: ("the attribute name given to `setattr()`", NON_ASCII)},
    "builtins.hasattr": {1: ("the attribute name given to `hasattr()`", NON_ASCII)},
    "builtins.delattr": {1: ("the attribute name given to `delattr()`", NON_ASCII)},
    "os.putenv": {0: ("an environment variable name", NON_ASCII),
                  1: ("an environment variable value", NON_ASCII)},
}
_CSV_KEYWORDS = {k: (f"the csv `{k}`", ALWAYS) for k in ("delimiter", "quotechar",
                                                          "escapechar")}
for _name in ("reader", "writer", "DictReader", "DictWriter", "register_dialect"):
    NATIVE_ARGUMENTS[f"csv.{_name}"] = dict(_CSV_KEYWORDS)


def native_arguments(ctx: FileContext, power: Node, index: int,
                     extra: Optional[Dict[str, Dict[object, Tuple[str, str]]]] = None,
                     ) -> Iterator[Tuple[Base, str, str]]:
    """(argument, what it is, ALWAYS or NON_ASCII) for each argument of the call
    at ``index`` that must be a native str on Python 2."""
    dotted = tm.callee(ctx, power, index)
    table = dict(NATIVE_ARGUMENTS, **(extra or {}))
    wanted = table.get(dotted or "")
    if not wanted:
        return
    positional, keywords = tm.args_of(power.children[index])
    if dotted == "builtins.type" and len(positional) != 3:
        return  # type(x) asks for a type, it makes none
    for key, (what, when) in wanted.items():
        if isinstance(key, int) and key < len(positional):
            yield positional[key], what, when
        elif isinstance(key, str) and key in keywords:
            yield keywords[key], what, when


def is_package_init(ctx: FileContext) -> bool:
    """True for a package's ``__init__.py``: its ``__all__`` feeds ``import *``."""
    return ctx.path.replace("\\", "/").rsplit("/", 1)[-1] == "__init__.py"


def needs_str(ctx: FileContext, node: Base, when: str = ALWAYS) -> Optional[tm.Value]:
    """The value of ``node`` if it is unicode on Python 2 only because of
    ``unicode_literals`` (a bare literal, maybe through a name), else None.

    With ``when`` NON_ASCII, only a literal holding non-ASCII characters counts.
    """
    value = tm.value_of(ctx, node)
    if value.kind is not tm.Kind.TEXT or value.source != "future-literal":
        return None
    if when == NON_ASCII and not value.non_ascii:
        return None
    return value


def str_fix(node: Base) -> Optional[str]:
    """``str('...')`` for a bare literal node, else None."""
    if isinstance(node, Leaf) and node.type == token.STRING:
        return f"str({node.value})"
    return None
