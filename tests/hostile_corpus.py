"""A corpus of hostile and broken input, built at test time (no committed binaries).

``build(root)`` writes the corpus under ``root`` and returns what a scan must
say about each file: ``Expect(rules=...)`` lists the tool findings (PY0xx) the
file must get (empty: it is scanned normally) and ``grammar`` whether a tree
was built. Files that must not appear in the report at all (symlink loops,
links out of the tree) are listed in ``ABSENT``.
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Tuple

# Written by evil.py if it were ever imported or executed.
SENTINEL = "PWNED_BY_SCANNED_CODE"
# The name of the file whose name is not valid UTF-8, and how the report shows it.
BAD_NAME = b"caf\xe9_\xff.py"
BAD_NAME_REPORTED = "caf\\xe9_\\xff.py"


@dataclass(frozen=True)
class Expect:
    """What a scan must report for one corpus file."""

    tools: Tuple[str, ...] = ()  # PY0xx findings, sorted
    parsed: bool = True  # a syntax tree was built (rules ran)
    message: str = ""  # a fragment of the (first) tool finding's message
    rules: Tuple[str, ...] = field(default=())  # other rule ids that must be present


def _evil(sentinel_dir: Path) -> str:
    target = str(sentinel_dir / SENTINEL)
    return (
        "import os\n"
        f"open({target!r}, 'w').write('x')\n"
        "os.system('touch ' + %r)\n"
        "__import__('shutil').rmtree('/definitely/not/here', True)\n"
        "print 'if you can read this on disk, py3ready ran me'\n" % (target + "2")
    )


def build(root: Path, sentinel_dir: Path) -> Dict[str, Expect]:
    """Write the corpus under ``root``; return {report path: expected outcome}."""
    rnd = random.Random(9)
    files: Dict[str, Tuple[bytes, Expect]] = {
        "random_bytes.py": (
            bytes(rnd.randrange(256) for _ in range(4096)),
            Expect(("PY002",), parsed=False, message="NUL bytes"),
        ),
        "nul_bytes.py": (
            b"x = 1\nprint 'a'\0\nprint 'b'\n",
            Expect(("PY002",), parsed=False, message="NUL bytes"),
        ),
        "latin1_no_cookie.py": (
            "name = 'Jos\xe9'\nprint name\n".encode("latin-1"),
            Expect(("PY002",), message="not valid UTF-8", rules=("PY101",)),
        ),
        "unknown_codec.py": (
            b"# -*- coding: klingon-42 -*-\nprint 'hello'\n",
            Expect(("PY002",), message="unknown encoding 'klingon-42'",
                   rules=("PY101",)),
        ),
        "bom_and_cookie.py": (
            b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nprint 'x'\n",
            Expect(("PY002",), message="byte order mark", rules=("PY101",)),
        ),
        "empty.py": (b"", Expect()),
        "comments_only.py": (b"# just a comment\n# another\n\n#\n", Expect()),
        "syntax_error.py": (
            b"def broken(:\n    pass\n",
            Expect(("PY001",), parsed=False, message="cannot parse"),
        ),
        # fastparse is iterative, so deep nesting is analysed like any code.
        # CPython refuses it on 2.7 too (its parser stack overflows), so it is
        # not a porting problem and no PY0xx finding hides the real ones.
        "deep_parens.py": (
            b"x = " + b"(" * 3000 + b"1" + b")" * 3000 + b"\nprint 'deep'\n",
            Expect(rules=("PY101",)),
        ),
        "long_line.py": (
            b"s = '" + b"a" * (2 * 1024 * 1024) + b"'\nprint s\n",
            Expect(rules=("PY101",)),
        ),
        "many_lines.py": (
            b"x = 1\n" * 200_000 + b"print x\n",
            Expect(rules=("PY101",)),
        ),
        "python3_only.py": (
            b"import asyncio\n"
            b"def f(a, /, b, *, c):\n    return a\n"
            b"async def g(y):\n    await asyncio.sleep(0)\n"
            b"    if (n := len(y)) > 1:\n        print(f'{n!r:>10}')\n"
            b"    match y:\n        case [1, *rest]:\n            return rest\n"
            b"        case _:\n            return None\n",
            # `match` needs Python 3.10: an older interpreter rightly says PY001
            Expect(("PY003",), parsed=True, message="Python 3 compiles it")
            if sys.version_info >= (3, 10)
            else Expect(("PY001",), parsed=False, message="cannot parse"),
        ),
        "python3_fstring_walrus_async.py": (
            b"async def g(y):\n    async with y as z:\n        await z\n"
            b"    print(f'{y!r}')\n",
            Expect(()),
        ),
        "tabs_and_spaces.py": (
            b"if x:\n        a = 1\n\tprint a\n",
            Expect(rules=("PY101",)),
        ),
        "form_feeds.py": (
            b"x = 1\n\x0c\ndef f():\n    print x\n\x0c\ndef g():\n\x0c    pass\n",
            Expect(rules=("PY101",)),
        ),
        "binary_no_nul.py": (
            bytes(rnd.randrange(1, 256) for _ in range(4096)),
            Expect(("PY001", "PY002"), parsed=False, message="not valid UTF-8"),
        ),
        "utf7_surrogate.py": (
            b"# coding: utf-7\nx = '+2AA-'\nprint x\n",
            Expect(("PY002",), message="lone surrogates", rules=("PY101",)),
        ),
        "raw_escape_surrogate.py": (
            b"# coding: raw_unicode_escape\nx = '\\udcff \\u001b[2J'\nprint x\n",
            Expect(("PY002",), message="lone surrogates", rules=("PY101",)),
        ),
        "cr_only.py": (b"x = 1\rprint x\r", Expect(rules=("PY101",))),
        "control_chars.py": (
            b"print '\x1b[31mRED\x1b[0m \x07 \x08'  # \x1b]0;pwned\x07\n",
            Expect(rules=("PY101",)),
        ),
        "evil.py": (_evil(sentinel_dir).encode(), Expect(rules=("PY101",))),
    }
    expected: Dict[str, Expect] = {}
    for name, (data, expect) in files.items():
        (root / name).write_bytes(data)
        expected[name] = expect
    # A name that is not valid UTF-8 (Linux file names are bytes).
    if sys.platform.startswith("linux"):
        with open(os.path.join(os.fsencode(root), BAD_NAME), "wb") as handle:
            handle.write(b"print '\xe9'\n")  # not UTF-8 either
        expected[BAD_NAME_REPORTED] = Expect(("PY002",), message="not valid UTF-8",
                                             rules=("PY101",))
    # Symlinks: a loop, a link to a directory out of the tree, a file out of the tree.
    (root / "pkg").mkdir()
    (root / "pkg" / "mod.py").write_bytes(b"print 'in pkg'\n")
    expected["pkg/mod.py"] = Expect(rules=("PY101",))
    os.symlink(root / "pkg", root / "pkg" / "loop")
    os.symlink(".", root / "self")
    outside = sentinel_dir / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.py").write_bytes(b"print 'outside'\n")
    os.symlink(outside, root / "out_dir")
    os.symlink(outside / "secret.py", root / "out_file.py")
    return expected


# Paths that must never appear in the report.
ABSENT = ("pkg/loop/mod.py", "self/pkg/mod.py", "out_dir/secret.py", "out_file.py")
