"""Retry and error reporting helpers (Python 2)."""
import logging
import time

log = logging.getLogger(__name__)


def fetch_with_retry(fetch, attempts=3):
    for attempt in range(attempts):
        try:
            return fetch()
        except IOError as error:
            time.sleep(1)
    raise error  # [exception-escape]


def parse(text):
    try:
        value = int(text)
    except ValueError, e:
        value = None
    if value is None:
        log.warning("bad number: %s", e)  # [exception-escape]
    return value


def cleanup(conn):
    try:
        conn.close()
    except Exception as e:
        log.exception("close failed")
    del e  # [exception-escape]


def ported(fetch):
    last_error = None
    try:
        return fetch()
    except IOError as error:
        last_error = error
    if last_error is not None:
        log.warning("fetch failed: %s", last_error)


def exits(fetch):
    error = None
    try:
        return fetch()
    except IOError as error:
        return None
    print error


def rebinding(items):
    try:
        items.pop()
    except IndexError as e:
        pass
    e = "rebound"
    return e


def inside_handler(fetch):
    try:
        return fetch()
    except IOError as e:
        log.warning("failed: %s", e)
        raise


def nested_function_use(fetch):
    try:
        fetch()
    except IOError as e:
        pass

    def later():
        return e
    return later


try:
    import json
except ImportError, exc:
    json = None
print exc  # [exception-escape]
