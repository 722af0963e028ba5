# py3ready: expect=nothing
"""Ported the old way: rebinding input at module level."""
try:
    input = raw_input
except NameError:
    pass


def ask_port():
    return int(input("Port: "))


def uses_raw():
    return raw_input("x")


def late_shadow():
    value = input("Port: ")
    return value
