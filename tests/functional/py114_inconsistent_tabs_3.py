"""A dedent that lands on spaces where the block opened with a tab."""


def handler(environ):
	if environ:
	    for key in environ:
	        log(key)
        return len(environ)  # [inconsistent-tabs]
	return 0
