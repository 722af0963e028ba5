# py3ready: siblings=models,utils
"""Views of the shop package (Python 2.7)."""
import json  # [missing-future-absolute-import]
import models
from utils import slugify
from . import helpers


def show(product_id):
    return json.dumps(models.get(product_id), default=slugify)
