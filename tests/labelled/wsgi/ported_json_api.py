"""A JSON todo API that runs unchanged on Python 2.7 and 3."""
import json

TODOS = [{'id': 1, 'title': 'write tests', 'done': False}]
REASONS = {200: 'OK', 201: 'Created', 400: 'Bad Request', 404: 'Not Found'}


def reply(start_response, code, payload, extra=()):
    body = json.dumps(payload, sort_keys=True).encode('utf-8')
    status = '%d %s' % (code, REASONS[code])
    headers = [('Content-Type', 'application/json'), ('Content-Length', str(len(body)))]
    headers += list(extra)
    start_response(status, headers)
    return [body]


def todo_api(environ, start_response):
    method, path = environ['REQUEST_METHOD'], environ['PATH_INFO']
    if path == '/todos' and method == 'GET':
        return reply(start_response, 200, TODOS)
    if path == '/todos' and method == 'POST':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        raw = environ['wsgi.input'].read(size)
        try:
            item = json.loads(raw.decode('utf-8'))
        except ValueError:
            environ['wsgi.errors'].write('bad json: %d bytes\n' % len(raw))
            return reply(start_response, 400, {'error': 'invalid JSON'})
        item['id'] = len(TODOS) + 1
        TODOS.append(item)
        location = '/todos/%d' % item['id']
        return reply(start_response, 201, item, [('Location', location)])
    if path.startswith('/todos/'):
        key = path.rsplit('/', 1)[1]
        for todo in TODOS:
            if str(todo['id']) == key:
                return reply(start_response, 200, todo)
    return reply(start_response, 404, {'error': 'not found', 'path': path})


application = todo_api

HARNESS = [
    {"path": "/todos", "fails": "none"},
    {"method": "POST", "path": "/todos", "body": "{\"title\": \"ship it\"}", "fails": "none"},
    {"method": "POST", "path": "/todos", "body": "{oops", "fails": "none"},
    {"path": "/todos/2", "fails": "none"},
    {"path": "/todos/9", "fails": "none"},
]
