# -*- coding: utf-8 -*-
"""The in-memory catalogue and carts."""
import os
import sys

from util import log, slugify

ORDER_FILE_MODE = 0644
MAX_QUANTITY = sys.maxint


class ProductError(Exception):
    pass


class Product(object):

    def __init__(self, sku, name, price_cents, stock=0, tags=()):
        self.sku = sku
        self.name = unicode(name)
        self.price_cents = long(price_cents)
        self.stock = stock
        self.tags = [unicode(t) for t in tags]

    def __nonzero__(self):
        return self.stock > 0

    def __repr__(self):
        return '<Product %s>' % self.sku

    @property
    def slug(self):
        return slugify(self.name)


CATALOGUE = {}
CARTS = {}


def add(product):
    if CATALOGUE.has_key(product.sku):
        raise ProductError, "duplicate sku %s" % product.sku
    CATALOGUE[product.sku] = product


def get(sku):
    try:
        return CATALOGUE[sku]
    except KeyError:
        raise ProductError("no such product: " + `sku`)


def all_products():
    skus = CATALOGUE.keys()
    skus.sort()
    return [CATALOGUE[sku] for sku in skus]


def by_price():
    return sorted(CATALOGUE.values(),
                  cmp=lambda a, b: cmp(a.price_cents, b.price_cents))


def tagged(tag):
    return [p for p in all_products() if tag in p.tags]


def save_order(cart_id, directory):
    """Append a cart to the order log (only when an order directory is set)."""
    path = os.path.join(directory, 'orders.log')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, ORDER_FILE_MODE)
    lines = ['%s %s %d\n' % (cart_id, sku, qty)
             for sku, qty in CARTS[cart_id].iteritems()]
    os.write(fd, ''.join(lines))
    os.close(fd)
    log("order %s saved", cart_id)


for _row in [('A100', 'Espresso cup', 450, 12, ['kitchen']),
             ('A200', u'Café au lait bowl', 990, 4, [u'café', 'kitchen']),
             ('B100', 'Tea towel', 600, 0, ['kitchen', 'linen']),
             ('B200', u'Crème brûlée set', 2450, 2, [u'café']),
             ('C100', 'Linen napkins', 1200, 30, ['linen'])]:
    add(Product(*_row))
