"""A module that already opted into Python 3 semantics: nothing fires."""
from future_builtins import filter, map, zip


def titles(posts):
    names = map(lambda post: post.title, posts)
    return list(names)


def pairs(keys, values):
    return dict(zip(keys, values))


def published(posts):
    return list(filter(None, posts))


def shadow_range(range):
    return range(3) + [3]


def real_range(count):
    return range(count) + [count]  # [iterator-as-list]
