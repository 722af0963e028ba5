"""Model identity helpers (Python 2)."""
from collections import namedtuple

__metaclass__ = type


class UserId(object):
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):  # [eq-without-hash]
        return isinstance(other, UserId) and self.value == other.value


class Email(UserId):
    def __eq__(self, other):  # [eq-without-hash]
        return self.value.lower() == other.value.lower()


class Point(namedtuple("Point", "x y")):
    def __eq__(self, other):  # [eq-without-hash]
        return tuple(self) == tuple(other)


class Hashed(object):
    def __eq__(self, other):
        return self.key == other.key

    def __hash__(self):
        return hash(self.key)


class NotHashable(object):
    def __eq__(self, other):
        return self.key == other.key

    __hash__ = None


class BareInNewStyleModule:
    def __eq__(self, other):  # [eq-without-hash]
        return True


def __eq__(a, b):
    return a is b
