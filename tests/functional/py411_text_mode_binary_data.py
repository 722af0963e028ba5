"""Static file serving with ETags (Python 2.7)."""
import hashlib
import io
import zlib


def etag(path):
    return hashlib.md5(open(path).read()).hexdigest()  # [text-mode-binary-data]


def etag_ok(path):
    with open(path, 'rb') as handle:
        return hashlib.md5(handle.read()).hexdigest()


def load(path):
    with open(path, 'r') as handle:
        return handle.read()


def compressed(path):
    return zlib.compress(load(path))  # [text-mode-binary-data]


def checksum(path):
    crc = 0
    for line in open(path):
        crc = zlib.crc32(line, crc)  # [text-mode-binary-data]
    return crc


def cache(path, body):
    with open(path, 'w') as out:
        out.write(body.encode('utf-8'))  # [text-mode-binary-data]
        out.write('\n')


def cache_ok(path, body):
    with open(path, 'wb') as out:
        out.write(body.encode('utf-8'))


def cache_text(path, body):
    with io.open(path, 'w', encoding='utf-8') as out:
        out.write(body)


def copy(source, target):
    data = open(source, 'rb').read()
    handle = open(target, 'w')
    handle.write(data)  # [text-mode-binary-data]
    handle.close()


def copy_mode(source, target, mode):
    data = open(source, mode).read()
    return hashlib.sha1(data).hexdigest()
