# py3ready: target=3.2
"""Labels for the shop front page (Python 2.7)."""

TITLE = u'Caf\xe9 du coin'  # [u-string-prefix]
SUBTITLE = U"Since 1998"  # [u-string-prefix]
RAW = ur'\d+'  # raw unicode: PY109's business
BYTES = b'\x89PNG'
NATIVE = 'plain'


def greeting(name):
    return u'Bonjour, %s' % name  # [u-string-prefix]


def labels():
    return [u'one', 'two', u'three']  # [u-string-prefix, u-string-prefix]


# the word u'' in a comment is not a literal
NOTE = 'use u"" for text'
