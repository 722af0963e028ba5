"""Serving and unpacking static files."""
import mimetypes
import os
import zlib

ROOT = os.path.join(os.path.dirname(__file__), 'static')


def serve(environ, start_response):
    name = environ.get('PATH_INFO', '/').lstrip('/') or 'index.html'
    path = os.path.join(ROOT, os.path.normpath(name))
    if not os.path.isfile(path):
        start_response('404 Not Found', [('Content-Type', 'text/plain')])
        return [b'not found']
    with open(path, 'rb') as handle:
        data = handle.read()
    kind = mimetypes.guess_type(path)[0] or 'application/octet-stream'
    start_response('200 OK', [('Content-Type', kind),
                              ('Content-Length', str(len(data)))])
    return [data]


def unpack(source, target):
    packed = open(source, 'rb').read()
    with open(target, 'w') as out:
        out.write(zlib.decompress(packed))  # [text-mode-binary-data]


def checksum(path):
    total = 0
    for line in open(path):
        total = zlib.adler32(line, total)  # [text-mode-binary-data]
    return total


def listing():
    return sorted(name for name in os.listdir(ROOT) if not name.startswith('.'))
