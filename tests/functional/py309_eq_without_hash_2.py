"""Old-style classes were already unhashable with __eq__ on Python 2."""


class Legacy:
    def __eq__(self, other):
        return True


class Bare():
    def __eq__(self, other):
        return True


class Meta:
    __metaclass__ = type

    def __eq__(self, other):  # [eq-without-hash]
        return True
