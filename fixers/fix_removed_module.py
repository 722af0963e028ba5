"""Flags imports of standard-library modules that a later Python 3 release removed.

## What it does
Finds `import X`, `import X.sub` and `from X import y` for modules that
survived into Python 3 but were removed later: `imp`, `asyncore`,
`asynchat`, `smtpd` and `distutils` (3.12), `cgi`, `cgitb`, `lib2to3` and
the other "dead batteries" of PEP 594 (3.13), `formatter`, `parser` and
`symbol` (3.10), `binhex` (3.11), `xml.etree.cElementTree` and
`dummy_threading` (3.9), `macpath` (3.8). Each finding carries the
version that removed the module, so `--target` decides whether it counts.

## Why is this bad?
On the target version the import raises
`ModuleNotFoundError: No module named 'imp'`, so the whole module fails to
load, although the same code imports fine on earlier Python 3 releases.

## Example
```python
import imp
from distutils.core import setup
```

Use instead:
```python
import importlib
from setuptools import setup
```

## Caveats
In a package without `from __future__ import absolute_import`, a sibling
module with one of these names (`parser.py`, `formatter.py`) is what the
import finds on Python 2; PY213 reports it and this rule does not. Outside
packages, a project module with such a name is flagged.

## References
- PEP 594, "Removing dead batteries from the standard library"
- PEP 632, "Deprecate distutils module"
- What's New In Python 3.8 to 3.13, "Removed" sections
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

# module -> (the release that removed it, what to use instead)
REMOVED_MODULES = {
    "macpath": ("3.8", "`posixpath` or `ntpath`"),
    "dummy_threading": ("3.9", "`threading`"),
    "xml.etree.cElementTree": ("3.9", "`xml.etree.ElementTree` (fast since 3.3)"),
    "formatter": ("3.10", "your own formatting code (no replacement)"),
    "parser": ("3.10", "`ast`"),
    "symbol": ("3.10", "`ast` (no replacement for the symbol numbers)"),
    "binhex": ("3.11", "`base64` or `binascii` (no BinHex replacement)"),
    "asynchat": ("3.12", "`asyncio`"),
    "asyncore": ("3.12", "`asyncio`"),
    "distutils": ("3.12", "`setuptools`, `sysconfig` and `shutil`"),
    "imp": ("3.12", "`importlib`"),
    "smtpd": ("3.12", "the `aiosmtpd` package on PyPI"),
    # PEP 594 "dead batteries", removed in 3.13
    "aifc": ("3.13", "a third-party audio library"),
    "audioop": ("3.13", "a third-party audio library"),
    "cgi": ("3.13", "`urllib.parse` for queries and `email.message` for forms"),
    "cgitb": ("3.13", "`traceback` and `faulthandler`"),
    "chunk": ("3.13", "your own `struct`-based reader"),
    "crypt": ("3.13", "`hashlib` or the `bcrypt`/`passlib` packages"),
    "imghdr": ("3.13", "the `filetype` package or Pillow"),
    "lib2to3": ("3.13", "`ast`, or the `fissix`, `parso` or `libcst` packages"),
    "mailcap": ("3.13", "`mimetypes`"),
    "msilib": ("3.13", "a third-party MSI tool (no replacement)"),
    "nis": ("3.13", "a third-party NIS library (no replacement)"),
    "nntplib": ("3.13", "a third-party NNTP library (no replacement)"),
    "ossaudiodev": ("3.13", "a third-party audio library"),
    "pipes": ("3.13", "`subprocess` and `shlex.quote`"),
    "sndhdr": ("3.13", "the `filetype` package"),
    "spwd": ("3.13", "a third-party PAM library (no replacement)"),
    "sunau": ("3.13", "a third-party audio library"),
    "telnetlib": ("3.13", "a third-party telnet library (no replacement)"),
    "tkinter.tix": ("3.13", "`tkinter.ttk`"),
    "uu": ("3.13", "`base64` or `binascii`"),
    "xdrlib": ("3.13", "`struct`"),
}



class FixRemovedModule(Py3Fix):
    RULE = Rule(
        id="PY206",
        symbol="removed-module",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{module}` was removed in Python {version}: use {replacement}",
        fix_hint="move to the replacement before upgrading to that Python version",
    )
    PATTERN = scope.module_import_pattern(REMOVED_MODULES)

    def transform(self, node, results):
        for module, where in scope.imports_of(self.ctx, node, REMOVED_MODULES):
            version, replacement = REMOVED_MODULES[module]
            self.report(where, removed_in=version, module=module,
                        version=version, replacement=replacement)
