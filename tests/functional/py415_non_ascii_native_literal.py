# -*- coding: utf-8 -*-
"""Menu of a French café (Python 2.7, no unicode_literals)."""
import logging

log = logging.getLogger(__name__)

TITLE = 'Café du coin'  # [non-ascii-native-literal]
EURO = '\xe2\x82\xac'  # [non-ascii-native-literal]
ASCII = 'Menu'
TEXT = u'Café'
DATA = b'\xff\xfe'
PATTERN = r'\xe9'  # raw: a backslash and three letters on both versions


def price(amount):
    return '%.2f %s' % (amount, EURO)


def slug(name):
    if name == 'crème brûlée':  # [non-ascii-native-literal]
        return 'creme-brulee'
    return name.lower()


def greet(name):
    log.info('Café ouvert pour %s', name)
    print 'Bienvenue au café'
    return u'Bonjour ' + name


def check(item):
    if not item:
        raise ValueError('élément vide')
    return item


def title_text():
    return 'Café'.decode('utf-8')  # PY405 reports this one


def menu():
    """Le menu du café, en texte."""
    return [
        ('Crêpe', 4),  # [non-ascii-native-literal]
        ('Thé', 2),  # [non-ascii-native-literal]
    ]


PRICES = {'crêpe': 3.5, 'thé': 2}


def price(settings, name):
    return settings['clé'] + PRICES.get(name, 0)
