"""Feature tests on the receiver: the Python 2 method only runs where it exists."""


def pairs(mapping):
    if hasattr(mapping, "iteritems"):
        return list(mapping.iteritems())
    elif hasattr(mapping, "items"):
        return list(mapping.items())
    return list(mapping)


def first_key(mapping, key):
    return hasattr(mapping, "has_key") and mapping.has_key(key)


def advance(it):
    return it.next() if hasattr(it, "next") else next(it)


def unwrap(method):
    if hasattr(method, "im_func"):
        method = method.im_func
    return method


def other_receiver(mapping, fallback):
    if hasattr(fallback, "iteritems"):
        return mapping.iteritems()  # [dict-iter-method]


def other_attribute(mapping):
    if hasattr(mapping, "keys"):
        return mapping.iterkeys()  # [dict-iter-method]


def negated(mapping):
    if not hasattr(mapping, "itervalues"):
        return mapping.itervalues()  # [dict-iter-method]
    else:
        return mapping.itervalues()  # [dict-iter-method]
