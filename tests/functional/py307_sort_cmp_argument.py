"""Listing views for a WSGI forum (Python 2)."""
import functools

from pymongo import ASCENDING


def by_date(a, b):
    return cmp(a.created, b.created)


def newest_first(posts):
    posts.sort(by_date)  # [sort-cmp-argument]
    return posts


def by_score(posts):
    return sorted(posts, cmp=lambda a, b: cmp(a.score, b.score))  # [sort-cmp-argument]


def by_author(posts):
    posts.sort(cmp=lambda a, b: cmp(a.author, b.author), reverse=True)  # [sort-cmp-argument]


def positional_sorted(posts):
    return sorted(posts, by_date)  # [sort-cmp-argument]


def positional_key(posts):
    posts.sort(None, lambda post: post.title)  # [sort-cmp-argument]


def lambda_cmp(posts):
    posts.sort(lambda a, b: cmp(b.votes, a.votes))  # [sort-cmp-argument]


def ported(posts):
    posts.sort(key=functools.cmp_to_key(by_date))
    posts.sort(key=lambda post: post.created, reverse=True)
    return sorted(posts, key=lambda post: post.score)


def mongo(collection):
    # pymongo's Cursor.sort takes (key, direction): another API
    cursor = collection.find().sort("created", -1)
    cursor = cursor.sort([("author", ASCENDING), ("created", -1)])
    return cursor


def shadowed(sorted, posts):
    return sorted(posts, by_date)


def local_sorted(posts):
    def sorted(items, how):
        return items
    return sorted(posts, by_date)


def plain(posts):
    posts.sort()
    return sorted(posts)
