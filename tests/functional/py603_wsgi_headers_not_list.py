"""Header containers."""
DEFAULTS = {'Content-Type': 'text/plain'}
FROZEN = (('Content-Type', 'text/plain'),)


def application(environ, start_response):
    start_response('200 OK', DEFAULTS.items())  # [wsgi-headers-not-list]
    return [b'a']


def tuple_headers(environ, start_response):
    start_response('200 OK', (('Content-Type', 'text/plain'),))  # [wsgi-headers-not-list]
    return [b'b']


def through_name(environ, start_response):
    start_response('200 OK', FROZEN)  # [wsgi-headers-not-list]
    return [b'c']


def dict_headers(environ, start_response):
    start_response('200 OK', {'Content-Type': 'text/plain'})  # [wsgi-headers-not-list]
    return [b'd']


def lists(environ, start_response):
    headers = [['Content-Type', 'text/plain']]  # [wsgi-headers-not-list]
    headers.append(('X-A', 'b'))
    headers.append(['X-B', 'c'])  # [wsgi-headers-not-list]
    headers.append(('X-C',))  # [wsgi-headers-not-list]
    start_response('200 OK', headers)
    return [b'e']


def fine(environ, start_response):
    headers = [('Content-Type', 'text/plain')]
    start_response('200 OK', headers)
    start_response('200 OK', list(DEFAULTS.items()))
    start_response('200 OK', [(k, v) for k, v in DEFAULTS.items()])
    return [b'f']
