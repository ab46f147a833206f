"""A story's photos as a whole: each listed file found safely and decoded, and placed in every language version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from storysite import LANGUAGES
from storysite.check.schema import PhotoEntry
from storysite.content.photos import file_digest, locate_photo, read_photo
from storysite.content.yamlsafe import Pos
from storysite.findings import Finding, Span, error
from storysite.i18n.messages import msg
from storysite.model import StoryPhoto, StoryVersion


def check_photos(
    versions: Sequence[StoryVersion],
    entries: Sequence[PhotoEntry],
    placed: Mapping[str, set[str]],
    content: Path | None,
) -> tuple[tuple[StoryPhoto, ...], list[Finding]]:
    """The story's photos that can be published (to whom is the model's say), and a located error for each other.

    `placed` gives, per language, the files that version's body places. A photo with any problem is left
    out, and its error keeps the whole story from being published until it is put right (fail closed).
    """
    findings: list[Finding] = []
    photos: list[StoryPhoto] = []
    for entry in entries:
        owner = _declared_in(versions, entry)
        where, pos = owner.shown, entry.pos
        if content is None:
            findings.append(
                _error(where, pos, "photo.missing", msg("The photo `{file}` could not be found.", file=entry.file))
            )
            continue
        rel, path, problem = locate_photo(content, owner.rel, entry.file)
        if problem is None and rel is not None and path is not None:
            photo, problem = read_photo(rel, path, entry.file)
        if problem is not None:
            findings.append(_error(where, pos, problem.rule, problem.message))
            continue
        missing = [v for v in versions if v.valid and entry.file not in placed.get(v.lang, set())]
        for version in missing:
            findings.append(
                error(
                    Span(version.shown, version.body_line),
                    "photo.not-placed",
                    msg(
                        "The photo `{file}` is listed under `photos` but this {language} version does not show it: "
                        "place it in the text as `![…]({file})`, with alt text in {language} (what the photo shows) "
                        "between the square brackets, or take it out of `photos`.",
                        file=entry.file,
                        language=msg("Welsh") if version.lang == "cy" else msg("English"),
                    ),
                )
            )
        if missing:
            continue
        assert photo is not None
        photos.append(StoryPhoto(entry.file, entry.shows_people, entry.consent, photo, where, pos))
    return tuple(photos), findings


def _declared_in(versions: Sequence[StoryVersion], entry: PhotoEntry) -> StoryVersion:
    """The version whose `photos:` the story's list was taken from (as merge_story takes it), else the first."""
    for version in sorted(versions, key=lambda v: LANGUAGES.index(v.lang)):
        if entry in version.neutral.get("photos", ()):
            return version
    return versions[0]


def _error(shown: str, pos: Pos, rule: str, message: str) -> Finding:
    return error(Span.at(shown, pos), rule, message)


def photo_key_parts(versions: Sequence[StoryVersion], content: Path | None) -> list[str]:
    """What a story's cached check depends on beyond its files' text: each listed photo file's bytes."""
    if content is None:
        return []
    parts: list[str] = []
    for version in versions:
        for file in version.photo_files:
            rel, path, _ = locate_photo(content, version.rel, file)
            parts += [version.shown, file, file_digest(path) if path is not None else "-"]
    return parts
