# py3ready: target=3.3 expect=nothing
"""From Python 3.3 on, u'' is accepted again (PEP 414)."""

TITLE = u'Caf\xe9 du coin'


def greeting(name):
    return u'Bonjour, %s' % name
