# py3ready: target=3.11 expect=nothing
"""Before 3.12 the multi-argument form is not deprecated."""


def stop(worker, reason):
    worker.throw(RuntimeError, reason)
