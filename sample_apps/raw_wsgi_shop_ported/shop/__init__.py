"""The shop of ``raw_wsgi_shop``, ported to run on Python 2.7 and 3 alike.

Serve it with any WSGI server, e.g. ``shop.app:application``.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

__version__ = '0.3.1'
