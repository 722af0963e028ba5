"""Utilities (Python 2.7)."""
from __future__ import absolute_import
from __future__ import division, with_statement
import os
from __future__ import print_function  # [late-future-import]

import sys; from __future__ import unicode_literals  # [late-future-import]


def helper():
    from __future__ import generators  # [late-future-import]
    return os.getcwd() + sys.prefix
