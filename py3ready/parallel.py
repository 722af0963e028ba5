"""Check many files: from the cache, in this process, or in worker processes.

Workers are plain ``multiprocessing`` processes, one pipe each, so the parent
always knows which files a worker holds. Each worker builds its ``Checker``
(grammars, compiled patterns, the matcher) once when it starts, then takes
batches of files and sends back one result per file as soon as it has it.
Batches go out largest files first and shrink towards the end, which keeps
the workers equally busy; the results are put back in the order of the
files, so the report is the same whatever the number of workers.

A worker that dies (killed, out of memory, a crash in C code) loses nothing
but the file it was checking: the files it had not started go back to the
queue, a replacement worker starts, and the file in progress is tried once
more. A file that kills a second worker is reported as a PY004 finding and
the scan goes on. The design is safe for the ``spawn`` start method: workers
receive everything they need as arguments, never through globals.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import signal
import threading
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    FrozenSet,
    Iterable,
    List,
    Optional,
    Sequence,
    Tuple,
)

from py3ready.cache import Cache, file_key, settings_key
from py3ready.findings import FileResult, Finding
from py3ready.rules import Rule

INTERNAL_ERROR = "PY004"
WORKER_DIED = "worker process died while checking this file"
# Below this much source per worker, starting processes costs more than it saves.
MIN_BYTES_PER_WORKER = 256 * 1024
BATCH_BYTES = 256 * 1024
BATCH_FILES = 32
LOW_WATER = 2  # send a worker its next batch when it holds this few files
MAX_ATTEMPTS = 2  # a file running when a worker died is tried this many times
MAX_STARTUP_FAILURES = 3


@dataclass(frozen=True)
class Task:
    """One file to check: where to read it, its path in the report, its siblings."""

    path: str
    relpath: str
    siblings: FrozenSet[str] = frozenset()


Item = Tuple[int, Task, int]  # (index in the task list, task, size in bytes)


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        count = counter()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:
        count = os.cpu_count()
    return max(1, count or 1)


def _read(path: str) -> Optional[bytes]:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def internal_error(rules: Iterable[Rule], task: Task, message: str) -> FileResult:
    """A result holding only a PY004 finding (none if PY004 is not selected)."""
    result = FileResult(path=task.relpath)
    for rule in rules:
        if rule.id == INTERNAL_ERROR:
            result.findings.append(
                Finding(
                    path=task.relpath,
                    line=1,
                    column=1,
                    rule=rule.id,
                    symbol=rule.symbol,
                    category=rule.category.value,
                    severity=rule.severity.value,
                    confidence=rule.confidence.value,
                    message=message,
                    fix_hint=rule.fix_hint,
                )
            )
    return result


def check_one(
    checker: Any,
    task: Task,
    cache: Optional[Cache] = None,
    settings: str = "",
    data: Optional[bytes] = None,
) -> FileResult:
    """Check one file with ``checker`` and store the result in ``cache``."""
    try:
        if cache is not None and data is None:
            data = _read(task.path)
        result = checker.check_file(
            Path(task.path), task.relpath, task.siblings, data=data
        )
        if cache is not None and data is not None:
            cache.store(file_key(settings, data, task.relpath, task.siblings), result)
        return result
    except Exception as exc:  # noqa: BLE001 - one file must not stop the scan
        return internal_error(
            checker.rules.values(),
            task,
            f"py3ready failed on this file: " f"{exc.__class__.__name__}: {exc}",
        )


def check_files(
    tasks: Sequence[Task],
    fixer_classes: Sequence[type],
    options: Optional[dict] = None,
    jobs: int = 1,
    cache: Optional[Cache] = None,
    mp_context: Optional[Any] = None,
    progress: Optional[Callable[[int, int], None]] = None,
) -> List[FileResult]:
    """The result of every task, in task order.

    ``progress(done, total)`` is called after each file (cached ones too).

    Cached results are used where the file is unchanged. ``jobs`` > 1 checks
    the rest in up to that many worker processes (fewer for little work);
    ``mp_context`` is a ``multiprocessing`` context (default: the platform's).
    """
    return _check_files(tasks, fixer_classes, options, jobs, cache, mp_context,
                        progress or (lambda done, total: None))


def _check_files(tasks, fixer_classes, options, jobs, cache, mp_context, progress):
    from py3ready.engine import Checker

    done = 0

    def finished() -> None:
        nonlocal done
        done += 1
        progress(done, len(tasks))

    options = dict(options or {})
    settings = settings_key(fixer_classes, options) if cache is not None else ""
    results: List[Optional[FileResult]] = [None] * len(tasks)
    checker = None
    todo: List[Item] = []
    with _sigint_remembered() as interrupted:
        for index, task in enumerate(tasks):
            if interrupted():
                raise KeyboardInterrupt
            data = None
            if cache is not None:
                data = _read(task.path)
                if data is not None:
                    key = file_key(settings, data, task.relpath, task.siblings)
                    results[index] = cache.load(key, task.relpath)
                    if results[index] is not None:
                        finished()
                        continue
            if jobs <= 1:  # check it now, with the bytes already read
                checker = checker or Checker(fixer_classes, options)
                results[index] = check_one(checker, task, cache, settings, data)
                finished()
            else:
                todo.append(
                    (index, task, len(data) if data is not None else _size(task.path))
                )
    total = sum(size for _, _, size in todo)
    workers = min(jobs, len(todo), math.ceil(total / max(1, MIN_BYTES_PER_WORKER)))
    if workers > 1:
        pool = _Pool(
            workers,
            (fixer_classes, options, cache, settings),
            mp_context or multiprocessing.get_context(),
        )
        stream = pool.run(todo)
        try:
            for index, result in stream:
                results[index] = result
                finished()
        finally:  # on Ctrl-C too: stop the workers now, not when the traceback goes
            stream.close()
    elif todo:
        checker = Checker(fixer_classes, options)
        with _sigint_remembered() as interrupted:
            for index, task, _ in todo:
                if interrupted():
                    raise KeyboardInterrupt
                results[index] = check_one(checker, task, cache, settings)
                finished()
    return results  # type: ignore[return-value]


@contextlib.contextmanager
def _sigint_remembered():
    """Yield a function telling whether Ctrl-C came during the block.

    Ctrl-C raises KeyboardInterrupt wherever Python is; when that is inside a
    finaliser (a generator closed by the garbage collector), Python prints
    "Exception ignored" and carries on. Remembering the signal lets the file
    loop stop at the next file all the same.
    """
    seen = []
    if threading.current_thread() is not threading.main_thread() or (
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield lambda: False
        return

    def handler(signum, frame):
        seen.append(signum)
        signal.default_int_handler(signum, frame)

    signal.signal(signal.SIGINT, handler)
    try:
        yield lambda: bool(seen)
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


# -- the worker process ------------------------------------------------------
def _worker_main(conn, fixer_classes, options, cache, settings, parent_pid) -> None:
    """Build one Checker, then check batches until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from py3ready.engine import Checker

    checker = Checker(fixer_classes, options)
    conn.send(("ready",))
    while True:
        # Poll, so a worker whose parent was killed does not wait for ever.
        while not conn.poll(1.0):
            if os.getppid() != parent_pid:
                return
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for index, task in batch:
            conn.send(("done", index, check_one(checker, task, cache, settings)))


# -- the parent side ---------------------------------------------------------
class _Worker:
    def __init__(self, context, args: tuple):
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, *args, os.getpid()),
            daemon=True,
            name="py3ready-worker",
        )
        self.process.start()
        child.close()
        self.ready = False
        self.inflight: Deque[Item] = deque()


class _Pool:
    """Hands out batches, collects results, replaces workers that die."""

    def __init__(self, size: int, args: tuple, context):
        self.size = size
        self.args = args
        self.context = context
        self.rules = [cls.RULE for cls in args[0]]
        self.workers: List[_Worker] = []
        self.queue: Deque[Item] = deque()
        self.remaining = 0
        self.attempts: Dict[int, int] = {}
        self.startup_failures = 0

    def run(self, items: List[Item]):
        """Yield (index, FileResult) for every item, in completion order."""
        self.queue = deque(sorted(items, key=lambda item: (-item[2], item[0])))
        self.remaining = sum(size for _, _, size in items)
        done: List[Tuple[int, FileResult]] = []
        try:
            for _ in range(self.size):
                self._start()
            while self.queue or any(w.inflight for w in self.workers):
                if not self.workers:  # every worker failed to start
                    yield from self._in_process()
                    return
                by_key = {}
                for worker in self.workers:
                    by_key[worker.conn] = worker
                    by_key[worker.process.sentinel] = worker
                for ready in wait(list(by_key)):
                    worker = by_key[ready]
                    if worker not in self.workers:
                        continue  # its conn and sentinel were both ready
                    alive = self._drain(worker, done)
                    if alive and worker.process.is_alive():
                        self._feed(worker)
                    else:
                        self._bury(worker, done)
                yield from done
                done.clear()
            self._stop()
        finally:
            self._kill()

    def _start(self) -> None:
        worker = _Worker(self.context, self.args)
        self.workers.append(worker)
        self._feed(worker)

    def _feed(self, worker: _Worker) -> None:
        if len(worker.inflight) > LOW_WATER or not self.queue:
            return
        target = max(1, min(BATCH_BYTES, self.remaining // (4 * self.size)))
        batch: List[Item] = []
        size = 0
        while self.queue and size < target and len(batch) < BATCH_FILES:
            item = self.queue.popleft()
            batch.append(item)
            size += item[2]
        self.remaining -= size
        try:
            worker.conn.send([(index, task) for index, task, _ in batch])
        except OSError:  # it died; _bury puts the batch back
            pass
        worker.inflight.extend(batch)

    def _drain(self, worker: _Worker, done: list) -> bool:
        """Take every message waiting from ``worker``; False once it is gone."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                    continue
                _, index, result = message
                item = worker.inflight.popleft()
                assert item[0] == index, "a worker answered out of order"
                done.append((index, result))
        except Exception:  # noqa: BLE001 - EOF, a reset pipe, half a message
            return False
        return True

    def _bury(self, worker: _Worker, done: list) -> None:
        """Account for a dead worker's files and start a replacement."""
        self.workers.remove(worker)
        worker.conn.close()
        worker.process.join(1)
        lost = list(worker.inflight)
        if not worker.ready:
            self.startup_failures += 1
        elif lost:
            index, task, size = lost.pop(0)
            self.attempts[index] = self.attempts.get(index, 0) + 1
            if self.attempts[index] >= MAX_ATTEMPTS:
                done.append((index, internal_error(self.rules, task, WORKER_DIED)))
            else:
                lost.insert(0, (index, task, size))
        for item in reversed(lost):
            self.queue.appendleft(item)
        self.remaining += sum(size for _, _, size in lost)
        if self.startup_failures < MAX_STARTUP_FAILURES:
            self._start()

    def _in_process(self):
        from py3ready.engine import Checker

        fixer_classes, options, cache, settings = self.args
        checker = Checker(fixer_classes, options)
        while self.queue:
            index, task, _ = self.queue.popleft()
            yield index, check_one(checker, task, cache, settings)

    def _stop(self) -> None:
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(5)

    def _kill(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []
