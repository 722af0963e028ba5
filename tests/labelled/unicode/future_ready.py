"""A module already ported with every __future__ import: the traps stay quiet."""
from __future__ import absolute_import, division, print_function, unicode_literals

import os


class Config(object):
    __slots__ = ('name', 'debug')

    def __init__(self, name):
        self.name = name
        self.debug = getattr(os, 'environ', {}).get('APP_DEBUG') == '1'

    def option(self, key, default=None):
        if hasattr(self, key):
            return getattr(self, key)
        return default


def configure(name):
    os.environ['APP_NAME'] = name
    os.environ.setdefault('APP_MODE', 'production')
    return Config(name)


def status(code):
    return str('%d %s') % (code, str('OK') if code == 200 else str('Error'))


def ratio(done, total):
    return done / total if total else 0.0
