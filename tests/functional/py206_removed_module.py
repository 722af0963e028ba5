# py3ready: select=PY206 siblings=formatter
"""Deployment helpers for the legacy CMS (Python 2.7, still ported to 3.x)."""
import imp  # [removed-module]
import os, cgi  # [removed-module]
import xml.etree.cElementTree as etree  # [removed-module]
from distutils.core import setup  # [removed-module]
from distutils import sysconfig  # [removed-module]
from xml.etree import cElementTree  # [removed-module]
import asyncore, asynchat  # [removed-module, removed-module]
import telnetlib  # [removed-module]
from pipes import quote  # [removed-module]

# modules that are still there, or their replacements
import importlib
import xml.etree.ElementTree as ElementTree
from email import message
from setuptools import find_packages
from . import imp as local_imp
from .cgi import FieldStorage

# a sibling module called formatter.py (PY213's business)
import formatter


def load_plugin(name, path):
    return imp.load_source(name, path)


def parse_feed(text):
    return etree.fromstring(text), cElementTree, ElementTree


def shell_quote(argument):
    # "import pipes" in a string is fine
    return quote(argument), "import pipes"


def build():
    return setup, sysconfig, find_packages, importlib, message, local_imp, FieldStorage


def legacy_servers():
    return asyncore.loop, asynchat.async_chat, telnetlib.Telnet, cgi, formatter, os
