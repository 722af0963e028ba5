"""A REST-ish items API that builds its status lines from numeric codes."""
import json

ITEMS = {'1': {'name': 'lamp'}, '2': {'name': 'desk'}}
REASONS = {200: 'OK', 201: 'Created', 404: 'Not Found', 405: 'Method Not Allowed'}


def status_for(code):
    return '%s %s' % (REASONS.get(code, 'Unknown'), code)


def respond(start_response, code, payload):
    body = json.dumps(payload).encode('utf-8')
    headers = [('Content-Type', 'application/json'), ('Content-Length', str(len(body)))]
    if code == 201:
        start_response(str(code), headers)  # [wsgi-malformed-status]
    elif code == 405:
        start_response(status_for(code), headers)  # [wsgi-malformed-status]
    elif code == 200:
        start_response('200 OK', headers)
    else:
        start_response(code, headers)  # [wsgi-status-not-native]
    return [body]


def items_api(environ, start_response):
    method = environ['REQUEST_METHOD']
    key = environ['PATH_INFO'].strip('/')
    if method == 'GET' and key in ITEMS:
        return respond(start_response, 200, ITEMS[key])
    if method == 'PUT':
        ITEMS[key] = {'name': 'new'}
        return respond(start_response, 201, {'created': key})
    if method not in ('GET', 'PUT'):
        return respond(start_response, 405, {'allowed': ['GET', 'PUT']})
    return respond(start_response, 404, {'missing': key})


application = items_api

HARNESS = [
    {"path": "/1", "fails": "none"},
    {"method": "PUT", "path": "/3", "body": "{}", "fails": "both",
     "expect": "'201'", "proves": [["wsgi-malformed-status", "str(code)"]]},
    {"method": "DELETE", "path": "/1", "fails": "both", "expect": "three characters: 'Method'",
     "proves": [["wsgi-malformed-status", "status_for(code)"]]},
    {"path": "/9", "fails": "both",
     "expect": {"2": "Status must be a string (not 404)", "3": "Status must be of type str"},
     "proves": [["wsgi-status-not-native", "start_response(code"]]},
]
