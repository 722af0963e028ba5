# -*- coding: utf-8 -*-
"""Request handlers. Each returns (status, headers, body)."""
import Cookie
import os

import models
from util import escape, first, log, paginate, parse_form, quote_tag, render_page, url_for


class NotFound(Exception):
    pass


def html(body, status='200 OK', extra_headers=()):
    headers = [('Content-Type', 'text/html; charset=utf-8'),
               ('Content-Length', str(len(body)))]
    headers.extend(extra_headers)
    return status, headers, body


def price(cents):
    return '%d.%02d EUR' % (cents // 100, cents % 100)


def product_list(products):
    rows = []
    for product in products:
        state = product and 'in stock' or 'sold out'
        rows.append('<li><a href="/product/%s">%s</a> %s (%s)</li>' % (
            product.sku, escape(product.name), price(product.price_cents), state))
    return '<ul>\n%s\n</ul>' % '\n'.join(rows)


def index(environ):
    params = parse_form(environ)
    page = int(first(params, 'page', '1'))
    products, pages = paginate(models.all_products(), page)
    links = ['<a href="%s">%d</a>' % (url_for('/', page=n), n) for n in xrange(1, pages + 1)]
    cheapest = models.by_price()[0]
    body = product_list(products) + '\n<p>Pages: %s</p>' % ' '.join(links)
    body += '\n<p>From only %s!</p>' % price(cheapest.price_cents)
    return html(render_page('Shop', body))


def product(environ, sku):
    try:
        item = models.get(sku)
    except models.ProductError, e:
        raise NotFound(str(e))
    tags = ', '.join('<a href="/tag/%s">%s</a>' % (quote_tag(t), escape(t)) for t in item.tags)
    body = '<p>%s</p><p>Tags: %s</p>' % (price(item.price_cents), tags)
    return html(render_page(item.name, body))


def tag(environ, name):
    name = unicode(name, 'utf-8')
    log("tag page %r", name)
    # wsgiref refuses unicode headers ("Header values must be strings")
    canonical = (u'</tag/%s>; rel="canonical"' % quote_tag(name)).encode('ascii')
    return html(render_page(u'Tagged %s' % name, product_list(models.tagged(name))),
                extra_headers=[('Link', canonical)])


def search(environ):
    params = parse_form(environ)
    if not params:
        return html(render_page('Search', '<p>Nothing to search for.</p>'))
    field = params.keys()[0]
    query = unicode(params[field][0], 'utf-8').lower()
    found = [p for p in models.all_products() if query in p.name.lower()]
    return html(render_page('Search: %s' % escape(query), product_list(found)))


def cart(environ):
    cookie = Cookie.SimpleCookie(environ.get('HTTP_COOKIE', ''))
    if cookie.has_key('cart'):
        cart_id = cookie['cart'].value
    else:
        cart_id = 'c%d' % (len(models.CARTS) + 1)
    items = models.CARTS.setdefault(cart_id, {})
    if environ['REQUEST_METHOD'] == 'POST':
        params = parse_form(environ)
        sku = first(params, 'sku')
        qty = min(long(first(params, 'qty', '1')), models.MAX_QUANTITY)
        items[sku] = items.get(sku, 0) + qty
        log("cart %s: +%d %s", cart_id, qty, sku)
        if os.environ.get('SHOP_ORDER_DIR'):
            models.save_order(cart_id, os.environ['SHOP_ORDER_DIR'])
    total = 0
    rows = []
    for sku, qty in items.iteritems():
        item = models.get(sku)
        total += item.price_cents * qty
        rows.append('<li>%d x %s</li>' % (qty, escape(item.name)))
    body = '<ul>%s</ul><p>Total: %s</p>' % (''.join(rows), price(total))
    return html(render_page('Your cart', body),
                extra_headers=[('Set-Cookie', 'cart=%s; Path=/' % cart_id)])
