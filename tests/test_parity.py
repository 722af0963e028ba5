"""Every message of pylint 1.9's Python 3 porting checker has a py3ready rule.

Each entry maps a pylint message to the py3ready rule that covers it, with a
snippet pylint flagged; the snippet must trigger that rule here.
"""

from __future__ import annotations

import pytest

from conftest import check
from py3ready import registry

PYLINT_PORTING = {
    # pylint symbol: (py3ready rule, Python 2 snippet)
    "print-statement": ("PY101", "print 'x'\n"),
    "parameter-unpacking": ("PY110", "def f((a, b)):\n    pass\n"),
    "unpacking-in-except": ("PY105", "try:\n    pass\nexcept E, (a, b):\n    pass\n"),
    "old-raise-syntax": ("PY106", "raise ValueError, 'x'\n"),
    "backtick": ("PY103", "s = `x`\n"),
    "long-suffix": ("PY108", "n = 10L\n"),
    "old-ne-operator": ("PY104", "ok = a <> b\n"),
    "old-octal-literal": ("PY107", "mode = 0644\n"),
    "import-star-module-level": ("PY113", "def f():\n    from os import *\n"),
    "non-ascii-bytes-literal": ("PY112", "# -*- coding: utf-8 -*-\nb = b'caf\u00e9'\n"),
    "invalid-unicode-literal": ("PY109", "p = ur'\\d'\n"),
    "apply-builtin": ("PY201", "apply(f, args)\n"),
    "basestring-builtin": ("PY402", "isinstance(x, basestring)\n"),
    "buffer-builtin": ("PY201", "b = buffer(data)\n"),
    "cmp-builtin": ("PY201", "c = cmp(a, b)\n"),
    "coerce-builtin": ("PY201", "c = coerce(1, 2.0)\n"),
    "execfile-builtin": ("PY201", "execfile('settings.py')\n"),
    "file-builtin": ("PY201", "f = file('x')\n"),
    "long-builtin": ("PY201", "n = long(x)\n"),
    "raw_input-builtin": ("PY201", "name = raw_input()\n"),
    "reduce-builtin": ("PY201", "total = reduce(add, items)\n"),
    "standarderror-builtin": ("PY201", "class E(StandardError):\n    pass\n"),
    "unicode-builtin": ("PY401", "u = unicode(x)\n"),
    "xrange-builtin": ("PY201", "for i in xrange(3):\n    pass\n"),
    "coerce-method": ("PY304", "class C(object):\n    def __coerce__(self, o):\n        pass\n"),
    "delslice-method": ("PY304", "class C(object):\n    def __delslice__(self, i, j):\n        pass\n"),
    "getslice-method": ("PY304", "class C(object):\n    def __getslice__(self, i, j):\n        pass\n"),
    "setslice-method": ("PY304", "class C(object):\n    def __setslice__(self, i, j, v):\n        pass\n"),
    "no-absolute-import": ("PY213", "import models\n"),
    "old-division": ("PY301", "half = len(items) / 2\n"),
    "dict-iter-method": ("PY203", "for k, v in d.iteritems():\n    pass\n"),
    "dict-view-method": ("PY204", "keys = d.viewkeys()\n"),
    "next-method-called": ("PY210", "line = it.next()\n"),
    "metaclass-assignment": ("PY306", "class C(object):\n    __metaclass__ = Meta\n"),
    "indexing-exception": ("PY312", "try:\n    pass\nexcept IOError as e:\n    code = e[0]\n"),
    "raising-string": ("PY311", "raise 'failed'\n"),
    "reload-builtin": ("PY201", "reload(module)\n"),
    "oct-method": ("PY304", "class C(object):\n    def __oct__(self):\n        pass\n"),
    "hex-method": ("PY304", "class C(object):\n    def __hex__(self):\n        pass\n"),
    "nonzero-method": ("PY304", "class C(object):\n    def __nonzero__(self):\n        return True\n"),
    "cmp-method": ("PY304", "class C(object):\n    def __cmp__(self, o):\n        return 0\n"),
    "input-builtin": ("PY310", "n = input('number: ')\n"),
    "round-builtin": ("PY308", "r = round(x)\n"),
    "intern-builtin": ("PY201", "s = intern(s)\n"),
    "unichr-builtin": ("PY403", "c = unichr(233)\n"),
    "map-builtin-not-iterating": ("PY303", "first = map(str, xs)[0]\n"),
    "zip-builtin-not-iterating": ("PY303", "first = zip(a, b)[0]\n"),
    "range-builtin-not-iterating": ("PY303", "r = range(3) + [4]\n"),
    "filter-builtin-not-iterating": ("PY303", "n = len(filter(None, xs))\n"),
    "using-cmp-argument": ("PY307", "items.sort(cmp=by_name)\n"),
    "eq-without-hash": ("PY309", "class C(object):\n    def __eq__(self, o):\n        return True\n"),
    "div-method": ("PY304", "class C(object):\n    def __div__(self, o):\n        pass\n"),
    "idiv-method": ("PY304", "class C(object):\n    def __idiv__(self, o):\n        pass\n"),
    "rdiv-method": ("PY304", "class C(object):\n    def __rdiv__(self, o):\n        pass\n"),
    "exception-message-attribute": ("PY208", "try:\n    pass\nexcept ValueError as e:\n    log(e.message)\n"),
    "invalid-str-codec": ("PY404", "h = data.encode('hex')\n"),
    "sys-max-int": ("PY207", "import sys\nbig = sys.maxint\n"),
    "bad-python3-import": ("PY205", "import urllib2\n"),
    "deprecated-string-function": ("PY207", "import string\ns = string.join(parts, ',')\n"),
    "deprecated-str-translate-call": ("PY315", "s = s.translate(None, 'aeiou')\n"),
    "deprecated-itertools-function": ("PY207", "import itertools\nit = itertools.izip(a, b)\n"),
    "deprecated-types-field": ("PY207", "import types\nok = isinstance(x, types.StringType)\n"),
    "next-method-defined": ("PY305", "class It(object):\n    def __iter__(self):\n        return self\n    def next(self):\n        raise StopIteration\n"),
    "dict-items-not-iterating": ("PY302", "first = d.items()[0]\n"),
    "dict-keys-not-iterating": ("PY302", "first = d.keys()[0]\n"),
    "dict-values-not-iterating": ("PY302", "first = d.values()[0]\n"),
    "deprecated-operator-function": ("PY207", "import operator\nok = operator.isCallable(f)\n"),
    "deprecated-urllib-function": ("PY207", "import urllib\nq = urllib.urlencode(params)\n"),
    "xreadlines-attribute": ("PY209", "for line in f.xreadlines():\n    pass\n"),
    "deprecated-sys-function": ("PY207", "import sys\nsys.exc_clear()\n"),
    "exception-escape": ("PY313", "def f():\n    try:\n        pass\n    except ValueError as e:\n        pass\n    return e\n"),
    "comprehension-escape": ("PY314", "def f(xs):\n    ys = [x for x in xs]\n    return x\n"),
}


def test_all_72_messages_are_mapped():
    assert len(PYLINT_PORTING) == 72


@pytest.mark.parametrize("symbol", sorted(PYLINT_PORTING))
def test_pylint_message_is_covered(symbol):
    rule, snippet = PYLINT_PORTING[symbol]
    assert registry.find_rule(rule) is not None, f"{rule} does not exist"
    siblings = frozenset({"models"}) if rule == "PY213" else frozenset()
    found = {f.rule for f in check(snippet, [rule], siblings=siblings)}
    assert rule in found, f"{symbol}: {rule} did not fire on {snippet!r}"
