"""Relative links from a page's folder to site-root paths: the `url()` every template calls."""

from __future__ import annotations


class Links:
    """Links from the folder `from_dir` to site-root paths (folders end with /), relative.

    The folder is split once for all of a page's links: every story page is a folder of its own, so
    a cache keyed on the folder never hit. `reach` is the most parts any target linked to had, so that
    a chrome fragment can tell which other pages' links are the same as this page's (`seen_from`).
    """

    __slots__ = ("reach", "start")

    def __init__(self, from_dir: str) -> None:
        # posixpath.relpath without its os.getcwd() calls, which were a large part of rendering.
        self.start = [part for part in from_dir.split("/") if part and part != "."]
        self.reach = 0

    def __call__(self, target: str) -> str:
        start = self.start
        goal = [part for part in target.split("/") if part and part != "."]
        if len(goal) > self.reach:
            self.reach = len(goal)
        common = 0
        while common < len(start) and common < len(goal) and start[common] == goal[common]:
            common += 1
        rel = "/".join([".."] * (len(start) - common) + goal[common:]) or "."
        if target.endswith("/") or target == "":
            rel = "./" if rel == "." else rel + "/"
        return rel

    def seen_from(self, reach: int) -> tuple[int, tuple[str, ...]]:
        """What a link to a target of at most `reach` parts depends on: the folder's depth and first `reach` parts."""
        return len(self.start), tuple(self.start[:reach])


def linker(from_dir: str) -> Links:
    """Links from the folder `from_dir` (see Links)."""
    return Links(from_dir)
