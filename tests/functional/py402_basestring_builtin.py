"""Response header helpers (Python 2.7)."""
import six


def header_value(value):
    if not isinstance(value, basestring):  # [basestring-builtin]
        value = str(value)
    return value


def is_string_list(values):
    return all(isinstance(value, basestring) for value in values)  # [basestring-builtin]


def portable(value):
    # six.string_types is the spelling that works on both versions
    return isinstance(value, six.string_types)


try:
    string_types = basestring
except NameError:  # Python 3
    string_types = str


def check(value, kinds=string_types):
    # "basestring" in a string is fine
    return isinstance(value, kinds), "basestring"
