"""Status handling for the upload endpoint."""


def check_status(status, expected=200):
    if status <> expected:  # [not-equal-operator]
        raise RuntimeError("unexpected status %d" % status)
    return status != 500


def changed(old, new):
    return (old <> new  # [not-equal-operator]
            or old is not new)


def filter_rows(rows, skip):
    return [r for r in rows if r["id"] <> skip and r["id"] <> 0]  # [not-equal-operator, not-equal-operator]


# "a <> b" in a comment is not code; neither is the string below.
SQL = "SELECT * FROM users WHERE status <> 'deleted'"
TEMPLATE = '<p><></p>'


def compare(a, b):
    """Return True if a <> b (the docstring is not code)."""
    return not (a == b) and a != b and a < b or a > b
