"""Size limits and counters for the upload endpoint."""

MAX_UPLOAD = 2147483648L  # [long-suffix]
MASK = 0xFFFFFFFFl  # [long-suffix]
PERMS = 0777L  # [long-suffix]
NOTHING = 0L  # [long-suffix]
SMALL = 10
HEX = 0xFF
FLOAT = 1.5
EXP = 1e10
COMPLEX = 3j
LABEL = "10L"  # a string, not a number


def total(sizes):
    result = 0L  # [long-suffix]
    for size in sizes:
        result += size
    return result + 1L - 1  # [long-suffix]


try:
    long
except NameError:  # Python 3
    long = int


def as_long(value):
    # 10L in a comment is fine
    return long(value)
