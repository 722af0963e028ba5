"""The type model: what kind of string an expression holds on Python 2 and 3."""

from __future__ import annotations

import textwrap

import pytest
from fissix.pgen2 import token
from fissix.pygram import python_symbols as syms

from conftest import check
from py3ready import scope
from py3ready import typemodel as tm
from py3ready.engine import Checker
from py3ready.fixer_base import FileContext

TEXT, BYTES, NATIVE = tm.Kind.TEXT, tm.Kind.BYTES, tm.Kind.NATIVE
UNKNOWN = tm.Kind.UNKNOWN


def parsed(source: str):
    source = textwrap.dedent(source)
    tree, grammar, errors = Checker([]).parse(source)
    assert tree is not None, errors
    ctx = FileContext(path="t.py", source=source, future_features=tree.future_features,
                      grammar=grammar)
    scope.index(ctx, tree)
    return tree, ctx


def value_at(source: str, name: str = "result") -> tm.Value:
    """The value of the last ``name = ...`` assignment's right-hand side."""
    tree, ctx = parsed(source)
    found = None
    for node in tree.pre_order():
        kids = node.children
        if node.type == syms.expr_stmt and kids[0].type == token.NAME and (
                kids[0].value == name and kids[1].type == token.EQUAL):
            found = node.children[-1]
    assert found is not None, f"no `{name} = ...` in the source"
    return tm.value_of(ctx, found)


@pytest.mark.parametrize("expression,kind", [
    ("u'x'", TEXT), ("b'x'", BYTES), ("'x'", NATIVE), ("r'x'", NATIVE),
    ("'a' 'b'", NATIVE), ("b'a' b'b'", BYTES), ("ur'x'", TEXT),
    ("text.encode('utf-8')", BYTES), ("data.decode('utf-8')", TEXT),
    ("data.encode('hex')", UNKNOWN), ("str(x)", NATIVE), ("unicode(x)", TEXT),
    ("repr(x)", NATIVE), ("'%s' % x", NATIVE), ("b'%s' % x", BYTES),
    ("'%s' % u'x'", TEXT), ("u'a' + 'b'", TEXT), ("'a' + 'b'", NATIVE),
    ("b'a' + 'b'", UNKNOWN), ("x + '\\n'", NATIVE), ("'-' * 20", NATIVE),
    ("'x'.join(items)", NATIVE), ("b','.join(items)", BYTES),
    ("', '.join([u'a', u'b'])", TEXT), ("'{0}'.format(x)", NATIVE),
    ("' x '.strip().lower()", NATIVE), ("'abc'[1:]", NATIVE), ("b'abc'[1:]", BYTES),
    ("u'abc'[0]", TEXT), ("x if y else 'n'", UNKNOWN), ("'y' if c else 'n'", NATIVE),
    ("value or ''", UNKNOWN), ("'' or 'x'", NATIVE),
    ("json.dumps(obj)", NATIVE), ("json.dumps(obj, ensure_ascii=False)", UNKNOWN),
    ("base64.b64encode(data)", BYTES), ("base64.b64decode(data)", BYTES),
    ("hashlib.md5(data).hexdigest()", NATIVE), ("hashlib.sha1(data).digest()", BYTES),
    ("hmac.new(k, m, hashlib.sha1).hexdigest()", NATIVE),
    ("binascii.hexlify(data)", BYTES), ("zlib.compress(data)", BYTES),
    ("struct.pack('>I', 1)", BYTES), ("os.urandom(8)", BYTES),
    ("urllib.quote(path)", NATIVE), ("urllib.urlencode(params)", NATIVE),
    ("subprocess.check_output(cmd)", BYTES),
    ("subprocess.check_output(cmd, universal_newlines=True)", UNKNOWN),
    ("open(p).read()", NATIVE), ("open(p, 'rb').read()", BYTES),
    ("open(p, mode='rb').read()", BYTES), ("open(p, m).read()", UNKNOWN),
    ("io.open(p).read()", TEXT), ("io.open(p, 'rb').read()", BYTES),
    ("codecs.open(p, 'r', 'utf-8').read()", TEXT), ("gzip.open(p).read()", BYTES),
    ("urllib2.urlopen(url).read()", BYTES), ("io.BytesIO(b'x').getvalue()", BYTES),
    ("io.StringIO(u'x').getvalue()", TEXT), ("StringIO.StringIO().getvalue()", UNKNOWN),
    ("sys.argv[1]", NATIVE), ("uuid.uuid4().hex", NATIVE), ("sock.recv(10)", BYTES),
    ("six.b('x')", BYTES), ("six.u('x')", TEXT), ("six.text_type(x)", TEXT),
    ("six.ensure_str(x)", NATIVE), ("cgi.escape(u'x')", TEXT),
    ("value", UNKNOWN), ("self.body", UNKNOWN), ("f(x)", UNKNOWN),
])
def test_expression_kinds(expression, kind):
    source = (
        "import base64, binascii, cgi, codecs, gzip, hashlib, hmac, io, json, os\n"
        "import struct, subprocess, sys, urllib, urllib2, uuid, zlib\n"
        "import StringIO\nimport six\n"
        f"result = {expression}\n"
    )
    assert value_at(source).kind is kind


def test_unicode_literals_turns_bare_literals_into_text():
    value = value_at("from __future__ import unicode_literals\nresult = 'x'\n")
    assert value.kind is TEXT and value.source == "future-literal"
    assert value_at("from __future__ import unicode_literals\nresult = str('x')\n"
                    ).kind is NATIVE
    assert value_at("from __future__ import unicode_literals\nresult = b'x'\n"
                    ).kind is BYTES


def test_environ_values_are_native_and_wsgi_input_is_bytes():
    source = """
        def app(environ, start_response):
            result = environ['PATH_INFO']
            method = environ['REQUEST_METHOD']
            agent = environ.get('HTTP_USER_AGENT', '')
            body = environ['wsgi.input'].read()
            scheme = environ['wsgi.url_scheme']
            copied = environ.copy().get('QUERY_STRING')
    """
    path = value_at(source)
    assert path.kind is NATIVE and path.source == "external" and path.non_ascii
    assert not value_at(source, "method").non_ascii  # ASCII by nature
    assert value_at(source, "agent").kind is NATIVE
    assert value_at(source, "body").kind is BYTES
    assert value_at(source, "scheme").kind is UNKNOWN
    assert value_at(source, "copied").kind is NATIVE
    assert value_at("import os\nresult = os.environ['HOME']\n").kind is NATIVE
    assert value_at("def f(request):\n    result = request.environ['PATH_INFO']\n"
                    ).kind is NATIVE


def test_names_follow_assignments_and_conflicts_are_unknown():
    source = """
        def f(text, flag):
            body = text.encode('utf-8')
            result = body
            both = u'x'
            if flag:
                both = b'y'
            mixed = both
            acc = ''
            for item in text:
                acc += item
            total = acc
            maybe = None
            if flag:
                maybe = b'z'
            late = maybe
    """
    result = value_at(source)
    assert result.kind is BYTES and result.indirect
    assert "`.encode()` on line 3" in result.origin
    assert value_at(source, "mixed").kind is UNKNOWN
    assert value_at(source, "total").kind is NATIVE
    assert value_at(source, "late").kind is BYTES  # None does not count


def test_parameters_and_shadowed_builtins_are_unknown():
    assert value_at("def f(data):\n    result = data\n").kind is UNKNOWN
    assert value_at("str = repr\nresult = str(x)\n").kind is UNKNOWN
    assert value_at("def f(json):\n    result = json.dumps(x)\n").kind is UNKNOWN


def test_loops_and_with_statements():
    source = """
        def f(path):
            with open(path, 'rb') as handle:
                data = handle.read()
            for line in open(path, 'rb'):
                first = line
            for line2 in open(path):
                second = line2
            for part in data.split(b','):
                result = part
    """
    assert value_at(source, "data").kind is BYTES
    assert value_at(source, "first").kind is BYTES
    assert value_at(source, "second").kind is NATIVE
    assert value_at(source).kind is BYTES


def test_returns_of_functions_and_methods_of_the_module():
    source = """
        def render(name):
            return u'<p>%s</p>' % name

        def body():
            return render('x').encode('utf-8')

        def either(flag):
            if flag:
                return b'a'
            return u'b'

        def gen():
            yield b'x'

        class Page(object):
            def title(self):
                return 'Home'

            def show(self):
                result = self.title()
                other = self.missing()

        a = render('y')
        b = body()
        c = either(True)
        d = gen()
    """
    assert value_at(source, "a").kind is TEXT
    b = value_at(source, "b")
    assert b.kind is BYTES and "returned by `body()`" in b.origin
    assert value_at(source, "c").kind is UNKNOWN
    assert value_at(source, "d").kind is UNKNOWN
    assert value_at(source).kind is NATIVE
    assert value_at(source, "other").kind is UNKNOWN


def test_recursion_terminates():
    source = """
        def f(n):
            if n:
                return f(n - 1) + 'x'
            return ''
        x = x + 'a'
        result = f(3)
    """
    assert value_at(source).kind is NATIVE


def test_indexing_bytes_gives_an_int_on_python3():
    value = value_at("result = b'abc'[0]\n")
    assert value.kind is UNKNOWN and value.obj == tm.BYTE_INT


def test_origin_kind_of_and_explain():
    source = "data = u'x'.encode('utf-8')\nresult = data\n"
    tree, ctx = parsed(source)
    node = [n for n in tree.leaves() if n.value == "data"][-1]
    assert tm.kind_of(ctx, node) is BYTES
    assert tm.origin(ctx, node) == "`.encode()` on line 1"
    assert tm.explain("data", tm.value_of(ctx, node)) == (
        "`data` is bytes from `.encode()` on line 1")


def test_literal_helpers():
    tree, ctx = parsed("a = U'x'\nb = 'caf\\xe9'\nc = r'\\xe9'\nd = 'caf\xe9'\n")
    strings = [leaf for leaf in tree.leaves() if leaf.type == token.STRING]
    assert [tm.string_prefix(s) for s in strings] == ["u", "", "r", ""]
    assert [tm.literal_non_ascii(s) for s in strings] == [False, True, False, True]
    assert tm.literal_kind(ctx, strings[0]) is TEXT


def test_uses_lists_references_in_the_binding_scope():
    source = "def f():\n    buf = 1\n    buf.write(2)\n    return buf\nbuf = 3\n"
    tree, ctx = parsed(source)
    target = next(leaf for leaf in tree.leaves() if leaf.value == "buf")
    assert [leaf.lineno for leaf in tm.uses(ctx, target)] == [2, 3, 4]


@pytest.mark.parametrize("condition,branch,version", [
    ("six.PY2", "body", 2), ("six.PY2", "else", 3), ("PY3", "body", 3),
    ("not PY3", "body", 2), ("sys.version_info[0] == 2", "body", 2),
    ("sys.version_info >= (3, 0)", "else", 2),
    ("sys.version_info.major < 3", "body", 2),
    ("other", "body", None),
])
def test_python_version_branch(condition, branch, version):
    source = f"if {condition}:\n    a = 1\nelse:\n    b = 2\n"
    tree, _ = parsed(source)
    name = "a" if branch == "body" else "b"
    leaf = next(leaf for leaf in tree.leaves() if leaf.value == name)
    assert tm.python_version_branch(leaf) == version


def test_type_checks_are_recognised():
    source = """
        def f(name):
            if isinstance(name, bytes):
                one = name
            two = hasattr(name, 'decode') and name
            three = name
    """
    tree, _ = parsed(source)
    leaves = {leaf.value: leaf for leaf in tree.leaves() if leaf.value in (
        "one", "two", "three")}
    uses = [leaf for leaf in tree.leaves() if leaf.value == "name"]
    assert tm.type_checked(uses[2], "name")  # inside the if
    assert tm.type_checked(uses[4], "name")  # after `hasattr(...) and`
    assert not tm.type_checked(uses[-1], "name")
    assert leaves


def test_nothing_is_computed_until_a_rule_asks():
    source = "x = 'a'\ny = x + b'b'\n"
    tree, grammar, _ = Checker([]).parse(source)
    ctx = FileContext(path="t.py", source=source, future_features=tree.future_features)
    assert "typemodel" not in ctx.cache
    literal = next(leaf for leaf in tree.leaves() if leaf.type == token.STRING)
    tm.value_of(ctx, literal)
    state = ctx.cache["typemodel"]
    assert not state["scopes"] and len(state["values"]) == 1  # one answer, no index
    tm.value_of(ctx, literal)
    assert len(state["values"]) == 1  # memoised


def test_all_entries_in_a_package_init():
    source = ("from __future__ import unicode_literals\n"
              "__all__ = ['Cart', str('Product')]\n__all__ += ['Order']\n"
              "__all__.append('Basket')\n")
    found = check(source, ["PY507"], path="shop/__init__.py")
    assert [(f.line, f.fix) for f in found] == [
        (2, "str('Cart')"), (3, "str('Order')"), (4, "str('Basket')")]
    assert not check(source, ["PY507"], path="shop/models.py")


def test_module_functions_are_not_str_methods():
    source = "import codecs\nresult = codecs.decode(data, 'hex')\n"
    assert value_at(source).kind is UNKNOWN
    assert value_at("import codecs\nresult = x.decode('utf-8')\n").kind is TEXT
