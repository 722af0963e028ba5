"""Which files a scan finds, and what it leaves alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from py3ready.discover import common_root, iter_files


def make(tree, root):
    for rel, text in tree.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def found(root, exclude=()):
    return [f.relpath for f in iter_files([root], root, exclude)]


def test_finds_py_files_and_python_scripts(tmp_path):
    make({
        "app.py": "", "pkg/__init__.py": "", "pkg/views.py": "",
        "bin/manage": "#!/usr/bin/env python2.7\nprint 'x'\n",
        "bin/deploy.sh": "#!/bin/sh\n", "bin/run": "#!/bin/bash\n",
        "README.txt": "", "data.json": "{}",
    }, tmp_path)
    assert found(tmp_path) == ["app.py", "bin/manage", "pkg/__init__.py", "pkg/views.py"]


def test_default_excludes_and_virtualenvs(tmp_path):
    make({
        "ok.py": "", ".git/hooks/x.py": "", ".tox/py27/lib/x.py": "",
        "build/lib/x.py": "", "dist/x.py": "", "foo.egg-info/x.py": "",
        "__pycache__/x.py": "", "node_modules/x/y.py": "",
        "env/pyvenv.cfg": "home = /usr", "env/lib/site.py": "",
        ".nox/x.py": "", ".hg/x.py": "",
    }, tmp_path)
    assert found(tmp_path) == ["ok.py"]


def test_exclude_by_name_or_relative_path(tmp_path):
    make({"a/gen_x.py": "", "a/keep.py": "", "b/c/skip.py": "", "b/c/other.py": ""},
         tmp_path)
    assert found(tmp_path, ["gen_*", "b/c/skip.py"]) == ["a/keep.py", "b/c/other.py"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_never_leave_the_tree_or_loop(tmp_path):
    outside = tmp_path / "outside"
    make({"outside/secret.py": "", "root/real/mod.py": ""}, tmp_path)
    root = tmp_path / "root"
    (root / "escape").symlink_to(outside, target_is_directory=True)
    (root / "escape.py").symlink_to(outside / "secret.py")
    (root / "real" / "loop").symlink_to(root, target_is_directory=True)
    (root / "alias.py").symlink_to(root / "real" / "mod.py")
    assert found(root) == ["alias.py"]


def test_explicit_files_are_scanned_whatever_the_name(tmp_path):
    make({"script": "print 'x'\n", "sub/a.py": ""}, tmp_path)
    files = [f.relpath for f in iter_files([tmp_path / "script", tmp_path / "sub"],
                                           tmp_path)]
    assert files == ["script", "sub/a.py"]


def test_common_root(tmp_path):
    make({"a/x.py": "", "b/y.py": ""}, tmp_path)
    assert common_root([tmp_path / "a" / "x.py", tmp_path / "b"]) == tmp_path.resolve()
    assert common_root([tmp_path / "a" / "x.py"]) == (tmp_path / "a").resolve()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_explicit_files_in_every_spelling(tmp_path, monkeypatch):
    # Relative, with "..", through a symlinked directory, a symlinked file, and
    # the same file twice: each is reported relative to the resolved root, once.
    make({"proj/pkg/a.py": "", "proj/pkg/b.py": "", "proj/c.py": ""}, tmp_path)
    proj = tmp_path / "proj"
    (tmp_path / "linkdir").symlink_to(proj / "pkg", target_is_directory=True)
    (proj / "alias.py").symlink_to(proj / "c.py")
    monkeypatch.chdir(proj / "pkg")
    given = [Path("a.py"), Path("../c.py"), tmp_path / "linkdir" / "b.py",
             proj / "alias.py", proj / "pkg" / "a.py", Path("..")]
    root = common_root(given)
    assert root == proj.resolve()
    files = [(str(f.path), f.relpath) for f in iter_files(given, root)]
    # alias.py is c.py, and the walk of ".." finds only files already seen
    assert files == [("a.py", "pkg/a.py"), ("../c.py", "c.py"),
                     (str(tmp_path / "linkdir" / "b.py"), "pkg/b.py")]
    assert [f.relpath for f in iter_files([proj / "alias.py"], root)] == ["alias.py"]
    assert common_root([Path("a.py")]) == (proj / "pkg").resolve()
    assert [f.relpath for f in iter_files([Path("../pkg")], root, ["b.py"])] \
        == ["pkg/a.py"]
