# -*- coding: utf-8 -*-
"""The in-memory catalogue and carts."""
from __future__ import absolute_import, division, print_function, unicode_literals

import os
import sys

from .util import log, slugify

ORDER_FILE_MODE = 0o644
MAX_QUANTITY = sys.maxsize


class ProductError(Exception):
    pass


class Product(object):

    def __init__(self, sku, name, price_cents, stock=0, tags=()):
        self.sku = sku
        self.name = name
        self.price_cents = int(price_cents)
        self.stock = stock
        self.tags = list(tags)

    def __bool__(self):
        return self.stock > 0
    __nonzero__ = __bool__  # Python 2

    def __repr__(self):
        return str('<Product %s>' % self.sku)

    @property
    def slug(self):
        return slugify(self.name)


CATALOGUE = {}
CARTS = {}


def add(product):
    if product.sku in CATALOGUE:
        raise ProductError("duplicate sku %s" % product.sku)
    CATALOGUE[product.sku] = product


def get(sku):
    try:
        return CATALOGUE[sku]
    except KeyError:
        raise ProductError("no such product: '%s'" % sku)


def all_products():
    return [CATALOGUE[sku] for sku in sorted(CATALOGUE)]


def by_price():
    return sorted(CATALOGUE.values(), key=lambda product: product.price_cents)


def tagged(tag):
    return [p for p in all_products() if tag in p.tags]


def save_order(cart_id, directory):
    """Append a cart to the order log (only when an order directory is set)."""
    path = os.path.join(directory, 'orders.log')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, ORDER_FILE_MODE)
    lines = ['%s %s %d\n' % (cart_id, sku, qty)
             for sku, qty in sorted(CARTS[cart_id].items())]
    os.write(fd, ''.join(lines).encode('utf-8'))
    os.close(fd)
    log("order %s saved", cart_id)


for _row in [('A100', 'Espresso cup', 450, 12, ['kitchen']),
             ('A200', 'Café au lait bowl', 990, 4, ['café', 'kitchen']),
             ('B100', 'Tea towel', 600, 0, ['kitchen', 'linen']),
             ('B200', 'Crème brûlée set', 2450, 2, ['café']),
             ('C100', 'Linen napkins', 1200, 30, ['linen'])]:
    add(Product(*_row))
