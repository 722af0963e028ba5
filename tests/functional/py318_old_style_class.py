"""Helpers with classic classes (Python 2)."""


class Settings:  # [old-style-class]
    debug = False


class Empty():  # [old-style-class]
    pass


class Modern(object):
    pass


class WithMeta:
    __metaclass__ = type


def factory():
    class Local:  # [old-style-class]
        pass
    return Local
