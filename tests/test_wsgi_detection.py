"""py3ready.wsgi: which functions are WSGI callables, and what they send."""

from __future__ import annotations

import textwrap

import pytest

from py3ready import wsgi
from py3ready.engine import Checker
from py3ready.fixer_base import FileContext

_CHECKER = Checker([])


def analyse(source: str):
    source = textwrap.dedent(source)
    tree, _, _ = _CHECKER.parse(source)
    ctx = FileContext(path="t.py", source=source, future_features=tree.future_features)
    return wsgi.analyse(ctx, tree), ctx, tree


def app_names(info):
    return sorted(function.name for function, _, _ in info.apps.values())


def start_call_texts(info):
    return sorted(str(call.node).strip() for call in info.start_calls.values())


def chunk_texts(info):
    return sorted(str(c.node).strip() for cs in info.chunks.values() for c in cs)


@pytest.mark.parametrize("source,expected", [
    ("def application(environ, start_response):\n    return []\n", ["application"]),
    ("def app(e, cb):\n    cb('200 OK', [('A', 'b')])\n    return []\n", ["app"]),
    ("def app(e, cb):\n    cb(status, headers)\n    return []\n", ["app"]),
    ("class A(object):\n    def __call__(self, environ, start_response):\n"
     "        return []\n", ["__call__"]),
    ("def mw(app):\n    def inner(environ, start_response):\n"
     "        def custom(status, headers, exc_info=None):\n"
     "            return start_response(status, headers, exc_info)\n"
     "        return app(environ, custom)\n    return inner\n", ["inner"]),
])
def test_callables_under_any_names(source, expected):
    info, _, _ = analyse(source)
    assert app_names(info) == expected


@pytest.mark.parametrize("source", [
    "def apply_op(data, func):\n    func(data, 2)\n",
    "def wrapper(x, y):\n    return func(x, y)\n",
    "def app(environ):\n    return []\n",
])
def test_ordinary_functions_are_not_apps(source):
    info, _, _ = analyse(source)
    assert not info.apps and not info.start_calls


def test_start_calls_include_helpers_and_wrappers():
    info, _, _ = analyse("""
        def fail(start_response, message):
            start_response('500 Error', [])
            return [message]

        def app(environ, start_response):
            def wrapped(status, headers, exc_info=None):
                return start_response(status, headers, exc_info)
            if environ:
                return fail(start_response, b'x')
            start_response('200 OK', [])
            return []

        def dispatched(start_response):
            start_response('404 Not Found', [])

        def not_a_helper(callback):
            callback('200 OK', 3)
        """)
    assert start_call_texts(info) == [
        "start_response('200 OK', [])", "start_response('404 Not Found', [])",
        "start_response('500 Error', [])",
        "start_response(status, headers, exc_info)"]
    names = sorted(f.name for f in info.implementations.values())
    assert names == ["wrapped"]


def test_bodies_of_every_shape():
    info, _, _ = analyse("""
        def gen():
            yield 'g'

        class Body(object):
            def __iter__(self):
                yield 'i'

        def lists(environ, start_response):
            write = start_response('200 OK', [])
            write('w')
            out = ['a']
            out.append('b')
            out += ['c']
            if environ:
                return gen()
            if environ:
                return Body()
            return out

        def stream(environ, start_response):
            start_response('200 OK', [])
            yield 'y'
        """)
    assert chunk_texts(info) == ["'a'", "'b'", "'c'", "'g'", "'i'", "'w'", "'y'"]


def test_body_helpers_are_not_apps_returning_strings():
    info, _, tree = analyse("""
        def page(environ, start_response):
            start_response('200 OK', [])
            return 'chunk'

        def app(environ, start_response):
            return [page(environ, start_response)]
        """)
    page = next(f for f, _, _ in info.apps.values() if f.name == "page")
    assert id(page.node) in info.body_helpers


def test_environ_parameter_of_an_odd_name_is_the_environ():
    from py3ready import typemodel as tm

    info, ctx, tree = analyse("""
        def app(env, respond):
            path = env['PATH_INFO']
            respond('200 OK', [])
            return [path]
        """)
    name = next(leaf for leaf in tree.leaves() if leaf.value == "path")
    value = tm.value_of(ctx, name.parent.children[2])
    assert value.kind is tm.Kind.NATIVE and value.source == "external"


def test_inner_app_calls_and_exc_info_reraise():
    info, ctx, tree = analyse("""
        def wrap(app):
            def inner(environ, start_response):
                try:
                    return app(environ, start_response)
                except Exception:
                    raise t, v, tb
            return inner

        def plain():
            raise a, b, c

        def saved(exc_info):
            raise exc_info[0], exc_info[1], exc_info[2]
        """)
    assert len(info.inner_app_calls) == 1
    raises = [n for n in tree.pre_order() if n.type == wsgi.syms.raise_stmt]
    assert [bool(wsgi.exc_info_reraise(ctx, r)) for r in raises] == [True, False, True]


def test_analysis_is_computed_once_per_file():
    _, ctx, tree = analyse("def app(environ, start_response):\n    return []\n")
    assert wsgi.analyse(ctx, tree) is wsgi.analyse(ctx, tree.children[0])


def test_rules_about_wsgi_callables_skip_files_without_any(tmp_path):
    from conftest import check
    from py3ready import wsgi
    from py3ready.engine import Checker
    from py3ready import registry

    plain = "def add(a, b):\n    return [u'x' + a]\n"
    app = ("def app(environ, start_response):\n"
           "    start_response(b'200 OK', [])\n    return [u'x']\n")
    gated = [cls for cls in registry.select() if issubclass(cls, wsgi.WsgiFix)]
    assert len(gated) >= 9
    checker = Checker(gated)
    tree, _, _ = checker.parse(plain)
    from py3ready.fixer_base import FileContext

    for cls in gated:
        fixer = cls({}, [])
        fixer.ctx = FileContext(path="t.py", source=plain)
        assert fixer.applies(tree) is False
    assert {f.rule for f in check(app)} >= {"PY601", "PY607"}
