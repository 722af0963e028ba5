# py3ready: siblings=models,forms,util
"""Views of the shop package (Python 2), importing siblings implicitly."""
import json  # [missing-future-absolute-import]
import models
from forms import OrderForm
from . import util


def show(product_id):
    product = models.get(product_id)
    return json.dumps({'id': product.id, 'form': OrderForm().render(),
                       'slug': util.slug(product.name)})
