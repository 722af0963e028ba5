"""Setting a Python 2 function attribute: Python 3 accepts it (no AttributeError)."""


def renamed(function, name, doc):
    function.func_name = name
    function.func_doc = doc
    return function


def copy_name(target, source):
    target.func_name = source.func_name  # [function-attribute]
    return target


def drop_name(function):
    del function.func_name  # [function-attribute]


def grow_name(function):
    function.func_name += "_v2"  # [function-attribute]
