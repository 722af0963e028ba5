# py3ready: target=3.9
"""With a 3.9 target, later removals do not count, and re-added names do."""
import collections
import inspect
import time
import types

Mapping = collections.Mapping
spec = inspect.getargspec
clock = time.clock  # [removed-attribute]
NONE = types.NoneType  # [removed-attribute]
ELLIPSIS = types.EllipsisType  # [removed-attribute]
NOT_IMPLEMENTED = types.NotImplementedType  # [removed-attribute]
