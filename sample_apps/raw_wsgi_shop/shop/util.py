"""Helpers shared by the views: logging, forms, URLs, paging, HTML."""
import cgi
import string
import sys
import urllib
import urlparse
from StringIO import StringIO

PER_PAGE = 3
DEBUG = True


def log(message, *args):
    if DEBUG:
        print >>sys.stderr, "[shop] " + (message % args)


def parse_form(environ):
    """Query string and urlencoded body, merged into a dict of lists."""
    params = cgi.parse_qs(environ.get('QUERY_STRING', ''), keep_blank_values=True)
    if environ['REQUEST_METHOD'] == 'POST':
        try:
            length = int(environ.get('CONTENT_LENGTH') or 0)
        except ValueError, e:
            log("bad Content-Length: %s", e)
            length = 0
        body = environ['wsgi.input'].read(length)
        if ';' in body:  # old forms separate fields with ';'
            body = body.replace(';', '&')
        for key, values in urlparse.parse_qs(body).iteritems():
            params.setdefault(key, []).extend(values)
    return params


def first(params, name, default=None):
    if params.has_key(name):
        return params[name][0]
    return default


def url_for(path, **params):
    if not params:
        return path
    return path + '?' + urllib.urlencode(sorted(params.items()))


def quote_tag(tag):
    return urllib.quote(tag.encode('utf-8'))


def slugify(text):
    if isinstance(text, unicode):
        text = text.encode('utf-8')
    return string.join(string.split(string.lower(text)), '-')


def escape(text):
    if not isinstance(text, basestring):
        text = str(text)
    if isinstance(text, unicode):
        text = text.encode('utf-8')
    return cgi.escape(text, True)


def paginate(items, page, per_page=PER_PAGE):
    """The items of one page, and how many pages there are."""
    pages = (len(items) + per_page - 1) / per_page
    start = (page - 1) * per_page
    return items[start:start + per_page], pages


def render_page(title, body_html):
    out = StringIO()
    out.write('<!DOCTYPE html>\n<html><head><title>%s</title></head>\n' % escape(title))
    out.write('<body><h1>%s</h1>\n' % escape(title))
    out.write(body_html)
    out.write('\n</body></html>\n')
    return out.getvalue()
