"""Coroutine-style workers (Python 2)."""
import sys


def stop(worker, reason):
    worker.throw(RuntimeError, reason)  # [generator-throw-signature]


def forward(worker):
    exc_type, exc_value, tb = sys.exc_info()
    worker.throw(exc_type, exc_value, tb)  # [generator-throw-signature]


def ported(worker, reason):
    worker.throw(RuntimeError(reason))


def string_exception(worker):
    worker.throw("stop", None)


def keywords(worker):
    worker.throw(typ=RuntimeError)
