"""Report helpers for the admin pages."""


def format_pair((key, value)):  # [tuple-parameter]
    return "%s=%s" % (key, value)


def draw(canvas, (x, y), (width, height)=(10, 10), color="red"):  # [tuple-parameter, tuple-parameter]
    canvas.rect(x, y, width, height, color)


def nested(a, (b, (c, d))):  # [tuple-parameter]
    return a + b + c + d


def redundant((name)):  # [tuple-parameter]
    return name


def sizes(files):
    by_size = sorted(files.items(), key=lambda (name, size): size)  # [tuple-parameter]
    names = map(lambda (n): n.upper(), files)  # [tuple-parameter]
    pairs = [(k, v) for k, v in files.items()]
    firsts = map(lambda pair: pair[0], pairs)
    return by_size, names, firsts, lambda a, (b, c): a + b + c  # [tuple-parameter]


def already_ported(item, point=(0, 0), *args, **kwargs):
    key, value = item
    x, y = point
    return key, value, x, y, args, kwargs


def call_with_tuple():
    # format_pair((1, 2)) passes a tuple argument, which is fine
    return format_pair((1, 2)), draw(None, (1, 2))
