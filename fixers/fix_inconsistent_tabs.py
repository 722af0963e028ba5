# The documentation is assigned rather than written as a docstring: Python
# 3.13 expands tabs in docstrings, and the Example needs a real tab.
__doc__ = """Flags indentation that mixes tabs and spaces in a way Python 3 rejects.

## What it does
Checks the indentation of every logical line the way Python 3's tokenizer
does: once counting a tab as up to 8 columns, once as 1 column. Where the
two readings disagree about whether a line is indented more, less or the
same as the block it belongs to, the first such line is reported. Lines
inside strings, continuation lines and blank or comment-only lines do not
count, as for Python itself.

## Why is this bad?
Python 2 only used the 8-column reading, so a file indented partly with tabs
and partly with spaces could run fine. Python 3 raises "TabError:
inconsistent use of tabs and spaces in indentation" and does not import the
module.

## Example
```python
def handler(environ, start_response):
        status = "200 OK"
	start_response(status, [])
```

Use instead:
```python
def handler(environ, start_response):
    status = "200 OK"
    start_response(status, [])
```

## Caveats
Only the first inconsistent line is reported, since Python stops there too.
Re-indenting the whole file with spaces (tabs expanded to 8 columns, as
Python 2 read them) keeps its meaning.

## References
- What's New In Python 3.0, "Changed Syntax" (TabError)
- https://docs.python.org/3/reference/lexical_analysis.html#indentation
"""

import io

from fissix.pgen2 import token, tokenize

from py3ready.fixer_base import Py3Fix
from py3ready.rules import Category, Rule, Severity

_SKIP = (tokenize.NL, tokenize.COMMENT, token.INDENT, token.DEDENT, token.ENDMARKER)


def _widths(line):
    """(columns with 8-column tabs, columns with 1-column tabs) of ``line``."""
    col = alt = 0
    for char in line:
        if char == " ":
            col, alt = col + 1, alt + 1
        elif char == "\t":
            col, alt = (col // 8 + 1) * 8, alt + 1
        elif char == "\f":
            col = alt = 0
        else:
            break
    return col, alt


def first_tab_error(source):
    """Line number of the first line Python 3 rejects with TabError, or None."""
    lines = source.split("\n")
    indents = [line[: len(line) - len(line.lstrip(" \t\f"))] for line in lines]
    if not any("\t" in i for i in indents) or not any(" " in i for i in indents):
        return None  # only tabs or only spaces: always consistent
    stack = [(0, 0)]
    at_start = True
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        kind, row = tok[0], tok[2][0]
        if kind == token.NEWLINE:
            at_start = True
        if kind in _SKIP or kind == token.NEWLINE or not at_start:
            continue
        at_start = False
        col, alt = _widths(lines[row - 1])
        while len(stack) > 1 and col < stack[-1][0]:
            stack.pop()
        if col > stack[-1][0]:
            if alt <= stack[-1][1]:
                return row
            stack.append((col, alt))
        elif alt != stack[-1][1]:
            return row
    return None


class FixInconsistentTabs(Py3Fix):
    RULE = Rule(
        id="PY114",
        symbol="inconsistent-tabs",
        category=Category.SYNTAX,
        severity=Severity.ERROR,
        message="indentation mixes tabs and spaces inconsistently: TabError on "
                "Python 3",
        fix_hint="re-indent with spaces only, expanding tabs to 8 columns",
    )
    PATTERN = "file_input"  # one match per file; the check reads the text

    def transform(self, node, results):
        row = first_tab_error(self.ctx.source)
        if row is None:
            return None
        for leaf in node.leaves():
            if leaf.lineno == row and leaf.type not in (token.INDENT, token.DEDENT):
                self.report(leaf)
                return None
            if leaf.lineno > row:
                break
        return None
