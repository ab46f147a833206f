"""`storysite init` and `storysite new`: a library that builds at once, and story files to fill in."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from storysite import LANGUAGES
from storysite.authoring.story_template import story_file
from storysite.check.config import read_config
from storysite.check.exposed import STRONG_NAME_RULES, id_detections, lower_case_words
from storysite.errors import StorysiteError
from storysite.i18n.messages import Message, msg
from storysite.privacy import scan_text
from storysite.vocabulary import TYPE_FOLDERS, TYPE_PREFIXES

STARTER = Path(__file__).resolve().parent / "starter"
WELSH_LETTERS = set("ŵŷâêîôûŴŶÂÊÎÔÛ")
WELSH_WORDS = {
    "y",
    "yr",
    "yn",
    "a",
    "ac",
    "ar",
    "i",
    "o",
    "am",
    "gyda",
    "ei",
    "eu",
    "ein",
    "mewn",
    "gan",
    "dros",
    "ddim",
    "wedi",
    "i'r",
    "o'r",
    "a'r",
    "ôl",
    "newydd",
    "eto",
    "fy",
    "mae",
    "oedd",
    "bach",
    "mawr",
    "stori",
    "cartref",
    "teulu",
}
_WELSH_SPELLING = re.compile(r"dd|ll|wy|ch[wy]|^rh|^ng[hw]|ae|yw|[bcdfghlmnprst]u$|'r$")
_ID_LINE = re.compile(r"^id:\s*[\"']?([a-z0-9-]+)", re.MULTILINE)


def init_library(folder: Path) -> Path:
    """Make a new library in folder/content; refuse when one is already there."""
    content = folder / "content"
    for existing in (content, folder / "site.yaml"):
        if existing.exists() and (existing.is_file() or any(existing.iterdir())):
            raise StorysiteError(
                msg(
                    "There is already a library at {path}: storysite init will not overwrite it. "
                    "Choose a new folder, or write stories there with `storysite new`.",
                    path=existing,
                )
            )
    shutil.copytree(STARTER, content, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("_site/\n_preview/\n._site.*\n._preview.*\n", encoding="utf-8")
    return content


def how_to_run() -> Message | None:
    """How to run `storysite` from any folder, when the shell would not find it (it is in a virtual environment)."""
    found = shutil.which("storysite")
    here = Path(sys.prefix)
    if found is not None and Path(found).resolve().is_relative_to(here.resolve()):
        return None
    if sys.prefix == sys.base_prefix:  # not in a virtual environment: wherever pip put it
        return msg(
            "`storysite` is not on your PATH: run it as `python3 -m storysite`, or install it for your user "
            "with `pipx install PATH-TO-STORYSITE`."
        )
    return msg(
        "`storysite` is installed in {venv}, which your shell does not search: run `. {venv}/bin/activate` "
        "first (in each new terminal), or install it for your user with `pipx install {project}`.",
        venv=here,
        project=here.parent if (here.parent / "pyproject.toml").is_file() else "PATH-TO-STORYSITE",
    )


def ascii_slug(text: str, limit: int = 50) -> str:
    """`Yn ôl i'r ŵyl` → `yn-ol-ir-wyl`: lower-case ASCII words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = re.sub(r"['’`]", "", folded)
    words = re.findall(r"[a-z0-9]+", folded)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or (words[0][:limit] if words else "story")


def guess_language(title: str) -> str:
    """`cy` when a title looks Welsh (its letters or common words), else `en`."""
    if WELSH_LETTERS & set(title):
        return "cy"
    words = re.findall(r"[\w']+", title.lower().replace("’", "'"))
    welsh = sum(word in WELSH_WORDS or bool(_WELSH_SPELLING.search(word)) for word in words)
    return "cy" if words and welsh * 2 >= len(words) else "en"


def library_ids(content: Path) -> set[str]:
    """Ids already used in the library, read loosely so that a broken file still reserves its id."""
    ids: set[str] = set()
    stories = content / "stories"
    if stories.is_dir():
        for path in stories.rglob("*.md"):
            if path.is_file() and not path.is_symlink():
                ids.update(_ID_LINE.findall(path.read_text(encoding="utf-8", errors="replace")[:4000]))
                ids.add(path.name.split(".", 1)[0])
    return ids


def new_id(content: Path, story_type: str, title: str, year: int) -> str:
    """Type prefix, year and a slug of the title, numbered when already taken."""
    base = f"{TYPE_PREFIXES[story_type]}-{year}-{ascii_slug(title)}"
    taken = library_ids(content)
    story_id, number = base, 2
    while story_id in taken:
        story_id, number = f"{base}-{number}", number + 1
    return story_id


def identifying_title(title: str, lang: str, story_id: str, allow: Sequence[str] = ()) -> Message | None:
    """Why a title must not make a story's id (it holds an identifying detail), or None.

    The id is made once, from the title, and stays when the title is put right: a full or titled name,
    a number, an address or an email in the title would stay in the story's address. A lone first
    name passes, as it may well be a pseudonym (the check still scans the title in the file).
    """
    found = [
        d for d in scan_text(title, lang, allow=allow) if d.category != "person-name" or d.rule in STRONG_NAME_RULES
    ]
    if found:
        words, detail = title[found[0].start : found[0].end], found[0].message
    else:
        in_id = id_detections(story_id, (), allow, lambda: lower_case_words(title))
        if not in_id:
            return None
        words, detail = story_id[in_id[0].start : in_id[0].end], in_id[0].message
    return msg(
        "The title holds `{words}`. {found} storysite new makes the story's id from its title, and the id "
        "becomes the story's address, shown in listings and feeds, and stays when the title changes. "
        "Run it again with a title without it, such as `Back in the garden`, and use a made-up name for a person.",
        words=words,
        found=detail,
    )


@dataclass(frozen=True)
class NewStory:
    """What `storysite new` wrote."""

    id: str
    files: list[Path]
    title_lang: str


def new_story(
    content: Path,
    story_type: str,
    title: str,
    *,
    langs: tuple[str, ...] = LANGUAGES,
    title_lang: str | None = None,
    today: dt.date | None = None,
) -> NewStory:
    """Write one file per language for a new story; the title goes in its own language's file."""
    if not title.strip():
        raise StorysiteError(
            msg('Give the story a title, such as `storysite new --type magic-moment "Back in the garden"`.')
        )
    today = today or dt.date.today()
    title = " ".join(title.split())
    title_lang = title_lang or (langs[0] if len(langs) == 1 else guess_language(title))
    config = read_config(content, "site.yaml")[0] if (content / "site.yaml").is_file() else None
    story_id = new_id(content, story_type, title, today.year)
    refusal = identifying_title(title, title_lang, story_id, config.allow if config else ())
    if refusal is not None:
        raise StorysiteError(refusal)
    folder = content / "stories" / TYPE_FOLDERS[story_type]
    files = [folder / f"{story_id}.{lang}.md" for lang in langs]
    for path in files:
        if path.exists():
            raise StorysiteError(msg("{path} already exists: storysite new never overwrites a story.", path=path))
    folder.mkdir(parents=True, exist_ok=True)
    for lang, path in zip(langs, files, strict=True):
        text = story_file(
            story_type, lang, story_id=story_id, title=title, title_lang=title_lang, date=today, config=config
        )
        path.write_text(text, encoding="utf-8")
    return NewStory(story_id, files, title_lang)
