# py3ready: select=PY507 expect=nothing
"""Without unicode_literals, bare literals are native strings already."""
import csv


def make_model(fields):
    return type('Model', (object,), dict(fields))


def export(rows, handle):
    csv.writer(handle, delimiter=';').writerows(rows)
