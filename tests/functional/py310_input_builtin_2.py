# py3ready: expect=nothing
"""Ported: input is six's raw_input on Python 2."""
from six.moves import input


def ask_port():
    return int(input("Port: "))
