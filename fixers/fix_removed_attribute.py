"""Flags uses of standard-library functions and constants that Python 3 removed.

## What it does
Finds `module.name` attribute uses and `from module import name` imports
of names that no longer exist: `string.letters` and the `string` module's
functions, `os.getcwdu`, `os.path.walk`, `sys.maxint`, `sys.exc_type`,
`itertools.izip`, the `types` constants (`types.StringType`),
`urllib.urlencode` and the other functions that moved to `urllib.parse` and
`urllib.request`, `collections.Mapping`, `inspect.getargspec`,
`time.clock` and more. Imports are followed, so `import string as s;
s.letters` is found too, and a local variable that shadows the module
(a parameter called `string`) is not. Names removed after 3.0 carry the
version that removed them, so `--target` decides whether they count.

## Why is this bad?
The lookup raises `AttributeError: module 'string' has no attribute
'letters'` on Python 3 (an `ImportError` for a from-import), at the
moment the line runs.

## Example
```python
import string, sys
alphabet = string.letters
biggest = sys.maxint
```

Use instead:
```python
import string, sys
alphabet = string.ascii_letters
biggest = sys.maxsize
```

## Caveats
`types.NoneType`, `types.EllipsisType` and `types.NotImplementedType` were
removed in 3.0 and added back in 3.10: they are flagged only for a target
older than 3.10. Uses of a from-imported name (`izip(a, b)` after
`from itertools import izip`) are not flagged again; the import is.

## References
- What's New In Python 3.0, "Library Changes"
- What's New In Python 3.7 to 3.13, "Removed" sections
"""

from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity, parse_version


def _same(module, names, replacement, removed_in=None):
    """Entries for several names of ``module`` with one replacement text."""
    return {f"{module}.{name}": (replacement.format(name=name), removed_in)
            for name in names.split()}


# "module.name" -> (what to use instead, the release that removed it or None for 3.0)
REMOVED_ATTRIBUTES = {
    # base64
    "base64.decodestring": ("`base64.decodebytes`", "3.9"),
    "base64.encodestring": ("`base64.encodebytes`", "3.9"),
    # cgi (the module itself goes in 3.13: PY206)
    "cgi.escape": ("`html.escape` (it also escapes quotes by default)", "3.8"),
    "cgi.parse_qs": ("`urllib.parse.parse_qs`", "3.8"),
    "cgi.parse_qsl": ("`urllib.parse.parse_qsl`", "3.8"),
    # collections: the abstract base classes live in collections.abc
    **_same("collections", "Callable Container Hashable ItemsView Iterable Iterator "
            "KeysView Mapping MappingView MutableMapping MutableSequence MutableSet "
            "Sequence Set Sized ValuesView", "`collections.abc.{name}`", "3.10"),
    # gettext: the l*gettext() functions returned encoded bytes
    "gettext.ldgettext": ("`gettext.dgettext`", "3.11"),
    "gettext.ldngettext": ("`gettext.dngettext`", "3.11"),
    "gettext.lgettext": ("`gettext.gettext`", "3.11"),
    "gettext.lngettext": ("`gettext.ngettext`", "3.11"),
    # inspect
    "inspect.formatargspec": ("`inspect.signature()`", "3.11"),
    "inspect.getargspec": ("`inspect.signature()` or `getfullargspec()`", "3.11"),
    "inspect.getmoduleinfo": ("`inspect.getmodulename()`", "3.6"),
    # itertools: the builtins became lazy
    "itertools.ifilter": ("the `filter` builtin", None),
    "itertools.ifilterfalse": ("`itertools.filterfalse`", None),
    "itertools.imap": ("the `map` builtin", None),
    "itertools.izip": ("the `zip` builtin", None),
    "itertools.izip_longest": ("`itertools.zip_longest`", None),
    # locale
    "locale.format": ("`locale.format_string()`", "3.12"),
    # operator
    "operator.__delslice__": ("`operator.delitem(a, slice(b, c))`", None),
    "operator.__div__": ("`operator.truediv` or `operator.floordiv`", None),
    "operator.__getslice__": ("`operator.getitem(a, slice(b, c))`", None),
    "operator.__idiv__": ("`operator.itruediv` or `operator.ifloordiv`", None),
    "operator.__setslice__": ("`operator.setitem(a, slice(b, c), v)`", None),
    "operator.delslice": ("`operator.delitem(a, slice(b, c))`", None),
    "operator.div": ("`operator.truediv` or `operator.floordiv`", None),
    "operator.getslice": ("`operator.getitem(a, slice(b, c))`", None),
    "operator.idiv": ("`operator.itruediv` or `operator.ifloordiv`", None),
    "operator.irepeat": ("`operator.imul`", None),
    "operator.isCallable": ("the `callable` builtin", None),
    "operator.isMappingType": ("`isinstance(x, collections.abc.Mapping)`", None),
    "operator.isNumberType": ("`isinstance(x, numbers.Number)`", None),
    "operator.isSequenceType": ("`isinstance(x, collections.abc.Sequence)`", None),
    "operator.repeat": ("`operator.mul`", None),
    "operator.sequenceIncludes": ("`operator.contains`", None),
    "operator.setslice": ("`operator.setitem(a, slice(b, c), v)`", None),
    # os
    "os.errno": ("`import errno`", "3.7"),
    "os.getcwdu": ("`os.getcwd()` (it returns text on Python 3)", None),
    "os.path.walk": ("`os.walk()`", None),
    "os.popen2": ("`subprocess.Popen`", None),
    "os.popen3": ("`subprocess.Popen`", None),
    "os.popen4": ("`subprocess.Popen`", None),
    "os.tempnam": ("the `tempfile` module", None),
    "os.tmpnam": ("the `tempfile` module", None),
    # platform
    "platform.dist": ("the `distro` package", "3.8"),
    "platform.linux_distribution": ("the `distro` package", "3.8"),
    "platform.popen": ("`os.popen()` or `subprocess`", "3.8"),
    # plistlib
    "plistlib.readPlist": ("`plistlib.load()`", "3.9"),
    "plistlib.readPlistFromString": ("`plistlib.loads()`", None),
    "plistlib.writePlist": ("`plistlib.dump()`", "3.9"),
    "plistlib.writePlistToString": ("`plistlib.dumps()`", None),
    # random
    "random.jumpahead": ("separate `random.Random` instances", None),
    # ssl
    "ssl.match_hostname": ("`SSLContext.check_hostname`", "3.12"),
    "ssl.wrap_socket": ("`ssl.SSLContext().wrap_socket()`", "3.12"),
    # string: constants became ascii_*, functions became str methods
    "string.atof": ("the `float()` builtin", None),
    "string.atoi": ("the `int()` builtin", None),
    "string.atol": ("the `int()` builtin", None),
    "string.joinfields": ("`sep.join(words)`", None),
    "string.letters": ("`string.ascii_letters`", None),
    "string.lowercase": ("`string.ascii_lowercase`", None),
    "string.maketrans": ("`str.maketrans()` or `bytes.maketrans()`", None),
    "string.splitfields": ("`s.split(sep)`", None),
    "string.uppercase": ("`string.ascii_uppercase`", None),
    **_same("string", "capitalize center count expandtabs find index join ljust lower "
            "lstrip replace rfind rindex rjust rstrip split strip swapcase translate "
            "upper zfill", "the `str.{name}()` method"),
    # sys
    "sys.exc_clear": ("nothing: Python 3 clears the exception after the handler", None),
    "sys.exc_traceback": ("`sys.exc_info()[2]`", None),
    "sys.exc_type": ("`sys.exc_info()[0]`", None),
    "sys.exc_value": ("`sys.exc_info()[1]`", None),
    "sys.exitfunc": ("`atexit.register()`", None),
    "sys.getcheckinterval": ("`sys.getswitchinterval()`", "3.9"),
    "sys.maxint": ("`sys.maxsize`", None),
    "sys.py3kwarning": ("nothing (it was the `-3` flag)", None),
    "sys.setcheckinterval": ("`sys.setswitchinterval()`", "3.9"),
    "sys.setdefaultencoding": ("explicit `encode()` and `decode()` calls", None),
    "sys.subversion": ("`sys.implementation`", None),
    # time
    "time.clock": ("`time.perf_counter()` or `time.process_time()`", "3.8"),
    # types: use the builtin types themselves
    "types.BooleanType": ("`bool`", None),
    "types.BufferType": ("`memoryview`", None),
    "types.ClassType": ("`type` (there are no classic classes)", None),
    "types.ComplexType": ("`complex`", None),
    "types.DictProxyType": ("`types.MappingProxyType`", None),
    "types.DictType": ("`dict`", None),
    "types.DictionaryType": ("`dict`", None),
    "types.EllipsisType": ("`type(Ellipsis)`", None),
    "types.FileType": ("`io.IOBase`", None),
    "types.FloatType": ("`float`", None),
    "types.InstanceType": ("`object` (there are no classic instances)", None),
    "types.IntType": ("`int`", None),
    "types.ListType": ("`list`", None),
    "types.LongType": ("`int`", None),
    "types.NoneType": ("`type(None)`", None),
    "types.NotImplementedType": ("`type(NotImplemented)`", None),
    "types.ObjectType": ("`object`", None),
    "types.SliceType": ("`slice`", None),
    "types.StringType": ("`str` for text or `bytes`", None),
    "types.StringTypes": ("`str` (or `(str, bytes)`)", None),
    "types.TupleType": ("`tuple`", None),
    "types.TypeType": ("`type`", None),
    "types.UnboundMethodType": ("`types.FunctionType` (methods are functions)", None),
    "types.UnicodeType": ("`str`", None),
    "types.XRangeType": ("`range`", None),
    # unittest module-level helpers
    **_same("unittest", "findTestCases getTestCaseNames makeSuite",
            "`unittest.TestLoader` methods", "3.13"),
    # urllib: split between urllib.parse and urllib.request
    **_same("urllib", "quote quote_plus unquote unquote_plus urlencode splitattr "
            "splithost splitnport splitpasswd splitport splitquery splittag splittype "
            "splituser splitvalue", "`urllib.parse.{name}`"),
    **_same("urllib", "urlopen urlretrieve urlcleanup pathname2url url2pathname "
            "getproxies URLopener FancyURLopener", "`urllib.request.{name}`"),
    "urllib.ContentTooShortError": ("`urllib.error.ContentTooShortError`", None),
}
# Removed in 3.0 and added back later: flagged only for an older target.
READDED = {"types.EllipsisType": "3.10", "types.NoneType": "3.10",
           "types.NotImplementedType": "3.10"}

_MODULES = sorted({name.rsplit(".", 1)[0] for name in REMOVED_ATTRIBUTES})
_ATTRS = "(%s)" % "|".join(
    sorted({repr(name.rsplit(".", 1)[1]) for name in REMOVED_ATTRIBUTES}))
_FROM = "(%s)" % " | ".join(
    repr(m) if "." not in m else
    "dotted_name< %s >" % " '.' ".join(map(repr, m.split("."))) for m in _MODULES)


class FixRemovedAttribute(Py3Fix):
    RULE = Rule(
        id="PY207",
        symbol="removed-attribute",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{name}` was removed {when}: use {replacement}",
        fix_hint="use the replacement named in the message",
    )
    PATTERN = f"""
        power< NAME any* trailer< '.' {_ATTRS} > any* >
        | import_from< 'from' {_FROM} 'import' any* >
    """

    def transform(self, node, results):
        if node.type == self.syms.import_from:
            for item in scope.imported_names(node):
                if item.name and item.name != "*":
                    self._check(item.name_node, f"{item.module}.{item.name}")
            return None
        head = node.children[0]
        dotted = head.value
        for trailer in node.children[1:]:
            if trailer.type != syms.trailer or trailer.children[0].type != token.DOT:
                break
            dotted += "." + trailer.children[1].value
            qualified = scope.for_node(self.ctx, node).qualify(head, dotted)
            if qualified is None:
                break  # the first name is a local variable, not the module
            if self._check(trailer.children[1], qualified):
                break
        return None

    def _check(self, where, name):
        entry = REMOVED_ATTRIBUTES.get(name)
        if entry is None:
            return False
        replacement, removed_in = entry
        if name in READDED and not self._target_before(READDED[name]):
            return False
        when = f"in Python {removed_in}" if removed_in else "in Python 3"
        self.report(where, removed_in=removed_in, name=name, when=when,
                    replacement=replacement)
        return True

    def _target_before(self, version):
        target = self.ctx.options.get("target")
        return bool(target) and parse_version(target) < parse_version(version)
