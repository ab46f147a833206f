"""Issue 22, items 4 and 6: a panel's title, id and reasons leak nothing.

A panel's title and id are scanned for identifying details; a title (or id) that names a story some
audience does not see (withdrawn, pending, out of scope) leaves the whole panel out for that audience,
and reasons that name any such story, considered or not, are left out: each with a warning saying
what matched and where. Nothing of the unpublished story reaches the output.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, story_text
from hypothesis import given, settings
from hypothesis import strategies as st
from test_serve import everything_under

from storysite.build import build_site
from storysite.check.config import parse_config
from storysite.check.library import check_library
from storysite.check.panels import parse_panel
from storysite.content.yamlsafe import parse_yaml

CONFIG = parse_config(parse_yaml(SITE_YAML), "site.yaml", SITE_YAML)[0]
ADJECTIVES = ["Quiet", "Lost", "Silver", "Broken", "Patient", "Hidden", "Crimson", "Gentle"]
NOUNS = ["Otter", "Lantern", "Harbour", "Kestrel", "Quarry", "Orchard", "Bridge", "Meadow"]
ENDINGS = ["Tale", "Morning", "Return", "Promise", "Journey"]
PSEUDONYMS = ["Morwenna", "Tegwen", "Alaric", "Ffraid", "Cadfael", "Eluned"]
UNSEEN = [("withdrawn", "[intranet]"), ("pending", "[intranet]"), ("given", "[public]")]  # the last: not intranet


def library(folder: Path, title: str, pseudonym: str, status: str, scope: str, panel: str) -> Path:
    content = folder / "content"
    (content / "stories").mkdir(parents=True)
    (content / "panels").mkdir()
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    (content / "stories" / "shown.en.md").write_text(story_text("mm-2026-001"), encoding="utf-8")
    hidden = story_text("mm-2026-002", title=title, status=status, scope=scope, body=f"{pseudonym} smiled.")
    (content / "stories" / "hidden.en.md").write_text(
        hidden.replace("pseudonyms: [Dai]", f"pseudonyms: [{pseudonym}]"), encoding="utf-8"
    )
    (content / "panels" / "p.yaml").write_text(panel, encoding="utf-8")
    return content


def panel_text(title: str, reasons: str, panel_id: str = "panel-2026") -> str:
    return (
        f'id: {panel_id}\ntitle: {{cy: "Panel y gwanwyn", en: "{title}"}}\ndate: 2026-05-01\n'
        f'considered: [mm-2026-001]\nselected: [mm-2026-001]\nreasons: {{cy: "Dewiswyd y stori.", en: "{reasons}"}}\n'
    )


names = st.tuples(st.sampled_from(ADJECTIVES), st.sampled_from(NOUNS), st.sampled_from(ENDINGS)).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    names,
    st.sampled_from(PSEUDONYMS),
    st.sampled_from(UNSEEN),
    st.sampled_from(["title", "reasons"]),
    st.sampled_from(["story", "pseudonym"]),
    st.sampled_from(["{}", "Chosen over {}", "Unlike {}, this one", "{}: a panel"]),
    st.sampled_from([str, str.lower, str.upper]),
)
def test_a_panel_naming_an_unpublished_story_is_left_out_with_a_warning(
    title: str,
    pseudonym: str,
    unseen: tuple[str, str],
    where: str,
    named: str,
    frame: str,
    case: object,
) -> None:
    words = case(title if named == "story" else pseudonym)  # type: ignore[operator]
    text = frame.format(words)
    panel = panel_text(text, "A steady story.") if where == "title" else panel_text("Spring panel", text)
    with tempfile.TemporaryDirectory() as folder:
        content = library(Path(folder), title, pseudonym, *unseen, panel)
        checked = check_library(content, "content", audience="intranet", today=TODAY)
    line = 2 if where == "title" else 6
    on_panel = [f for f in checked.findings if f.path == "content/panels/p.yaml" and f.line == line]
    if any(f.is_error for f in on_panel):  # a pseudonym that reads as a name: refused outright, the stronger way
        assert named == "pseudonym" and any(f.category == "person-name" for f in on_panel)
        assert checked.panels == []
        return
    rule = "panel.title-unpublished-story" if where == "title" else "panel.reasons-unpublished-story"
    [found] = [f for f in on_panel if f.rule == rule]
    assert found.severity == "warning"
    assert "mm-2026-002" in found.message and words.lower() in found.message.lower()
    assert found.message_in("cy") != str(found.message)
    if where == "title":
        assert checked.panels == []
    else:
        [shown] = checked.panels
        assert "mm-2026-002" in shown.mentions


@pytest.mark.parametrize(
    ("where", "named", "status", "scope"),
    [
        ("title", "story", "withdrawn", "[intranet]"),
        ("title", "pseudonym", "pending", "[intranet]"),
        ("reasons", "story", "withdrawn", "[intranet]"),
        ("reasons", "pseudonym", "given", "[public]"),
        ("id", "story", "withdrawn", "[intranet]"),
    ],
)
def test_nothing_of_the_unpublished_story_reaches_the_output(
    tmp_path: Path, where: str, named: str, status: str, scope: str
) -> None:
    title, pseudonym = "Crimson Kestrel Promise", "Morwenna"
    words = title if named == "story" else pseudonym
    panel = {
        "title": panel_text(f"Panel about {words}", "A steady story."),
        "reasons": panel_text("Spring panel", f"Chosen over {words}."),
        "id": panel_text("Spring panel", "A steady story.", panel_id="panel-crimson-kestrel-promise"),
    }[where]
    content = library(tmp_path, title, pseudonym, status, scope, panel_text("Spring panel", "A steady story."))
    out = tmp_path / "_site"
    assert build_site(content, "content", out, audience="intranet", today=TODAY, cache=False).out is not None
    (content / "panels" / "p.yaml").write_text(panel, encoding="utf-8")
    result = build_site(content, "content", out, audience="intranet", today=TODAY, cache=False)
    assert result.out is not None or any(f.path.endswith("p.yaml") and f.is_error for f in result.library.findings)
    text = everything_under(out)
    assert text is not None and "Dai went out to the garden" in text  # the published story is there
    for needle in (title, title.lower(), pseudonym, "crimson-kestrel", "mm-2026-002"):
        assert needle not in text, needle
    if result.out is not None:
        assert (out / "en" / "panels" / "panel-2026").exists() == (where == "reasons")


DETAILS = [
    ("Gareth Pritchard", "person-name"),
    ("Mr Jones", "person-name"),
    ("07700 900123", "phone"),
    ("CF10 1AA", "postcode"),
    ("jo.bloggs@example.com", "email"),
    ("943 476 5919", "nhs-number"),
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(DETAILS),
    st.sampled_from(["title", "reasons"]),
    st.sampled_from(["{}", "Panel with {}", "{} chose"]),
)
def test_an_identifying_detail_in_a_panel_text_is_an_error_at_its_line(
    detail: tuple[str, str], where: str, frame: str
) -> None:
    words, category = detail
    text = frame.format(words)
    panel = panel_text(text, "A steady story.") if where == "title" else panel_text("Spring panel", text)
    assert CONFIG is not None
    parsed, findings = parse_panel(panel, "content/panels/p.yaml", CONFIG, ["mm-2026-001"], {})
    assert parsed is None
    found = [f for f in findings if f.category == category and f.is_error]
    assert found and found[0].line == (2 if where == "title" else 6), findings


@pytest.mark.parametrize("panel_id", ["panel-gareth-pritchard", "panel-07700-900123", "panel-mr-jones-2026"])
def test_an_identifying_detail_in_a_panel_id_is_an_error(panel_id: str) -> None:
    assert CONFIG is not None
    panel = panel_text("Spring panel", "A steady story.", panel_id=panel_id)
    parsed, findings = parse_panel(panel, "content/panels/p.yaml", CONFIG, ["mm-2026-001"], {})
    assert parsed is None
    assert any(f.line == 1 and f.column > 4 and f.is_error for f in findings), findings
