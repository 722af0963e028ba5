# -*- coding: utf-8 -*-
"""A small blog on minipress: posts, tags, a form to post, a backup download.

Ported from ``flask_style_blog`` to run on Python 2.7 and 3 alike.
"""
from __future__ import absolute_import, division, print_function, unicode_literals

import io
import os
import pickle
import sys

from minipress import Flask, Response, abort, escape

try:
    from configparser import ConfigParser
    from urllib.error import URLError
    from urllib.parse import quote, urlencode
    from urllib.request import Request, urlopen
except ImportError:  # Python 2
    from ConfigParser import SafeConfigParser as ConfigParser
    from urllib import quote, urlencode
    from urllib2 import Request, URLError, urlopen

HERE = os.path.dirname(os.path.abspath(__file__))
config = ConfigParser({'ping_url': '', 'debug': 'false'})
for _path in [os.path.join(HERE, 'blog.cfg'), os.path.join(os.getcwd(), 'local.cfg')]:
    if os.path.exists(_path):
        with io.open(_path, encoding='utf-8') as _file:  # text on 2 and 3
            read = getattr(config, 'read_file', None) or config.readfp  # readfp: Python 2
            read(_file)
BLOG_TITLE = config.get('blog', 'title')
PER_PAGE = config.getint('blog', 'per_page')

app = Flask(__name__)
app.config['DEBUG'] = config.getboolean('blog', 'debug')

LAYOUT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%(title)s | %(blog)s</title></head>
<body><h1><a href="/">%(blog)s</a></h1>
<h2>%(title)s</h2>
%(content)s
</body></html>
"""


class Post(object):

    def __init__(self, id, title, body, tags='', published=True):
        self.id = id
        self.title = title
        self.body = body
        self.tags = tags
        self.published = published

    def __str__(self):
        return self.title
    __unicode__ = __str__  # Python 2: '%s' % post is text

    @property
    def tag_list(self):
        return [tag.strip() for tag in self.tags.split(',')]


POSTS = {}


def add_post(title, body, tags='', published=True):
    post = Post(len(POSTS) + 1, title, body, tags, published)
    POSTS[post.id] = post
    return post


def published_posts():
    return sorted((post for post in POSTS.values() if post.published),
                  key=lambda post: post.id, reverse=True)


def render(title, content):
    return LAYOUT % {'title': escape(title), 'blog': escape(BLOG_TITLE), 'content': content}


def post_links(posts):
    return '<ul>%s</ul>' % ''.join(
        '<li><a href="/post/%d">%s</a></li>' % (p.id, escape('%s' % p)) for p in posts)


def tag_link(tag):
    return '<a href="/tag/%s">%s</a>' % (quote(tag.encode('utf-8')), escape(tag))


def ping(post):
    url = config.get('blog', 'ping_url')
    if not url:
        return
    data = urlencode({'title': post.title.encode('utf-8'), 'id': post.id}).encode('ascii')
    try:
        urlopen(Request(url, data), timeout=2)
    except URLError as e:
        print("ping to %s failed: %s" % (url, e), file=sys.stderr)


@app.route('/')
def index(request):
    return render('Latest posts', post_links(published_posts()[:PER_PAGE]))


@app.route('/post/<int:id>')
def show_post(request, id):
    post = POSTS.get(id)
    if post is None or not post.published:
        abort(404, 'No post #%d' % id)
    links = [tag_link(tag) for tag in post.tag_list]
    label = len(links) == 1 and 'Tag' or 'Tags'
    posts = published_posts()
    older = dict(zip([p.id for p in posts], posts[1:]))
    nav = ''
    if post.id in older:
        nav = '<p>Older: <a href="/post/%d">%s</a></p>' % (older[post.id].id, escape(older[post.id].title))
    return render(post.title, '<p>%s</p><p>%s: %s</p>%s' % (
        escape(post.body), label, ', '.join(links), nav))


@app.route('/tag/<tag>')
def by_tag(request, tag):
    posts = [p for p in published_posts() if tag in p.tag_list]
    return render('Tagged “%s”' % tag, post_links(posts))


@app.route('/new', methods=('POST',))
def new_post(request):
    try:
        title = request.form['title']
    except KeyError as e:
        abort(400, 'missing field: %s' % e.args[0])
    post = add_post(title, request.form.get('body', ''), request.form.get('tags', ''))
    ping(post)
    return Response('Created', 302, {'Location': '/post/%d' % post.id})


@app.route('/robots.txt')
def robots(request):
    return Response(b'User-agent: *\nDisallow: /new\n', mimetype='text/plain')


@app.route('/export.pickle')
def export(request):
    return Response(pickle.dumps(POSTS, 2), mimetype='application/octet-stream')


add_post('Hello, world', 'First post & first <test>.', 'meta, news')
add_post('Un café, s’il vous plaît', 'On ordering coffee in Paris.', 'café, travel')
add_post('Draft', 'Not yet.', 'meta', published=False)
add_post('WSGI in 2011', 'Still the way to deploy Python web apps.', 'python, news')

if __name__ == '__main__':
    app.run()
