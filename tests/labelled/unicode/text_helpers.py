"""Text helpers that accept anything: parameters are unknown, so all quiet."""
import unicodedata


def to_unicode(value, encoding='utf-8'):
    if isinstance(value, unicode):
        return value
    if isinstance(value, str):
        return value.decode(encoding)
    return unicode(value)


def to_str(value, encoding='utf-8'):
    if isinstance(value, unicode):
        return value.encode(encoding)
    return str(value)


def slugify(value):
    value = to_unicode(value)
    value = unicodedata.normalize('NFKD', value).encode('ascii', 'ignore')
    return value.strip().lower().replace(' ', '-')  # [bytes-text-mix]


def truncate(text, length=80, suffix='...'):
    if len(text) <= length:
        return text
    return text[:length - len(suffix)] + suffix


def join_lines(lines):
    return '\n'.join(line.rstrip() for line in lines)
