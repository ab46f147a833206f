"""Photos in a real browser: they load under the site's Content-Security-Policy at the size the layout
keeps for them, WebP first, and the printed panel pack shows them at a sensible size."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

GARDEN = "en/stories/mm-2024-003/"  # back-in-the-garden: a photo without people, published everywhere
PACK = "en/panels/panel-2026-spring/pack/"  # holds the river drawing


def test_a_story_photo_loads_under_the_csp_with_no_layout_shift(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + GARDEN)
    img = page.locator("figure.photo img").first
    img.scroll_into_view_if_needed()  # it is lazy: loaded once near the viewport
    page.wait_for_function(
        "() => { const i = document.querySelector('figure.photo img'); return i.complete && i.naturalWidth > 0 }"
    )
    found = img.evaluate(
        "i => ({src: i.currentSrc, natural: i.naturalWidth, box: i.getBoundingClientRect().width,"
        " ratio: i.getBoundingClientRect().width / i.getBoundingClientRect().height,"
        " attrs: i.width / i.height, alt: i.alt, caption: i.closest('figure').querySelector('figcaption').textContent})"
    )
    assert found["src"].endswith(".webp"), found  # Chromium takes the WebP source
    assert found["natural"] >= found["box"] > 0, found
    assert abs(found["ratio"] - found["attrs"]) < 0.02, found  # laid out at its width/height attributes' shape
    assert found["alt"].startswith("A raised bed") and found["caption"], found
    assert page.console_errors == [], page.console_errors  # no Content-Security-Policy violation


def test_the_panel_pack_prints_its_photo_at_a_sensible_size(page, site_url: str) -> None:
    page.goto(site_url + PACK)
    page.emulate_media(media="print")
    for img in page.locator("figure.photo img").all():
        img.evaluate("i => { i.loading = 'eager'; }")
    page.wait_for_function(
        "() => [...document.querySelectorAll('figure.photo img')].every(i => i.complete && i.naturalWidth > 0)"
    )
    sizes = page.eval_on_selector_all(
        "figure.photo img", "all => all.map(i => [i.getBoundingClientRect().width, i.getBoundingClientRect().height])"
    )
    assert sizes, "the spring pack shows the river drawing"
    cm = 96 / 2.54  # CSS pixels in a centimetre
    for width, height in sizes:
        assert 4 * cm < height <= 9 * cm + 1 and width <= 18 * cm, (width / cm, height / cm)
