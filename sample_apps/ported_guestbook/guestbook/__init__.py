"""A guestbook that runs unchanged on Python 2.7 and Python 3."""
from __future__ import absolute_import, division, print_function, unicode_literals

__version__ = '1.2'
