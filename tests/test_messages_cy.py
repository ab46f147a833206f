"""Welsh is never second: every finding and summary `check` prints can be read in Welsh, and English is unchanged."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from click.testing import CliRunner
from conftest import REPO, SITE_YAML, TODAY, story_text
from test_check import CASES
from test_panels import BAD, PANEL, STORIES
from test_privacy import MUST_FIND

from storysite.check.library import check_library
from storysite.cli import main
from storysite.findings import Finding, format_text
from storysite.i18n.messages import Message, in_language, language_from_environment, msg, nmsg
from storysite.privacy import scan_text
from storysite.serve.error_page import error_page

CASE_STUDY = story_text(story_type="case-study", extra="impact: []\n")
MSC = story_text(story_type="msc-story")
BROKEN_SITES = {
    "site unknown key": SITE_YAML + "titel: x\n",
    "site no audiences": SITE_YAML.split("audiences:")[0],
    "site bad wellbeing": SITE_YAML + "wellbeing:\n  helth: {cy: Iechyd, en: Health}\n",
    "site label without Welsh": SITE_YAML.replace('title: {cy: "Llyfrgell straeon prawf", ', "title: {"),
    "site bad page size": SITE_YAML.replace("page_size: 2", "page_size: 0"),
    "site bad key": SITE_YAML.replace("  kindness:", "  Kind_ness:"),
    "site not a mapping": "- a\n- b\n",
}
MORE_STORIES: dict[str, dict[str, str]] = {
    "case study missing outcome and sections": {"stories/a.en.md": CASE_STUDY},
    "msc story missing domain and why": {"stories/a.en.md": MSC},
    "impact on a magic moment": {"stories/a.en.md": story_text(extra="impact:\n  - outcome: Less lonely\n")},
    "placeholder": {"stories/a.en.md": story_text().replace("A short summary.", "'TODO: one or two sentences'")},
    "placeholder outcome": {"stories/a.en.md": story_text(extra="outcome: 'TODO: positive, mixed'\n")},
    "withdrawn without date": {"stories/a.en.md": story_text(consent="consent:\n  status: withdrawn\n")},
    "review before consent": {
        "stories/a.en.md": story_text(
            consent="consent:\n  status: given\n  date: 2026-03-20\n  scope: [intranet]\n  review: 2026-01-01\n"
        )
    },
    "pending withdrawn overdue": {
        "stories/a.en.md": story_text(status="pending"),
        "stories/b.en.md": story_text("mm-2026-002", status="withdrawn"),
        "stories/c.en.md": story_text(
            "mm-2026-003",
            consent="consent:\n  status: given\n  date: 2025-03-20\n  scope: [intranet]\n  review: 2025-09-01\n",
        ),
    },
    "repeated, empty and wrong lists": {
        "stories/a.en.md": story_text()
        .replace("[health]", "[health, health]")
        .replace("themes: [kindness]", "themes: x"),
        "stories/b.en.md": story_text("mm-2026-002").replace("[health]", "[]"),
        "stories/c.en.md": story_text("mm-2026-003", extra="pseudonyms2: x\nallow: 3\n"),
    },
    "no type, date or wellbeing": {
        "stories/a.en.md": "---\nid: mm-2026-001\ntitle: x\nsummary: y\npseudonyms: [Dai]\n---\nDai went out.\n"
    },
    "disagreeing and duplicate versions": {
        "stories/a.en.md": story_text(),
        "stories/a.cy.md": story_text(lang="cy", date="2026-04-01"),
        "stories/b.en.md": story_text(),
    },
    "not a mapping, unclosed, empty": {
        "stories/a.en.md": "---\n---\nbody\n",
        "stories/b.en.md": "---\nid: a\n",
        "stories/c.en.md": "",
        "stories/d.en.md": b"\x00\x01",
        "stories/e.en.md": story_text().encode() + b"caf\xe9\n",
    },
    "unknown panel story": {**STORIES, "panels/spring.yaml": PANEL.replace("msc-2026-002\n", "msc-2026-009\n")},
    "panel with a pending story": {**STORIES, "panels/spring.yaml": PANEL},
}


def _write(content: Path, files: dict[str, str | bytes], site: str) -> Path:
    content.mkdir(parents=True)
    (content / "site.yaml").write_text(site, encoding="utf-8")
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return content


def _libraries() -> Iterator[tuple[str, dict[str, str | bytes], str]]:
    """Every fault the test suite knows, each in a library of its own."""
    for name, text, *_ in CASES:
        files: dict[str, str | bytes] = (
            {"stories/a.en.md": text} if text is not None else {"stories/a.md": story_text()}
        )
        yield name, files, SITE_YAML
    for name, text, *_ in BAD:
        yield f"panel {name}", {**STORIES, "panels/spring.yaml": text}, SITE_YAML
    for name, site in BROKEN_SITES.items():
        yield name, {"stories/a.en.md": story_text()}, site
    for name, more in MORE_STORIES.items():
        yield name, dict(more), SITE_YAML


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    """The findings of every faulty library, with identifying details from the detector's own cases."""
    found: list[Finding] = []
    root = tmp_path_factory.mktemp("faults")
    for number, (_name, files, site) in enumerate(_libraries()):
        content = _write(root / str(number) / "content", files, site)
        found.extend(check_library(content, "content", today=TODAY).findings)
        found.extend(check_library(content, "content", today=TODAY, audience="public").findings)
    missing_site = root / "missing" / "content"
    missing_site.mkdir(parents=True)
    found.extend(check_library(missing_site, "content", today=TODAY).findings)
    found.extend(check_library(_write(root / "aud" / "content", {}, SITE_YAML), "content", audience="nobody").findings)
    for text, lang, *_ in MUST_FIND:
        for detection in scan_text(text, lang):
            found.append(Finding("x.md", 1, 1, 1, detection.category, "error", detection.rule, detection.message))
    return found


def welsh_catalog() -> Catalog:
    with (REPO / "locales" / "cy" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale="cy")


def templates(message: Message) -> Iterator[Message]:
    """The message and every Message among its arguments."""
    yield message
    for value in message.args.values():
        if isinstance(value, Message):
            yield from templates(value)


def test_the_faults_cover_many_rules(findings: list[Finding]) -> None:
    rules = {f.rule for f in findings}
    assert len(rules) >= 60, sorted(rules)
    assert {"yaml.syntax", "consent.pending", "panel.unpublished-story", "privacy.phone", "site.audience"} <= rules


def test_every_finding_has_a_welsh_message(findings: list[Finding]) -> None:
    catalog = welsh_catalog()
    english_only = []
    for finding in findings:
        assert isinstance(finding.message, Message), (finding.rule, finding.message)
        for part in templates(finding.message):
            key = (part.template, part.plural) if part.plural is not None else part.template
            entry = catalog.get(key)
            forms = entry.string if entry is not None and isinstance(entry.string, tuple) else [entry and entry.string]
            assert entry is not None and all(forms), f"no Welsh for {key!r} ({finding.rule})"
        if finding.message_in("cy") == str(finding.message):
            english_only.append((finding.rule, str(finding.message)))
    assert not english_only, english_only[:5]


def test_welsh_keeps_placeholders_backticks_and_field_names() -> None:
    """A translation fills in the same {fields} and keeps every `code` span as the English has it."""
    fields = re.compile(r"\{(\w+)\}")
    for entry in welsh_catalog():
        if not entry.id or "%(" in str(entry.id):
            continue
        english = entry.id if isinstance(entry.id, str) else entry.id[1]
        for welsh in entry.string if isinstance(entry.string, tuple) else [entry.string]:
            named = set(fields.findall(english)) - {"n"}
            assert named <= set(fields.findall(welsh)), (english, welsh)
            codes = {c for c in re.findall(r"`([^`]*)`", english) if "{" in c or "_" in c or ":" in c}
            assert codes <= set(re.findall(r"`([^`]*)`", welsh.replace("BBBB", "YYYY"))), (english, welsh)


def test_six_welsh_forms_for_counts() -> None:
    errors = [in_language(nmsg("{n} error", "{n} errors", n), "cy") for n in (0, 1, 2, 3, 6, 7)]
    assert errors == ["dim gwallau", "1 gwall", "2 gwall", "3 gwall", "6 gwall", "7 gwall"]
    assert [str(nmsg("{n} error", "{n} errors", n)) for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]


def test_message_pickles_with_its_template_and_arguments() -> None:
    message = msg("`{name}` is required ({hint}).", name="type", hint=msg("story type"))
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again == message == "`type` is required (story type)."
    assert again.template == "`{name}` is required ({hint})." and again.args["name"] == "type"
    assert isinstance(again.args["hint"], Message) and again.args["hint"].template == "story type"
    counted = pickle.loads(pickle.dumps(nmsg("{n} error", "{n} errors", 3)))
    assert (counted, counted.plural, counted.number) == ("3 errors", "{n} errors", 3)
    finding = Finding("a.md", 1, 2, 3, "schema", "error", "schema.required", message)
    assert pickle.loads(pickle.dumps(finding)).message.template == message.template


def library(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "content",
        {
            "stories/a.en.md": story_text(story_type="magic", extra="titel: x\n"),
            "stories/b.en.md": story_text("b"),
            "stories/c.en.md": story_text("c", status="pending"),
        },
        SITE_YAML,
    )


def run(tmp_path: Path, args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    runner = CliRunner()
    environment = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""} | (env or {})
    result = runner.invoke(main, [*args, str(tmp_path / "content")], env=environment, catch_exceptions=False)
    return result.exit_code, result.output


def locations(output: str) -> list[tuple[str, str]]:
    """Each finding line's file:line:col and [rule]."""
    return re.findall(r"^(\S+:\d+:\d+): .* (\[[\w.-]+\])$", output, re.MULTILINE)


def test_check_in_welsh_keeps_file_line_column_and_rule(tmp_path: Path) -> None:
    library(tmp_path)
    code_en, english = run(tmp_path, ["check"])
    code_cy, welsh = run(tmp_path, ["--iaith", "cy", "check"])
    assert code_en == code_cy == 1
    assert locations(welsh) == locations(english) and len(locations(english)) >= 3
    assert "gwall: Nid yw `titel` yn un o feysydd stori. Oeddech chi’n golygu `title`? [schema.unknown-field]" in welsh
    assert "Does dim math o stori o’r enw `magic`" in welsh
    assert "Gwiriwyd 3 ffeil stori: 2 gwall, 1 rhybudd." in welsh
    assert "Straeon a fyddai’n cael eu cyhoeddi: 1 i `intranet`, 0 i `public`." in welsh
    assert "Unknown field" not in welsh and "story files checked" not in welsh


def test_a_welsh_locale_chooses_welsh_and_the_option_wins(tmp_path: Path) -> None:
    library(tmp_path)
    assert "Gwiriwyd 3 ffeil stori" in run(tmp_path, ["check"], {"LANG": "cy_GB.UTF-8"})[1]
    assert "Gwiriwyd 3 ffeil stori" in run(tmp_path, ["check"], {"LANG": "en_GB.UTF-8", "LC_ALL": "cy_GB.UTF-8"})[1]
    assert "3 story files checked" in run(tmp_path, ["--iaith", "en", "check"], {"LANG": "cy_GB.UTF-8"})[1]
    assert language_from_environment({"LC_MESSAGES": "cy_GB", "LANG": "en_GB"}) == "cy"
    assert language_from_environment({"LANG": "C.UTF-8"}) == language_from_environment({}) == "en"


def test_english_output_is_unchanged(tmp_path: Path) -> None:
    library(tmp_path)
    _, output = run(tmp_path, ["check"])
    path = tmp_path / "content" / "stories" / "a.en.md"
    assert (
        f"{path}:14:1: error: Unknown field `titel` in a story's front matter. "
        "Did you mean `title`? [schema.unknown-field]" in output
    )
    assert "3 story files checked: 2 errors, 1 warning." in output
    assert "Stories that would be published: 1 to `intranet`, 0 to `public`." in output
    for finding in check_library(tmp_path / "content", "content", today=TODAY).findings:
        assert format_text(finding) == format_text(finding, "en")
        assert finding.message_in("en") == str(finding.message)


def test_json_keeps_its_keys_and_speaks_the_chosen_language(tmp_path: Path) -> None:
    library(tmp_path)
    english = json.loads(run(tmp_path, ["check", "--format", "json"])[1])
    welsh = json.loads(run(tmp_path, ["--iaith", "cy", "check", "--format", "json"])[1])
    assert english.keys() == welsh.keys() and english["summary"] == welsh["summary"]
    for en, cy in zip(english["findings"], welsh["findings"], strict=True):
        assert en.keys() == cy.keys()
        assert {k: v for k, v in en.items() if k != "message"} == {k: v for k, v in cy.items() if k != "message"}
        assert en["message"] != cy["message"] and cy["severity"] in ("error", "warning")


def test_build_summary_in_welsh(tmp_path: Path) -> None:
    library(tmp_path)
    code, output = run(tmp_path, ["--iaith", "cy", "build", "--out", str(tmp_path / "site")])
    assert code == 1
    assert "Ni ysgrifennwyd dim: cywirwch y gwallau uchod ac adeiladwch eto." in output


def test_the_serve_error_page_shows_each_finding_in_welsh_then_english(tmp_path: Path) -> None:
    findings = check_library(library(tmp_path), "content", today=TODAY).findings
    page = error_page(findings, [msg("site.yaml could not be read: run `storysite check` to see why.")], None, "1")
    html = page.decode("utf-8")
    welsh = html.index('<span lang="cy" class="message">Nid yw `titel` yn un o feysydd stori.')
    english = html.index('<span lang="en" class="message">Unknown field `titel` in a story')
    assert welsh < english
    assert "Nid oedd modd darllen site.yaml" in html and "Saesneg" not in html


def test_status_in_welsh(tmp_path: Path) -> None:
    library(tmp_path)
    code, welsh = run(tmp_path, ["--iaith", "cy", "status"])
    _, english = run(tmp_path, ["status"])
    assert code == 0
    assert "Cyfansymiau: intranet: 1 wedi’u cyhoeddi" in welsh and "  caniatâd: pending" in welsh
    assert "Totals: intranet: 1 published" in english and "Totals" not in welsh
