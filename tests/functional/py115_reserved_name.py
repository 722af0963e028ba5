"""Message queue client for the notification worker (Python 2.6 era)."""
import logging

True, False = 1, 0  # [reserved-name, reserved-name]
DEBUG = True
VERBOSE = not False
NOTHING = None

log = logging.getLogger("worker")


def publish(channel, body, async=False):  # [reserved-name]
    if async:  # [reserved-name]
        return channel.basic_publish(body, async=True)  # [reserved-name]
    return channel.basic_publish(body, mandatory=True)


def consume(channel, await=None):  # [reserved-name]
    await = await or 5  # [reserved-name, reserved-name]
    return channel.consume(timeout=await)  # [reserved-name]


class Connection(object):
    def __init__(self):
        self.async = False  # [reserved-name]
        self.closed = False
        self.True = 1  # [reserved-name]
        self.handler = None

    def async_send(self, body):
        # the word async in a comment, and in a string below
        log.info("sending async: %s", body)
        return getattr(self, "async")

    def reset(self, flag=True, other=None):
        for True in range(2):  # [reserved-name]
            pass
        with open("/dev/null") as False:  # [reserved-name]
            pass
        del True  # [reserved-name]
        return flag is True or other is None


def async():  # [reserved-name]
    return lambda True: 0  # [reserved-name]


def values():
    found = [x for x in (True, False, None) if x is not None]
    flags = dict(enabled=True, disabled=False)
    return found, flags, {True: "yes", False: "no"}[True]


try:
    import json
except ImportError, True:  # [reserved-name]
    json = None


def nested_comprehension(pairs, subsets):
    # None inside the iterable of a nested comprehension is read, not bound
    return [x for key in (pairs, None) for x in subsets[key]]
