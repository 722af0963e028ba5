"""Flags imports of standard-library modules that Python 3 renamed, merged or dropped.

## What it does
Finds `import X`, `import X as Y`, `import X.sub` and `from X import y` for
Python 2 modules that are gone under that name in Python 3: `urllib2`,
`urlparse`, `StringIO`, `cPickle`, `ConfigParser`, `Queue`, `httplib`, the
Tkinter family, the old capitalised `email` modules (`email.Utils`,
`email.MIMEText`) and many more. The message names the Python 3 home.

## Why is this bad?
The import raises `ImportError: No module named 'urllib2'` on Python 3, so
the whole module fails to load. Python 3.0 reorganised the standard library
(PEP 3108): modules were renamed to lowercase, grouped into packages such as
`http`, `urllib` and `html`, or removed.

## Example
```python
import cPickle as pickle
from StringIO import StringIO
```

Use instead:
```python
import pickle
from io import BytesIO
```

## Caveats
In a package without `from __future__ import absolute_import`, a module
named like a sibling file is that sibling (PY213 covers it) and is not
flagged here. A project module with the same name as an old stdlib module
(`commands.py`, `user.py`) in a directory that is not a package is flagged.
The Python 2 branch of a `try: ... except ImportError:` import shim is
flagged too. `urllib` itself still exists; its moved functions are PY207.

## References
- PEP 3108, "Standard Library Reorganization"
- What's New In Python 3.0, "Library Changes"
"""

from py3ready import scope
from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Confidence, Rule, Severity

RENAMED_MODULES = {
    # builtins and the interpreter
    "__builtin__": "`builtins`",
    "_winreg": "`winreg`",
    "copy_reg": "`copyreg`",
    "dummy_thread": "`threading` (`_dummy_thread` was removed in 3.9)",
    "exceptions": "the builtins of the same names",
    "new": "`types`",
    "repr": "`reprlib`",
    "thread": "`threading` (or the low-level `_thread`)",
    # data structures, text and serialisation
    "ConfigParser": "`configparser`",
    "Queue": "`queue`",
    "StringIO": "`io.StringIO` for text or `io.BytesIO` for bytes",
    "UserDict": "`collections.UserDict` (and `collections.abc.MutableMapping`)",
    "UserList": "`collections.UserList`",
    "UserString": "`collections.UserString`",
    "cPickle": "`pickle` (it uses the C implementation itself)",
    "cStringIO": "`io.StringIO` for text or `io.BytesIO` for bytes",
    "fpformat": "`format()` and f-strings",
    "md5": "`hashlib.md5`",
    "sets": "the `set` and `frozenset` builtins",
    "sha": "`hashlib.sha1`",
    "test.test_support": "`test.support`",
    # dbm: the generic front end took the name, the backends moved under it
    "anydbm": "`dbm`",
    "bsddb": "the `bsddb3` package on PyPI",
    "dbhash": "`dbm` (the BSD DB backend was dropped; `bsddb3` on PyPI)",
    "dbm": "`dbm.ndbm` (Python 3's `dbm` is the generic front end)",
    "dumbdbm": "`dbm.dumb`",
    "gdbm": "`dbm.gnu`",
    "whichdb": "`dbm.whichdb`",
    # internet protocols, web and markup
    "BaseHTTPServer": "`http.server`",
    "CGIHTTPServer": "`http.server`",
    "Cookie": "`http.cookies`",
    "DocXMLRPCServer": "`xmlrpc.server`",
    "HTMLParser": "`html.parser`",
    "SimpleHTTPServer": "`http.server`",
    "SimpleXMLRPCServer": "`xmlrpc.server`",
    "SocketServer": "`socketserver`",
    "cookielib": "`http.cookiejar`",
    "htmlentitydefs": "`html.entities`",
    "htmllib": "`html.parser`",
    "httplib": "`http.client`",
    "markupbase": "`_markupbase` (internal; subclass `html.parser.HTMLParser`)",
    "robotparser": "`urllib.robotparser`",
    "sgmllib": "`html.parser`",
    "urllib2": "`urllib.request` and `urllib.error`",
    "urlparse": "`urllib.parse`",
    "xmlrpclib": "`xmlrpc.client`",
    # mail: the old modules were folded into the email package
    "MimeWriter": "the `email` package",
    "mimetools": "the `email` package",
    "mimify": "the `email` package",
    "multifile": "the `email` package",
    "rfc822": "the `email` package (`email.utils` for dates and addresses)",
    "email.Charset": "`email.charset`",
    "email.Encoders": "`email.encoders`",
    "email.Errors": "`email.errors`",
    "email.FeedParser": "`email.feedparser`",
    "email.Generator": "`email.generator`",
    "email.Header": "`email.header`",
    "email.Iterators": "`email.iterators`",
    "email.MIMEAudio": "`email.mime.audio`",
    "email.MIMEBase": "`email.mime.base`",
    "email.MIMEImage": "`email.mime.image`",
    "email.MIMEMessage": "`email.mime.message`",
    "email.MIMEMultipart": "`email.mime.multipart`",
    "email.MIMENonMultipart": "`email.mime.nonmultipart`",
    "email.MIMEText": "`email.mime.text`",
    "email.Message": "`email.message`",
    "email.Parser": "`email.parser`",
    "email.Utils": "`email.utils`",
    "email.base64MIME": "`email.base64mime`",
    "email.quopriMIME": "`email.quoprimime`",
    # processes, files and the import system
    "commands": "`subprocess` (`getoutput`, `getstatusoutput`)",
    "compiler": "`ast`",
    "dircache": "`os.listdir`",
    "dl": "`ctypes`",
    "hotshot": "`cProfile`",
    "ihooks": "`importlib`",
    "imputil": "`importlib`",
    "mhlib": "`mailbox`",
    "mutex": "`threading.Lock`",
    "popen2": "`subprocess`",
    "posixfile": "`fcntl.lockf`",
    "statvfs": "the attributes of `os.statvfs()` results",
    "user": "nothing (it ran `~/.pythonrc.py`; use `site`)",
    # restricted execution was dropped as unsafe
    "Bastion": "nothing (restricted execution was dropped)",
    "rexec": "nothing (restricted execution was dropped)",
    # Tkinter became the tkinter package
    "Dialog": "`tkinter.dialog`",
    "FileDialog": "`tkinter.filedialog`",
    "ScrolledText": "`tkinter.scrolledtext`",
    "SimpleDialog": "`tkinter.simpledialog`",
    "Tix": "`tkinter.tix` (itself removed in 3.13)",
    "Tkconstants": "`tkinter.constants`",
    "Tkdnd": "`tkinter.dnd`",
    "Tkinter": "`tkinter`",
    "tkColorChooser": "`tkinter.colorchooser`",
    "tkCommonDialog": "`tkinter.commondialog`",
    "tkFileDialog": "`tkinter.filedialog`",
    "tkFont": "`tkinter.font`",
    "tkMessageBox": "`tkinter.messagebox`",
    "tkSimpleDialog": "`tkinter.simpledialog`",
    "ttk": "`tkinter.ttk`",
}
# Names that Python 3 still imports, as a different module.
STILL_IMPORTABLE = frozenset({"dbm"})



class FixRenamedModule(Py3Fix):
    RULE = Rule(
        id="PY205",
        symbol="renamed-module",
        category=Category.NAMES,
        severity=Severity.ERROR,
        message="`{module}` is a Python 2 module name: on Python 3 use {home}",
        fix_hint="import the module from its Python 3 home (or through six.moves)",
    )
    PATTERN = scope.module_import_pattern(RENAMED_MODULES)

    def transform(self, node, results):
        for module, where in scope.imports_of(self.ctx, node, RENAMED_MODULES):
            low = Confidence.LOW if module in STILL_IMPORTABLE else None
            self.report(where, confidence=low, module=module,
                        home=RENAMED_MODULES[module])
