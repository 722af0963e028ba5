"""Text cleanup for imported wiki pages (Python 2.7)."""
import re

import six

ENTITY = re.compile(r'&#(\d+);')


def decode_entities(text):
    return ENTITY.sub(lambda match: unichr(int(match.group(1))), text)  # [unichr-builtin]


def bullet():
    return six.unichr(0x2022)


def arrow(unichr=six.unichr):
    # a parameter called unichr shadows the builtin
    return unichr(0x2192)


try:
    char = unichr
except NameError:  # Python 3
    char = chr


def quote_mark():
    # "unichr" in a string or comment is not code
    return char(0x201c), "unichr"
