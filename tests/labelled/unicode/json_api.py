"""A tiny JSON API on raw WSGI."""
import hashlib
import json


def respond(start_response, obj, status='200 OK'):
    payload = json.dumps(obj, indent=2, sort_keys=True)
    body = payload.encode('utf-8')
    etag = '"%s"' % hashlib.md5(payload).hexdigest()  # [text-passed-as-bytes]
    start_response(status, [('Content-Type', 'application/json'),
                            ('Content-Length', str(len(body))),
                            ('ETag', etag)])
    return [body]


def line_delimited(objects):
    return ''.join(json.dumps(obj) + '\n' for obj in objects)


def debug_dump(obj):
    return json.dumps(obj).decode('utf-8')  # [decode-on-text]


def parse(environ):
    raw = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    if not raw.strip():
        return {}
    return json.loads(raw)


def error(start_response, message):
    return respond(start_response, {'error': message}, '400 Bad Request')
