# py3ready: siblings=models,util,views,email,templates
"""The shop's WSGI entry point, inside the `shop` package (Python 2.7)."""
import os
import sys
import models  # [implicit-relative-import]
import util as helpers  # [implicit-relative-import]
import views, json  # [implicit-relative-import]
import templates.base  # [implicit-relative-import]
import email  # [implicit-relative-import]
import email.utils  # [implicit-relative-import]
from util import slugify, render  # [implicit-relative-import]
from templates.base import Layout  # [implicit-relative-import]
from models import (  # [implicit-relative-import]
    Product,
    Order,
)

# explicit relative imports, stdlib and third-party modules are fine
from . import models as explicit_models
from .util import escape
from .. import settings
import six
from six.moves import urllib


def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    view = views.lookup(path) or helpers.not_found
    return view(environ, start_response)


def describe():
    # "import models" in a string is not an import
    return ("import models", os, sys, json, email, email.utils, six, urllib,
            models, templates, slugify, render, Layout, Product, Order,
            explicit_models, escape, settings)
