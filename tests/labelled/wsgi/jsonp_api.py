# -*- coding: utf-8 -*-
"""Weather JSON and JSONP endpoints for old browser widgets."""
import json

try:
    from urlparse import parse_qs
except ImportError:
    from urllib.parse import parse_qs

FORECAST = {'city': 'Malmö', 'temp': 4, 'sky': 'cloudy'}
SUMMARY = 'Malmö: 4 °C, cloudy'


def as_bytes(value):
    if isinstance(value, bytes):
        return value
    return value.encode('utf-8')


def weather(environ, start_response):
    path = environ['PATH_INFO']
    query = parse_qs(environ.get('QUERY_STRING', ''))
    if path == '/forecast.json':
        body = as_bytes(json.dumps(FORECAST, sort_keys=True))
        start_response('200 OK', [('Content-Type', 'application/json')])
        return [body]
    if path == '/forecast.js':
        callback = query.get('callback', ['cb'])[0]
        body = as_bytes('%s(%s);' % (callback, json.dumps(FORECAST, sort_keys=True)))
        start_response('200 OK', [('Content-Type', 'application/javascript')])
        return body  # [wsgi-string-as-iterable]
    if path == '/summary':
        start_response('200 OK', [
            ('Content-Type', 'text/plain; charset=utf-8'),
            ('Content-Length', str(len(SUMMARY))),  # [wsgi-content-length-of-text]
        ])
        return [as_bytes(SUMMARY)]
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'unknown endpoint']


application = weather

HARNESS = [
    {"path": "/forecast.json", "fails": "none"},
    {"path": "/forecast.js", "query": "callback=show", "fails": "both",
     "expect": "should not return a string",
     "proves": [["wsgi-string-as-iterable", "return body"]]},
    {"path": "/summary", "fails": "3", "expect": "Content-Length",
     "proves": [["wsgi-content-length-of-text", "len(SUMMARY)"]]},
]
