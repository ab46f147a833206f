"""Issue 22, items 4 and 8: every site.yaml text that reaches a page is scanned, and a label holds no markup.

The site title, organisation, description and every label of the wellbeing areas, themes, services,
client groups, MSC domains and audiences show on pages (and the labels in Pagefind's filters): an
identifying detail or markup in any of them is an error at its line, a key with an identifying
detail too (it is an address), and a build refused leaves the output as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE, SITE_YAML, TODAY, story_text
from hypothesis import given, settings
from hypothesis import strategies as st
from test_serve import everything_under

from storysite.build import build_site
from storysite.check.config import parse_config, read_config
from storysite.content.yamlsafe import parse_yaml

# (path, language) of every label SITE_YAML gives, with the line it is on.
LABELS = [
    (("title",), 1),
    (("organisation",), 2),
    (("description",), 3),
    (("themes", "kindness"), 6),
    (("themes", "small"), 7),
    (("services", "reablement"), 9),
    (("client_groups", "older-people"), 11),
    (("msc_domains", "changes-in-lives"), 13),
    (("audiences", "intranet"), 15),
    (("audiences", "public"), 16),
]
# Fictional details only (07700 900xxx is Ofcom's drama range).
DETAILS = [
    ("Gareth Pritchard", "person-name"),
    ("Mrs Eirlys Llewellyn", "person-name"),
    ("07700 900123", "phone"),
    ("029 2018 0123", "phone"),
    ("CF10 1AA", "postcode"),
    ("jo.bloggs@example.com", "email"),
    ("AB 12 34 56 C", "ni-number"),
    ("943 476 5919", "nhs-number"),
    ("12 Heol y Parc", "address"),
]
MARKUP = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<b>bold</b>",
    "a > b",
    "under <18",
    "javascript:alert(1)",
    "JavaScript :alert(1)",
    "vbscript:msgbox",
    "data:text/html,<p>x</p>",
    "&lt;img&gt;",
    "&#60;img&#62;",
    "&#x3C;svg onload=alert(1)&#x3E;",
]


def site_with(path: tuple[str, ...], lang: str, text: str) -> str:
    """SITE_YAML with the `lang` label at `path` replaced by `text` (as a double-quoted YAML string)."""
    lines = SITE_YAML.split("\n")
    line = next(n for p, n in LABELS if p == path)
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    old = lines[line - 1]
    start = old.index(f"{lang}: ") + len(lang) + 2
    end = old.index(", en:", start) if lang == "cy" else old.rindex("}")
    lines[line - 1] = old[:start] + quoted + old[end:]
    return "\n".join(lines)


def findings_of(site: str) -> list:
    config, findings = parse_config(parse_yaml(site), "content/site.yaml", site)
    assert (config is None) == any(f.is_error for f in findings)
    return findings


def test_the_fixture_site_and_the_examples_pass() -> None:
    assert findings_of(SITE_YAML) == []
    assert read_config(EXAMPLE, "site.yaml")[1] == []
    assert read_config(Path(__file__).parents[2] / "storysite" / "authoring" / "starter", "site.yaml")[1] == []


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(LABELS),
    st.sampled_from(["cy", "en"]),
    st.sampled_from(DETAILS),
    st.sampled_from(["{}", "Stories from {}", "{} and friends", "Call {} today", "Straeon {}"]),
)
def test_an_identifying_detail_in_any_label_is_an_error_at_its_line(
    label: tuple[tuple[str, ...], int], lang: str, detail: tuple[str, str], frame: str
) -> None:
    path, line = label
    words, category = detail
    findings = findings_of(site_with(path, lang, frame.format(words)))
    found = [f for f in findings if f.category == category and f.line == line and f.is_error]
    assert found, (path, lang, words, findings)
    name = ".".join((*path, lang))
    assert all(f"In `{name}`" in f.message for f in found)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LABELS), st.sampled_from(["cy", "en"]), st.sampled_from(MARKUP), st.sampled_from(["", "Ok "]))
def test_markup_in_any_label_is_an_error_at_its_line(
    label: tuple[tuple[str, ...], int], lang: str, markup: str, lead: str
) -> None:
    path, line = label
    findings = findings_of(site_with(path, lang, lead + markup))
    [found] = [f for f in findings if f.rule == "site.markup"]
    assert (found.line, found.severity) == (line, "error")
    assert ".".join((*path, lang)) in found.message
    assert found.message_in("cy") != str(found.message)  # said in Welsh too


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("gareth-pritchard", "person-name"),
        ("07700-900123", "phone"),
        ("cf10-1aa", "postcode"),
        ("mr-jones", "person-name"),
    ],
)
def test_an_identifying_detail_in_a_key_is_an_error_at_its_line(key: str, category: str) -> None:
    site = SITE_YAML.replace("  kindness: {cy: Caredigrwydd", f"  {key}: {{cy: Caredigrwydd")
    [found] = [f for f in findings_of(site) if f.category == category]
    assert (found.line, found.column, found.is_error) == (6, 3, True)


@pytest.mark.parametrize("text", ["Health & wellbeing", "Changes in people's lives", "Pobl hŷn", "Plant 5–11 oed"])
def test_plain_labels_pass(text: str) -> None:
    assert findings_of(site_with(("themes", "small"), "en", text)) == []


def test_a_refused_site_yaml_leaves_the_output_as_it_was(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text("mm-2026-001")})
    out = tmp_path / "_site"
    assert build_site(content, "content", out, today=TODAY, cache=False).out is not None
    before = everything_under(out)
    assert before is not None and "Caredigrwydd" in before
    for path, lang, text in [
        (("themes", "kindness"), "en", "<img src=x onerror=alert(1)>"),
        (("title",), "cy", "Llyfrgell Gareth Pritchard 07700 900123"),
        (("organisation",), "en", "Contact jo.bloggs@example.com"),
        (("msc_domains", "changes-in-lives"), "cy", "javascript:alert(1)"),
    ]:
        (content / "site.yaml").write_text(site_with(path, lang, text), encoding="utf-8")
        result = build_site(content, "content", out, today=TODAY, cache=False)
        assert result.out is None and any(f.path == "content/site.yaml" for f in result.library.findings)
        after = everything_under(out)
        assert after == before
        assert not any(word in after for word in ("onerror", "Pritchard", "07700", "jo.bloggs", "javascript:alert"))
