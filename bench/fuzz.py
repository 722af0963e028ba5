"""A long fuzzing run of py3ready's engine; the result goes in bench/FUZZ.md.

Runs the properties of tests/test_fuzz.py (no exception escapes; the same
input gives the same JSON and text report) with many more examples than the
test suite does, from a random seed, and prints hypothesis's statistics.

    python bench/fuzz.py                  # 2,000 examples per property
    python bench/fuzz.py --examples 20000

Needs the test extras (``pip install -e .[test]``: hypothesis, hypothesmith).
Exit status: pytest's (0 = no failure found).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000,
                        help="examples per property (default: 2000)")
    args = parser.parse_args()
    env = dict(os.environ, PY3READY_FUZZ_EXAMPLES=str(args.examples),
               PY3READY_FUZZ_RANDOM="1")
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         "--hypothesis-show-statistics", str(ROOT / "tests" / "test_fuzz.py")],
        cwd=ROOT, env=env,
    )
    print(f"\nfuzz: {args.examples} examples per property, "
          f"{time.monotonic() - start:.0f} s, exit {proc.returncode}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
