"""Download, verify and unpack the benchmark corpus: Python-2-era sdists from PyPI.

Every archive is pinned by file name and sha256; a download whose digest
differs is refused. Archives are kept under ``bench/.cache/sdists`` and their
``.py`` files unpacked under ``bench/.cache/corpus/<archive stem>/``, so a
second run needs no network. Standard library only.

    python bench/corpus.py              # the default set, then print its size
    python bench/corpus.py --set full   # all 16 archives (about 980,000 lines)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("PY3READY_BENCH_CACHE", HERE / ".cache"))
INDEX = os.environ.get("PY3READY_BENCH_INDEX", "https://pypi.org/simple")


class Sdist(NamedTuple):
    name: str
    version: str
    filename: str
    sha256: str


# The 16 sdists of /work/shared/research/anchor-performance.md, in size order.
SDISTS: List[Sdist] = [
    Sdist(
        "Twisted",
        "12.3.0",
        "Twisted-12.3.0.tar.bz2",
        "d4d1afcfa7ca40a7da26832cba653851eb147a06bd3f7f6fae89af3d5cd295c6",
    ),
    Sdist(
        "moin",
        "1.9.11",
        "moin-1.9.11.tar.gz",
        "02be31d55f39d4fe0c6253df8b49e01b76d095634cbd1b56d185f66e1e0c3cf5",
    ),
    Sdist(
        "Django",
        "1.4.22",
        "Django-1.4.22.tar.gz",
        "d0e2c9d772fcab2cf9c09e1c05e711cf5fe5eb93225762b29f0739d65e0d1784",
    ),
    Sdist(
        "Trac",
        "0.12.7",
        "Trac-0.12.7.tar.gz",
        "32d2b3cdea91cb6c74e3fbde5a053ee972d53efdc866bcd6b8a055d9f5f5b670",
    ),
    Sdist(
        "Paste",
        "1.7.5.1",
        "Paste-1.7.5.1.tar.gz",
        "11645842ba8ec986ae8cfbe4c6cacff5c35f0f4527abf4f5581ae8b4ad49c0b6",
    ),
    Sdist(
        "Werkzeug",
        "0.8.3",
        "Werkzeug-0.8.3.tar.gz",
        "108c3d41fb701c4af4ef00e8ebbedc147632c82247beb798c8d8657a12810206",
    ),
    Sdist(
        "Mako",
        "0.7.3",
        "Mako-0.7.3.tar.gz",
        "49842441d24d88d0ecfc38686d021cb3b1bee7abfc541e9fc7345e4620deeab6",
    ),
    Sdist(
        "Jinja2",
        "2.6",
        "Jinja2-2.6.tar.gz",
        "a85e185375db75c109f99ecde3d55415f035e7068a82252cf4f16c667ac38f49",
    ),
    Sdist(
        "WebOb",
        "1.1.1",
        "WebOb-1.1.1.zip",
        "21f3a2ecea66129b20ba757fafa087af8ba85e413c77972accdeb56a50f1eff6",
    ),
    Sdist(
        "web.py",
        "0.37",
        "web.py-0.37.tar.gz",
        "748c7e99ad9e36f62ea19f7965eb7dd7860b530e8f563ed60ce3e53e7409a550",
    ),
    Sdist(
        "Flask",
        "0.9",
        "Flask-0.9.tar.gz",
        "2fd5d4ffe81f762dd2a3e58472d690a0dbba3766776506003aee3ed7aaa8afef",
    ),
    Sdist(
        "Pylons",
        "1.0",
        "Pylons-1.0.tar.gz",
        "b083c5824bb41cc54d853081078590a9f9ef9760b39cc16776b461d0c3dd9030",
    ),
    Sdist(
        "WebTest",
        "1.4.3",
        "WebTest-1.4.3.zip",
        "0439d951afdf6c58d19e0a83e30855d0bb7e35ab177d9261add71fc5a724b6ab",
    ),
    Sdist(
        "Beaker",
        "1.5.4",
        "Beaker-1.5.4.tar.gz",
        "a13dc6ae0e9490c85fc2c1ba035ea5b21cd684ee3b4b70b6a9e473f0550a716b",
    ),
    Sdist(
        "bottle",
        "0.9.7",
        "bottle-0.9.7.tar.gz",
        "1ef0b6802eaf59a497fd9cea0cd949e396b82b7f9fcf926d8644fbe786b927ca",
    ),
    Sdist(
        "Routes",
        "1.12.3",
        "Routes-1.12.3.tar.gz",
        "eacc0dfb7c883374e698cebaa01a740d8c78d364b6e7f3df0312de042f77aa36",
    ),
]
BY_NAME: Dict[str, Sdist] = {s.name.lower(): s for s in SDISTS}

# Named sets; any comma-separated list of package names works too.
SETS: Dict[str, List[str]] = {
    "full": [s.name for s in SDISTS],
    # Everything but the three largest archives: about 220,000 lines.
    "web13": [s.name for s in SDISTS[3:]],
    "flask": ["Flask"],
}
DEFAULT_SET = "full"


class CorpusError(Exception):
    """A download failed or did not match its pinned digest."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _url_from_index(sdist: Sdist) -> str:
    """The download URL of ``sdist`` from the index's JSON simple API (PEP 691)."""
    project = sdist.name.lower().replace("_", "-").replace(".", "-")
    request = urllib.request.Request(
        f"{INDEX.rstrip('/')}/{project}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        listing = json.load(response)
    for entry in listing.get("files", []):
        if entry.get("filename") == sdist.filename:
            return entry["url"]
    raise CorpusError(f"{sdist.filename} is not on {INDEX}/{project}/")


def _pip_download(sdist: Sdist, dest: Path) -> None:
    """Fallback: let pip fetch it (Python 2's pip copes with Python-2-only setup.py)."""
    python = os.environ.get(
        "PY27", str(Path.home() / ".pyenv/versions/2.7.18/bin/python")
    )
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--no-build-isolation",
            "-d",
            str(dest),
            f"{sdist.name}=={sdist.version}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fetch(sdist: Sdist, log=print) -> Path:
    """The verified archive of ``sdist``, downloading it if it is not cached."""
    folder = CACHE / "sdists"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / sdist.filename
    if target.exists() and sha256_of(target) == sdist.sha256:
        return target
    partial = target.with_name(target.name + ".part")
    try:
        url = _url_from_index(sdist)
        log(f"downloading {url}")
        with urllib.request.urlopen(url, timeout=300) as response, open(
            partial, "wb"
        ) as out:
            shutil.copyfileobj(response, out)
    except (OSError, ValueError, CorpusError) as exc:
        log(f"index download failed ({exc}); trying pip download")
        _pip_download(sdist, folder)
        partial = target
    got = sha256_of(partial)
    if got != sdist.sha256:
        partial.unlink()
        raise CorpusError(f"{sdist.filename}: sha256 {got} != pinned {sdist.sha256}")
    os.replace(partial, target)
    return target


def _members(archive: Path):
    """(name, read()) for each .py member, for tar and zip archives alike."""
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if info.filename.endswith(".py") and not info.is_dir():
                    yield info.filename, lambda info=info: zf.read(info)
        return
    with tarfile.open(archive) as tf:
        for member in tf:
            if member.isfile() and member.name.endswith(".py"):
                yield member.name, lambda m=member: tf.extractfile(m).read()


def unpack(sdist: Sdist, archive: Path) -> Path:
    """Unpack the .py files of ``archive``; return their directory."""
    stem = f"{sdist.name}-{sdist.version}"
    dest = CACHE / "corpus" / stem
    marker = dest / ".complete"
    if marker.exists() and marker.read_text() == sdist.sha256:
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    for name, read in _members(archive):
        parts = [p for p in Path(name).parts if p not in ("", ".", "..")]
        if parts and parts[0] == stem:
            parts = parts[1:]
        if not parts:
            continue
        out = dest.joinpath(*parts)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(read())
    dest.mkdir(parents=True, exist_ok=True)
    marker.write_text(sdist.sha256)
    return dest


def resolve_set(spec: str) -> List[Sdist]:
    names = SETS.get(spec, spec.split(","))
    try:
        return [BY_NAME[n.strip().lower()] for n in names if n.strip()]
    except KeyError as exc:
        raise CorpusError(
            f"unknown package {exc.args[0]!r}; known: "
            f"{', '.join(s.name for s in SDISTS)}"
        ) from None


def prepare(spec: str = DEFAULT_SET, log=print) -> List[Path]:
    """Directories holding the unpacked ``.py`` files of the set ``spec``."""
    return [unpack(s, fetch(s, log)) for s in resolve_set(spec)]


def python_files(dirs: List[Path]) -> List[Path]:
    """Every .py file under ``dirs``, sorted."""
    return sorted(p for d in dirs for p in d.rglob("*.py") if p.is_file())


def count_lines(files: List[Path]) -> int:
    return sum(p.read_bytes().count(b"\n") for p in files)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        default=DEFAULT_SET,
        help=f"{', '.join(SETS)} or a comma-separated package list",
    )
    args = parser.parse_args(argv)
    try:
        dirs = prepare(args.set)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    files = python_files(dirs)
    print(f"{len(dirs)} packages, {len(files)} files, {count_lines(files)} lines")
    for d in dirs:
        print(f"  {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
