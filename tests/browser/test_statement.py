"""The accessibility statement carries what the Public Sector Bodies Accessibility Regulations 2018 ask for:
compliance status, contact details, the enforcement procedure, and when it was prepared and last reviewed."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from conftest import SITE_YAML, TODAY, story_text

from storysite.build import build_site

ACCESSIBILITY = """\
accessibility:
  compliance: full
  email: hygyrchedd@prawf.example
  phone: "01632 960 001"
  prepared: 2026-09-01
  reviewed: 2026-11-16
"""


def statement(out: Path, lang: str) -> str:
    text = (out / lang / "accessibility" / "index.html").read_text(encoding="utf-8")
    main = text.split('id="main"', 1)[1].split("</main>", 1)[0]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def build(make_library, tmp_path: Path, site: str) -> Path:
    content = make_library({"stories/a.en.md": story_text()}, site=site)
    out = tmp_path / "_site"
    assert build_site(content, "content", out, audience="intranet", today=TODAY).out == out
    return out


def test_the_statement_shows_what_site_yaml_gives(make_library, tmp_path: Path) -> None:
    out = build(make_library, tmp_path, SITE_YAML + ACCESSIBILITY)
    english, welsh = statement(out, "en"), statement(out, "cy")
    assert "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA" in english
    assert "Mae’r wefan hon yn cydymffurfio’n llawn" in welsh
    for text in (english, welsh):
        assert "hygyrchedd@prawf.example" in text and "01632 960 001" in text
        assert "Equality and Human Rights Commission" in text or "Comisiwn Cydraddoldeb a Hawliau Dynol" in text
        assert "Equality Advisory and Support Service" in text or "Gwasanaeth Cynghori a Chymorth" in text
    assert "prepared on 1 September 2026" in english and "last reviewed on 16 November 2026" in english
    assert "Paratowyd y datganiad hwn ar 1 Medi 2026" in welsh and "16 Tachwedd 2026" in welsh


def test_without_the_settings_it_says_whom_to_ask(make_library, tmp_path: Path) -> None:
    out = build(make_library, tmp_path, SITE_YAML)
    english, welsh = statement(out, "en"), statement(out, "cy")
    assert "contact the site’s owner, Test Council" in english
    assert "Test Council has not yet stated how far this website complies" in english
    assert "cysylltwch â pherchennog y wefan, Cyngor Prawf" in welsh
    today = dt.date.today()
    assert f"generated on {today.day} " in english and str(today.year) in english
    assert "Email" not in english and "prepared on" not in english


def test_a_wrong_setting_is_a_finding(make_library, tmp_path: Path) -> None:
    content = make_library(
        {"stories/a.en.md": story_text()}, site=SITE_YAML + "accessibility:\n  compliance: mostly\n  prepared: soon\n"
    )
    result = build_site(content, "content", tmp_path / "_site", audience="intranet", today=TODAY)
    assert result.out is None
    found = {(f.rule, f.line) for f in result.library.findings if f.is_error}
    lines = SITE_YAML.count("\n")
    assert ("schema.unknown-key", lines + 2) in found and ("schema.date", lines + 3) in found, found


def test_the_example_statement(example_site: Path) -> None:
    english = statement(example_site, "en")
    assert "partially compliant" in english and "hygyrchedd@gaerwen.example" in english
    assert "prepared on 1 September 2026" in english
