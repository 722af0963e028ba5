"""Configuration reloading for a WSGI daemon (Python 2.7)."""
import six


def changed_settings(old, new):
    added = new.viewkeys() - old.viewkeys()  # [dict-view-method, dict-view-method]
    common = old.viewkeys() & new.viewkeys()  # [dict-view-method, dict-view-method]
    changed = set(k for k in common if old[k] != new[k])
    return added | changed


def setting_pairs(settings):
    return settings.viewitems()  # [dict-view-method]


def has_value(settings, value):
    return value in settings.viewvalues()  # [dict-view-method]


def portable_keys(settings):
    # six.viewkeys is a function taking the dict: fine on both versions
    return six.viewkeys(settings), set(settings)


class Snapshot(object):
    def __init__(self, data):
        self.data = data
        self.viewkeys = sorted(data)  # an attribute that happens to share the name

    def keys_view(self):
        return self.viewkeys

    def live_items(self):
        return self.data.viewitems()  # [dict-view-method]
