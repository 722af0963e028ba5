"""A multi-valued dict and a wrapper around it (Python 2)."""


class MultiDict(object):
    def __init__(self, items):
        self._items = list(items)
        self.index = dict(self._items)

    def iterkeys(self):
        for key, value in self._items:
            yield key

    def itervalues(self):
        return self.index.itervalues()  # [dict-iter-method]


class UpperKeys(object):
    def __init__(self, multi, extra):
        self.multi = multi
        self.extra = extra

    def keys(self):
        return [key.upper() for key in self.multi.iterkeys()]

    def extra_keys(self, options):
        return list(options.iterkeys()) + list(self.extra.iterkeys())  # [dict-iter-method]


def headers(environ):
    return [name for name, value in environ.iteritems()]  # [dict-iter-method]
