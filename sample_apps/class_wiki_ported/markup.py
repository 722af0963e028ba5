"""Wiki markup: a tag whitelist, WikiWord links, macros and page templates."""
from __future__ import absolute_import, division, print_function, unicode_literals

import re

try:
    from html.parser import HTMLParser
except ImportError:  # Python 2
    from HTMLParser import HTMLParser

WIKIWORD = re.compile(r'\b([A-Z][a-z]+(?:[A-Z][a-z]+)+)\b')
MACRO = re.compile(r'\[\[(\w+)\]\]')
ALLOWED_TAGS = ('b', 'i', 'em', 'strong', 'code', 'pre', 'p')


class Sanitizer(HTMLParser):
    """Keeps whitelisted tags and escapes everything else."""

    def __init__(self):
        HTMLParser.__init__(self)
        self.convert_charrefs = False  # Python 3: leave entities to handle_*ref, as 2 does
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ALLOWED_TAGS:
            self.out.append('<%s>' % tag)

    def handle_endtag(self, tag):
        if tag in ALLOWED_TAGS:
            self.out.append('</%s>' % tag)

    def handle_data(self, data):
        self.out.append(data.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def sanitize(text):
    parser = Sanitizer()
    parser.feed(text)
    parser.close()
    return ''.join(parser.out)


def link_wikiwords(html):
    return WIKIWORD.sub(r'<a href="/\1">\1</a>', html)


class MacroType(type):
    """Registers every macro class under its ``name``."""
    registry = {}

    def __init__(cls, name, bases, namespace):
        super(MacroType, cls).__init__(name, bases, namespace)
        if namespace.get('name'):
            MacroType.registry[namespace['name']] = cls


# The metaclass, spelled for Python 2 and 3 alike: a base class made by it.
MacroBase = MacroType(str('MacroBase'), (object,), {'name': None})


class Macro(MacroBase):
    name = None

    def render(self, wiki):
        raise NotImplementedError


class PageCount(Macro):
    name = 'pagecount'

    def render(self, wiki):
        return '%d' % len(wiki.store)


class Recent(Macro):
    name = 'recent'

    def render(self, wiki):
        changes = wiki.store.recent_changes()
        return ', '.join(name for name, author in changes) or 'none yet'


def expand_macros(html, wiki):
    def expand(match):
        cls = MacroType.registry.get(match.group(1))
        if cls is None:
            return match.group(0)
        return cls().render(wiki)
    return MACRO.sub(expand, html)


def to_text(value):
    if isinstance(value, bytes):
        return value.decode('utf-8')
    if not isinstance(value, type('')):
        return '%s' % (value,)
    return value


def compile_template(source):
    """Compile '$name' placeholders into a fast render(namespace) function."""
    parts = re.split(r'\$(\w+)', source)
    code = ['def render(ns):', '    out = []']
    for i, part in enumerate(parts):
        if i % 2:
            code.append('    out.append(to_text(ns[%r]))' % part)
        elif part:
            code.append('    out.append(%r)' % part)
    code.append("    return ''.join(out)")
    namespace = {'to_text': to_text}
    exec('\n'.join(code), namespace)
    return namespace['render']
