"""Request bodies used as text."""
import json
import urlparse

from flask import request
from webob import Request


def application(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    data = environ['wsgi.input'].read(length)
    if data == 'ping':  # [wsgi-input-used-as-text]
        pass
    fields = data.split('&')  # [wsgi-input-used-as-text]
    form = urlparse.parse_qs(data)  # [wsgi-input-used-as-text]
    line = data + '\n'  # [wsgi-input-used-as-text]
    message = 'got %s' % data  # [wsgi-input-used-as-text]
    payload = json.loads(data)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def ported(environ, start_response):
    data = environ['wsgi.input'].read().decode('utf-8')
    fields = data.split('&')
    raw = environ['wsgi.input'].read()
    parts = raw.split(b'&')
    if raw == b'ping':
        pass
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def webob_app(environ, start_response):
    req = Request(environ)
    if req.body == 'ping':  # [wsgi-input-used-as-text]
        pass
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def flask_view():
    parts = request.data.split(',')  # [wsgi-input-used-as-text]
    text = request.get_data(as_text=True).split(',')
    return 'ok'


def other_body(thing):
    return thing.body == 'x'
