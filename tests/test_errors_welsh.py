"""The program's own failures speak Welsh under --iaith cy (issue 18, item 6): every StorysiteError is a Message.

Each failure is made for real, by `python -m storysite --iaith cy build ...` in a process of its own,
and must print the Welsh sentence (never the English one), exit 1 and show no traceback.
"""

from __future__ import annotations

import ast
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, story_text

from storysite.content.load import RACY_NS

ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # only --iaith makes it Welsh


def build(content: Path, out: Path, *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "storysite", "--iaith", "cy", "build", str(content), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True, env=env or ENV, timeout=300, check=False)


def assert_welsh_failure(done: subprocess.CompletedProcess[str], welsh: str, english: str) -> None:
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "Traceback" not in said, said
    assert welsh in said, said
    assert "Gwall:" in said and "Error:" not in said, said
    assert english not in said, said


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    return make_library({"stories/mm-2026-001.en.md": story_text(), "stories/mm-2026-001.cy.md": story_text(lang="cy")})


def test_an_out_that_is_a_file(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "site.txt"
    out.write_text("not a folder\n", encoding="utf-8")
    done = build(library, out)
    assert_welsh_failure(done, f"Gwall: Ffeil yw {out}, nid ffolder: dewiswch --out arall.", "is a file, not a folder")
    assert out.read_text(encoding="utf-8") == "not a folder\n"


def test_an_out_that_storysite_did_not_make(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "papers"
    out.mkdir()
    (out / "minutes.docx").write_text("keep me\n", encoding="utf-8")
    done = build(library, out)
    assert_welsh_failure(
        done,
        f"Gwall: Nid yw {out} yn wag, ac nid storysite a’i wnaeth: dewiswch --out arall, neu gwagiwch ef yn gyntaf.",
        "was not made by storysite",
    )
    assert sorted(p.name for p in out.iterdir()) == ["minutes.docx"]


def theme_file(library: Path, name: str, text: str) -> None:
    """A file in the library's own copy of the default theme, which overrides the built-in one."""
    path = library.parent / "themes" / "default" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_template_that_does_not_parse(library: Path, tmp_path: Path) -> None:
    theme_file(library, "templates/story.html", "{% extends 'base.html' %}\n{% block content %}\n{{ story.title \n")
    done = build(library, tmp_path / "_site")
    assert_welsh_failure(done, ": mae gwall mewn templed yn y thema: ", "the theme has a template error")
    assert "story.html:" in done.stderr, done.stderr  # says which file, and its line
    assert not (tmp_path / "_site").exists()


def test_a_template_that_fails_while_rendering(library: Path, tmp_path: Path) -> None:
    theme_file(library, "templates/story.html", "{% include 'partials/no-such-partial.html' %}\n")
    done = build(library, tmp_path / "_site")
    assert_welsh_failure(done, "Gwall: Nid oedd modd i’r thema lunio tudalen: ", "The theme could not render a page")
    assert "no-such-partial.html" in done.stderr, done.stderr
    assert not (tmp_path / "_site").exists()


def shadow_pagefind(tmp_path: Path, body: str) -> dict[str, str]:
    """An environment whose `pagefind_bin` module is this one, found before the installed wheel."""
    package = tmp_path / "shadow" / "pagefind_bin"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(textwrap.dedent(body), encoding="utf-8")
    return {**ENV, "PYTHONPATH": os.pathsep.join([str(package.parent), ENV.get("PYTHONPATH", "")])}


def test_pagefind_not_installed(library: Path, tmp_path: Path) -> None:
    env = shadow_pagefind(tmp_path, 'raise ImportError("pagefind_bin is broken")\n')
    done = build(library, tmp_path / "_site", env=env)
    assert_welsh_failure(
        done, "Gwall: Nid yw Pagefind wedi’i osod: rhedwch `pip install 'pagefind[bin]'`.", "Pagefind is not installed"
    )
    assert not (tmp_path / "_site").exists()


def test_pagefind_that_fails(library: Path, tmp_path: Path) -> None:
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'pagefind: out of sorts' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(broken.stat().st_mode | stat.S_IXUSR)
    env = shadow_pagefind(
        tmp_path, f"from pathlib import Path\n\ndef get_executable():\n    return Path({str(broken)!r})\n"
    )
    done = build(library, tmp_path / "_site", env=env)
    assert_welsh_failure(
        done, "Gwall: Nid oedd modd i Pagefind adeiladu’r mynegai chwilio:\n", "Pagefind could not build the search"
    )
    assert "pagefind: out of sorts" in done.stderr  # what Pagefind said is shown as it said it
    assert not (tmp_path / "_site").exists()


CHANGE_WHILE_BUILDING = """
import sys
from pathlib import Path

from storysite.content import load
from storysite.cli import run

story = Path(sys.argv[1])
read_text = load.read_text


def edited_meanwhile(path, shown):
    # Another program saves the story just as this build reads it again to render it.
    if Path(path) == story:
        story.write_text(story.read_text(encoding="utf-8") + "An edit.\\n", encoding="utf-8")
    return read_text(path, shown)


sys.argv = ["storysite", *sys.argv[2:]]
load.read_text = edited_meanwhile
run()
"""


def test_a_story_that_changes_while_the_site_is_built(library: Path, tmp_path: Path) -> None:
    """The build knows the English file unchanged, then reads it to remake the story: it has changed, so it stops."""
    story = library / "stories" / "mm-2026-001.en.md"
    time.sleep(RACY_NS / 1e9 + 0.2)  # a file changed just before a build is read every time: let it settle
    first = build(library, tmp_path / "_site")
    assert first.returncode == 0, first.stderr
    welsh = library / "stories" / "mm-2026-001.cy.md"  # its sibling changed: the story is made again, from both
    welsh.write_text(welsh.read_text(encoding="utf-8") + "Golygiad.\n", encoding="utf-8")
    command = [sys.executable, "-c", CHANGE_WHILE_BUILDING, str(story), "--iaith", "cy", "build", str(library)]
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "_site")], capture_output=True, text=True, env=ENV, timeout=300, check=False
    )
    assert_welsh_failure(
        done,
        f"Gwall: Newidiodd {story} tra oedd y wefan yn cael ei hadeiladu: adeiladwch hi eto.",
        "changed while the site was being built",
    )


def test_every_storysite_error_is_given_a_message() -> None:
    """An f-string or plain text given to StorysiteError would be English under --iaith cy: only msg()/nmsg()."""
    found, english = 0, []
    for path in sorted((REPO / "storysite").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and _name(node.func) == "StorysiteError":
                found += 1
                if not node.args or not _is_message(node.args[0]):
                    english.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found >= 20, found  # the scan sees the calls (a rename would otherwise make it pass on nothing)
    assert not english, f"StorysiteError given text that is not msg(...)/nmsg(...): {english}"


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _is_message(arg: ast.expr) -> bool:
    """msg(...)/nmsg(...), or a name bound to one (`refusal` from a function that returns a Message)."""
    if isinstance(arg, ast.Call):
        return _name(arg.func) in {"msg", "nmsg"}
    return isinstance(arg, ast.Name) and arg.id in MESSAGE_NAMES


MESSAGE_NAMES = {"refusal"}  # scaffold.identifying_title returns `Message | None` (checked by mypy)


def test_the_scan_catches_an_english_f_string() -> None:
    bad = ast.parse('raise StorysiteError(f"{out} is a file")').body[0]
    assert isinstance(bad, ast.Raise) and isinstance(bad.exc, ast.Call)
    assert not _is_message(bad.exc.args[0])
    good = ast.parse('raise StorysiteError(msg("{out} is a file", out=out))').body[0]
    assert isinstance(good, ast.Raise) and isinstance(good.exc, ast.Call)
    assert _is_message(good.exc.args[0])


def test_the_build_stages_are_welsh_on_a_terminal(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from storysite import cli

    monkeypatch.setattr(cli, "wanted", lambda quiet: not quiet)  # as if standard error were a terminal
    result = CliRunner().invoke(cli.main, ["--iaith", "cy", "build", str(library), "--out", str(tmp_path / "_site")])
    assert result.exit_code == 0, result.output
    for welsh in ("Gwirio’r straeon", "Llunio’r tudalennau…", "Mynegeio ar gyfer chwilio…"):
        assert welsh in result.stderr, result.stderr
    for english in ("Checking stories", "Rendering pages", "Indexing for search"):
        assert english not in result.output, result.output


def test_serve_says_why_it_cannot_write_its_preview_in_welsh(library: Path, tmp_path: Path) -> None:
    """serve keeps running after a failed build, and says why on standard error in the language chosen."""
    out = tmp_path / "preview.txt"
    out.write_text("not a folder\n", encoding="utf-8")
    command = [sys.executable, "-m", "storysite", "--iaith", "cy", "serve", str(library), "--out", str(out)]
    serving = subprocess.Popen([*command, "--port", "0"], stderr=subprocess.PIPE, text=True, env=ENV)
    said: list[str] = []
    watchdog = threading.Timer(120, serving.terminate)  # a serve that never says it: its stderr closes, the loop ends
    watchdog.start()
    try:
        assert serving.stderr is not None
        for line in serving.stderr:
            said.append(line)
            if "Methodd yr adeiladu" in line or len(said) > 20:
                break
    finally:
        watchdog.cancel()
        serving.terminate()
        serving.wait(timeout=30)
    text = "".join(said)
    assert f"Ffeil yw {out}, nid ffolder: dewiswch --out arall." in text, text
    assert "is a file, not a folder" not in text and "Traceback" not in text, text
