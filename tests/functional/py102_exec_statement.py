"""Template helpers for a small WSGI app (Python 2.5 era)."""
import os

SETTINGS_FILE = os.environ.get("APP_SETTINGS", "settings.conf")


def load_settings(path=SETTINGS_FILE):
    namespace = {"__file__": path}
    source = open(path).read()
    exec source in namespace  # [exec-statement]
    return namespace


def compile_handler(code, globs, locs):
    exec compile(code, "<handler>", "exec") in globs, locs  # [exec-statement]
    return locs.get("handler")


def run_snippet(snippet):
    exec snippet  # [exec-statement]


def run_quietly(snippet):
    # exec(snippet) with one parenthesised argument means the same on Python 3
    exec(snippet)
    exec ("x = 1", {})  # the tuple form is a call on Python 3 too


def run_in(snippet, ns):
    exec (snippet) in ns  # [exec-statement]


def multi_line(ns):
    exec ("a = 1\n"  # [exec-statement]
          "b = 2") in ns


class Sandbox(object):
    """The word exec in a docstring: exec code in ns."""

    def execute(self, code):
        # exec code in self.ns  <- a comment, not code
        self.exec_count = getattr(self, "exec_count", 0) + 1
        message = "exec %s in sandbox" % code
        exec code in self.__dict__  # [exec-statement]
        return message


def application(environ, start_response):
    settings = load_settings()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(settings.get("GREETING", "hello"))]
