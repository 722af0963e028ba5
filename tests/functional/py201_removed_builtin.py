"""Upload handling for the legacy media service (Python 2.7, mod_wsgi)."""
import os
import sys

from functools import reduce

try:
    input = raw_input
except NameError:  # Python 3: input() already returns text
    pass

reload(sys)  # [removed-builtin]
CHUNK = 64 * 1024


class UploadError(StandardError):  # [removed-builtin]
    """Raised for a broken multipart body (StandardError in a docstring is fine)."""


class Upload(object):
    file = None  # a class attribute called file

    def __init__(self, request):
        self.file = request.file
        self.xrange = request.headers.get('Range')

    def reload(self):
        self.file = open(self.file.name, 'rb')

    def refresh(self, module):
        return reload(module)  # [removed-builtin]

    def name(self):
        return self.file.name


def read_config(path):
    config = {}
    execfile(path, config)  # [removed-builtin]
    return config


def content_length(environ):
    return long(environ.get('CONTENT_LENGTH') or 0)  # [removed-builtin]


def is_number(value):
    return isinstance(value, (int, long, float))  # [removed-builtin]


def read_chunks(environ):
    stream = environ['wsgi.input']
    remaining = content_length(environ)
    for _ in xrange(0, remaining, CHUNK):  # [removed-builtin]
        yield stream.read(CHUNK)


def checksum(chunks):
    # reduce comes from functools above, so this is fine on Python 3
    return reduce(lambda total, chunk: total ^ hash(chunk), chunks, 0)


def save(file, data):
    """`file` is a parameter here, not the builtin."""
    file.write(data)
    return file.tell()


def store(upload, directory):
    target = os.path.join(directory, upload.name())
    out = file(target, 'wb')  # [removed-builtin]
    try:
        return save(out, upload.file.read())
    finally:
        out.close()


def newest(paths):
    by_age = sorted(paths, key=lambda file: os.path.getmtime(file))
    for file in by_age:
        return file


def compare(a, b, cmp=cmp):  # [removed-builtin]
    # the parameter shadows the builtin inside the body
    return cmp(a, b)


def order(uploads):
    def cmp(left, right):
        return (left.size > right.size) - (left.size < right.size)
    return sorted(uploads, key=lambda upload: upload.size), cmp


def legacy_order(a, b):
    return cmp(a.size, b.size)  # [removed-builtin]


def dispatch(handler, args, kwargs):
    return apply(handler, args, kwargs)  # [removed-builtin]


def header_key(name):
    return intern(name.lower())  # [removed-builtin]


def raw_view(data):
    return buffer(data, 0, CHUNK)  # [removed-builtin]


def add(a, b):
    a, b = coerce(a, b)  # [removed-builtin]
    return a + b


def ask(prompt):
    return input(prompt), open(os.devnull).read()


def describe(value):
    # raw_input, xrange and unicode in a comment are not code
    return dict(long=len("xrange"), file=value, reduce=None)
