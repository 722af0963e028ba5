"""A small shop over raw WSGI: catalogue, search, cart.

Serve it with any WSGI server, e.g. ``shop.app:application``.
"""
__version__ = '0.3.1'
