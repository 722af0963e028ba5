# py3ready: expect=nothing
"""Already ported: exec is a function here, and a method name elsewhere."""
from __future__ import print_function


class Runner(object):
    def exec(self, code, namespace=None):
        namespace = {} if namespace is None else namespace
        exec(code, namespace)
        return namespace


def run(code):
    runner = Runner()
    result = runner.exec(code)
    print("ran", len(result), "names")
    exec("y = 2", result, result)
    return result
