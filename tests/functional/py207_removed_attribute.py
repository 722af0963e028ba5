"""Utility functions shared by the wiki's WSGI handlers (Python 2.7)."""
import collections
import itertools
import operator
import os
import os.path
import string
import string as strings
import sys
import time
import types
import urllib
import urllib as web
from itertools import izip_longest as zip_longest  # [removed-attribute]
from os import getcwdu, getcwd  # [removed-attribute]
from string import maketrans, ascii_letters  # [removed-attribute]
from types import StringTypes, FunctionType  # [removed-attribute]
from urllib import urlencode, quote_plus as qp  # [removed-attribute, removed-attribute]
from os.path import walk  # [removed-attribute]
from inspect import getargspec  # [removed-attribute]
from collections import Mapping, OrderedDict  # [removed-attribute]
from base64 import b64encode, encodestring  # [removed-attribute]

SLUG_CHARS = string.letters + string.digits + '-'  # [removed-attribute]
UPPER = strings.uppercase  # [removed-attribute]
ROT13 = maketrans(ascii_letters, ascii_letters[13:] + ascii_letters[:13])
BIGGEST = sys.maxint  # [removed-attribute]
START = time.clock()  # [removed-attribute]
HERE = os.getcwdu()  # [removed-attribute]


def slugify(title):
    words = string.split(string.lower(title))  # [removed-attribute, removed-attribute]
    return string.join(words, '-')  # [removed-attribute]


def split(string):
    # the parameter shadows the module: these are str methods
    return string.lower().split(',')


def page_url(base, name, query):
    url = base + '/' + urllib.quote(name)  # [removed-attribute]
    if query:
        url += '?' + web.urlencode(query)  # [removed-attribute]
    return url


def is_text(value):
    return isinstance(value, types.StringTypes)  # [removed-attribute]


def is_function(value):
    return isinstance(value, types.FunctionType) or operator.isCallable(value)  # [removed-attribute]


def is_mapping(value):
    return isinstance(value, (collections.Mapping, OrderedDict))  # [removed-attribute]


def pairs(left, right):
    return list(itertools.izip(left, right)), list(zip_longest(left, right))  # [removed-attribute]


def report_error():
    return sys.exc_type, sys.exc_info()  # [removed-attribute]


def scan(root, visit):
    os.path.walk(root, visit, None)  # [removed-attribute]
    for path, dirs, files in os.walk(root):
        visit(None, path, files)


class Page(object):
    def __init__(self, string):
        self.string = string

    def title(self):
        return self.string.capitalize(), self.string.strip()

    def encoded(self):
        return encodestring(self.string), b64encode(self.string)


def arguments(function):
    return getargspec(function), getcwd(), getcwdu(), walk, qp, urlencode, Mapping


def portable():
    # the Python 3 spellings, which already exist on 2.7, are fine
    return (string.ascii_letters, sys.maxsize, os.getcwd(), "string.letters",
            time.time(), operator.mul, collections.OrderedDict, StringTypes)
