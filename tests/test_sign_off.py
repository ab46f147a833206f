"""Sign-off (issue 17): bound to the text approved, required per audience, else left out of every output."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, SITE_YAML, TODAY, story_text

from storysite.authoring.sign_off import sign_off_story
from storysite.build import build_site
from storysite.check.library import check_library
from storysite.check.possible import possible_identifiers
from storysite.check.sign_off import story_digest
from storysite.cli import main
from storysite.model import exclusion

SIGNED_SITE = SITE_YAML + "sign_off_required: [public]\n"
CY_FILE = "stories/a.cy.md"
EN_FILE = "stories/a.en.md"

# A Welsh version that holds the shared fields, with comments, quoting and a flow list to keep.
CY_TEXT = """\
---
# Stori gan y tîm ailalluogi
id: mm-2026-001
type: magic-moment
title: 'Yn ôl yn yr ardd'   # teitl byr
summary: "Crynodeb byr."
date: 2026-03-14
wellbeing: [health]
themes: [kindness]
consent:
  status: given   # cofnodwyd gan y gweithiwr
  date: 2026-03-20
  scope: [intranet, public]
pseudonyms: [Dai]
---
Aeth Dai allan i’r ardd am y tro cyntaf ers blwyddyn.
"""
EN_TEXT = """\
---
id: mm-2026-001
title: Back in the garden
summary: A short summary.
---
Dai went out to the garden for the first time in a year.
"""


def write_story(content: Path, cy: str | bytes = CY_TEXT, en: str | bytes = EN_TEXT) -> None:
    for name, text in ((CY_FILE, cy), (EN_FILE, en)):
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    content = make_library({}, site=SIGNED_SITE)
    write_story(content)
    return content


def story(content: Path):
    found = check_library(content, "content", today=TODAY)
    return next(s for s in found.stories if s.id == "mm-2026-001"), found


def sign(content: Path, by: str = "Team manager"):
    result = sign_off_story(content, "content", "mm-2026-001", by, today=TODAY)
    assert result.refused is None, (result.refused, result.errors)
    return result


def cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


# --- sign-off refused while the story has an error -------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_sign_off_is_refused_while_the_story_has_an_error(library: Path, lang: str) -> None:
    write_story(library, en=EN_TEXT.replace("title: Back in the garden", "title: Back in the garden, 07700 900123"))
    before = {name: (library / name).read_bytes() for name in (CY_FILE, EN_FILE)}
    result = cli("--iaith", lang, "sign-off", str(library), "mm-2026-001", "--by", "Team manager")
    assert result.exit_code == 1
    expected = "cannot be signed off" if lang == "en" else "ni ellir ei chymeradwyo"
    assert expected in result.output
    assert "a.en.md:3" in result.output  # the error itself, with where it is
    assert {name: (library / name).read_bytes() for name in (CY_FILE, EN_FILE)} == before


def test_sign_off_of_a_story_that_does_not_exist_is_refused(library: Path) -> None:
    result = cli("--iaith", "en", "sign-off", str(library), "mm-2099-001", "--by", "Team manager")
    assert result.exit_code == 1
    assert "There is no story with the id `mm-2099-001`" in result.output


def test_sign_off_then_publish_to_public(library: Path) -> None:
    found, _ = story(library)
    assert exclusion(found, "public", TODAY) == "unsigned"
    assert exclusion(found, "intranet", TODAY) is None
    result = cli(
        "--iaith", "en", "sign-off", str(library), "mm-2026-001", "--by", "Team manager", "--note", "Read twice"
    )
    assert result.exit_code == 0, result.output
    assert "Signed off `mm-2026-001`" in result.output
    found, checked = story(library)
    assert found.sign_off is not None and found.sign_off.valid
    assert (found.sign_off.by, found.sign_off.note) == ("Team manager", "Read twice")
    assert exclusion(found, "public", TODAY) is None
    assert not [f for f in checked.findings if f.rule.startswith("sign-off")]
    assert "sign_off:" in (library / CY_FILE).read_text(encoding="utf-8")  # the version with the shared fields
    assert "sign_off" not in (library / EN_FILE).read_text(encoding="utf-8")


# --- the digest: one character lapses it; key order, CRLF and a BOM do not ------------------------------


EDITS = [
    (CY_FILE, "'Yn ôl yn yr ardd'", "'Yn ôl yn yr ardd!'", "`title`"),
    (CY_FILE, "ers blwyddyn.", "ers blwyddyn!", "its text"),
    (CY_FILE, "scope: [intranet, public]", "scope: [intranet, public]\n  review: 2027-03-20", "`consent`"),
    (EN_FILE, "A short summary.", "A short summary!", "`summary`"),
    (EN_FILE, "in a year.", "in a year!", "its text"),
    (EN_FILE, "title: Back in the garden", "title: Back in the gardens", "`title`"),
]


@pytest.mark.parametrize(("name", "old", "new", "field"), EDITS)
def test_a_one_character_edit_in_either_version_lapses_it(
    library: Path, name: str, old: str, new: str, field: str
) -> None:
    sign(library)
    path = library / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    found, checked = story(library)
    assert found.sign_off is not None and not found.sign_off.valid
    assert exclusion(found, "public", TODAY) == "sign-off-lapsed"
    assert exclusion(found, "intranet", TODAY) is None
    lapsed = [f for f in checked.findings if f.rule == "sign-off.lapsed"]
    assert len(lapsed) == 1 and not lapsed[0].is_error  # a warning, like pending consent
    message = lapsed[0].message
    version = "the Welsh version" if name == CY_FILE else "the English version"
    assert f"{version} (content/{name}): {field}" in message or f"{version} ({library / name}): {field}" in message
    assert "Team manager" in message


@pytest.mark.parametrize("change", ["reorder", "crlf", "cr", "bom", "bom-crlf-other-version"])
def test_key_order_line_ends_and_a_bom_do_not_lapse_it(library: Path, change: str) -> None:
    sign(library)
    cy, en = (library / CY_FILE), (library / EN_FILE)
    text = cy.read_text(encoding="utf-8")
    if change == "reorder":  # top-level keys and the keys inside consent, in another order
        text = text.replace("title: 'Yn ôl yn yr ardd'   # teitl byr\n", "").replace(
            "pseudonyms: [Dai]\n", "pseudonyms: [Dai]\ntitle: 'Yn ôl yn yr ardd'\n"
        )
        text = text.replace(
            "  date: 2026-03-20\n  scope: [intranet, public]\n", "  scope: [intranet, public]\n  date: 2026-03-20\n"
        )
        text = text.replace("  status: given   # cofnodwyd gan y gweithiwr\n", "").replace(
            "  date: 2026-03-20\n", "  date: 2026-03-20\n  status: given\n"
        )
        cy.write_text(text, encoding="utf-8")
    elif change == "crlf":
        cy.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif change == "cr":
        cy.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    elif change == "bom":
        cy.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        en.write_bytes(b"\xef\xbb\xbf" + en.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    found, checked = story(library)
    assert found.sign_off is not None and found.sign_off.valid, found.sign_off
    assert exclusion(found, "public", TODAY) is None
    assert not [f for f in checked.findings if f.rule.startswith("sign-off")]


def test_the_digest_is_of_every_version_and_every_field_but_sign_off() -> None:
    texts = {"cy": CY_TEXT, "en": EN_TEXT}
    digest = story_digest(texts)
    assert digest is not None and re.fullmatch(r"sha256:[0-9a-f]{64}", digest)
    with_record = CY_TEXT.replace("pseudonyms: [Dai]\n", "pseudonyms: [Dai]\nsign_off: {by: X, date: 2026-01-01}\n")
    assert story_digest({"cy": with_record, "en": EN_TEXT}) == digest
    assert story_digest({"cy": CY_TEXT}) != digest  # a version removed
    assert story_digest({"cy": CY_TEXT, "en": EN_TEXT.replace("A short", "A  short")}) != digest
    assert story_digest({"cy": CY_TEXT, "en": EN_TEXT + "\n"}) != digest  # the body, to the character


# --- a hand-written sign_off is no sign-off -----------------------------------------------------------------


HAND_WRITTEN = {
    "wrong digest": "sign_off:\n  by: Team manager\n  date: 2026-04-01\n  digest: sha256:" + "0" * 64 + "\n",
    "no digest": "sign_off:\n  by: Team manager\n  date: 2026-04-01\n",
    "not a mapping": "sign_off: yes\n",
    "another hash": "sign_off: {by: Team manager, date: 2026-04-01, digest: 'md5:0'}\n",
}


@pytest.mark.parametrize("record", list(HAND_WRITTEN))
def test_a_hand_written_sign_off_with_a_wrong_digest_is_no_sign_off(library: Path, record: str) -> None:
    write_story(library, cy=CY_TEXT.replace("pseudonyms: [Dai]\n", "pseudonyms: [Dai]\n" + HAND_WRITTEN[record]))
    found, checked = story(library)
    assert found.sign_off is not None and not found.sign_off.valid
    assert exclusion(found, "public", TODAY) is not None
    assert exclusion(found, "intranet", TODAY) is None
    warned = [f for f in checked.findings if f.rule in ("sign-off.lapsed", "sign-off.invalid")]
    assert len(warned) == 1 and not warned[0].is_error
    assert not [f for f in checked.findings if f.is_error]


def test_a_copied_digest_in_both_versions_is_no_sign_off(library: Path) -> None:
    sign(library)
    record = re.search(r"sign_off:\n(?:  .*\n)+", (library / CY_FILE).read_text(encoding="utf-8"))
    assert record is not None
    en = EN_TEXT.replace("summary: A short summary.\n", "summary: A short summary.\n" + record.group())
    (library / EN_FILE).write_text(en, encoding="utf-8")
    found, _ = story(library)
    assert found.sign_off is not None and found.sign_off.problem == "twice"
    assert exclusion(found, "public", TODAY) == "sign-off-lapsed"


# --- the file keeps its formatting ----------------------------------------------------------------------


@pytest.mark.parametrize("form", ["lf", "crlf+bom", "cr"])
def test_sign_off_changes_nothing_in_the_file_but_the_sign_off_block(library: Path, form: str) -> None:
    raw = CY_TEXT.encode("utf-8")
    if form == "crlf+bom":
        raw = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")
    elif form == "cr":
        raw = raw.replace(b"\n", b"\r")
    write_story(library, cy=raw)
    sign(library)
    newline = b"\r\n" if form == "crlf+bom" else b"\r" if form == "cr" else b"\n"
    after = (library / CY_FILE).read_bytes()
    closing = raw.index(newline + b"---" + newline, 4) + len(newline)  # where the block goes: before the closing fence
    assert after[:closing] == raw[:closing]
    block_end = after.index(b"---" + newline, closing)
    assert after[block_end:] == raw[closing:]
    block = after[closing:block_end]
    assert block.startswith(b"sign_off:" + newline)
    lines = block.split(newline)
    assert lines[-1] == b"" and all(b"\n" not in line and b"\r" not in line for line in lines)  # its own line ends
    assert after.startswith(b"\xef\xbb\xbf") == (form == "crlf+bom")
    # Signing again replaces the block, and nothing else.
    sign(library, by="Information governance lead")
    again = (library / CY_FILE).read_bytes()
    assert again[:closing] == raw[:closing]
    assert again[again.index(b"---" + newline, closing) :] == raw[closing:]
    assert b"Information governance lead" in again and b"Team manager" not in again
    assert (library / EN_FILE).read_text(encoding="utf-8") == EN_TEXT


def test_sign_off_keeps_the_file_mode_and_leaves_no_temporary_file(library: Path) -> None:
    path = library / CY_FILE
    path.chmod(0o640)
    sign(library)
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.cy.md", "a.en.md"]


# --- site.yaml ----------------------------------------------------------------------------------------------


def test_sign_off_required_must_name_audiences(make_library: Callable[..., Path]) -> None:
    content = make_library({EN_FILE: story_text()}, site=SITE_YAML + "sign_off_required: [publik]\n")
    checked = check_library(content, "content", today=TODAY)
    assert checked.config is None
    assert any("publik" in f.message and f.is_error for f in checked.findings)


def test_without_sign_off_required_nothing_needs_signing(make_library: Callable[..., Path]) -> None:
    content = make_library({EN_FILE: story_text(scope="[intranet, public]")})
    found = check_library(content, "content", today=TODAY)
    assert exclusion(found.stories[0], "public", TODAY) is None


# --- status ---------------------------------------------------------------------------------------------


def test_status_says_who_signed_off_and_who_waits(library: Path, make_library: Callable[..., Path]) -> None:
    waiting = cli("--iaith", "en", "status", str(library))
    assert "sign-off: waiting for sign-off" in waiting.output
    assert "Waiting for sign-off: 1 story (mm-2026-001)." in waiting.output
    sign(library)
    signed = cli("--iaith", "en", "status", str(library))
    assert "sign-off: signed off by Team manager on 2026-11-22" in signed.output
    assert "Waiting for sign-off: none." in signed.output
    report = json.loads(cli("status", str(library), "--format", "json").output)
    entry = report["stories"][0]["sign_off"]
    assert entry["state"] == "signed-off" and entry["by"] == "Team manager" and entry["date"] == "2026-11-22"
    assert report["waiting_for_sign_off"] == []
    (library / EN_FILE).write_text(EN_TEXT.replace("year.", "year!"), encoding="utf-8")
    report = json.loads(cli("status", str(library), "--format", "json").output)
    entry = report["stories"][0]["sign_off"]
    assert entry["state"] == "lapsed" and entry["changed"] == ["en:body"]
    assert report["waiting_for_sign_off"] == ["mm-2026-001"]
    assert report["stories"][0]["audiences"]["public"]["reason"] == "sign-off-lapsed"
    welsh = cli("--iaith", "cy", "status", str(library))
    assert "cymeradwyaeth: WEDI DOD I BEN" in welsh.output


# --- review ---------------------------------------------------------------------------------------------


def test_possible_identifiers_are_the_kinds_the_check_does_not_block_on() -> None:
    text = (
        "Ffion met Gwenllian at Aberystwyth after her dementia diagnosis on 3 March 1948, "
        "ref 4471, @gwen_ll. Her daughter Sioned came."
    )
    kinds = {text[p.start : p.end]: p.kind for p in possible_identifiers(text)}
    assert kinds["Gwenllian"] == "capitalised"
    assert kinds["Aberystwyth"] == "place-near-condition"
    assert kinds["3 March 1948"] == "date"
    assert kinds["4471"] == "number"
    assert kinds["@gwen_ll"] == "at-word"
    assert kinds["Sioned"] in ("after-kinship", "capitalised")
    assert "Her" not in kinds and "The" not in kinds
    assert possible_identifiers("They went to Aberystwyth on the train.") == []  # a known place, no condition


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_review_shows_every_version_findings_possible_identifiers_and_the_checklist(library: Path, lang: str) -> None:
    write_story(library, en=EN_TEXT.replace("in a year.", "in a year. Call 07700 900123. The Bryncoed choir sang."))
    result = cli("--iaith", lang, "review", str(library), "mm-2026-001")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "content/stories/a.cy.md" in out or "a.cy.md" in out
    assert "a.en.md" in out
    assert "07700 900123" in out and "“Bryncoed”" in out
    assert re.search(r"! 6:\d+ +“07700 900123”", out)  # a finding, marked as one
    assert re.search(r"\? 6:\d+ +“Bryncoed”", out)  # a possible identifier
    if lang == "en":
        assert "motivated intruder" in out and "Not signed off yet." in out
    else:
        assert "tresmaswr penderfynol" in out and "Heb ei chymeradwyo eto." in out


def test_review_of_an_unknown_story_fails_plainly(library: Path) -> None:
    result = cli("--iaith", "en", "review", str(library), "mm-2099-001")
    assert result.exit_code == 1 and "There is no story with the id `mm-2099-001`" in result.output


# --- the transcript: review → sign-off → edit → lapsed, in the example library -------------------------------


def all_text(out: Path) -> str:
    """Every file of the site as text, Pagefind's compressed files (fragments included) decompressed."""
    parts = []
    for path in sorted(out.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            parts.append((gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8", "replace"))
    return "\n".join(parts)


def fragments(out: Path) -> str:
    return "\n".join(gzip.decompress(p.read_bytes()).decode() for p in (out / "pagefind" / "fragment").glob("*"))


# Two stories of the example library meant for `public`: one left unsigned, one lapsed by an edit.
UNSIGNED = ("mm-2024-003", "stories/magic-moments/back-in-the-garden.cy.md", ["Back in the garden", "Yn ôl yn yr ardd"])
LAPSED = (
    "msc-2025-006",  # in the spring panel's considered stories: its panel page and pack too
    "stories/msc-stories/welsh-as-a-need.cy.md",
    [],
)


@pytest.fixture(scope="module")
def example_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The example library with one public story unsigned and one lapsed, built for public and for intranet."""
    root = tmp_path_factory.mktemp("signed")
    content = root / "content"
    shutil.copytree(EXAMPLE, content)
    unsigned = content / UNSIGNED[1]
    text = unsigned.read_text(encoding="utf-8")
    unsigned.write_text(re.sub(r"sign_off:\n(?:  .*\n)+", "", text), encoding="utf-8")
    lapsed = content / LAPSED[1]
    text = lapsed.read_text(encoding="utf-8")
    lapsed.write_text(text.replace("Menna, rheolwr cartref gofal", "Menna, rheolwraig cartref gofal"), encoding="utf-8")
    titles = {}
    for story_id in (UNSIGNED[0], LAPSED[0]):
        checked = check_library(content, "content", today=TODAY)
        found = next(s for s in checked.stories if s.id == story_id)
        titles[story_id] = [v.title for v in found.versions.values() if v.title]
    builds = {}
    for audience in ("public", "intranet"):
        out = root / audience / "_site"
        result = build_site(content, "content", out, audience=audience, today=TODAY)
        assert result.out == out, [f for f in result.library.findings if f.is_error]
        builds[audience] = (result, all_text(out), fragments(out), out)
    return {"builds": builds, "titles": titles}


@pytest.mark.parametrize("which", [UNSIGNED, LAPSED], ids=["unsigned", "lapsed"])
def test_a_public_build_leaves_an_unsigned_or_lapsed_story_out_of_every_output(
    example_builds: dict, which: tuple
) -> None:
    story_id = which[0]
    titles = example_builds["titles"][story_id]
    assert titles
    public, public_text, public_fragments, public_out = example_builds["builds"]["public"]
    assert public.excluded[story_id] == ("unsigned" if which is UNSIGNED else "sign-off-lapsed")
    assert story_id not in public.published
    for needle in [story_id, *titles]:
        assert needle not in public_text, needle  # pages, listings, feeds, sitemap, panel pages and packs
        assert needle not in public_fragments, needle  # the search index, decompressed
    assert not (public_out / "en" / "stories" / story_id).exists()
    intranet, intranet_text, intranet_fragments, intranet_out = example_builds["builds"]["intranet"]
    assert story_id in intranet.published
    for needle in [story_id, *titles]:
        assert needle in intranet_text, needle
    assert any(t in intranet_fragments for t in titles)
    assert (intranet_out / "en" / "stories" / story_id / "index.html").is_file() or (
        intranet_out / "cy" / "stories" / story_id / "index.html"
    ).is_file()


def test_the_public_overview_counts_only_signed_off_stories(example_builds: dict) -> None:
    public, _, _, out = example_builds["builds"]["public"]
    count = len(public.published)
    assert UNSIGNED[0] not in public.published and LAPSED[0] not in public.published
    overview = (out / "en" / "overview" / "index.html").read_text(encoding="utf-8")
    assert re.search(rf"\b{count} (?:published )?stor", overview), "the overview's total is the published count"


def test_the_example_library_signs_off_every_story_meant_for_public() -> None:
    checked = check_library(EXAMPLE, "content", today=TODAY)
    assert checked.config is not None and checked.config.sign_off_required == ("public",)
    meant = [s for s in checked.stories if s.consent is not None and "public" in s.consent.scope]
    assert meant
    for found in meant:
        assert found.sign_off is not None and found.sign_off.valid, found.id


def test_a_rebuild_with_the_cache_drops_a_story_whose_sign_off_lapsed(library: Path, tmp_path: Path) -> None:
    sign(library)
    out = tmp_path / "public" / "_site"
    first = build_site(library, "content", out, audience="public", today=TODAY)
    assert first.published == ["mm-2026-001"] and (out / "en" / "stories" / "mm-2026-001" / "index.html").is_file()
    (library / EN_FILE).write_text(EN_TEXT.replace("in a year.", "in a year!"), encoding="utf-8")
    again = build_site(library, "content", out, audience="public", today=TODAY)
    assert again.published == [] and again.excluded == {"mm-2026-001": "sign-off-lapsed"}
    assert not (out / "en" / "stories" / "mm-2026-001").exists()
    assert "Back in the garden" not in all_text(out)
