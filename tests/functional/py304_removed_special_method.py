"""Model classes for a WSGI shop (Python 2)."""
import functools

from django.utils.encoding import python_2_unicode_compatible


class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __nonzero__(self):  # [removed-special-method]
        return self.cents != 0

    def __cmp__(self, other):  # [removed-special-method]
        return cmp(self.cents, other.cents)

    def __div__(self, count):  # [removed-special-method]
        return Money(self.cents / count)

    def __rdiv__(self, other):  # [removed-special-method]
        return other / self.cents

    def __idiv__(self, count):  # [removed-special-method]
        self.cents /= count
        return self

    def __coerce__(self, other):  # [removed-special-method]
        return self, Money(other)

    def __long__(self):  # [removed-special-method]
        return long(self.cents)

    def __hex__(self):  # [removed-special-method]
        return hex(self.cents)

    def __unicode__(self):  # [removed-special-method]
        return u"%d.%02d" % divmod(self.cents, 100)


class PortedMoney(object):
    def __init__(self, cents):
        self.cents = cents

    def __bool__(self):
        return self.cents != 0

    __nonzero__ = __bool__

    def __truediv__(self, count):
        return PortedMoney(self.cents // count)

    def __div__(self, count):
        return self.__truediv__(count)

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __cmp__(self, other):
        return (self.cents > other.cents) - (self.cents < other.cents)

    def __index__(self):
        return self.cents

    def __oct__(self):
        return oct(self.cents)

    def __int__(self):
        return self.cents

    def __long__(self):
        return self.cents


class Basket(list):
    def __getslice__(self, start, stop):  # [removed-special-method]
        return Basket(list.__getslice__(self, start, stop))

    def __delslice__(self, start, stop):  # [removed-special-method]
        list.__delslice__(self, start, stop)


class Window(object):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Window(self.items[key])
        return self.items[key]

    def __getslice__(self, start, stop):
        return self.__getitem__(slice(start, stop))

    def __setitem__(self, index, value):
        self.items[index] = value

    def __setslice__(self, start, stop, values):  # [removed-special-method]
        self.items[start:stop] = values


class Product(object):
    name = "widget"

    def __unicode__(self):  # [removed-special-method]
        return self.name

    def __str__(self):
        return unicode(self).encode("utf-8")


class Category(object):
    def __unicode__(self):
        return u"category"

    __str__ = __unicode__


@python_2_unicode_compatible
class Tag(object):
    def __str__(self):
        return u"tag"

    def __unicode__(self):
        return u"tag"


def __nonzero__(self):
    # a module-level function, not a special method
    return True


class Mentions(object):
    doc = "define __nonzero__ and __cmp__ for Python 2"

    def nonzero(self):
        return True
