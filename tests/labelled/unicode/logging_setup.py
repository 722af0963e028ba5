# -*- coding: utf-8 -*-
"""Logging for the WSGI server: messages are only logged, never combined."""
import logging  # [missing-future-print-function]
import sys

log = logging.getLogger('app')


def configure(level='INFO'):
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter('%(asctime)s %(levelname)s %(message)s'))
    log.addHandler(handler)
    log.setLevel(level)


def access(environ, status):
    log.info('%s %s -> %s', environ['REQUEST_METHOD'], environ['PATH_INFO'], status)


def startup(port):
    log.warning('Démarrage du serveur sur le port %d', port)
    print >>sys.stderr, 'Serveur prêt.'


def failure(exc):
    log.exception('Échec de la requête')
    raise RuntimeError('requête impossible : %s' % exc)
