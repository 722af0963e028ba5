"""Template rendering helpers for the blog (Python 2.7)."""
import six
from six import text_type


def to_text(value, encoding='utf-8'):
    if isinstance(value, unicode):  # [unicode-builtin]
        return value
    if isinstance(value, str):
        return unicode(value, encoding, 'replace')  # [unicode-builtin]
    return unicode(value)  # [unicode-builtin]


def escape(value):
    text = to_text(value)
    return text.replace(u'&', u'&amp;').replace(u'<', u'&lt;')


def render(template, context):
    # six.text_type and a name bound from six are the portable spellings
    values = dict((key, six.text_type(val)) for key, val in context.items())
    return text_type(template) % values


def is_text(value, text=unicode):  # [unicode-builtin]
    return isinstance(value, text)


def describe():
    # unicode in a comment, and "unicode" in a string, are not code
    return "convert with unicode()"


class Title(object):
    def __init__(self, raw):
        self.raw = raw

    def __unicode__(self):
        return to_text(self.raw)

    def __str__(self):
        return unicode(self).encode('utf-8')  # [unicode-builtin]


def ported(value):
    try:
        kind = unicode
    except NameError:  # Python 3
        kind = str
    return isinstance(value, kind)
