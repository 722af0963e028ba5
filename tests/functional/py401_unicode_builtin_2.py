# py3ready: expect=nothing
"""The usual module-level shim binds `unicode`, so later uses are the shim's."""
try:
    unicode
except NameError:
    unicode = str


def to_text(value):
    return value if isinstance(value, unicode) else value.decode('utf-8')
