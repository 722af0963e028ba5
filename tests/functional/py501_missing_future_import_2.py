# py3ready: future-imports=division,print_function expect=nothing
"""A module with every import the project requires."""
from __future__ import division
# absolute_import is not required here
from __future__ import print_function


def ratio(a, b):
    print(a / b)
