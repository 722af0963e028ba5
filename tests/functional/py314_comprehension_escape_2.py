"""Reprs built with augmented assignments (Python 2)."""


class Bunch(object):
    def __repr__(self):
        name = '<%s ' % self.__class__.__name__
        name += ' '.join(['%s=%r' % (name, value)
                          for name, value in self.__dict__.items()])
        return name + '>'


def labels(pairs):
    text = ''
    text += ', '.join([key for key, value in pairs])
    return text, key  # [comprehension-escape]


def counted(rows):
    total = 0
    total += sum([row for row in rows])
    return total
