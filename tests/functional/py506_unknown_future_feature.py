"""Helpers (Python 2.7)."""
from __future__ import print_functions  # [unknown-future-feature]
from __future__ import division, unicode_literal  # [unknown-future-feature]
from __future__ import annotations  # [unknown-future-feature]
from __future__ import absolute_import as absolute
from __future__ import (nested_scopes, generators,
                        with_statement)
from __future__ import *  # [unknown-future-feature]
