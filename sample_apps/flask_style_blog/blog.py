# -*- coding: utf-8 -*-
"""A small blog on minipress: posts, tags, a form to post, a backup download."""
import ConfigParser
import cPickle
import os
import sys
import urllib
import urllib2
from itertools import izip

from minipress import Flask, Response, abort, escape

HERE = os.path.dirname(os.path.abspath(__file__))
config = ConfigParser.SafeConfigParser({'ping_url': '', 'debug': 'false'})
config.read([os.path.join(HERE, 'blog.cfg'), os.path.join(os.getcwdu(), 'local.cfg')])
BLOG_TITLE = config.get('blog', 'title').decode('utf-8')
PER_PAGE = config.getint('blog', 'per_page')

app = Flask(__name__)
app.config['DEBUG'] = config.getboolean('blog', 'debug')

LAYOUT = u"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%(title)s | %(blog)s</title></head>
<body><h1><a href="/">%(blog)s</a></h1>
<h2>%(title)s</h2>
%(content)s
</body></html>
"""


class Post(object):

    def __init__(self, id, title, body, tags=u'', published=True):
        self.id = id
        self.title = title
        self.body = body
        self.tags = tags
        self.published = published

    def __unicode__(self):
        return self.title

    @property
    def tag_list(self):
        return map(unicode.strip, self.tags.split(u','))


POSTS = {}


def add_post(title, body, tags=u'', published=True):
    post = Post(len(POSTS) + 1, title, body, tags, published)
    POSTS[post.id] = post
    return post


def published_posts():
    posts = filter(lambda post: post.published, POSTS.values())
    posts.sort(key=lambda post: post.id, reverse=True)
    return posts


def render(title, content):
    return LAYOUT % {'title': escape(title), 'blog': escape(BLOG_TITLE), 'content': content}


def post_links(posts):
    return u'<ul>%s</ul>' % u''.join(
        u'<li><a href="/post/%d">%s</a></li>' % (p.id, escape(unicode(p))) for p in posts)


def tag_link(tag):
    return u'<a href="/tag/%s">%s</a>' % (urllib.quote(tag.encode('utf-8')), escape(tag))


def ping(post):
    url = config.get('blog', 'ping_url')
    if not url:
        return
    data = urllib.urlencode({'title': post.title.encode('utf-8'), 'id': post.id})
    try:
        urllib2.urlopen(urllib2.Request(url, data), timeout=2)
    except urllib2.URLError, e:
        print >>sys.stderr, "ping to %s failed: %s" % (url, e)


@app.route('/')
def index(request):
    return render(u'Latest posts', post_links(published_posts()[:PER_PAGE]))


@app.route('/post/<int:id>')
def show_post(request, id):
    post = POSTS.get(id)
    if post is None or not post.published:
        abort(404, 'No post #%d' % id)
    links = map(tag_link, post.tag_list)
    label = len(links) == 1 and u'Tag' or u'Tags'
    posts = published_posts()
    older = dict(izip([p.id for p in posts], posts[1:]))
    nav = u''
    if older.has_key(post.id):
        nav = u'<p>Older: <a href="/post/%d">%s</a></p>' % (older[post.id].id, escape(older[post.id].title))
    return render(post.title, u'<p>%s</p><p>%s: %s</p>%s' % (
        escape(post.body), label, u', '.join(links), nav))


@app.route('/tag/<tag>')
def by_tag(request, tag):
    posts = [p for p in published_posts() if tag in p.tag_list]
    return render(u'Tagged “%s”' % tag, post_links(posts))


@app.route('/new', methods=('POST',))
def new_post(request):
    try:
        title = request.form['title']
    except KeyError, e:
        abort(400, u'missing field: %s' % e.message)
    post = add_post(title, request.form.get('body', u''), request.form.get('tags', u''))
    ping(post)
    return Response(u'Created', 302, {'Location': '/post/%d' % post.id})


@app.route('/robots.txt')
def robots(request):
    return Response('User-agent: *\nDisallow: /new\n', mimetype='text/plain')


@app.route('/export.pickle')
def export(request):
    return Response(cPickle.dumps(POSTS, 2), mimetype='application/octet-stream')


add_post(u'Hello, world', u'First post & first <test>.', u'meta, news')
add_post(u'Un café, s’il vous plaît', u'On ordering coffee in Paris.', u'café, travel')
add_post(u'Draft', u'Not yet.', u'meta', published=False)
add_post(u'WSGI in 2011', u'Still the way to deploy Python web apps.', u'python, news')

if __name__ == '__main__':
    app.run()
