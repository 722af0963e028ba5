"""Checks on the syntax rules (PY1xx) that a fixture cannot express."""

from __future__ import annotations

import difflib
import random

import pytest

from conftest import FUNCTIONAL, check
from py3ready.fixers.fix_inconsistent_tabs import first_tab_error

# fissix's own fixers for the same constructs (fix_long is a names rule).
FISSIX_FIXERS = [
    f"fissix.fixes.fix_{name}"
    for name in ("exec", "repr", "ne", "except", "raise", "numliterals",
                 "tuple_params", "print", "paren")
]
SYNTAX_FIXTURES = sorted(FUNCTIONAL.glob("py1[0-9][0-9]_*.py"))


def _only_added_parens(old: str, new: str) -> bool:
    """True if fix_print merely wrapped a single print argument in parentheses."""
    old, new = old.replace(" ", ""), new.replace(" ", "")
    close = old.rfind(")")
    if close < 0:
        return False
    return old[:close].replace("print(", "print((", 1) + "))" + old[close + 1:] == new


def _unflagged_changes(text, name):
    from fissix.refactor import RefactoringTool

    tool = RefactoringTool(FISSIX_FIXERS)
    try:
        new = str(tool.refactor_string(text, name))
    except Exception:  # Python 3 style fixtures that fissix's 2to3 cannot parse
        return []
    old_lines, new_lines = text.splitlines(), new.splitlines()
    spans = [(f.line, f.end_line or f.line) for f in check(text, ["PY1"], path=name)]
    missed = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op not in ("replace", "delete"):
            continue  # pure insertions (fix_except's unpacking line) come with a change
        same_shape = i2 - i1 == j2 - j1
        for offset, lineno in enumerate(range(i1 + 1, i2 + 1)):
            if any(start <= lineno <= end for start, end in spans):
                continue
            old = old_lines[lineno - 1]
            if same_shape and _only_added_parens(old, new_lines[j1 + offset]):
                continue  # print((x)): not a Python 3 problem
            if old.strip() == "print":
                continue  # a bare `print` name under print_function
            missed.append((lineno, old))
    return missed


@pytest.mark.parametrize("path", SYNTAX_FIXTURES, ids=[p.stem for p in SYNTAX_FIXTURES])
def test_every_fissix_change_is_flagged(path):
    assert _unflagged_changes(path.read_text(encoding="utf-8"), path.name) == []


FIXABLE = '''\
import os
exec code in ns
exec (code) in g, l
x = `a, b` + `c`
if a <> b:
    pass
try:
    pass
except (IOError, OSError), exc:
    pass
raise ValueError, "bad %s" % x
raise KeyError, ("a", 1)
os.chmod(path, 0755)
n = 10L + 0xFFl + 0777L
s = ur"no backslash"
f = lambda (y): y
m = [v for v in 1, 2,]
'''


def _apply_fixes(text, findings):
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    edits = {}
    for f in findings:
        assert f.fix is not None, f"{f.rule} offers no fix on line {f.line}"
        span = (offsets[f.line - 1] + f.column - 1,
                offsets[f.end_line - 1] + f.end_column - 1)
        assert edits.get(span, f.fix) == f.fix, "overlapping fixes must agree"
        edits[span] = f.fix
    for (start, end), fix in sorted(edits.items(), reverse=True):
        text = text[:start] + fix + text[end:]
    return text


def test_fixes_give_python3_code():
    findings = check(FIXABLE, ["PY1"])
    assert {f.rule for f in findings} >= {"PY102", "PY103", "PY104", "PY105", "PY106",
                                          "PY107", "PY108", "PY109", "PY110", "PY116"}
    fixed = _apply_fixes(FIXABLE, findings)
    compile(fixed, "fixed.py", "exec")
    assert "exec(code, ns)" in fixed and "exec(code, g, l)" in fixed
    assert "x = repr((a, b)) + repr(c)" in fixed
    assert 'raise KeyError("a", 1)' in fixed
    assert "n = 10 + 0xFF + 0o777" in fixed
    assert not check(fixed, ["PY1"])


def test_three_argument_raise_has_its_own_message():
    (finding,) = check("raise E, V, T\n", ["PY106"])
    assert "with_traceback" in finding.message and finding.fix is None


def test_except_unpacking_has_its_own_message():
    code = "try:\n    pass\nexcept E, (a, b):\n    pass\n"
    (finding,) = check(code, ["PY105"])
    assert "unpack" in finding.message and finding.fix is None


def test_async_names_are_kept_for_targets_from_3_7():
    code = "def f(async=False):\n    return async\n"
    assert len(check(code, ["PY115"], options={"target": "3.7"})) == 2
    assert check(code, ["PY115"], options={"target": "3.6"}) == []


def _random_indented_source(rng):
    def whitespace(width):
        out, col = "", 0
        while col < width:
            if width - col >= 8 - col % 8 and rng.random() < 0.5:
                out, col = out + "\t", (col // 8 + 1) * 8
            else:
                out, col = out + " ", col + 1
        return out

    lines, levels = [], [0]
    for _ in range(rng.randint(2, 10)):
        roll = rng.random()
        if roll < 0.35:
            lines.append(whitespace(levels[-1]) + "if x:")
            levels.append(levels[-1] + rng.choice([1, 2, 4, 8]))
            lines.append(whitespace(levels[-1]) + "y = (1,")
            lines.append(whitespace(rng.randint(0, 12)) + "2)")
        elif roll < 0.6 and len(levels) > 1:
            levels.pop()
            lines.append(whitespace(levels[-1]) + "z = 1")
        else:
            lines.append(whitespace(levels[-1]) + "w = 2")
    return "\n".join(lines) + "\n"


def test_tab_check_agrees_with_the_running_python():
    rng = random.Random(20240601)
    errors = 0
    for _ in range(400):
        source = _random_indented_source(rng)
        try:
            compile(source, "t.py", "exec")
            expected = None
        except TabError as exc:
            expected = exc.lineno
            errors += 1
        assert first_tab_error(source) == expected, source
    assert errors > 50  # the generator really produces both kinds


def test_exec_statement_under_print_function():
    code = "from __future__ import print_function\nexec code in ns\nprint(1, 2)\n"
    assert [f.rule for f in check(code, ["PY102", "PY111"])] == ["PY102"]
