"""Values worked out over the whole library, kept from the last build in this process (serve's quick builds).

A save changes one story; the counts and groupings the listing and overview pages show are made from
every story. Each is remembered with the very objects it was made from: when the next build hands over
the same objects (stories are frozen, and serve keeps the unchanged ones between builds), the value is
the same, so it is taken as it is. A caller may say what of an object its value reads (`same`): then
a story saved again with only other fields changed (its title, its text) keeps the value too. Any other
change, or a story added or gone, and it is made again.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")
V = TypeVar("V")

FEW = 32  # more changed objects than this, and making the value again is as quick as comparing them


class Recalled:
    """The values of one build cache's builds (serve keeps the cache, and so these, between builds)."""

    def __init__(self) -> None:
        # name → (the objects it was made from, the value); holding them keeps their ids from being reused
        self._last: dict[Hashable, tuple[tuple[object, ...], object]] = {}

    def recall(
        self, name: Hashable, inputs: Sequence[T], make: Callable[[], V], same: Callable[[T, T], bool] | None = None
    ) -> V:
        """`make()`, or the value it gave last time under `name` if `inputs` are the same objects, in order;
        or, with `same`, if the few that are other objects are `same` as those they replace (all that `make`
        reads of them is equal). The value is shared between builds: callers must not change it.
        """
        last = self._last.get(name)
        if last is not None and len(last[0]) == len(inputs):
            before: tuple[T, ...] = last[0]  # type: ignore[assignment]
            other = list(itertools.compress(range(len(inputs)), map(operator.is_not, before, inputs)))
            if not other or (same is not None and len(other) <= FEW and all(same(before[i], inputs[i]) for i in other)):
                self._last[name] = (tuple(inputs), last[1])  # the new objects, so that the next build finds them
                return last[1]  # type: ignore[return-value]
        value = make()
        self._last[name] = (tuple(inputs), value)
        return value
