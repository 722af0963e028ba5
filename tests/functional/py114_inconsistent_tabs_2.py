"""A deeper block whose tab is shallower than the spaces it follows."""


def application(environ, start_response):
    if environ.get("REQUEST_METHOD") == "POST":
        if environ.get("CONTENT_LENGTH"):
	  body = environ["wsgi.input"].read()  # [inconsistent-tabs]
	  start_response("200 OK", [])
	  return [body]
    start_response("405 Method Not Allowed", [])
    return []
