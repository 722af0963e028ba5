"""Image thumbnails for uploads (PIL)."""
from cStringIO import StringIO

from PIL import Image

SIZE = (128, 128)


def thumbnail(environ):
    data = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    image = Image.open(StringIO(data))  # [stringio-for-bytes]
    image.thumbnail(SIZE)
    out = StringIO()  # [stringio-for-bytes]
    image.save(out, 'JPEG')
    return out.getvalue()
