"""py3ready: a static Python 2 -> 3 readiness checker built on fissix."""

import os as _os

__version__ = "0.1.0"

# Installed, the rules are the subpackage py3ready/fixers. In a source checkout
# they live in the top-level fixers/ directory, and `python -m py3ready` run
# from the checkout imports this directory, not the installed package: let
# `py3ready.fixers` resolve to ../fixers then.
_checkout_fixers = _os.path.join(_os.path.dirname(_os.path.dirname(__file__)), "fixers")
if not _os.path.isdir(_os.path.join(_os.path.dirname(__file__), "fixers")) and _os.path.isfile(
    _os.path.join(_checkout_fixers, "__init__.py")
):
    __path__.append(_os.path.dirname(_checkout_fixers))  # noqa: F821 - set by import
