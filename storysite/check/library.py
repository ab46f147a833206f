"""The check stage: config, stories and their findings, ready for the model and the renderer."""

from __future__ import annotations

import datetime as dt
import difflib
import pickle
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from storysite import LANGUAGES
from storysite.check.config import WELLBEING_KEYS, SiteConfig, read_config
from storysite.check.exposed import story_findings
from storysite.check.fields import one_of
from storysite.check.identifying import scan_version
from storysite.check.panels import Panel, read_panels, unpublished_findings, unpublished_somewhere, visible_panels
from storysite.check.photos import check_photos, photo_key_parts
from storysite.check.placeholders import placeholder_findings
from storysite.check.schema import read_version
from storysite.check.sign_off import read_sign_off
from storysite.check.starter import starter_leftovers
from storysite.content import markdown
from storysite.content.load import FileMemo, FileTexts, KnownFile, SourceFile, load_stories, shown_path
from storysite.content.yamlsafe import Pos
from storysite.digests import digest
from storysite.findings import Finding, Span, error, has_errors, sort_findings, warning
from storysite.i18n.messages import Message, msg
from storysite.model import (
    Story,
    StoryVersion,
    exclusion_findings,
    future_consent,
    group_versions,
    id_position,
    merge_story,
    photo_exclusion_findings,
    require_sign_off,
    sign_off_findings,
)
from storysite.parallel import in_worker, parallel_map
from storysite.pickling import compact
from storysite.vocabulary import OUTCOMES, STORY_TYPES

PageText = Callable[[StoryVersion, list[Any]], tuple[str, str]]  # a version and its tokens → (HTML, search words)


class CheckMemo(Protocol):
    """What the check may reuse between builds: the build cache, to the check (the build hands it over)."""

    memo: FileMemo  # the story files' statuses as the last build recorded them
    story_digests: dict[str, str]  # story id → the hash of its files, for the renderer's page keys

    def get(self, key: str) -> Any: ...

    def put(self, key: str, value: Any, pickled: bytes | None = None) -> None:
        """Keep `value` under `key`; `pickled` is the value already pickled, if it is."""


@dataclass
class Library:
    """Everything the check found: the site settings, the stories and every finding."""

    config: SiteConfig | None
    stories: list[Story] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    panels: list[Panel] = field(default_factory=list)
    texts: Mapping[str, str] = field(default_factory=dict)  # each story file's text, by shown path (FileTexts)

    @property
    def ok(self) -> bool:
        return self.config is not None and not has_errors(self.findings)


def check_library(
    content: Path,
    content_arg: str,
    *,
    audience: str | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: CheckMemo | None = None,
    page_text: PageText | None = None,
) -> Library:
    """Run every check over CONTENT and return the library with its findings.

    With `page_text` (the renderer's story_body, given by the build) each story also gets its HTML and
    search words, made in the worker that parsed it; without it (`storysite check`) the Markdown is parsed
    only as far as the checks need.
    """
    checked = check_files(content, content_arg, audience=audience, progress=progress, cache=cache, page_text=page_text)
    return assemble(checked, content, content_arg, audience=audience, today=today or dt.date.today())


@dataclass
class CheckedFiles:
    """The check of each story on its own, before what depends on the whole library (assemble).

    Serve keeps it between rebuilds and checks again only the stories whose files changed
    (incremental.live); `file_findings` are the findings of the story files, by the file they name.
    """

    config: SiteConfig | None
    findings: list[Finding]  # site.yaml's, and of the audience
    sources: list[SourceFile | KnownFile] = field(default_factory=list)
    file_findings: list[Finding] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)  # sorted by id, each checked on its own


def check_files(
    content: Path,
    content_arg: str,
    *,
    audience: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: CheckMemo | None = None,
    page_text: PageText | None = None,
) -> CheckedFiles:
    """site.yaml, then every story file and every story on its own (check_sources)."""
    config, findings = read_config(content, shown_path(content_arg, "site.yaml"))
    if config is None:
        return CheckedFiles(None, findings)
    findings.extend(starter_leftovers(config, content / "site.yaml", shown_path(content_arg, "site.yaml")))
    if audience is not None and audience not in config.audiences:
        findings.append(
            error(
                Span(shown_path(content_arg, "site.yaml")),
                "site.audience",
                msg(
                    "There is no audience `{audience}` in site.yaml (audiences: {audiences}).",
                    audience=audience,
                    audiences=", ".join(config.audiences),
                ),
            )
        )
    memo = cache.memo if cache is not None else None
    sources, load_findings = load_stories(content, content_arg, memo)
    unreadable = {f.path for f in load_findings if f.is_error}
    stories, story_findings = check_sources(
        sources,
        config,
        progress,
        cache,
        unreadable=unreadable,
        page_text=page_text,
        texts=FileTexts(sources),
        content=content,
    )
    return CheckedFiles(config, findings, sources, [*load_findings, *story_findings], stories)


def assemble(
    checked: CheckedFiles, content: Path, content_arg: str, *, audience: str | None, today: dt.date
) -> Library:
    """The library from its stories checked one by one: what depends on the day, the audience and the
    other stories (consent dates, sign-off, exclusions, panels)."""
    config = checked.config
    if config is None:
        return Library(None, [], sort_findings(checked.findings))
    findings = [*checked.findings, *checked.file_findings]
    sources = checked.sources
    texts = FileTexts(sources)
    stories, future = future_consent(checked.stories, today, texts)
    findings.extend(future)
    stories = require_sign_off(stories, config.sign_off_required)
    if audience is None or audience in config.audiences:
        findings.extend(exclusion_findings(stories, audience, today))
        findings.extend(sign_off_findings(stories, audience, today))
        findings.extend(photo_exclusion_findings(stories, audience, today))
    by_id = {s.id: s for s in stories}
    hidden = unpublished_somewhere(stories, config.audiences, today)
    panels, panel_findings = read_panels(content, content_arg, config, by_id.keys(), by_id, hidden)
    findings.extend(panel_findings)
    if audience is None or audience in config.audiences:
        findings.extend(unpublished_findings(panels, by_id, audience, today))
    if audience is not None:
        panels = visible_panels(panels, by_id, audience, today)
    size = sum(len(s.text) if isinstance(s, SourceFile) else s.size for s in sources)
    return Library(config, stories, sort_findings(findings), len(sources), size, panels, texts)


def check_sources(
    sources: Sequence[SourceFile | KnownFile],
    config: SiteConfig,
    progress: Callable[[int, int], None] | None = None,
    cache: CheckMemo | None = None,
    *,
    unreadable: Collection[str] = (),
    page_text: PageText | None = None,
    texts: Mapping[str, str],
    content: Path | None = None,
) -> tuple[list[Story], list[Finding]]:
    """Validate files, link their language versions and check each story as a whole (on every core).

    `texts` holds each source's text by its shown path; `content` is the folder the stories' photos are in.
    """
    versions: list[StoryVersion] = []
    findings: list[Finding] = []
    read, file_keys, built = _check_files(sources, config, cache, texts, page_text, content)
    for version, problems in read:
        versions.append(version)
        findings.extend(problems)
    # A version that could not be read may hold the fields its sibling lacks: say only what is wrong with it.
    broken = {_stem(path) for path in unreadable} | {_stem(v.shown) for v in versions if not v.valid or v.id is None}
    groups, group_findings = group_versions(versions)
    findings.extend(group_findings)
    stories = []
    for done, (story_id, (story, problems)) in enumerate(
        _build_stories(groups, config, cache, page_text, file_keys, texts, built, content), start=1
    ):
        if broken and any(_stem(v.shown) in broken for v in groups[story_id]):
            problems = [p for p in problems if p.rule not in WHOLE_STORY_RULES]
            story = replace(story, has_errors=True) if story is not None else None
        findings.extend(problems)
        if story is not None:
            stories.append(story)
        if progress is not None:
            progress(done, len(groups))
    findings = _one_per_placeholder(findings)
    bad_files = {f.path for f in findings if f.is_error}
    stories = [
        replace(s, has_errors=True) if not s.has_errors and any(p in bad_files for p in s.files) else s for s in stories
    ]
    return stories, findings


WHOLE_STORY_RULES = frozenset({"schema.required", "consent.required"})


def _one_per_placeholder(findings: list[Finding]) -> list[Finding]:
    """One error per placeholder: the field's own check is dropped where the placeholder scan names that line."""
    said = {(f.path, f.line) for f in findings if f.rule == "story.placeholder"}
    if not said:
        return findings
    return [f for f in findings if f.rule != "schema.placeholder" or (f.path, f.line) not in said]


def _stem(path: str) -> str:
    """A story file's path without its language suffix: its language versions share it."""
    for lang in LANGUAGES:
        if path.endswith(f".{lang}.md"):
            return path[: -len(lang) - 4]
    return path


def build_story(
    story_id: str,
    versions: list[StoryVersion],
    config: SiteConfig,
    *,
    page_text: PageText | None = None,
    content: Path | None = None,
) -> tuple[Story | None, list[Finding]]:
    """Merge versions into one Story and check what only the whole story can show (with its HTML, by `page_text`).

    Its photos are read from `content` (without it, a story that lists photos is not published).
    """
    merged, findings = merge_story(story_id, versions)
    findings.extend(_missing_shared_fields(versions, merged, config))
    html: dict[str, str] = {}
    words: dict[str, str] = {}
    pseudonyms = tuple(dict.fromkeys(p for v in versions for p in v.pseudonyms))
    allow = tuple(dict.fromkeys(a for v in versions for a in v.allow)) + config.allow
    story_type = merged.get("type")
    case_study = story_type == "case-study"
    findings.extend(story_findings(versions, pseudonyms, allow))
    listed = {file for v in versions for file in v.photo_files}
    placed: dict[str, set[str]] = {}
    for version in versions:
        if not version.valid:
            continue
        if page_text is not None:
            tokens = markdown.parse(version.body)
            headings = markdown.section_headings(tokens) if case_study else []
        else:  # nothing is rendered: parse only what the checks look at
            tokens, headings = markdown.parse_for_check(version.body, headings=case_study)
        body_lines = version.body.split("\n")
        findings.extend(markdown.check_body(tokens, body_lines, version.body_line, version.shown, photos=listed))
        placed[version.lang] = {file for file, _, _ in markdown.placed_images(tokens)}
        findings.extend(_whole_story_checks(version, story_type, merged, headings))
        findings.extend(scan_version(version, pseudonyms, allow, [v for v in versions if v.valid]))
        findings.extend(placeholder_findings(version))
        if page_text is not None:
            # Made here, where the tokens are, so that the body is parsed once and its text need not travel.
            html[version.lang], words[version.lang] = page_text(version, tokens)
    photos, photo_problems = check_photos(versions, merged.get("photos", ()), placed, content)
    findings.extend(photo_problems)
    if any(name not in merged for name in ("type", "date", "wellbeing")):
        return None, findings
    story = Story(
        id=story_id,
        type=merged["type"],
        date=merged["date"],
        wellbeing=merged["wellbeing"],
        consent=merged.get("consent"),
        versions={v.lang: v for v in sorted(versions, key=lambda v: v.lang)},
        html=html,
        search_words=words,
        themes=merged.get("themes", ()),
        service=merged.get("service"),
        client_group=merged.get("client_group"),
        outcome=merged.get("outcome"),
        msc_domain=merged.get("msc.domain"),
        has_errors=any(not v.valid for v in versions) or "consent" not in merged,
        sign_off=read_sign_off([v for v in versions if v.valid]) if any(v.valid for v in versions) else None,
        photos=photos,
        published=merged.get("published"),
    )
    return story, findings


REQUIRED_SHARED: dict[str, Message] = {
    "type": msg("magic-moment, case-study or msc-story"),
    "date": msg("YYYY-MM-DD"),
    "wellbeing": msg("one or more of the eight areas"),
    "consent": msg("status, date and scope"),
}
REQUIRED_BY_TYPE: dict[str, dict[str, Message]] = {
    "case-study": {"outcome": msg("positive, mixed or not-as-intended")},
    "msc-story": {"msc.domain": msg("a domain of change from site.yaml")},
}


def _missing_shared_fields(versions: list[StoryVersion], merged: dict, config: SiteConfig) -> list[Finding]:
    """One error per required shared field no version gives (written but left empty is not given).

    It points at the empty field where one was written, else at the story's id: one finding for the
    story, however many versions lack it. A field given but not valid is reported with its file already.
    """
    findings: list[Finding] = []
    first = sorted(versions, key=lambda v: v.lang)[0]
    required = REQUIRED_SHARED | REQUIRED_BY_TYPE.get(merged.get("type", ""), {})
    for name, hint in required.items():
        if name in merged or any(name in v.neutral_pos for v in versions):
            continue
        where = next((v for v in versions if name in v.blank), first)
        at = where.blank.get(name)
        if at is not None:  # written but left empty: say so there, and what to write
            rule = "consent.required" if name == "consent" else "schema.required"
            message = _empty_message(name, config)
            findings.append(error(Span.at(where.shown, at), rule, message))
            continue
        at = id_position(where)
        if name == "consent":
            rule = "consent.required"
            message = msg(
                "`{name}` is required ({hint}), in at least one language version. "
                "Without a consent record the story is never published.",
                name=name,
                hint=hint,
            )
        else:
            rule = "schema.required"
            message = msg("`{name}` is required ({hint}), in at least one language version.", name=name, hint=hint)
        findings.append(error(Span.at(where.shown, at), rule, message))
    return findings


def _empty_message(name: str, config: SiteConfig) -> Message:
    """What to write in a required shared field that was left empty."""
    choices = {
        "type": STORY_TYPES,
        "outcome": OUTCOMES,
        "msc.domain": tuple(config.msc_domains),
    }
    if name in choices:
        return msg("`{name}` is empty: use {choices}.", name=name, choices=one_of(choices[name]))
    if name == "wellbeing":
        return msg("`{name}` is empty: list one or more of {choices}.", name=name, choices=one_of(WELLBEING_KEYS))
    if name == "date":
        return msg("`date` is empty: write when the story was gathered, as YYYY-MM-DD (such as 2026-03-14).")
    return msg(
        "`consent` is empty: record the person's consent below it (status, date and scope). "
        "Without a consent record the story is never published."
    )


def _field_position(version: StoryVersion, name: str) -> Pos:
    """Where a top-level field's key is in the front matter, else the story's id."""
    prefix = f"{name}:"
    for number, line in enumerate(version.lines[: version.body_line], start=1):
        if line.startswith(prefix):
            return Pos(number, 1, len(name))
    return id_position(version)


def _whole_story_checks(
    version: StoryVersion, story_type: str | None, merged: dict, headings: list[str]
) -> list[Finding]:
    """A version's checks as part of its story: an empty body, and a case study's or MSC story's parts."""
    findings: list[Finding] = []
    shown, line = version.shown, version.body_line
    if not version.body.strip():
        findings.append(
            error(
                Span(shown, max(line - 1, 1), 1, 3),
                "story.empty-body",
                msg("The story has no text: write it below the closing `---`."),
            )
        )
    if story_type == "case-study":
        findings.extend(_heading_checks(version, headings))
        if not version.impact:
            at = _field_position(version, "impact")
            findings.append(
                warning(
                    Span.at(shown, at),
                    "case-study.impact",
                    msg(
                        "A case study should have an `impact` table: outcome, area, target, measure, actual, comments."
                    ),
                )
            )
    elif version.impact:
        at = _field_position(version, "impact")
        findings.append(
            warning(
                Span.at(shown, at),
                "schema.impact-not-case-study",
                msg("Only case studies have an impact table; `impact` is ignored for this story."),
            )
        )
    if story_type == "msc-story" and not version.why_significant and not _written_but_bad(version):
        at = version.blank.get("msc.why_significant") or _field_position(version, "msc")
        findings.append(
            error(
                Span.at(shown, at),
                "schema.required",
                msg("An MSC story says why the storyteller chose this change: `msc: {{why_significant: ...}}`."),
            )
        )
    return findings


def _written_but_bad(version: StoryVersion) -> bool:
    """True when `msc.why_significant` is written with a value that is not text (reported with its file)."""
    return "msc.why_significant" in version.neutral_pos


# Each case-study section's heading keys (its earlier wordings too), by language.
_SECTION_KEYS: dict[str, dict[str, frozenset[str]]] = {
    lang: {
        section: frozenset(
            markdown.heading_key(name) for name in (section, *markdown.EARLIER_SECTION_WORDING.get(section, ()))
        )
        for section in sections
    }
    for lang, sections in markdown.CASE_STUDY_SECTIONS.items()
}


def _heading_checks(version: StoryVersion, headings: list[str]) -> list[Finding]:
    """A warning per missing case-study section: at a misspelt heading, with the section it is nearest to."""
    findings: list[Finding] = []
    sections = _SECTION_KEYS[version.lang]
    known = frozenset().union(*sections.values())
    keyed = [(h, markdown.heading_key(h)) for h in headings]
    keys = {key for _, key in keyed}
    strays = [h for h, key in keyed if key not in known]
    for section, wanted in sections.items():
        if not wanted.isdisjoint(keys):  # markdown.has_section, each heading's key made once
            continue
        near = _nearest_heading(section, strays)
        if near is not None:
            strays.remove(near)
            at = _heading_position(version, near)
            findings.append(
                warning(
                    Span.at(version.shown, at),
                    "case-study.section",
                    msg(
                        "The heading `## {heading}` is not one of the case-study sections: "
                        "did you mean `## {section}`?",
                        heading=near,
                        section=section,
                    ),
                )
            )
            continue
        findings.append(
            warning(
                Span(version.shown, version.body_line, 1, 1),
                "case-study.section",
                msg("The case-study section `## {section}` is missing.", section=section),
            )
        )
    return findings


def _nearest_heading(section: str, strays: list[str]) -> str | None:
    """The heading among `strays` most like `section` (a misspelling of it), or None."""
    keys = {markdown.heading_key(h): h for h in strays}
    close = difflib.get_close_matches(markdown.heading_key(section), list(keys), n=1, cutoff=0.75)
    return keys[close[0]] if close else None


_ATX = re.compile(r"^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def _heading_position(version: StoryVersion, heading: str) -> Pos:
    """Where the `## heading` line is in the file (the body's first line if it cannot be found)."""
    wanted = markdown.heading_key(heading)
    body = version.lines[version.body_line - 1 :] if version.lines else version.body.split("\n")
    for offset, text in enumerate(body):
        found = _ATX.match(text)
        if found is not None and markdown.heading_key(found.group(1)) == wanted:
            return Pos(version.body_line + offset, 1, len(text.rstrip()))
    return Pos(version.body_line, 1, 1)


def version_key(rel: str, shown: str, lang: str, text_digest: str) -> str:
    """The key a file's checked version is cached under (a story's is the hash of its files' keys).

    Already a hash, it is not hashed again with the fingerprint (the cache's key()): a cache holds one
    fingerprint's results only.
    """
    return digest("version", rel, shown, lang, text_digest)


@compact
@dataclass(frozen=True, slots=True)
class BuiltStory:
    """A story checked in the worker that read its files: _build_stories takes it if its files are the same."""

    id: str
    files: tuple[str, ...]  # the shown paths of the files it was made from
    story: Story | None  # without its versions (the parent holds them)
    findings: list[Finding]
    pickled: bytes | None = None  # what the cache keeps of it (_cached_story), pickled in the worker


def _check_files(
    sources: Sequence[SourceFile | KnownFile],
    config: SiteConfig,
    cache: CheckMemo | None,
    texts: Mapping[str, str],
    page_text: PageText | None,
    content: Path | None = None,
) -> tuple[list[tuple[StoryVersion, list[Finding]]], dict[str, str], dict[str, BuiltStory]]:
    """read_version for every file, in order (from the cache when the file is unchanged), and its story.

    The files read this time are read on every core, a story's language versions together (the files
    whose paths differ only in their language, `_stem`), and where they make one whole story (one id,
    one file per language) that story is checked there and then (build_story), while its versions
    still hold everything read_version found. Only the part of each version the pages and the
    warnings read crosses back (cached_version), a fraction of the whole versions' pickling, and one
    round of processes instead of two is faster.
    Those stories are returned by id with the files they were made from: _build_stories takes one
    only if its story is made of exactly those files (linking by id may join other files to it).

    With a cache, also the hash of each file (by its shown path), for the stories' cache keys.
    """
    file_keys: dict[str, str] = {}
    if cache is not None:
        file_keys = {s.shown: version_key(s.rel, s.shown, s.lang, s.digest) for s in sources}
    results: list[tuple[StoryVersion, list[Finding]] | None] = [None] * len(sources)
    if cache is not None:
        for i, source in enumerate(sources):
            hit = cache.get(file_keys[source.shown])
            if hit is not None:
                results[i] = hit
    todo = {i for i, result in enumerate(results) if result is None}
    by_stem: dict[str, list[int]] = {}
    for i, source in enumerate(sources):
        by_stem.setdefault(_stem(source.shown), []).append(i)
    bundles = [tuple(by_stem[stem]) for stem in dict.fromkeys(_stem(sources[i].shown) for i in sorted(todo))]

    def check(bundle: tuple[int, ...]) -> tuple[list[tuple[StoryVersion, list[Finding]] | bytes], BuiltStory | None]:
        # In a worker, what the cache keeps is pickled there, on every core: the parent would pickle it again alone.
        pickle_here = cache is not None and in_worker()
        read: list[tuple[StoryVersion, list[Finding]] | bytes] = []
        full: list[StoryVersion] = []
        for i in bundle:
            source = sources[i]
            # A KnownFile is unchanged, and so was not read; its version may be cached, or not.
            version, problems = (
                _read_again(source, texts, config) if isinstance(source, KnownFile) else read_version(source, config)
            )
            if i in todo:
                kept = cached_version(version), problems
                read.append(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL) if pickle_here else kept)
            full.append(version)
        story_id = full[0].id
        if story_id is None or len({v.id for v in full}) > 1 or len({v.lang for v in full}) < len(full):
            return read, None
        story, findings = _check_story(story_id, full, config, page_text, content)
        pickled = None
        if pickle_here:
            pickled = pickle.dumps(_cached_story(story, findings), protocol=pickle.HIGHEST_PROTOCOL)
        return read, BuiltStory(story_id, tuple(v.shown for v in full), story, findings, pickled)

    built: dict[str, BuiltStory] = {}
    for bundle, (read, story) in zip(bundles, parallel_map(check, bundles), strict=True):
        for i, kept in zip([i for i in bundle if i in todo], read, strict=True):
            pickled = None
            if isinstance(kept, bytes):
                pickled, kept = kept, pickle.loads(kept)
            results[i] = kept
            if cache is not None:
                cache.put(file_keys[sources[i].shown], kept, pickled)
        if story is not None:
            built[story.id] = story
    return results, file_keys, built  # type: ignore[return-value]


def _read_again(
    file: KnownFile | StoryVersion, texts: Mapping[str, str], config: SiteConfig
) -> tuple[StoryVersion, list[Finding]]:
    """read_version for a file this build did not read, or whose version it keeps only part of: from its text."""
    return read_version(SourceFile(file.rel, file.shown, file.lang, texts[file.shown]), config)


def _check_story(
    story_id: str,
    versions: list[StoryVersion],
    config: SiteConfig,
    page_text: PageText | None,
    content: Path | None = None,
) -> tuple[Story | None, list[Finding]]:
    """build_story in a worker: the parent holds the versions, so the story crosses (and is cached) without them."""
    story, findings = build_story(story_id, versions, config, page_text=page_text, content=content)
    return (replace(story, versions={}) if story is not None else None), findings


def cached_version(version: StoryVersion) -> StoryVersion:
    """What the check keeps of a version once its story is checked: what pages, listings, panels and warnings read.

    Not its file's text (its lines and its body), nor its front-matter values, their places (but
    consent's, which an exclusion warning points at) or its free-text fields: they are read only to
    check its own story, and a story checked again reads its files again (_build_stories). Leaving
    them out halves the cache and what a rebuild unpickles.
    """
    consent = version.neutral_pos.get("consent")
    return replace(
        version, lines=(), body="", neutral={}, neutral_pos={"consent": consent} if consent else {}, text_fields=()
    )


def with_text(version: StoryVersion, text: str) -> StoryVersion:
    """`version` with its file's lines and body, as read_version made them, from the file's `text`."""
    lines = tuple(text.split("\n"))
    return replace(version, lines=lines, body="\n".join(lines[version.body_line - 1 :]))


def _build_stories(
    groups: dict[str, list[StoryVersion]],
    config: SiteConfig,
    cache: CheckMemo | None,
    page_text: PageText | None,
    file_keys: dict[str, str],
    texts: Mapping[str, str],
    built: Mapping[str, BuiltStory],
    content: Path | None = None,
) -> list[tuple[str, tuple[Story | None, list[Finding]]]]:
    """build_story for every id, sorted: from the cache when none of its files changed.

    A story _check_files made from exactly its files is taken as it is. Any other (its files linked
    by id across other names, or one no file of which changed while the story is not in the cache)
    is checked here, its files read again from their `texts` (by shown path): a version keeps only
    part of what read_version found (cached_version). The stories returned hold their versions
    without their text, as read and cached. A story's key holds its photo files' digests too, so that
    a changed photo is checked (and its pages made) again. It does not say whether `page_text` was
    given: a story is cached without its HTML either way, so `storysite check` and a build share it.
    """
    ids = sorted(groups)
    results: dict[str, tuple[Story | None, list[Finding]]] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        keys = {
            story_id: digest(
                "story",
                story_id,
                *(file_keys[v.shown] for v in versions),
                *photo_key_parts(versions, content),
            )
            for story_id, versions in groups.items()
        }
        for story_id in ids:
            cache.story_digests[story_id] = keys[story_id]
            hit = cache.get(keys[story_id])
            if hit is not None:
                results[story_id] = (with_versions(hit[0], groups[story_id]), hit[1])
    made: dict[str, tuple[Story | None, list[Finding]]] = {}
    pickled: dict[str, bytes] = {}
    for story_id in ids:
        made_there = built.get(story_id)
        if story_id not in results and made_there and made_there.files == tuple(v.shown for v in groups[story_id]):
            made[story_id] = made_there.story, made_there.findings
            if made_there.pickled is not None:
                pickled[story_id] = made_there.pickled
    todo = [story_id for story_id in ids if story_id not in results and story_id not in made]

    def build(story_id: str) -> tuple[Story | None, list[Finding]]:
        versions = [_read_again(v, texts, config)[0] for v in groups[story_id]]
        return _check_story(story_id, versions, config, page_text, content)

    made.update(zip(todo, parallel_map(build, todo), strict=True))
    for story_id, (story, problems) in made.items():
        results[story_id] = (with_versions(story, groups[story_id]), problems)
        if cache is not None:
            cache.put(keys[story_id], _cached_story(story, problems), pickled.get(story_id))
    return [(story_id, results[story_id]) for story_id in ids]


def _cached_story(story: Story | None, findings: list[Finding]) -> tuple[Story | None, list[Finding]]:
    """What the cache keeps of a checked story: without its HTML and search words (four fifths of the cache), as a
    page made again makes them again from the text (Renderer.body), and an unchanged page is on disk already."""
    return (replace(story, html={}, search_words={}) if story is not None and story.html else story), findings


def with_versions(story: Story | None, versions: list[StoryVersion]) -> Story | None:
    """`story` (sent or cached without its versions) with them again, by language."""
    if story is None:
        return None
    by_lang = {v.lang: v for v in sorted(versions, key=lambda v: v.lang)}
    # Not dataclasses.replace, which is slow for the many cached stories a rebuild takes back
    fields: list[Any] = [by_lang if name == "versions" else getattr(story, name) for name in Story.__slots__]
    return Story(*fields)
