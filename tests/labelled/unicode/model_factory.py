"""Dynamic models for a plugin system, written with unicode_literals."""
from __future__ import absolute_import, print_function, unicode_literals

import collections
import types

BASE_NAME = 'Record'
Point = collections.namedtuple('Point', 'x y')


def model(name, fields):
    attrs = dict(fields)
    attrs['__slots__'] = ()
    return type(str(name), (object,), attrs)


def record_type(fields):
    return type(BASE_NAME, (object,), dict(fields))  # [unicode-literal-in-native-api]


def plugin(name):
    module = types.ModuleType('plugin')  # [unicode-literal-in-native-api]
    module.__doc__ = 'Plugin %s' % name
    return module


def renamed(func, label):
    func.__name__ = 'plugin_' + label  # [unicode-literal-in-native-api]
    return func


def wrapped(func):
    def inner(*args, **kwargs):
        return func(*args, **kwargs)
    inner.__name__ = func.__name__
    inner.__doc__ = 'wrapped'
    return inner
