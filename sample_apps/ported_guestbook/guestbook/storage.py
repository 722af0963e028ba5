"""The guestbook's entries, kept in memory."""
from __future__ import absolute_import, division, print_function, unicode_literals

PER_PAGE = 3


class Guestbook(object):

    def __init__(self):
        self._entries = {}
        self._next_id = 1

    def __len__(self):
        return len(self._entries)

    def add(self, name, message):
        entry = {'id': self._next_id, 'name': name.strip() or 'Anonymous',
                 'message': message.strip()}
        self._entries[entry['id']] = entry
        self._next_id += 1
        return entry

    def get(self, entry_id):
        return self._entries.get(entry_id)

    def page(self, number, per_page=PER_PAGE):
        """The entries on page ``number`` (newest first) and the page count."""
        entries = sorted(self._entries.values(), key=lambda e: e['id'], reverse=True)
        pages = max(1, (len(entries) + per_page - 1) // per_page)
        start = (number - 1) * per_page
        return entries[start:start + per_page], pages

    def stats(self):
        """(name, count) pairs, most active first."""
        counts = {}
        for entry in self._entries.values():
            counts[entry['name']] = counts.get(entry['name'], 0) + 1
        return sorted(list(counts.items()), key=lambda item: (-item[1], item[0]))
