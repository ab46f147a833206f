"""Relative links from a page's folder to site-root paths: the `url()` every template calls."""

from __future__ import annotations

Shared = dict[str, dict[str, tuple[str, int]]]  # parent folder → target → (link, the target's parts)


class Links:
    """Links from the folder `from_dir` to site-root paths (folders end with /), relative.

    The folder is split once for all of a page's links. With `shared`, the links of the pages in one
    folder (every story page is a folder of its own in `{lang}/stories/`) are worked out once for them
    all, each target that does not lead into the parent folder: only such a link differs between them.
    `reach` is the most parts any target linked to had, so that a chrome fragment can tell which other
    pages' links are the same as this page's (`seen_from`).
    """

    __slots__ = ("known", "reach", "start")

    def __init__(self, from_dir: str, shared: Shared | None = None) -> None:
        # posixpath.relpath without its os.getcwd() calls, which were a large part of rendering.
        self.start = [part for part in from_dir.split("/") if part and part != "."]
        self.reach = 0
        parent = "/".join(self.start[:-1])
        self.known: dict[str, tuple[str, int]] = shared.setdefault(parent, {}) if shared is not None else {}

    def __call__(self, target: str) -> str:
        hit = self.known.get(target)
        if hit is not None:
            rel, parts = hit
        else:
            start = self.start
            goal = [part for part in target.split("/") if part and part != "."]
            common = 0
            while common < len(start) and common < len(goal) and start[common] == goal[common]:
                common += 1
            rel = "/".join([".."] * (len(start) - common) + goal[common:]) or "."
            if target.endswith("/") or target == "":
                rel = "./" if rel == "." else rel + "/"
            parts = len(goal)
            if common < len(start) - 1:  # outside the parent folder: the same from every folder in it
                self.known[target] = rel, parts
        if parts > self.reach:
            self.reach = parts
        return rel

    def seen_from(self, reach: int) -> tuple[int, tuple[str, ...]]:
        """What a link to a target of at most `reach` parts depends on: the folder's depth and first `reach` parts."""
        return len(self.start), tuple(self.start[:reach])


def linker(from_dir: str, shared: Shared | None = None) -> Links:
    """Links from the folder `from_dir` (see Links)."""
    return Links(from_dir, shared)
