"""Fetching a partner's XML feed (Python 2)."""
import json  # [missing-future-division]
import urllib2

FEED_URL = 'https://partner.example.com/feed'


def fetch(url=FEED_URL):
    response = urllib2.urlopen(url, timeout=10)
    data = response.read()
    kind = response.info().getheader('Content-Type') or ''
    if kind.startswith('application/json'):
        return json.loads(data)
    if data.startswith('<?xml'):  # [bytes-text-mix]
        return data.decode('utf-8')
    return None


def save(url, path):
    data = urllib2.urlopen(url).read()
    with open(path, 'wb') as handle:
        handle.write(data)
    return len(data) / 1024


def headline(item):
    return item.get('title', u'').strip()
