# py3ready: expect=nothing
"""An __init__.py with nothing but a docstring needs no __future__ imports."""

# comments do not count as code either
