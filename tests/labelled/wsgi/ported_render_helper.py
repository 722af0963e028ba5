# -*- coding: utf-8 -*-
"""A menu page whose bodies are built and encoded by helpers."""
from __future__ import unicode_literals

MENU = [('Soupe à l’oignon', 7.5), ('Bœuf bourguignon', 18.0), ('Tarte Tatin', 6.0)]
TEMPLATE = '<html><body><h1>{title}</h1>{content}</body></html>'


def render(title, content):
    """Fills the page template and returns UTF-8 bytes."""
    return TEMPLATE.format(title=title, content=content).encode('utf-8')


def menu_items():
    for name, price in MENU:
        yield '<p>{0} — {1:.2f} €</p>'.format(name, price).encode('utf-8')


def send(start_response, body, kind=str('text/html; charset=utf-8')):
    start_response(str('200 OK'), [(str('Content-Type'), kind),
                                   (str('Content-Length'), str(len(body)))])
    return [body]


def menu_app(environ, start_response):
    path = environ.get('PATH_INFO', str('/'))
    if path == str('/menu'):
        return send(start_response, render('Menu', ''))
    if path == str('/menu/full'):
        body = b''.join(menu_items())
        return send(start_response, render('Carte', body.decode('utf-8')))
    if path == str('/menu.txt'):
        lines = ['%s %.2f' % item for item in MENU]
        return send(start_response, '\n'.join(lines).encode('utf-8'),
                    str('text/plain; charset=utf-8'))
    return send(start_response, render('Bienvenue', '<a href="/menu">menu</a>'))


application = menu_app

HARNESS = [
    {"path": "/menu", "fails": "none"},
    {"path": "/menu/full", "fails": "none"},
    {"path": "/menu.txt", "fails": "none"},
    {"path": "/", "fails": "none"},
]
