"""A task queue whose own objects have a func_name attribute: low confidence."""


class Task(object):
    def __init__(self, function, args):
        self.func_name = function.__name__  # setting it works on Python 3
        self.args = args


def describe(task):
    return '%s%r' % (task.func_name, task.args)  # [function-attribute]
