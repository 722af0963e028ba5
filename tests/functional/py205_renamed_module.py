# py3ready: select=PY205 siblings=commands,settings
"""Outbound notification service for the shop (Python 2.7)."""
import os, sys, urlparse  # [renamed-module]
import cPickle as pickle  # [renamed-module]
import xmlrpclib as rpc  # [renamed-module]
import email.Utils  # [renamed-module]
import dbm  # [renamed-module]
import test.test_support  # [renamed-module]
from StringIO import StringIO  # [renamed-module]
from urllib2 import (  # [renamed-module]
    HTTPError,
    Request,
    urlopen,
)
from email import Utils, encoders  # [renamed-module]
from email.MIMEText import MIMEText  # [renamed-module]
from Tkinter import Tk  # [renamed-module]
import BaseHTTPServer as http_server, SocketServer as socket_server  # [renamed-module, renamed-module]

# Python 3 names, six.moves and modules that kept their name are fine
import io
import json
import urllib
import email.utils
from email.mime.text import MIMEText as Text
from six.moves import configparser, queue
from six.moves.urllib.parse import urlencode
from . import Queue
from .ConfigParser import RawConfigParser

# a sibling module of this package, not the stdlib one (PY213 reports it)
import commands
from settings import SMTP_HOST


class Notifier(object):
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.httplib = None  # an attribute, not a module
        self.queue = queue.Queue()

    def send(self, payload):
        body = pickle.dumps(payload, 2)
        request = Request(self.endpoint, body)
        try:
            return urlopen(request, timeout=5).read()
        except HTTPError as error:
            return error.code

    def mail(self, to, text):
        message = MIMEText(text)
        message['Date'] = email.Utils.formatdate()
        return message


def describe():
    # "import urllib2" in a comment or a string is not an import
    return "import urllib2", StringIO(), Utils.formatdate(), encoders, Tk
