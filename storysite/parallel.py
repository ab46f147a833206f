"""Map a function over many items on every core, in forked processes; serial for small jobs.

The function may be any callable, even a closure over big data: each worker is forked with it
(and the items) as its arguments, so it inherits them without pickling. Only chunk numbers go to
the workers and only results come back, so callers get back results small enough to pickle.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.queues import SimpleQueue
from typing import Any, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 400  # below this, starting processes costs more than it saves


def workers() -> int:
    """How many processes to use: the cores this process may run on (STORYSITE_WORKERS overrides)."""
    setting = os.environ.get("STORYSITE_WORKERS", "")
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether processes can be forked here (Linux and other POSIX systems, not Windows)."""
    return sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods()


class _Failed:
    """A chunk that raised in a worker, or whose result could not be sent back: the parent runs it again."""


def _work(task: Callable[[Any], Any], chunks: Sequence[Sequence[Any]], todo: SimpleQueue, done: Connection) -> None:
    """A worker: run the chunks whose numbers it takes from `todo` until it takes None, sending each result back."""
    # What the worker inherited lives as long as it does: its collector leaves it alone, so it never
    # writes to those objects' headers and their memory pages stay shared with the parent.
    gc.freeze()
    while (index := todo.get()) is not None:
        try:
            result: list[Any] | _Failed = [task(item) for item in chunks[index]]
        except Exception:  # noqa: BLE001 - not every exception can be pickled back, so say only that it failed
            result = _Failed()
        try:
            done.send((index, result))
        except Exception:  # noqa: BLE001 - a result that cannot be pickled: the parent makes it itself
            done.send((index, _Failed()))
    done.close()


def in_worker() -> bool:
    """Whether this process is one of parallel_map's workers (what it returns is pickled back to the parent)."""
    return multiprocessing.parent_process() is not None


def may_fork() -> bool:
    """Whether forking is safe here: POSIX, and no other thread (serve's server and indexer) running.

    Forking while another thread runs could copy a lock that thread holds; nor does a worker fork again.
    """
    alone = threading.active_count() == 1 and multiprocessing.parent_process() is None
    return alone and can_fork()


def in_background(task: Callable[[], object]) -> Callable[[], None]:
    """Start `task` in a forked process while this one goes on, and return the call that waits for it to end.

    For work whose result is a file, on the core a single-story rebuild leaves idle. Where forking is
    not safe, or there is one core, `task` runs at once and the call returned does nothing. The
    child ends without running exit handlers or flushing this process's buffers (os._exit), and an
    exception in it is not reported: the task must be one whose failure costs nothing but time.
    """
    if workers() < 2 or not may_fork():
        task()
        return lambda: None
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage does not follow it
        try:
            task()
        finally:
            os._exit(0)  # at once, even from an exception: nothing is printed

    def wait() -> None:
        with contextlib.suppress(ChildProcessError):  # already waited for
            os.waitpid(pid, 0)

    return wait


def in_background_result(task: Callable[[], R]) -> Callable[[], R | None]:
    """in_background, for a task whose result this process needs: the call returned waits for it and gives
    the result (pickled back through a pipe), or None if the task failed. Where forking is not safe, or
    there is one core, `task` runs at once (an exception in it is then the caller's)."""
    if workers() < 2 or not may_fork():
        done = task()
        return lambda: done
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage does not follow it
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                pickle.dump(task(), out, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            os._exit(0)
    os.close(write)

    def wait() -> R | None:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()  # before waiting: a result larger than the pipe holds would block the child
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        try:
            return cast(R, pickle.loads(data)) if data else None
        except (pickle.UnpicklingError, EOFError, ValueError):
            return None

    return wait


def parallel_map(task: Callable[[T], R], items: Sequence[T], *, min_items: int | None = None) -> list[R]:
    """`[task(item) for item in items]`, in order, spread over the cores when it pays."""
    count = workers()
    small = len(items) < (MIN_ITEMS if min_items is None else min_items)
    if count < 2 or small or not may_fork():
        return [task(item) for item in items]
    chunks = shrinking_chunks(items, count)
    results = _in_workers(task, chunks, count)
    out: list[R] = []
    for chunk, result in zip(chunks, results, strict=True):
        out.extend([task(item) for item in chunk] if isinstance(result, _Failed) else result)
    return out


def shrinking_chunks(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """ITEMS cut in order into chunks for COUNT workers, each chunk a share of the items still left.

    The first chunks are large (few messages), the last ones a few items each: the worker that takes
    the last chunk ends soon after the others, where with chunks of one size it could be working
    alone for a whole chunk's time at the end.
    """
    chunks: list[Sequence[T]] = []
    start, total = 0, len(items)
    while start < total:
        size = max(1, (total - start) // (count * 4))
        chunks.append(items[start : start + size])
        start += size
    return chunks


def _in_workers(task: Callable[[Any], Any], chunks: Sequence[Sequence[Any]], count: int) -> list[Any]:
    """Each chunk's results from `count` forked workers; a chunk no worker sent back (it died) is a _Failed."""
    context = multiprocessing.get_context("fork")
    todo: SimpleQueue = context.SimpleQueue()
    for index in range(len(chunks)):
        todo.put(index)
    for _ in range(count):
        todo.put(None)  # one stop for each worker
    results: list[Any] = [_Failed()] * len(chunks)
    running: dict[Connection, multiprocessing.process.BaseProcess] = {}
    try:
        for _ in range(count):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(task, chunks, todo, writer), daemon=True)
            process.start()
            writer.close()  # the worker holds the only writer: its end is the reader's end of file
            running[reader] = process
        while running:
            for ready in wait(list(running)):
                reader = cast(Connection, ready)
                try:
                    index, result = reader.recv()
                except EOFError:  # the worker has ended: done, or killed
                    running.pop(reader).join()
                    reader.close()
                else:
                    results[index] = result
    finally:
        for worker in running.values():  # only when this process is interrupted
            worker.terminate()
            worker.join()
    return results
