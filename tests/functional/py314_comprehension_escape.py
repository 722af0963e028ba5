"""Listing helpers for a blog (Python 2)."""
from blog.models import Post


def last_title(posts):
    titles = [post.title for post in posts if post.published]
    return post.url  # [comprehension-escape]


def tag_names(posts):
    names = [tag.name for post in posts for tag in post.tags]
    return names, tag  # [comprehension-escape]


def shadowed_before(posts, post):
    titles = [post.title for post in posts]
    return post  # [comprehension-escape]


def loop_then_comprehension(posts):
    for item in posts:
        pass
    ids = [item.id for item in posts]
    return item  # [comprehension-escape]


def generator_only(posts):
    titles = list(p.title for p in posts)
    sizes = set(len(p) for p in posts)
    lookup = {p.id: p for p in posts}
    return titles, sizes, lookup


def rebound(posts):
    titles = [post.title for post in posts]
    post = posts[-1]
    return post.url


def two_comprehensions(posts):
    a = [x.id for x in posts]
    b = [x.title for x in posts]
    return a, b


def builtin_name(posts):
    kinds = [type for type in ("a", "b")]
    return type(posts)  # [comprehension-escape]


class Choices(object):
    OPTIONS = ["draft", "published"]
    CHOICES = [(option, option.title()) for option in OPTIONS]
    del option  # [comprehension-escape]


def inside_same_comprehension(posts):
    return [[c for c in post.comments] for post in posts]
