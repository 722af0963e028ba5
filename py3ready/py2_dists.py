"""Well-known distributions that block a move to Python 3, and what replaces them.

The guidance checklist (``py3ready.guidance``) checks a project's declared
dependencies against these two tables. Only facts that are well established
are listed; a distribution missing here is simply not judged. Keys are
normalised names (PEP 503: lowercase, runs of ``-_.`` as ``-``).

``PYTHON2_ONLY``: no release supports Python 3; use the successor instead.
``FIRST_PYTHON3``: the first release that supports Python 3; a requirement
whose pins exclude every release from that one on blocks the move.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

# normalised name -> (name as published, what to use instead, why)
PYTHON2_ONLY: Dict[str, Tuple[str, str, str]] = {
    "mysql-python": ("MySQL-python", "mysqlclient",
                     "MySQL-python never supported Python 3; mysqlclient is its "
                     "maintained fork with the same MySQLdb API"),
    "pil": ("PIL", "Pillow",
            "PIL was never released for Python 3; Pillow is the drop-in fork"),
    "beautifulsoup": ("BeautifulSoup", "beautifulsoup4",
                      "BeautifulSoup 3 is Python 2 only; import it as bs4 from "
                      "beautifulsoup4"),
    "python-openid": ("python-openid", "python3-openid",
                      "python-openid is Python 2 only; python3-openid is its port"),
    "pypdf": ("pyPdf", "pypdf",
              "pyPdf is Python 2 only and unmaintained; pypdf (formerly PyPDF2) "
              "continues it"),
    "cheetah": ("Cheetah", "Cheetah3",
                "Cheetah 2 is Python 2 only; Cheetah3 is the Python 3 fork"),
    "pylons": ("Pylons", "Pyramid",
               "Pylons was never ported to Python 3; its authors moved to Pyramid"),
    "pysqlite": ("pysqlite", "the standard library's sqlite3",
                 "pysqlite 2 is the Python 2 package that became sqlite3"),
    "wsgiref": ("wsgiref", "the standard library's wsgiref",
                "the wsgiref distribution on PyPI is an old Python 2 copy of the "
                "standard library module and does not install on Python 3"),
    "futures": ("futures", "the standard library's concurrent.futures",
                "a backport for Python 2 only (recent releases refuse to install "
                "on Python 3); keep it with a marker: futures; "
                "python_version < \"3\""),
    "functools32": ("functools32", "the standard library's functools",
                    "a backport for Python 2.7 only; keep it with a marker: "
                    "functools32; python_version < \"3\""),
    "enum34": ("enum34", "the standard library's enum",
               "a backport that shadows the standard enum module on Python 3 (on "
               "3.6 and newer `re` then fails: module 'enum' has no attribute "
               "'IntFlag'); keep it with a marker: enum34; python_version < \"3.4\""),
}

# normalised name -> (name as published, first version supporting Python 3)
FIRST_PYTHON3: Dict[str, Tuple[str, Tuple[int, ...]]] = {
    "django": ("Django", (1, 5)),
    "flask": ("Flask", (0, 10)),
    "werkzeug": ("Werkzeug", (0, 9)),
    "webob": ("WebOb", (1, 2)),
    "paste": ("Paste", (2, 0)),
    "fabric": ("Fabric", (2, 0)),
    "gevent": ("gevent", (1, 1)),
    "python-ldap": ("python-ldap", (3, 0)),
    "mechanize": ("mechanize", (0, 4)),
    "supervisor": ("supervisor", (4, 0)),
    "web-py": ("web.py", (0, 40)),
}


def normalise(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()
