"""Cookie parsing for a raw WSGI app."""
import urllib


def parse(environ):
    cookies = {}
    for part in environ.get('HTTP_COOKIE', '').split(';'):
        name, sep, value = part.strip().partition('=')
        if sep:
            cookies[name] = urllib.unquote(value)
    return cookies


def user_name(environ):
    raw = parse(environ).get('user', '')
    return raw.decode('utf-8')  # [decode-on-text]


def flash(environ):
    message = urllib.unquote(environ.get('HTTP_X_FLASH', ''))
    return message.decode('utf-8')  # [decode-on-text]


def header(name, value):
    return '%s=%s; Path=/' % (name, urllib.quote(value))
