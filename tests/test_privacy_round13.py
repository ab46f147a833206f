"""Identifying details, round thirteen: a school or home found once is flagged where it comes back.

Tuned on the development corpus only (benchmarks/privacy/real/dev); each pattern in both languages, with
the look-alikes that must stay unflagged.
"""

from __future__ import annotations

from conftest import TODAY, story_text
from privacy_cases import story_findings

from storysite.build import build_site


def _findings(make_library, body: str, lang: str = "en", title: str | None = None) -> set[tuple[str, str, str]]:
    content = make_library({f"stories/a.{lang}.md": story_text("mm-2026-001", body=body, lang=lang, title=title)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    return {(f.category, f.text, f.rule) for f in result.library.findings if f.is_error}


def test_a_nursery_named_in_full_is_found_again_by_its_name_alone(make_library) -> None:
    body = "Jac started at Little Owls Day Nursery in Newtown in May. Little Owls was forty minutes away by car."
    assert ("school", "Little Owls") in story_findings(make_library, body)


def test_a_welsh_school_named_in_full_is_found_again_mutated(make_library) -> None:
    body = "Mae Gwen yn mynd i Ysgol Gynradd Bryn Tirion ers mis Medi. Mae hi’n hapus ym Mryn Tirion erbyn hyn."
    assert ("school", "Mryn Tirion") in story_findings(make_library, body, "cy")


def test_a_home_in_the_body_is_found_in_the_title(make_library) -> None:
    body = "Dai lives at Glyn Teg in the hills above the village, and walks the dogs every day."
    found = _findings(make_library, body, title='"Back home to Glyn Teg"')
    assert ("address", "Glyn Teg", "privacy.address.tracked") in found


def test_a_school_in_the_body_is_found_in_the_welsh_title(make_library) -> None:
    body = "Mae Kai wedi dechrau yng Ngholeg Cwm Eithin ym mis Medi, ac mae o wrth ei fodd."
    found = _findings(make_library, body, "cy", title='"Diwrnod cyntaf Cwm Eithin"')
    assert ("school", "Cwm Eithin", "privacy.school.tracked") in found


def test_an_allowed_name_is_not_flagged_where_it_comes_back(make_library) -> None:
    text = story_text("mm-2026-001", body="Dai lives at Glyn Teg, above the village.", title='"Back home to Glyn Teg"')
    text = text.replace("\ntype:", '\nallow: ["Glyn Teg"]\ntype:', 1)
    content = make_library({"stories/a.en.md": text})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    assert not [f for f in result.library.findings if f.is_error and f.category == "address"]


def test_a_welsh_farm_found_once_is_found_again_after_a_mutating_word(make_library) -> None:
    body = "Mae Ifor yn byw yn Nhyddyn Isaf ers hanner can mlynedd. Aeth o adre i Dyddyn Isaf ar ôl y Nadolig."
    found = {(c, t) for c, t, _ in _findings(make_library, body, "cy")}
    assert ("address", "Dyddyn Isaf") in found


def test_the_town_a_school_is_named_for_is_not_flagged_where_it_is_the_town(make_library) -> None:
    body = "Cerys goes to Ysgol Llanfynydd now. On Saturdays the family shops in Llanfynydd and has chips by the river."
    found = story_findings(make_library, body)
    assert ("school", "Ysgol Llanfynydd") in found
    assert not {words for _, words in found} & {"Llanfynydd"}
