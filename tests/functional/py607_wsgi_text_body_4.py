# py3ready: select=PY607
"""A function needing a third argument is no WSGI app: its list is no body."""
from io import BytesIO


def capture_output(environ, start_response, application):
    data = []
    output = BytesIO()

    def replacement_start_response(status, headers, exc_info=None):
        data[:] = [status, headers]
        return output.write

    app_iter = application(environ, replacement_start_response)
    for item in app_iter:
        output.write(item)
    data.append(output.getvalue())
    return data


def hello(environ, start_response, greeting='hello'):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [greeting + ' world']  # [wsgi-text-body]
