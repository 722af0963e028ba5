"""The top-level modules and the builtins of the Python 3 standard library.

Frozen from ``sys.stdlib_module_names`` of CPython 3.13, so every interpreter
py3ready runs on gives the same answer (3.9 has no such attribute). Used to
tell an import that works on Python 3 from one that needs a fallback.
"""

PYTHON3_STDLIB = frozenset("""
    __future__ _thread abc antigravity argparse array ast asyncio atexit base64 bdb
    binascii bisect builtins bz2 cProfile calendar cmath cmd code codecs codeop
    collections colorsys compileall concurrent configparser contextlib contextvars
    copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis
    doctest email encodings ensurepip enum errno faulthandler fcntl filecmp
    fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass
    gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib
    importlib inspect io ipaddress itertools json keyword linecache locale logging
    lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing
    netrc nt ntpath nturl2path numbers opcode operator optparse os pathlib pdb
    pickle pickletools pkgutil platform plistlib poplib posix posixpath pprint
    profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri
    random re readline reprlib resource rlcompleter runpy sched secrets select
    selectors shelve shlex shutil signal site smtplib socket socketserver sqlite3
    sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct
    subprocess symtable sys sysconfig syslog tabnanny tarfile tempfile termios
    textwrap this threading time timeit tkinter token tokenize tomllib trace
    traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest
    urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml
    xmlrpc zipapp zipfile zipimport zlib zoneinfo
""".split())

# The builtins of CPython 3.13, frozen for the same reason.
PYTHON3_BUILTINS = frozenset("""
    ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup
    BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError
    ConnectionAbortedError ConnectionError ConnectionRefusedError
    ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
    EnvironmentError Exception ExceptionGroup False FileExistsError
    FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
    ImportError ImportWarning IndentationError IndexError InterruptedError
    IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
    ModuleNotFoundError NameError None NotADirectoryError NotImplemented
    NotImplementedError OSError OverflowError PendingDeprecationWarning
    PermissionError ProcessLookupError PythonFinalizationError RecursionError
    ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration
    StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
    TimeoutError True TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning
    ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool
    breakpoint bytearray bytes callable chr classmethod compile complex copyright
    credits delattr dict dir divmod enumerate eval exec exit filter float format
    frozenset getattr globals hasattr hash help hex id input int isinstance
    issubclass iter len license list locals map max memoryview min next object oct
    open ord pow print property quit range repr reversed round set setattr slice
    sorted staticmethod str sum super tuple type vars zip
""".split())


def is_python3_stdlib(module: str) -> bool:
    """True if the top-level package of dotted ``module`` is in the stdlib."""
    return module.split(".", 1)[0] in PYTHON3_STDLIB
