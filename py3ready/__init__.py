"""py3ready: a static Python 2 -> 3 readiness checker built on fissix."""

__version__ = "0.1.0"
