"""Two-argument translate() on bytes, which Python 3 still accepts."""

KEEP_ALL = b"\0" * 256
SEPARATORS = b" ,;"


def has_separators(value):
    return value.translate(KEEP_ALL, SEPARATORS) != value


def strip_controls(value, controls):
    return isinstance(value, bytes) and value.translate(None, controls)


def strip_vowels(word):
    return word.translate(None, "aeiou")  # [str-translate-deletechars]
