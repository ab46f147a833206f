"""A page's chrome (header, navigation, footer) rendered once a build for all the pages that show the same.

A theme marks such a part `{% chrome key, ... %}…{% endchrome %}`, naming every value it shows besides
its links: the part is rendered for the first page with those values and reused on every page whose
links to the part's targets are the same (`Links.seen_from`). The renderer hands each page the build's
`Fragments` as `chrome_store`; without it (or without a `Links` as `url`) the part is rendered every time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser
from jinja2.runtime import Context

from storysite.render.links import Links


class Fragments:
    """The chrome fragments one build has rendered: by fragment and key, then by what their links depend on."""

    def __init__(self) -> None:
        self._made: dict[Hashable, tuple[int, dict[tuple[int, tuple[str, ...]], str]]] = {}

    def get(self, key: Hashable, url: Links, render: Callable[[], str]) -> str:
        """The fragment under `key` as seen from `url`'s folder: made once, by `render()`."""
        reach, seen = self._made.get(key, (-1, {}))
        if reach >= 0:
            html = seen.get(url.seen_from(reach))
            if html is not None:
                url.reach = max(url.reach, reach)  # an enclosing fragment links to this one's targets too
                return html
        outer, url.reach = url.reach, 0
        html = render()
        reach, url.reach = url.reach, max(outer, url.reach)
        if reach != self._made.get(key, (-1, {}))[0]:
            self._made[key] = (reach, {})
        self._made[key][1][url.seen_from(reach)] = html
        return html


class Chrome(Extension):
    """`{% chrome key, ... %}…{% endchrome %}`: a part of the page made once for its key and links (Fragments)."""

    tags = {"chrome"}

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        keys: list[nodes.Expr] = []
        while parser.stream.current.type != "block_end":
            if keys:
                parser.stream.expect("comma")
            keys.append(parser.parse_expression())
        body = parser.parse_statements(("name:endchrome",), drop_needle=True)
        where = nodes.Const(f"{parser.name}:{lineno}")
        args = [nodes.ContextReference(), where, nodes.Name("url", "load"), nodes.Tuple(keys, "load")]
        return nodes.CallBlock(self.call_method("_fragment", args), [], [], body).set_lineno(lineno)

    def _fragment(self, context: Context, where: str, url: Any, key: tuple[Any, ...], caller: Callable[[], str]) -> str:
        store = context.get("chrome_store")
        if not isinstance(store, Fragments) or not isinstance(url, Links):
            return caller()
        try:
            hash(key)
        except TypeError:  # a key no dict can hold: rendered every time, never wrong
            return caller()
        return store.get((self, where, key), url, caller)  # self: one environment's, so one language's catalog
