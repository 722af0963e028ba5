"""Property-based fuzzing: no input makes an exception escape the engine, and
the same input always gives the same report.

Inputs: Python programs generated from the Python 3 grammar (hypothesmith),
and mutations (cut, repeat, swap, splice bytes) of the sample apps' Python 2
sources, fed as bytes so decoding is fuzzed too. The example counts are small
so the suite stays fast; ``bench/fuzz.py`` runs the same properties far longer
(``PY3READY_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import io
import json
import os
from functools import lru_cache

import pytest

hypothesis = pytest.importorskip("hypothesis")
hypothesmith = pytest.importorskip("hypothesmith")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import SAMPLE_APPS  # noqa: E402
from py3ready import registry  # noqa: E402
from py3ready.discover import decode_source  # noqa: E402
from py3ready.engine import Checker  # noqa: E402
from py3ready.findings import Report  # noqa: E402
from py3ready.reporters.json import JsonReporter  # noqa: E402
from py3ready.reporters.text import TextReporter  # noqa: E402

EXAMPLES = int(os.environ.get("PY3READY_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a generated program may legitimately take a while
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("PY3READY_FUZZ_RANDOM") != "1",
    database=None,  # keep no .hypothesis/ directory in the checkout
)
SAMPLES = sorted(SAMPLE_APPS.rglob("*.py"))
# Splinters that upset tokenizers and decoders.
TOKENS = [b"(", b"[", b"'''", b'"', b"\\", b"\t", b"\r", b"\x0c", b"\xef\xbb\xbf",
          b"# -*- coding: utf-7 -*-\n", b"print ", b"exec ", b"`", b"<>", b"lambda"]


@lru_cache(maxsize=None)
def checker() -> Checker:
    return Checker(registry.select(), {"target": "3.14"})


@lru_cache(maxsize=None)
def sample(index: int) -> bytes:
    return SAMPLES[index].read_bytes()


def render(result) -> tuple:
    """The JSON and text reports of one result; both must be valid."""
    report = Report(root="/fuzz", files=[result], tool_version="fuzz")
    stream = io.StringIO()
    JsonReporter(stream).render(report)
    document = stream.getvalue()
    document.encode("ascii")
    json.loads(document)
    stream = io.StringIO()
    TextReporter(stream, show_source=True).render(report)
    stream.getvalue().encode("utf-8")
    return document, stream.getvalue()


def check_twice(data: bytes) -> None:
    decoded = decode_source(data)
    if decoded.text is None:
        assert decoded.problem
        return
    results = [checker().check_file(None, "fuzz.py", data=data) for _ in range(2)]
    first, second = (render(result) for result in results)
    assert first == second


@st.composite
def mutated_samples(draw) -> bytes:
    data = bytearray(sample(draw(st.integers(0, len(SAMPLES) - 1))))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "repeat", "splice", "swap", "truncate"]))
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 200)))
        if kind == "cut":
            del data[start:end]
        elif kind == "repeat":
            data[start:start] = data[start:end] * draw(st.integers(1, 30))
        elif kind == "splice":
            data[start:end] = draw(st.binary(max_size=20) | st.sampled_from(TOKENS))
        elif kind == "swap":
            data[start:end] = bytes(reversed(data[start:end]))
        else:
            del data[start:]
    return bytes(data)


@FUZZ
@given(source=hypothesmith.from_grammar())
def test_generated_python_programs(source):
    check_twice(source.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=mutated_samples())
def test_mutated_python2_sources(data):
    check_twice(data)


@FUZZ
@given(text=st.text(max_size=300))
def test_arbitrary_text_to_check_source(text):
    first = checker().check_source(text, "t.py")
    second = checker().check_source(text, "t.py")
    assert render(first) == render(second)
