# py3ready: expect=nothing
"""Outside a package (no siblings) the same imports are plain absolute imports."""
import models
import util as helpers
from views import index


def describe():
    return models, helpers, index
