# -*- coding: utf-8 -*-
"""A recipe site with French tag pages, routed on PATH_INFO."""
try:
    from urllib import unquote
except ImportError:
    from urllib.parse import unquote

RECIPES = {'café': ['Café au lait', 'Affogato'], 'crème': ['Crème brûlée']}


def to_bytes(text):
    if not isinstance(text, bytes):
        text = text.encode('utf-8')
    return text


def recipes(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/tag/café':  # [wsgi-environ-mojibake]
        return page(start_response, 'Today: coffee!')
    if path.startswith('/tag/'):
        tag = path[len('/tag/'):]
        found = RECIPES.get(tag, [])
        title = 'Tagged %s: %s' % (tag, ', '.join(found))  # [wsgi-environ-mojibake]
        return page(start_response, title)
    if path.startswith('/search/'):
        term = unquote(path[len('/search/'):]).decode('utf-8')  # [wsgi-environ-decode]
        names = [r.decode('utf-8') for rs in RECIPES.values() for r in rs]
        hits = [name for name in names if term.lower() in name.lower()]
        return page(start_response, '%d recipes' % len(hits))
    return page(start_response, 'Welcome', '404 Not Found')


def page(start_response, text, status='200 OK'):
    body = to_bytes('<p>%s</p>' % text)
    start_response(status, [('Content-Type', 'text/html; charset=utf-8'),
                            ('Content-Length', str(len(body)))])
    return [body]


application = recipes

HARNESS = [
    {"path": "/tag/caf%C3%A9", "fails": "3", "expect": "Tagged",
     "proves": [["wsgi-environ-mojibake", "path == '/tag/café'"]]},
    {"path": "/tag/cr%C3%A8me", "fails": "3", "expect": "crÃ¨me",
     "proves": [["wsgi-environ-mojibake", "'Tagged %s: %s'"]]},
    {"path": "/search/lait", "fails": "3", "expect": "AttributeError",
     "proves": [["wsgi-environ-decode", "decode('utf-8')  #"]]},
    {"path": "/", "fails": "none"},
]
