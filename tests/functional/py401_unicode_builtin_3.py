"""Special methods only Python 2 calls: their bodies never run on Python 3."""


class Proxy(object):
    def __init__(self, target):
        self.target = target

    def __unicode__(self):
        return unicode(self.target)

    __cmp__ = lambda self, other: cmp(self.target, other)
    __long__ = lambda self: long(self.target)

    def __str__(self):
        return unicode(self.target).encode("utf-8")  # [unicode-builtin]


class Label(object):
    def __unicode__(self):
        return unicode(self.text)  # [unicode-builtin]

    __str__ = __unicode__


def __unicode__(value):
    return unicode(value)  # [unicode-builtin]
