"""The web team's guide is right: with its MIME types and its Content-Security-Policy, Pagefind search works."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY

from storysite.authoring.scaffold import init_library
from storysite.build import build_site

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "web-team.md"


def guide_policy() -> str:
    """The Content-Security-Policy the guide recommends (its nginx example)."""
    found = re.search(r'add_header Content-Security-Policy "([^"]+)"', GUIDE.read_text(encoding="utf-8"))
    assert found, "docs/web-team.md has no nginx Content-Security-Policy line"
    return found.group(1)


def guide_types() -> dict[str, str]:
    """Extension → MIME type, from the guide's nginx `types` block."""
    block = re.search(r"types \{(.+?)\}", GUIDE.read_text(encoding="utf-8"), re.S)
    assert block, "docs/web-team.md has no nginx types block"
    types = {}
    for mime, extensions in re.findall(r"^\s*([\w/.+-]+)\s+([^;]+);", block.group(1), re.M):
        for extension in extensions.split():
            types["." + extension] = mime
    return types


def test_the_guide_gives_pagefinds_types_and_wasm_unsafe_eval() -> None:
    types = guide_types()
    for extension in (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter"):
        assert types[extension] == "application/octet-stream"
    assert types[".pagefind"] == "application/wasm"
    assert "'wasm-unsafe-eval'" in guide_policy()
    text = GUIDE.read_text(encoding="utf-8")
    for host in ("web.config", ".htaccess", "nginx"):
        assert host in text


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A library from `storysite init`, built, served with the guide's types and policy."""
    root = tmp_path_factory.mktemp("hosting")
    content = init_library(root / "lib")
    result = build_site(content, str(content), root / "_site", today=TODAY)
    assert result.out is not None
    policy, types = guide_policy(), guide_types()

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **types}

        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", policy)
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(result.out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.browser
def test_search_works_under_the_guides_content_security_policy(hosted: str, page: object) -> None:
    page.goto(hosted + "en/search/")  # type: ignore[attr-defined]
    page.fill("#search input", "garden")  # type: ignore[attr-defined]
    page.wait_for_selector(".result-link:has-text('Back in the garden')")  # type: ignore[attr-defined]
    assert page.console_errors == []  # type: ignore[attr-defined]
