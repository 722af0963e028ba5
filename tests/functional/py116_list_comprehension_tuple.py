"""Allowed methods and headers for the REST endpoint."""

METHODS = [m.upper() for m in "get", "head", "post"]  # [list-comprehension-tuple]
SAFE = [m for m in "GET", "HEAD",]  # [list-comprehension-tuple]
PAIRS = [(a, b) for a in 1, 2 for b in 3, 4]  # [list-comprehension-tuple, list-comprehension-tuple]
EVEN = [n for n in 1, 2, 3, 4 if n % 2 == 0]  # [list-comprehension-tuple]
NESTED = [x for x in (1, 2), (3, 4)]  # [list-comprehension-tuple]
SPLIT = [h.lower() for h in "Content-Type",  # [list-comprehension-tuple]
         "Content-Length"]

PORTED = [m.upper() for m in ("get", "head")]
FROM_LIST = [m for m in ["a", "b"]]
GENERATOR = list(m for m in ("x", "y"))
LOOP = []
for item in 1, 2, 3:
    LOOP.append(item)
TUPLE = 1, 2, 3
CALL = [max(a, b) for a, b in zip(TUPLE, TUPLE)]
TEXT = "[x for x in 1, 2]"  # a string, not code


def allowed(method):
    # [m for m in "get", "head"] in a comment is not code
    return method.upper() in [m.upper() for m in METHODS]
