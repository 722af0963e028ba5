"""Form validation for the guestbook (Python 2.7)."""
import logging
import socket

log = logging.getLogger(__name__)


def parse_int(text, field):
    try:
        return int(text)
    except ValueError as exc:
        log.warning("bad %s: %s", field, exc.message)  # [exception-message-attribute]
        return None


def notify(host, payload):
    try:
        sock = socket.create_connection((host, 25), timeout=3)
    except (socket.error, socket.timeout), err:
        log.error("cannot reach %s: %s", host, err.message)  # [exception-message-attribute]
        return False
    try:
        sock.sendall(payload)
    except socket.error as err:
        detail = err.message or str(err)  # [exception-message-attribute]
        log.error(detail)
    finally:
        sock.close()
    return True


def handle(environ, message):
    # a variable called message, and .message on things that are not the
    # caught exception, are fine
    text = message.strip()
    try:
        return text.decode('utf-8')
    except UnicodeDecodeError as exc:
        log.info("%s: %s", environ.message, str(exc))
        return exc.args[0]


def render(errors):
    try:
        return errors.render()
    except AttributeError:
        return [error.message for error in errors]


def describe(exc):
    # outside any handler, even a parameter called exc is left alone
    return getattr(exc, 'message', None) or exc.message

