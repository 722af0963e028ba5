#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Settings loader (Python 2.7)."""
from __future__ import absolute_import

import os  # [missing-future-import]


def home():
    return os.path.expanduser('~')
