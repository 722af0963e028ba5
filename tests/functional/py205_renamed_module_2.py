# py3ready: select=PY205 siblings=commands,Queue
"""With absolute_import, a sibling's name means the stdlib module again."""
from __future__ import absolute_import

import commands  # [renamed-module]
from Queue import Queue  # [renamed-module]
from . import commands as local_commands


def modules():
    return commands, local_commands, Queue()
