"""A tiny template engine: strings in, strings out."""
import re
from cStringIO import StringIO

TOKEN = re.compile(r'\{\{\s*(\w+)\s*\}\}')


def escape(value):
    return (value.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def render(template, context):
    def replace(match):
        return escape(unicode(context.get(match.group(1), '')))
    return TOKEN.sub(replace, template)


def render_many(template, contexts):
    out = StringIO()
    for context in contexts:
        out.write(render(template, context))
        out.write('\n')
    return out.getvalue()


def page(title, body):
    parts = ['<html><head><title>', escape(title), '</title></head>',
             '<body>', body, '</body></html>']
    return ''.join(parts)


def encoded_page(title, body):
    return page(title, body).encode('utf-8')
