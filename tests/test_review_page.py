"""The preview's review page (issue 17): served by `storysite serve` only, marked, in both languages; never built."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY

from storysite.build import build_site
from storysite.serve.review_page import review_page
from storysite.serve.server import Preview, start_server

STORY = """\
---
id: mm-2026-001
type: magic-moment
title: Back in the garden
summary: A short summary.
date: 2026-03-14
wellbeing: [health]
consent:
  status: given
  date: 2026-03-20
  scope: [intranet, public]
pseudonyms: [Dai]
---
Dai went out to the garden for the first time in a year. Call 07700 900123. The Bryncoed choir sang.
"""
WELSH = STORY.replace("Back in the garden", "Yn ôl yn yr ardd").replace(
    "Dai went out to the garden for the first time in a year.", "Aeth Dai allan i’r ardd."
)


@pytest.fixture
def served(make_library: Callable[..., Path], tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """The preview server over a built library, with serve's review pages (as serve_site sets them up)."""
    content = make_library(
        {"stories/a.en.md": STORY, "stories/a.cy.md": WELSH}, site=SITE_YAML + "sign_off_required: [public]\n"
    )
    out = tmp_path / "_site"
    build_site(content, "content", out, audience="intranet", today=TODAY)  # has errors: the phone number
    out.mkdir(exist_ok=True)
    preview = Preview(out)
    preview.review = partial(review_page, content, "content")
    server = start_server(preview, 0)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", content, out
    finally:
        preview.stop()
        server.shutdown()
        server.server_close()


def get(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


def test_the_review_page_marks_findings_and_possible_identifiers(served: tuple[str, Path, Path]) -> None:
    url, _, _ = served
    status, page, headers = get(f"{url}/en/review/mm-2026-001/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Content-Security-Policy" in headers
    assert '<html lang="en">' in page
    assert '<mark class="finding"' in page and ">07700 900123</mark>" in page
    assert '<mark class="possible"' in page and ">Bryncoed</mark>" in page
    assert "a.cy.md" in page and "a.en.md" in page  # every language version
    assert "motivated intruder" in page and "Not signed off yet." in page
    assert "/__storysite/reload.js" in page  # it reloads like every preview page
    status, css, headers = get(f"{url}/__storysite/review.css")
    assert status == 200 and "mark.finding" in css and headers["Content-Type"].startswith("text/css")


def test_the_review_page_in_welsh(served: tuple[str, Path, Path]) -> None:
    url, _, _ = served
    status, page, _ = get(f"{url}/cy/review/mm-2026-001/")
    assert status == 200
    assert '<html lang="cy">' in page and "<h1>mm-2026-001: Yn ôl yn yr ardd</h1>" in page
    assert "tresmaswr penderfynol" in page and "Heb ei chymeradwyo eto." in page
    assert "Golwg adolygu" in page


def test_an_unknown_story_or_language_has_no_review_page(served: tuple[str, Path, Path]) -> None:
    url, _, _ = served
    assert get(f"{url}/en/review/mm-2099-001/")[0] == 404
    assert get(f"{url}/fr/review/mm-2026-001/")[0] == 404
    assert get(f"{url}/en/review/..%2Fsite.yaml/")[0] == 404


def test_a_built_site_never_has_a_review_page(make_library: Callable[..., Path], tmp_path: Path) -> None:
    content = make_library({"stories/a.cy.md": WELSH.replace(" Call 07700 900123.", "")})
    out = tmp_path / "_site"
    result = build_site(content, "content", out, audience="intranet", today=TODAY)
    assert result.out == out, [f for f in result.library.findings if f.is_error]
    assert not list(out.rglob("review"))
    assert "review.css" not in "".join(p.read_text("utf-8", "replace") for p in out.rglob("*.html"))
