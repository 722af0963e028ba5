"""Pages of a wiki served by raw WSGI (Python 2.7)."""
import os
import sys
import urllib

import six


def breadcrumb(environ):
    return u'You are here: %s' % environ['PATH_INFO']  # [implicit-ascii-coercion]


def search(environ):
    query = urllib.unquote_plus(environ.get('QUERY_STRING', ''))
    title = u'Results for '
    title += query  # [implicit-ascii-coercion]
    return title


def agent(environ):
    name = environ.get('HTTP_USER_AGENT', 'unknown')
    return u'Agent: {0}'.format(name)  # [implicit-ascii-coercion]


def listing(directory):
    names = os.listdir(directory)
    return u', '.join(names)  # [implicit-ascii-coercion]


def banner():
    return u'Started as ' + sys.argv[0]  # [implicit-ascii-coercion]


def page(path):
    text = open(path).read()
    return u'<pre>' + text + u'</pre>'  # [implicit-ascii-coercion]


def decoded(environ):
    path = environ['PATH_INFO'].decode('utf-8')  # PY405's business on Python 3
    return u'You are here: %s' % path


def native_only(environ):
    return 'You are here: %s' % environ['PATH_INFO']


def guarded(environ):
    path = environ['PATH_INFO']
    if six.PY3:
        return u'Path ' + path
    return u'Path ' + path.decode('utf-8')


def internal(count):
    return u'%d pages' % count + str(count)
