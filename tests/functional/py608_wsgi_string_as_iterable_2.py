"""A body made bytes by a helper that checks its argument's type."""
import json


def ensure_bytes(data):
    if isinstance(data, bytes):
        return data
    return data.encode('utf-8')


def maybe_bytes(data):
    if isinstance(data, str):
        return data
    return data.encode('utf-8')


def api(environ, start_response):
    payload = ensure_bytes(json.dumps({'ok': True}))
    start_response('200 OK', [('Content-Type', 'application/json')])
    if environ['PATH_INFO'] == '/raw':
        return payload  # [wsgi-string-as-iterable]
    if environ['PATH_INFO'] == '/odd':
        return maybe_bytes(payload)
    return [payload]
