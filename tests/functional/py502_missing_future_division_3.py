# py3ready: future-imports=print_function expect=nothing
"""The project does not require `division`: the rule stays quiet."""


def half(value):
    return value / 2
