"""What the renderer asks of whoever runs it: somewhere to keep reusable values, and a way to run its jobs.

The build gives its cache and its parallel, cached runner (incremental.jobs); the renderer knows neither.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

if TYPE_CHECKING:
    from storysite.render.page import Page

T = TypeVar("T")
V = TypeVar("V")


class Job(NamedTuple):
    """Pages to render later: what they are, the stories they show, and how to render them.

    A named tuple, not a dataclass: a site has one per story and listing page, and they are made in bulk.
    """

    label: tuple[str, ...]
    story_ids: tuple[str, ...]
    run: Callable[[], None]


class Memo(Protocol):
    """Values kept between builds under a key made of their parts (the build cache, to the renderer)."""

    def key(self, *parts: str) -> str: ...

    def get(self, key: str) -> Any: ...

    def put(self, key: str, value: Any) -> None: ...

    def recall(
        self, name: Hashable, inputs: Sequence[T], make: Callable[[], V], same: Callable[[T, T], bool] | None = None
    ) -> V:
        """`make()`, or its value from the last build in this process if made from the same `inputs`."""
        ...


def recalled(
    memo: Memo | None,
    name: Hashable,
    inputs: Sequence[T],
    make: Callable[[], V],
    same: Callable[[T, T], bool] | None = None,
) -> V:
    """`memo.recall(...)`, or `make()` when there is no memo (nothing is kept between builds)."""
    return make() if memo is None else memo.recall(name, inputs, make, same)


class PageMaker(Protocol):
    """The renderer, to a job runner: a job's run() leaves its pages in `pages`."""

    pages: list[Page]


JobRunner = Callable[[PageMaker, list[Job]], list["Page"]]  # every job's pages, however they are made


def run_here(renderer: PageMaker, jobs: list[Job]) -> list[Page]:
    """Render every job in this process, one after another."""
    pages: list[Page] = []
    for job in jobs:
        kept, renderer.pages = renderer.pages, []
        try:
            job.run()
            pages.extend(renderer.pages)
        finally:
            renderer.pages = kept
    return pages
