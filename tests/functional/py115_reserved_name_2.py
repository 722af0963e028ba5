# py3ready: target=3.6
"""On a 3.6 target async and await are still names; True is not."""


def publish(channel, body, async=False):
    True = 1  # [reserved-name]
    return channel.basic_publish(body, async=async)
