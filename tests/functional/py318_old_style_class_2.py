# py3ready: expect=nothing
"""A module-level __metaclass__ makes every bare class new-style on Python 2."""
__metaclass__ = type


class Settings:
    debug = False
