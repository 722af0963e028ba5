"""WSGI middleware that an old editor indented with tabs."""
import time


def tabbed(environ):
	"""Indented with tabs only: fine on both versions."""
	if environ:
		return environ.get("PATH_INFO")
	return "/"


def spaced(environ):
    """Indented with spaces only."""
    return environ.get("QUERY_STRING", "")


HELP = """
	A tab inside a string is not indentation.
        Neither are these spaces.
"""


def continued(a,
				b):
    total = (a +
			 b)
    return total


class Timer(object):
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        started = time.time()
	result = self.app(environ, start_response)  # [inconsistent-tabs]
        environ["timer.elapsed"] = time.time() - started
	return result
