# -*- coding: utf-8 -*-
"""A notes service in the Flask-foreword style: unicode_literals everywhere, str() for natives."""
from __future__ import unicode_literals

import json

NOTES = {
    '1': {'title': 'Café list', 'text': 'Crème brûlée, éclairs, café au lait'},
    '2': {'title': 'Todo', 'text': 'Buy milk'},
}
REASONS = {200: 'OK', 404: 'Not Found'}


def status_line(code):
    return '%d %s' % (code, REASONS[code])


def notes_app(environ, start_response):
    path = environ.get('PATH_INFO', str('/'))
    parts = [p for p in path.split(str('/')) if p]
    if not parts:
        return index(start_response)
    if parts[0] == str('raw') and len(parts) == 2:
        return raw_note(parts[1], start_response)
    if parts[0] == str('json') and len(parts) == 2:
        return json_note(parts[1], start_response)
    return missing(start_response)


def index(start_response):
    titles = '\n'.join(note['title'] for note in NOTES.values())
    body = titles.encode('utf-8')
    start_response(str('200 OK'), [(str('Content-Type'), str('text/plain; charset=utf-8'))])
    return [body]


def raw_note(key, start_response):
    note = NOTES.get(key)
    if note is None:
        return missing(start_response)
    text = note['text']
    start_response(str('200 OK'), [
        (str('Content-Type'), str('text/plain; charset=utf-8')),
        (str('Content-Length'), str(len(text))),  # [wsgi-content-length-of-text]
    ])
    return [text.encode('utf-8')]


def json_note(key, start_response):
    note = NOTES.get(key, {})
    body = json.dumps(note).encode('ascii')
    start_response(status_line(200), [  # [wsgi-status-not-native]
        (str('Content-Type'), str('application/json')),
        (str('Content-Length'), str(len(body))),
    ])
    return [body]


def missing(start_response):
    body = b'no such note'
    start_response(str('404 Not Found'), [(str('Content-Type'), str('text/plain'))])
    return [body]


application = notes_app

HARNESS = [
    {"path": "/", "fails": "none"},
    {"path": "/raw/1", "fails": "both", "expect": "Content-Length",
     "proves": [["wsgi-content-length-of-text", "str(len(text))"]]},
    {"path": "/raw/2", "fails": "none"},
    {"path": "/json/2", "fails": "2", "expect": "Status must be a string",
     "proves": [["wsgi-status-not-native", "status_line(200)"]]},
    {"path": "/raw/9", "fails": "none"},
]
