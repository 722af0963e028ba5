"""Plugin registry and model base classes (Python 2)."""
import abc

import six

__metaclass__ = type


class PluginMeta(type):
    registry = {}

    def __init__(cls, name, bases, namespace):
        super(PluginMeta, cls).__init__(name, bases, namespace)
        PluginMeta.registry[name.lower()] = cls


class Plugin(object):
    __metaclass__ = PluginMeta  # [metaclass-attribute]

    def handle(self, environ):
        raise NotImplementedError


class Storage(object):
    __metaclass__ = abc.ABCMeta  # [metaclass-attribute]

    @abc.abstractmethod
    def save(self, key, value):
        pass


class Cache: __metaclass__ = PluginMeta  # [metaclass-attribute]


class NewStyle:
    __metaclass__ = type


@six.add_metaclass(PluginMeta)
class PortedPlugin(object):
    __metaclass__ = PluginMeta


class PortedStorage(six.with_metaclass(abc.ABCMeta, object)):
    @abc.abstractmethod
    def save(self, key, value):
        pass


def make_class():
    class Local(object):
        __metaclass__ = PluginMeta  # [metaclass-attribute]
    return Local


class Options(object):
    metaclass = PluginMeta
    doc = "__metaclass__ = PluginMeta in a string"
