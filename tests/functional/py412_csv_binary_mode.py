"""CSV import and export for the admin pages (Python 2.7)."""
import csv
import io
from csv import DictReader

import six


def export(rows, path):
    with open(path, 'wb') as handle:
        writer = csv.writer(handle)  # [csv-binary-mode]
        writer.writerows(rows)


def append(row, path):
    csv.writer(open(path, 'ab')).writerow(row)  # [csv-binary-mode]


def load(path):
    handle = open(path, 'rb')
    return list(DictReader(handle))  # [csv-binary-mode]


def from_upload(environ):
    return list(csv.reader(environ['wsgi.input']))  # [csv-binary-mode]


def in_memory(rows):
    buffer = io.BytesIO()
    csv.writer(buffer, delimiter=';').writerows(rows)  # [csv-binary-mode]
    return buffer.getvalue()


def portable(path):
    if six.PY2:
        return list(csv.reader(open(path, 'rb')))
    return list(csv.reader(open(path, newline='')))


def text_mode(path):
    with open(path) as handle:
        return list(csv.reader(handle))


def given(handle):
    return list(csv.reader(handle))


def chosen(path, mode):
    return list(csv.reader(open(path, mode)))
