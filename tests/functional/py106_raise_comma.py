"""Request validation for the upload handler."""
import sys


class BadRequest(Exception):
    pass


def parse_length(environ):
    raw = environ.get("CONTENT_LENGTH", "")
    if not raw.isdigit():
        raise BadRequest, "bad Content-Length: %r" % raw  # [raise-comma]
    if int(raw) > 10 * 1024 * 1024:
        raise BadRequest, ("too large", raw)  # [raise-comma]
    if raw == "0":
        raise ValueError, None  # [raise-comma]
    return int(raw)


def wrap(func):
    def wrapper(*args):
        try:
            return func(*args)
        except KeyError:
            exc_type, exc_value, tb = sys.exc_info()
            raise BadRequest, BadRequest(str(exc_value)), tb  # [raise-comma]
    return wrapper


def reraise(info):
    raise info[0], info[1], info[2]  # [raise-comma]


def legacy():
    raise (KeyError, ValueError), "first item wins"  # [raise-comma]


def tuple_raise():
    raise (KeyError, ValueError)  # [raise-comma]


def multi_line(name):
    raise BadRequest, (  # [raise-comma]
        "unknown field %s" % name)


def already_ported(raw):
    # raise BadRequest, "comment"
    message = "raise BadRequest, 'text in a string'"
    if raw is None:
        raise BadRequest(message)
    if raw == "":
        raise (BadRequest)
    try:
        return int(raw)
    except ValueError as exc:
        raise BadRequest("not a number: %s" % exc)
    except Exception:
        raise
