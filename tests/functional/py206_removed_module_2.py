# py3ready: target=3.11
"""For a 3.11 target, only what was gone by 3.11 counts."""
import imp
import cgi
import parser  # [removed-module]
import binhex  # [removed-module]
from distutils.util import strtobool


def versions():
    return imp, cgi, parser, binhex, strtobool
