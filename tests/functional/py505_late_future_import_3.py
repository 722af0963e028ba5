"""Docstring."""
"""A second string is an ordinary statement."""
from __future__ import division  # [late-future-import]
from __future__ import division; import os; from __future__ import division  # [late-future-import, late-future-import]
