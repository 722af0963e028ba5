"""Response compression, thumbnails and exports (Python 2.7)."""
import cPickle
import gzip
import io
import struct
import zipfile
import zlib
from cStringIO import StringIO

import six
import StringIO as stringio


def gzipped(body):
    buf = StringIO()  # [stringio-for-bytes]
    archive = gzip.GzipFile(fileobj=buf, mode='wb')
    archive.write(body.encode('utf-8'))
    archive.close()
    return buf.getvalue()


def archive(files):
    out = stringio.StringIO()  # [stringio-for-bytes]
    with zipfile.ZipFile(out, 'w') as bundle:
        for name, data in files:
            bundle.writestr(name, data)
    return out.getvalue()


def header(count):
    buf = six.StringIO()  # [stringio-for-bytes]
    buf.write(struct.pack('>I', count))
    return buf.getvalue()


def snapshot(obj):
    buf = io.StringIO()  # [stringio-for-bytes]
    cPickle.dump(obj, buf, 2)
    return buf.getvalue()


def upload(environ):
    data = environ['wsgi.input'].read()
    return gzip.GzipFile(fileobj=StringIO(data))  # [stringio-for-bytes]


def checksum(parts):
    buf = StringIO()  # [stringio-for-bytes]
    for part in parts:
        buf.write(part)
    return zlib.crc32(buf.getvalue())


def html(rows):
    buf = StringIO()
    buf.write('<table>')
    for row in rows:
        buf.write('<tr><td>%s</td></tr>' % row)
    buf.write('</table>')
    return buf.getvalue()


def text_report(lines):
    buf = io.StringIO()
    for line in lines:
        buf.write(line + u'\n')
    return buf.getvalue()


def already_bytes(body):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb') as archive:
        archive.write(body)
    return buf.getvalue()
