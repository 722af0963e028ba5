"""An int status that reaches start_response through a parameter."""


def send(start_response, status, body):
    start_response(status, [('Content-Type', 'text/plain')])  # [wsgi-status-not-native]
    return [body]


def send_text(start_response, status, body):
    start_response(status, [('Content-Type', 'text/plain')])
    return [body]


def application(environ, start_response):
    if environ['PATH_INFO'] == '/gone':
        return send(start_response, 410, b'gone')
    if environ['PATH_INFO'] == '/text':
        return send_text(start_response, '200 OK', b'text')
    return send(start_response, status=200, body=b'ok')


def passed_around(start_response, status):
    start_response(status, [])
    return [b'']


HANDLERS = [passed_around]
passed_around(None, 500)
