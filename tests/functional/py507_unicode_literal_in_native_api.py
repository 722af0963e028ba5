# -*- coding: utf-8 -*-
"""Model factory and CSV export of an admin app (Python 2.7)."""
from __future__ import absolute_import, unicode_literals

import csv
import os
import types

MODEL_NAME = 'Product'


def make_model(fields):
    return type('Model', (object,), dict(fields))  # [unicode-literal-in-native-api]


def make_named(fields):
    return type(MODEL_NAME, (object,), dict(fields))  # [unicode-literal-in-native-api]


def make_ok(fields):
    return type(str('Model'), (object,), dict(fields))


def kind(value):
    return type(value)


def plugin_module(name):
    return types.ModuleType('plugins')  # [unicode-literal-in-native-api]


def renamed(function):
    function.__name__ = 'wrapped'  # [unicode-literal-in-native-api]
    return function


def export(rows, handle):
    writer = csv.writer(handle, delimiter=';', quotechar='"')  # [unicode-literal-in-native-api, unicode-literal-in-native-api]
    writer.writerows(rows)


def export_ok(rows, handle):
    csv.writer(handle, delimiter=str(';'), lineterminator='\n').writerows(rows)


class Semicolon(csv.Dialect):
    delimiter = ';'  # [unicode-literal-in-native-api]
    quotechar = str('"')
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL


class Settings(object):
    __slots__ = ('name', 'café')  # [unicode-literal-in-native-api]
    delimiter = ';'

    def lookup(self, key):
        return getattr(self, 'name') or getattr(self, 'prénom', None)  # [unicode-literal-in-native-api]


def configure():
    os.environ['APP_MODE'] = 'production'
    os.environ['APP_GREETING'] = 'Grüß Gott'  # [unicode-literal-in-native-api]
    os.environ[str('APP_USER')] = str('admin')
    settings = {}
    settings['greeting'] = 'Grüß Gott'
    return settings


def summary(count):
    # ordinary text is fine: no native API involved
    return 'Exported %d rows' % count
