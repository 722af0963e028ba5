"""Template helpers and listing views for a WSGI blog (Python 2)."""
import json
import random
from itertools import izip

from blog.models import Post


def titles(posts):
    names = map(lambda post: post.title, posts)  # [iterator-as-list]
    return names[0] if names else None


def titles_ported(posts):
    names = list(map(lambda post: post.title, posts))
    return names[0] if names else None


def published(posts):
    if filter(lambda post: post.published, posts):  # [iterator-as-list]
        return True
    return False


def count_tags(posts):
    return len(filter(None, [post.tag for post in posts]))  # [iterator-as-list]


def close_all(connections):
    map(lambda conn: conn.close(), connections)  # [iterator-as-list]


def render_rows(rows):
    cells = zip(rows, range(len(rows)))  # [iterator-as-list]
    return cells + [("total", len(rows))]


def pairs_json(keys, values):
    return json.dumps(zip(keys, values))  # [iterator-as-list]


def widths(columns):
    sizes = map(len, columns)  # [iterator-as-list]
    sizes.sort()
    return sizes


def merge(a, b):
    return map(None, a, b)  # [iterator-as-list]


def twice(posts):
    ids = map(int, posts)  # [iterator-as-list]
    for pid in ids:
        print pid
    for pid in ids:
        print pid


def once_each_branch(posts, flag):
    ids = map(int, posts)
    if flag:
        for pid in ids:
            print pid
    else:
        return list(ids)


def page_numbers(count):
    pages = range(1, count + 1)  # [iterator-as-list]
    pages.append("next")
    return pages


def with_first(count):
    return [0] + range(count)  # [iterator-as-list]


def shuffled_ids(count):
    ids = range(count)  # [iterator-as-list]
    random.shuffle(ids)
    return ids


def range_is_fine(count):
    indexes = range(count)
    middle = indexes[count // 2]
    size = len(indexes)
    position = indexes.index(middle)
    pick = random.choice(range(count))
    return middle, size, position, pick, 3 in indexes, range(10)[2:5]


def fine_uses(posts, keys, values):
    for key, value in zip(keys, values):
        print key, value
    lookup = dict(zip(keys, values))
    ordered = sorted(map(str, keys))
    joined = ", ".join(map(str, values))
    total = sum(map(len, keys))
    names = [n for n in filter(None, keys)]
    first, second = zip(keys, values)
    flags = list(filter(None, values))
    best = max(map(len, keys))
    return lookup, ordered, joined, total, names, first, flags, best


def passed_along(keys):
    return map(str.upper, keys)


def shadowed(map, items):
    return map(len, items)[0]


def izipped(a, b):
    return izip(a, b)


def local_zip(a, b):
    def zip(x, y):
        return [x, y]
    return zip(a, b)[0]


class Post2(object):
    def map(self, f):
        return [f(self)]

    def first(self):
        return self.map(str)[0]
