"""A page cache on disk, with gzip and ETags."""
import gzip
import hashlib
import io
import os
from cStringIO import StringIO

CACHE_DIR = '/var/cache/pages'


def cache_path(key):
    return os.path.join(CACHE_DIR, hashlib.md5(key).hexdigest() + '.html')


def etag(path):
    return hashlib.sha1(open(path).read()).hexdigest()  # [text-mode-binary-data]


def etag_binary(path):
    with open(path, 'rb') as handle:
        return hashlib.sha1(handle.read()).hexdigest()


def store(key, html):
    with open(cache_path(key), 'wb') as handle:
        handle.write(html.encode('utf-8'))
        handle.write('\n<!-- cached -->\n')  # [text-passed-as-bytes]


def store_text(key, html):
    with io.open(cache_path(key) + '.txt', 'w', encoding='utf-8') as handle:
        handle.write(html)


def gzipped(html):
    buf = StringIO()  # [stringio-for-bytes]
    archive = gzip.GzipFile(fileobj=buf, mode='wb', compresslevel=6)
    archive.write(html.encode('utf-8'))
    archive.close()
    return buf.getvalue()


def load(key):
    path = cache_path(key)
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return handle.read()
