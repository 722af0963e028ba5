"""Wiki markup: a tag whitelist, WikiWord links, macros and page templates."""
import re
import types
from HTMLParser import HTMLParser

WIKIWORD = re.compile(r'\b([A-Z][a-z]+(?:[A-Z][a-z]+)+)\b')
MACRO = re.compile(r'\[\[(\w+)\]\]')
ALLOWED_TAGS = ('b', 'i', 'em', 'strong', 'code', 'pre', 'p')


class Sanitizer(HTMLParser):
    """Keeps whitelisted tags and escapes everything else."""

    def __init__(self):
        HTMLParser.__init__(self)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ALLOWED_TAGS:
            self.out.append(u'<%s>' % tag)

    def handle_endtag(self, tag):
        if tag in ALLOWED_TAGS:
            self.out.append(u'</%s>' % tag)

    def handle_data(self, data):
        self.out.append(data.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def sanitize(text):
    parser = Sanitizer()
    parser.feed(text)
    parser.close()
    return u''.join(parser.out)


def link_wikiwords(html):
    return WIKIWORD.sub(r'<a href="/\1">\1</a>', html)


class MacroType(type):
    """Registers every macro class under its ``name``."""
    registry = {}

    def __init__(cls, name, bases, namespace):
        super(MacroType, cls).__init__(name, bases, namespace)
        if namespace.get('name'):
            MacroType.registry[namespace['name']] = cls


class Macro(object):
    __metaclass__ = MacroType
    name = None

    def render(self, wiki):
        raise NotImplementedError


class PageCount(Macro):
    name = 'pagecount'

    def render(self, wiki):
        return unicode(len(wiki.store))


class Recent(Macro):
    name = 'recent'

    def render(self, wiki):
        changes = wiki.store.recent_changes()
        return u', '.join(name for name, author in changes) or u'none yet'


def expand_macros(html, wiki):
    def expand(match):
        cls = MacroType.registry.get(match.group(1))
        if cls is None:
            return match.group(0)
        return cls().render(wiki)
    return MACRO.sub(expand, html)


def to_text(value):
    if isinstance(value, types.StringType):
        return value.decode('utf-8')
    if not isinstance(value, types.UnicodeType):
        return unicode(value)
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
    code.append("    return u''.join(out)")
    namespace = {'to_text': to_text}
    exec '\n'.join(code) in namespace
    return namespace['render']
