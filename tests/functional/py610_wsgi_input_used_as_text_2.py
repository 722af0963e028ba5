"""A request body rewritten in place, then searched as text."""


def handler(environ, start_response):
    raw = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    raw = raw.strip()
    if raw.startswith('{'):  # [wsgi-input-used-as-text]
        kind = 'json'
    else:
        kind = 'form'
    pairs = [p.split('=') for p in raw.split('&')]  # [wsgi-input-used-as-text]
    good = raw.strip().split(b'&')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [kind.encode('ascii'), str(len(pairs) + len(good)).encode('ascii')]
