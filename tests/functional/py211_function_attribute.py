"""URL routing and view registration (Python 2.7)."""
import functools
import logging

log = logging.getLogger(__name__)
ROUTES = {}


def route(path):
    def register(view):
        ROUTES[path] = view
        log.debug("route %s -> %s", path, view.func_name)  # [function-attribute]
        return view
    return register


def wraps_view(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)
    wrapper.func_dict.update(view.func_dict)  # [function-attribute, function-attribute]
    return wrapper


def describe(view):
    code = view.func_code  # [function-attribute]
    return '%s:%d (%d defaults)' % (code.co_filename, code.co_firstlineno,
                                    len(view.func_defaults or ()))  # [function-attribute]


def view_globals(view):
    return view.func_globals, view.func_closure, view.func_doc  # [function-attribute, function-attribute, function-attribute]


def owner(method):
    return method.im_self, method.im_class  # [function-attribute, function-attribute]


def unbound(method):
    return method.im_func  # [function-attribute]


def portable(view, method):
    # the dunder names work on 2.6+ and 3
    return view.__name__, view.__code__, method.__self__, method.__func__


def label(view):
    # "func_name" in a string, and a key called func_name, are fine
    return {'func_name': getattr(view, '__name__', 'func_name')}
