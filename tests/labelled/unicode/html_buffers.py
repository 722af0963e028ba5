"""Building responses in memory buffers."""
import io
import struct
import zipfile
from cStringIO import StringIO

import six


def table(rows):
    buf = StringIO()
    buf.write('<table>')
    for row in rows:
        buf.write('<tr>%s</tr>' % ''.join('<td>%s</td>' % cell for cell in row))
    buf.write('</table>')
    return buf.getvalue()


def report(lines):
    buf = six.StringIO()
    for line in lines:
        buf.write(six.text_type(line))
    return buf.getvalue()


def bundle(files):
    buf = StringIO()  # [stringio-for-bytes]
    archive = zipfile.ZipFile(buf, 'w')
    for name, data in files:
        archive.writestr(name, data)
    archive.close()
    return buf.getvalue()


def header(count, flags):
    buf = io.BytesIO()
    buf.write(struct.pack('>HH', count, flags))
    return buf.getvalue()


def record(values):
    out = six.StringIO()  # [stringio-for-bytes]
    for value in values:
        out.write(struct.pack('>I', value))
    return out.getvalue()
