"""Slug helpers (Python 2)."""
import string

PUNCTUATION = "!?,.;:"


def slugify(title):
    cleaned = title.translate(None, PUNCTUATION)  # [str-translate-deletechars]
    return cleaned.lower().replace(" ", "-")


def digits_only(value):
    table = string.maketrans("", "")
    return value.translate(table, string.digits)  # [str-translate-deletechars]


def ported(title):
    table = dict.fromkeys(map(ord, PUNCTUATION))
    return title.translate(table)


def module_function(value):
    return string.translate(value, None, "abc")


def keyword_form(value, table):
    return value.translate(table, deletechars="x")


def bytes_form(data, table):
    return data.translate(table, b"\x00")
