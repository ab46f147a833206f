"""Welsh on the command line (issue 18, item 6): help, init, new, serve's lines, errors and suggestions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, TODAY, story_text

from storysite.check.library import check_library
from storysite.cli import WELSH_TYPES, main
from storysite.i18n.command_line import CLICK_WORDS

COMMANDS = ["check", "build", "serve", "init", "new", "status"]
ENGLISH_HELP = ("Show this message and exit.", "Usage:", "Options:", "Run every check", "Where to write the site.")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env, prog_name="storysite")
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [None, *COMMANDS])
@pytest.mark.parametrize("how", ["--iaith", "--messages-lang", "locale"])
def test_help_is_welsh_under_iaith_cy(command: str | None, how: str) -> None:
    args = [*([] if how == "locale" else [how, "cy"]), *([command] if command else []), "--help"]
    code, out = run(*args, env={"LANG": "cy_GB.UTF-8", "LC_ALL": ""} if how == "locale" else {"LC_ALL": "C"})
    assert code == 0, out
    assert out.startswith("Defnydd: storysite"), out
    assert "Opsiynau:" in out and "Dangos y neges hon a gadael." in out
    assert not any(words in out for words in ENGLISH_HELP), out
    if command is None:
        assert "Gorchmynion:" in out and "Rhedeg pob gwiriad" in out


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_stays_english_under_iaith_en_even_in_a_welsh_locale(command: str | None) -> None:
    code, out = run("--iaith", "en", *([command] if command else []), "--help", env={"LC_ALL": "cy_GB.UTF-8"})
    assert code == 0 and out.startswith("Usage: storysite") and "Show this message and exit." in out, out
    assert "Defnydd" not in out and "Dangos" not in out


def test_every_option_and_command_has_welsh_help() -> None:
    """No help text falls back to English: each is in the Welsh catalog (a new option without Welsh fails here)."""
    from storysite.i18n.catalogs import translations

    welsh = translations("cy")
    texts = [main.help, *(p.help for p in main.params if p.help)]
    for command in main.commands.values():
        texts.append(command.help)
        texts.extend(p.help for p in command.params if getattr(p, "help", None))
    texts.extend(CLICK_WORDS)
    untranslated = [t for t in texts if t and welsh.gettext(str(t)) == str(t)]
    assert not untranslated, untranslated


def test_usage_errors_are_welsh(tmp_path: Path) -> None:
    code, out = run("--iaith", "cy", "new", "--type", "moment-hud")
    assert code == 2 and "Gwall: Mae dadl ar goll" in out and "Rhowch gynnig ar" in out, out
    code, out = run("--iaith", "cy", "check", str(tmp_path / "nowhere"))
    assert code == 2 and "Does dim ffolder cynnwys yn" in out, out
    code, out = run("--iaith", "cy", "chek")
    assert code == 2 and "Does dim gorchymyn o’r enw 'chek'." in out, out
    code, out = run("--iaith", "cy", "new", "--type", "stori-hir", "Teitl")
    assert code == 2 and "Nid yw 'stori-hir' yn un o 'magic-moment'" in out and "is not one of" not in out, out
    code, out = run("--iaith", "en", "new", "--type", "stori-hir", "Teitl")
    assert code == 2 and "'stori-hir' is not one of 'magic-moment'" in out, out


def test_init_and_new_speak_welsh(tmp_path: Path) -> None:
    code, out = run("--iaith", "cy", "init", str(tmp_path / "lib"))
    assert code == 0, out
    assert "Gwnaed llyfrgell straeon newydd yn" in out and "Nesaf: cd " in out
    assert "Made a new" not in out and "Next:" not in out
    code, out = run("--iaith", "cy", "init", str(tmp_path / "lib"))
    assert code == 1 and "Gwall: Mae llyfrgell yn" in out and "ni fydd storysite init" in out, out
    content = str(tmp_path / "lib" / "content")
    code, out = run("--iaith", "cy", "new", "--content", content, "--type", "astudiaeth-achos", "Yn ôl yn yr ardd")
    assert code == 0, out
    assert "Ysgrifennwyd " in out and "Cymerwyd mai Cymraeg yw’r teitl" in out and "Mae’r caniatâd yn `pending`" in out
    assert "Wrote" not in out and "Fill in" not in out
    code, out = run("--iaith", "cy", "new", "--content", content, "--type", "astudiaeth-achos", "Yn ôl yn yr ardd")
    assert code == 0  # a second story with the same title gets the next id
    code, out = run("--iaith", "cy", "new", "--content", content, "--type", "moment-hud", "  ")
    assert code == 1 and "Rhowch deitl i’r stori" in out, out


@pytest.mark.parametrize(("welsh", "english"), sorted(WELSH_TYPES.items()))
@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_type_takes_welsh_names(tmp_path: Path, welsh: str, english: str, case: Callable[[str], str]) -> None:
    assert run("init", str(tmp_path / "lib"))[0] == 0
    content = tmp_path / "lib" / "content"
    code, out = run("new", "--content", str(content), "--type", case(welsh), "--lang", "cy", "Stori newydd")
    assert code == 0, out
    (made,) = [p for p in (content / "stories").rglob("*.cy.md") if "newydd" in p.name]
    assert f"\ntype: {english}\n" in made.read_text(encoding="utf-8")


def test_the_welsh_type_names_are_documented_in_both_guides() -> None:
    for guide in ("docs/practitioners.md", "docs/ymarferwyr.md"):
        text = (REPO / guide).read_text(encoding="utf-8")
        for name in WELSH_TYPES:
            assert f"`{name}`" in text, (guide, name)


WELSH_LABELS = [
    # (field, value written, key suggested): words from the site.yaml labels, in Welsh and in English
    ("wellbeing", "iechyd", "health"),
    ("wellbeing", "Iechyd", "health"),
    ("wellbeing", "addysg", "education"),
    ("wellbeing", "perthnasoedd", "relationships"),
    ("wellbeing", "llety", "accommodation"),
    ("wellbeing", "hawliau", "rights"),
    ("wellbeing", "amddiffyn", "protection"),
    ("wellbeing", "Cyfraniad", "contribution"),
    ("wellbeing", "Suitability of living accommodation", "accommodation"),
    ("wellbeing", "iechid", "health"),
    ("themes", "caredigrwydd", "kindness"),
    ("themes", "Grym stori", "story"),
    ("themes", "deialog", "dialogue"),
]


@pytest.mark.parametrize(("field", "value", "key"), WELSH_LABELS)
def test_a_welsh_label_suggests_its_key(make_library: Callable[..., Path], field: str, value: str, key: str) -> None:
    site = (REPO / "storysite" / "authoring" / "starter" / "site.yaml").read_text(encoding="utf-8")
    text = story_text()
    text = text.replace(
        "wellbeing: [health]", f'wellbeing: ["{value}"]' if field == "wellbeing" else "wellbeing: [health]"
    )
    text = text.replace("themes: [kindness]", f'themes: ["{value}"]' if field == "themes" else "themes: [kindness]")
    content = make_library({"stories/a.en.md": text}, site=site)
    found = [f for f in check_library(content, "content", today=TODAY).findings if f.rule == "schema.unknown-key"]
    assert len(found) == 1, found
    assert f"Did you mean `{key}`" in found[0].message, found[0].message
    code, out = run("--iaith", "cy", "check", str(content))
    assert f"Oeddech chi’n golygu `{key}`" in out, out


def test_a_word_in_several_labels_suggests_none(make_library: Callable[..., Path]) -> None:
    site = (REPO / "storysite" / "authoring" / "starter" / "site.yaml").read_text(encoding="utf-8")
    text = story_text().replace("wellbeing: [health]", "wellbeing: [wellbeing]")  # in two areas' labels, first in none
    content = make_library({"stories/a.en.md": text}, site=site)
    (found,) = [f for f in check_library(content, "content", today=TODAY).findings if f.rule == "schema.unknown-key"]
    assert "Did you mean" not in found.message


def test_serve_status_lines_are_welsh(tmp_path: Path) -> None:
    """serve prints its lines in the chosen language: started as a user starts it, stopped once it serves."""
    assert run("init", str(tmp_path / "lib"))[0] == 0
    content = tmp_path / "lib" / "content"
    story = next((content / "stories").rglob("*.en.md"))
    story.write_text(story.read_text(encoding="utf-8").replace("type: magic-moment", "type: [magic"), "utf-8")
    command = [sys.executable, "-m", "storysite", "--iaith", "cy", "serve", str(content), "--port", "0"]
    command += ["--out", str(tmp_path / "preview")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith(("Yn gweini ar", "Serving on")):
                break
    finally:
        process.terminate()
        process.wait(timeout=30)
    out = "".join(lines)
    assert "Methodd yr adeiladu: bydd y porwr yn dangos y problemau hyn" in out, out
    assert re.search(r"Yn gweini ar http://127\.0\.0\.1:\d+/ \(pwyswch Ctrl\+C i stopio\)\. Yn gwylio: ", out), out
    assert "Serving on" not in out and "The build failed" not in out


def test_serve_built_line_is_welsh_with_plurals(make_library: Callable[..., Path], tmp_path: Path) -> None:
    from storysite.output.in_place import InPlaceWriter
    from storysite.serve.watch import rebuild

    class Shown:
        token, generation, page = "t", 0, None

        def publish(self, page: bytes | None) -> None:
            self.page = page

    class NoIndex:
        def request(self) -> None:
            pass

    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy")})
    capture = CliRunner()
    with capture.isolation() as (out, *_):
        writer = InPlaceWriter(tmp_path / "preview")
        assert rebuild(content, "content", "intranet", Shown(), NoIndex(), writer, "cy")  # type: ignore[arg-type]
        assert rebuild(content, "content", "intranet", Shown(), NoIndex(), writer, "en")  # type: ignore[arg-type]
    printed = out.getvalue().decode()
    assert re.search(
        r"^Adeiladwyd 1 stori mewn [\d.]+ eiliad \(\d+ ffeil wedi’u hysgrifennu, 0 wedi’u dileu\)", printed, re.M
    )
    assert re.search(r"^Built 1 story in [\d.]+ s \(0 files written, 0 removed\)", printed, re.M), printed


def test_check_json_names_every_welsh_message(make_library: Callable[..., Path]) -> None:
    """Under --iaith cy the JSON `message` is Welsh for the findings of this defect list."""
    text = story_text(status="yes").replace("wellbeing: [health]", "wellbeing: [iechyd]")
    content = make_library({"stories/a.en.md": text})
    code, out = run("--iaith", "cy", "check", str(content), "--format", "json")
    messages = [f["message"] for f in json.loads(out)["findings"]]
    assert any(m.startswith("Does dim statws caniatâd o’r enw `yes`") for m in messages), messages
