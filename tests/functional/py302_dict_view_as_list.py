"""Request handling helpers for a small WSGI app (Python 2)."""
import json
import pickle
import random
import cgi

import six

ROUTES = {"/": "index", "/about": "about", "/login": "login"}


def first_param(environ):
    form = cgi.parse_qs(environ.get("QUERY_STRING", ""))
    name = form.keys()[0]  # [dict-view-as-list]
    return form[name][0]


def sorted_routes():
    paths = ROUTES.keys()  # [dict-view-as-list]
    paths.sort()
    return paths


def sorted_routes_ported():
    paths = sorted(ROUTES.keys())
    paths.sort()
    return paths


def route_listing():
    return json.dumps(ROUTES.items())  # [dict-view-as-list]


def header_list(headers):
    return headers.items() + [("X-Powered-By", "wsgi")]  # [dict-view-as-list]


def header_list_ported(headers):
    return list(headers.items()) + [("X-Powered-By", "wsgi")]


def random_route():
    return random.choice(ROUTES.values())  # [dict-view-as-list]


def last_item(session):
    return session.items()[-1]  # [dict-view-as-list]


def first_values(session):
    return session.values()[:3]  # [dict-view-as-list]


def same_data(old, new):
    return old.values() == new.values()  # [dict-view-as-list]


def same_keys(old, new):
    # keys views compare like sets on Python 3: fine
    return old.keys() == new.keys()


def expected_keys(params):
    return params.keys() == ["user", "password"]  # [dict-view-as-list]


def purge_private(session):
    for key in session.keys():  # [dict-view-as-list]
        if key.startswith("_"):
            del session[key]


def drop_first_match(session, prefix):
    for key in session.keys():
        if key.startswith(prefix):
            del session[key]
            break


def expire_all(cache):
    for key, entry in cache.items():  # [dict-view-as-list]
        if entry.expired:
            cache.pop(key)


def expire_all_ported(cache):
    for key, entry in list(cache.items()):
        if entry.expired:
            cache.pop(key)


def store(session, path):
    with open(path, "wb") as fh:
        pickle.dump(session.items(), fh)  # [dict-view-as-list]


def fine_uses(environ, headers):
    # Every use below works on views: iterate, len, in, consume.
    for name, value in headers.items():
        print name, value
    names = [k.lower() for k in headers.keys()]
    count = len(environ.keys())
    has_host = "HTTP_HOST" in environ.keys()
    joined = ", ".join(headers.values())
    ordered = sorted(headers.items())
    total = sum(environ.values()) if False else 0
    pairs = dict(headers.items())
    merged = {}
    merged.update(headers.items())
    biggest = max(headers.keys())
    copied = set(environ.keys())
    first, second = headers.items()
    names.extend(headers.keys())
    for name, value in six.iteritems(headers):
        pass
    if headers.keys():
        pass
    return names, count, has_host, joined, ordered, pairs, biggest, copied, first


def passed_along(environ, start_response):
    # Returned, stored or handed on: not a visible list-only use.
    keys = environ.keys()
    start_response("200 OK", headers_to_list(environ))
    return keys


def headers_to_list(environ):
    return environ.items()


def rebound(environ):
    keys = environ.keys()
    keys = sorted(keys)
    keys.sort()
    return keys


def tracked_append(form):
    fields = form.keys()  # [dict-view-as-list]
    fields.append("csrf_token")
    return fields


def tracked_index(form):
    values = form.values()  # [dict-view-as-list]
    for value in values:
        pass
    return values[0]


class Registry(object):
    def __init__(self):
        self.handlers = {}

    def names(self):
        return self.handlers.keys()  # returned as is: not flagged

    def first(self):
        return self.handlers.keys()[0]  # [dict-view-as-list]

    def keys(self):
        return ["a", "b"]


def comments_and_strings():
    text = "d.keys()[0] in a string"
    # d.keys()[0] in a comment
    return text
