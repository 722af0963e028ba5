"""Expiry checks for sessions (Python 2)."""
import time


def expired(session):
    return session.expires < time.time() and session.expires > None  # [none-ordering-comparison]


def newest(a, b):
    if a >= None:  # [none-ordering-comparison]
        return a
    if None < b <= 10:  # [none-ordering-comparison]
        return b
    return None


def ported(session):
    return session.expires is not None and session.expires < time.time()


def equality(a):
    return a == None or a != None


def none_string(a):
    return a < "None"
