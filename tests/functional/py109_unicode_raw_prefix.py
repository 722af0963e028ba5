# -*- coding: utf-8 -*-
"""URL routing for the wiki app."""
import re

SLUG = re.compile(ur"^[\w-]+$", re.UNICODE)  # [unicode-raw-prefix]
TITLE = re.compile(UR'^[^/]+$', re.UNICODE)  # [unicode-raw-prefix]
PLAIN = uR"no backslashes"  # [unicode-raw-prefix]
# +1: [unicode-raw-prefix]
TRIPLE = Ur"""multi
line"""

ROUTES = [
    (re.compile(r"^/$"), "index"),
    (re.compile(u"^/page/(\\d+)$"), "page"),
    (re.compile(b"^/static/"), "static"),
    (re.compile(br"^/raw/\d+$"), "raw"),
    (re.compile(R"^/about$"), "about"),
    (re.compile(U"^/café$"), "cafe"),
]
HELP = "prefix strings with ur'' on Python 2 only"


def route(path):
    for pattern, name in ROUTES:
        if pattern.match(path):
            return name
    our = "ur"  # a variable, not a prefix
    return our + ur'!'  # [unicode-raw-prefix]
