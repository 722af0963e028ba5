"""Template rendering for the guestbook."""
from os.path import *


def render(template, context):
    from string import *  # [import-star-in-function]
    return Template(template).substitute(context)


class View(object):
    def render(self, template):
        from string import *  # [import-star-in-function]
        return Template(template).substitute(self.context)


class Settings(object):
    from defaults import *  # [import-star-in-function]

    def load(self):
        from json import loads, dumps
        from . import helpers
        return loads, dumps, helpers


if __name__ == "__main__":
    from pprint import *
    pprint(render("$x", {"x": 1}))
    # def f(): from os import *  <- a comment
