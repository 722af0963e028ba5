# py3ready: expect=nothing
#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Comments and blank lines may come first.

"""The docstring may come first."""

from __future__ import absolute_import
from __future__ import (division,
                        print_function)

import os

print(os.sep)
