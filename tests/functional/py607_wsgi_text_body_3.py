"""Bodies looked up in dict displays."""
TEMPLATES = {
    'home': '<h1>Home</h1>',
    'help': '<h1>Help</h1>',
}
BLOBS = {'logo': b'\x89PNG', 'icon': b'\x00\x00'}
MIXED = {'a': b'bytes', 'b': 'native'}


def app(environ, start_response):
    name = environ['PATH_INFO'].strip('/')
    start_response('200 OK', [('Content-Type', 'text/html')])
    if name in BLOBS:
        return [BLOBS[name]]
    if name in MIXED:
        return [MIXED.get(name)]
    page = TEMPLATES.get(name, '<h1>Missing</h1>')
    return [page]  # [wsgi-text-body]
