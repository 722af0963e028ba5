"""Pagination and image helpers for the photo gallery (Python 2)."""
import math
import time

from gallery.models import Photo

THUMB_WIDTH = 160
THUMB_HEIGHT = 120
ASPECT = 4.0 / 3  # a float literal: true division on both versions
HALF = 1 / 2  # [old-division]


class Paginator(object):
    per_page = 20

    def __init__(self, items, per_page=None):
        self.items = items
        if per_page:
            self.per_page = per_page

    def page_count(self):
        return (len(self.items) + self.per_page - 1) / self.per_page  # [old-division]

    def middle(self):
        return self.items[len(self.items) / 2]  # [old-division]

    def middle_floor(self):
        return self.items[len(self.items) // 2]

    def fraction_shown(self, shown):
        return float(shown) / len(self.items)

    def percent(self, shown):
        return 100.0 * shown / len(self.items)


def thumbnail_size(width, height):
    if width > height:
        scale = THUMB_WIDTH / width  # [old-division]
    else:
        scale = THUMB_HEIGHT * 1.0 / height
    return int(width * scale), int(height * scale)


def average_rating(ratings):
    total = 0
    for rating in ratings:
        total += rating
    return total / len(ratings)  # [old-division]


def visits_per_day(photo):
    days = 0
    days += 7
    days += 3
    return photo.visits / days  # [old-division]


def elapsed_minutes(started):
    return (time.time() - started) / 60


def grid_columns(width):
    return int(math.floor(width / THUMB_WIDTH))  # [old-division]


def crop_box(photo):
    offset = (photo.width - photo.height) / 2  # [old-division]
    return offset, 0, offset + photo.height, photo.height


def halve(value):
    value /= 2  # [old-division]
    return value


def halve_float(value):
    value /= 2.0
    return value


def url_path(*parts):
    return "/" + "/".join(parts)


def distance(a, b):
    ratio = 0.5
    return abs(a - b) / ratio


def aspect_ok(photo):
    return photo.width / photo.height > ASPECT  # [old-division]


def progress(done, total):
    # int() of the quotient only differs for negative values: low confidence
    return int(done / total)  # [old-division]


def sample_every(photos, count=8):
    step = len(photos) / count  # [old-division]
    return photos[::step or 1]


def mixed(a):
    return a / 2 / 3  # [old-division, old-division]


def complex_scale(a):
    return a / 2j


def literal_string_math(a):
    return "%d%%" % (a * 100 / 7)  # [old-division]
