# -*- coding: utf-8 -*-
"""Header values built from tables and from request data."""
try:
    from urllib.parse import unquote_plus
except ImportError:
    from urllib import unquote_plus

TITLES = {'en': ('Report', 'report.pdf'), 'ja': ('Report', 'レポート.pdf')}
SAFE = {'en': ('Report', 'report.pdf'), 'fr': ('Rapport', 'rapport-été.pdf')}


def app(environ, start_response):
    lang = environ.get('HTTP_ACCEPT_LANGUAGE', 'en')[:2]
    title, filename = TITLES.get(lang, TITLES['en'])
    _, safe_name = SAFE.get(lang, SAFE['en'])
    referer = unquote_plus(environ.get('HTTP_REFERER', ''))
    cleaned = referer.replace('\r', '').replace('\n', '')
    start_response('200 OK', [
        ('Content-Type', 'application/pdf'),
        ('Content-Disposition', 'inline; filename=%s' % filename),  # [wsgi-invalid-header-text]
        ('X-Title', title),
        ('X-Safe-Name', 'attachment; filename=' + safe_name),
        ('X-From', referer),  # [wsgi-invalid-header-text]
        ('X-Cleaned-From', cleaned),
    ])
    return [b'%PDF']
