"""End to end: a story hiding a name and a phone number behind invisible characters fails the build.

Pagefind strips zero-width characters, so the search index would have held "John Pritchard" in plain
letters (issue 22, item 1). Nothing of the story may reach any output, the search index included.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from click.testing import CliRunner
from conftest import TODAY, story_text

from storysite.build import build_site
from storysite.cli import main

HIDDEN = "She visited J\u200bohn Pritchard and rang him on 07700\u200b900123 about the garden."
LEAKS = ("Pritchard", "900123", "07700", "about the garden")


def _every_file(folder: Path) -> str:
    """Every file under FOLDER as text, Pagefind's compressed files decompressed."""
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            parts.append(data.decode("utf-8", "replace").replace("\u200b", ""))
    return "\n".join(parts)


def _library(make_library, *, hidden: bool) -> Path:
    files = {"stories/a.en.md": story_text("mm-2026-001", body="Dai grew sweet peas by the greenhouse door.")}
    if hidden:
        files["stories/b.en.md"] = story_text("mm-2026-002", title="A call about the garden", body=HIDDEN)
    return make_library(files)


def test_hidden_details_fail_the_build_and_nothing_is_written(make_library, tmp_path: Path) -> None:
    content = _library(make_library, hidden=True)
    out = tmp_path / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is None
    found = {(f.category, f.text) for f in result.library.findings if f.is_error}
    assert {("person-name", "J\u200bohn Pritchard"), ("phone", "07700\u200b900123")} <= found
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["content"]  # no staging folder or spare left either


def test_a_site_already_built_keeps_its_pages_and_index_unchanged(make_library, tmp_path: Path) -> None:
    content = _library(make_library, hidden=False)
    out = tmp_path / "site"
    assert build_site(content, "content", out, today=TODAY).out == out
    assert (out / "pagefind").is_dir()
    before = _every_file(out)
    assert "sweet peas" in before
    (content / "stories" / "b.en.md").write_text(
        story_text("mm-2026-002", title="A call about the garden", body=HIDDEN), encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(content), "--out", str(out)], env={"LANG": "C.UTF-8", "LC_ALL": ""})
    assert result.exit_code == 1, result.output
    assert "“J[U+200B]ohn Pritchard” looks like a real person's name." in result.output
    assert "“07700[U+200B]900123” looks like a phone number." in result.output
    after = _every_file(out)
    assert after == before
    assert not any(leak in after for leak in LEAKS)
    assert "mm-2026-002" not in after
