# -*- coding: utf-8 -*-
"""Page rendering under unicode_literals, as the Flask foreword advises."""
from __future__ import absolute_import, division, print_function, unicode_literals

import csv
import logging

log = logging.getLogger(__name__)

TITLES = {
    'home': 'Accueil',
    'about': 'À propos',
}


def render(page, environ):
    title = TITLES.get(page, 'Page')
    log.info('rendering %s', page)
    crumb = 'Vous êtes ici : %s' % environ['PATH_INFO']  # [implicit-ascii-coercion]
    return '<h1>%s</h1><p>%s</p>' % (title, crumb)


def status_line(code):
    reasons = {200: str('OK'), 404: str('Not Found')}
    return str('%d %s') % (code, reasons[code])


def make_form_class(fields):
    return type('Form', (object,), dict(fields))  # [unicode-literal-in-native-api]


def export(rows, handle):
    writer = csv.writer(handle, delimiter=str(';'))
    writer.writerows(rows)


def export_tabs(rows, handle):
    writer = csv.writer(handle, delimiter='\t')  # [unicode-literal-in-native-api]
    writer.writerows(rows)


def method_label(environ):
    return 'Méthode : %s' % environ['REQUEST_METHOD']
