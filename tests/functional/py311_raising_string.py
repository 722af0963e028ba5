"""Template loader and worker control (Python 2)."""


class TemplateError(Exception):
    pass


def load(name):
    if "/" in name:
        raise "bad template name"  # [raising-string]
    if not name:
        raise "empty template name: %r" % name  # [raising-string]
    if name.startswith("."):
        raise ("hidden template " + name)  # [raising-string]
    if name.endswith("~"):
        raise TemplateError("backup file: %s" % name)
    return open(name).read()


def stop(worker):
    worker.throw("stop now")  # [raising-string]
    worker.throw(GeneratorExit)


def reraise():
    try:
        load("x")
    except TemplateError:
        raise


def message_variable(msg):
    # a string held in a variable is not detected
    raise msg


def legacy_comma():
    # the comma form is the syntax rules' business
    raise TemplateError, "bad"
