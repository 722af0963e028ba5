# py3ready: path=shop/__init__.py
"""The shop package: its public names, under unicode_literals."""
from __future__ import absolute_import, unicode_literals

from .models import Cart, Product
from .views import application

__all__ = ['Cart', 'Product', str('application')]  # [unicode-literal-in-native-api, unicode-literal-in-native-api]

VERSION = '1.4'
