"""Form upload handler reading wsgi.input directly."""
import cgi


def read_body(environ):
    try:
        length = int(environ.get('CONTENT_LENGTH') or 0)
    except ValueError:
        length = 0
    return environ['wsgi.input'].read(length)


def parse_pairs(environ):
    body = read_body(environ)
    pairs = {}
    for chunk in body.split('&'):  # [bytes-text-mix]
        if '=' not in chunk:  # [bytes-text-mix]
            continue
        key, _, value = chunk.partition('=')  # [bytes-text-mix]
        pairs[key] = value
    return pairs


def upload(environ, start_response):
    if environ['REQUEST_METHOD'] != 'POST':
        start_response('405 Method Not Allowed', [('Allow', 'POST')])
        return [b'']
    body = read_body(environ)
    if body == 'ping':  # [bytes-text-comparison]
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [b'pong']
    kind = environ.get('CONTENT_TYPE', '')
    if kind.startswith('multipart/form-data'):
        form = cgi.FieldStorage(fp=environ['wsgi.input'], environ=environ)
        names = sorted(form.keys())
    else:
        names = sorted(parse_pairs(environ))
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [('\n'.join(names)).encode('utf-8')]


def script_name(environ):
    return environ.get('SCRIPT_NAME', '').decode('utf-8')  # [decode-on-text]
