"""A module whose __future__ imports went wrong."""
import os
from __future__ import print_function  # [late-future-import]
from __future__ import unicode_literal  # [late-future-import, unknown-future-feature]


def cwd():
    return os.getcwd()
