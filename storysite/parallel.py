"""Map a function over many items on every core, in forked processes; serial for small jobs.

The function may be any callable, even a closure over big data: the workers are forked after
it is set, so they inherit it (and the data) without pickling. Only the items and the results
cross between processes, so callers pass small items (indices, ids) and get back results.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 400  # below this, starting processes costs more than it saves
_TASK: Callable[[Any], Any] | None = None


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
    """A chunk that raised in a worker: the parent runs it again to raise the real exception."""


def _run_chunk(chunk: Sequence[Any]) -> list[Any] | _Failed:
    assert _TASK is not None
    try:
        return [_TASK(item) for item in chunk]
    except Exception:  # noqa: BLE001 - not every exception can be pickled back, so say only that it failed
        return _Failed()


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


def parallel_map(task: Callable[[T], R], items: Sequence[T], *, min_items: int | None = None) -> list[R]:
    """`[task(item) for item in items]`, in order, spread over the cores when it pays."""
    count = workers()
    small = len(items) < (MIN_ITEMS if min_items is None else min_items)
    if count < 2 or small or not may_fork():
        return [task(item) for item in items]
    global _TASK
    _TASK = task
    # Several chunks per worker keep both busy when some items cost more than others.
    size = max(1, -(-len(items) // (count * 8)))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            results = pool.map(_run_chunk, chunks, chunksize=1)
    finally:
        _TASK = None
    out: list[R] = []
    for chunk, result in zip(chunks, results, strict=True):
        out.extend([task(item) for item in chunk] if isinstance(result, _Failed) else result)
    return out
