"""A module-level metaclass other than type."""
from models.meta import TrackedMeta

__metaclass__ = TrackedMeta  # [metaclass-attribute]


class Order:
    pass
