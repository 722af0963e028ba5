"""Debug helpers for the request log."""
import logging

log = logging.getLogger("app.debug")


def describe(environ):
    method = environ.get("REQUEST_METHOD", "GET")
    path = environ.get("PATH_INFO", "/")
    log.debug("request " + `method` + " " + `path`)  # [backtick-repr, backtick-repr]
    return "%s %s" % (method, repr(path))


def dump_headers(headers):
    lines = []
    for name, value in headers:
        lines.append("%s: %s" % (name, `value`))  # [backtick-repr]
    return "\n".join(lines)


def pair(a, b):
    return `a, b`  # [backtick-repr]


def nested(x):
    return `x + `x``  # [backtick-repr, backtick-repr]


def spanning(items):
    return `[i for i in items  # [backtick-repr]
             if i]`


# Backquotes in strings and comments are not code: `like this`.
HELP = "wrap names in `backquotes` in the docs"
QUOTE = '`'


def format_value(value):
    """Return `value` quoted; the docstring mentions `value` too."""
    return repr(value)
