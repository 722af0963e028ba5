# py3ready: siblings=models,utils expect=nothing
"""Already explicit: no implicit relative import left."""
from __future__ import absolute_import

from . import models
from .utils import slugify


def show(product_id):
    return slugify(models.get(product_id))
