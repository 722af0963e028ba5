# -*- coding: utf-8 -*-
"""The menu of a small French café (no unicode_literals)."""
import logging

log = logging.getLogger(__name__)

CURRENCY = '€'  # [non-ascii-native-literal]
DISHES = [
    (u'Crêpe au sucre', 3.5),
    (u'Café crème', 2.2),
]


def price_label(amount):
    return u'%.2f %s' % (amount, CURRENCY.decode('utf-8'))  # [decode-on-text]


def title():
    """Le menu du café."""
    log.info('Menu demandé')
    return u'Menu du café'


def find(name):
    for dish, price in DISHES:
        if dish == name:
            return price
    raise KeyError('plat inconnu : %s' % name)


def special(day):
    if day == 'mercredi':
        return 'Gâteau du jour'  # [non-ascii-native-literal]
    return None


ALLERGENS = {'crème': u'lait', 'noix': u'fruits à coque'}


def allergens(dish):
    return ALLERGENS.get(dish, u'aucun')
