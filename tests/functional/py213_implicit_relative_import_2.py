# py3ready: siblings=models,util expect=nothing
"""With absolute_import, `import models` means a top-level module: no finding."""
from __future__ import absolute_import

import models
from util import slugify
from . import util

try:
    import simplejson as json
except ImportError:
    import json


def describe():
    return models, slugify, util, json
