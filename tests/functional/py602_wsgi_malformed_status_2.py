"""Statuses built from numbers and tables: code first or not, reason or not."""
PHRASES = {200: 'OK', 302: 'Found', 500: 'Internal Server Error'}


def line_reason_first(number):
    return '%s %d' % (PHRASES.get(number, 'Unknown'), number)


def line_right(number):
    return '%d %s' % (number, PHRASES[number])


def reply(start, number, body):
    if number == 302:
        start(str(number), [('Location', '/')])  # [wsgi-malformed-status]
    elif number == 500:
        start(line_reason_first(number), [])  # [wsgi-malformed-status]
    else:
        start(line_right(number), [('Content-Type', 'text/plain')])
    return [body]


def app(environ, start):
    if environ['PATH_INFO'] == '/go':
        return reply(start, 302, b'')
    if environ['PATH_INFO'] == '/oops':
        return reply(start, 500, b'oops')
    return reply(start, 200, b'fine')


def other(environ, start_response, code='404 Not Found'):
    start_response(str(code), [])
    start_response(code, [])
    return [b'']


def third(environ, start_response):
    return other(environ, start_response, code='410 Gone')
