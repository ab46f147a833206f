"""The preview's review page, `/{lang}/review/{id}/`: a story for a reviewer, every version, details marked.

Made on request from the content folder by the preview only; a built site never has it.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from storysite import LANGUAGES
from storysite.check.review import FINDING, Mark, StoryReview, review_story
from storysite.i18n.messages import in_language, msg
from storysite.model import EXCLUSION_TEXT
from storysite.serve.error_page import PREFIX

REVIEW_STYLE = (
    PREFIX + "review.css"
)  # a file, not a <style>: the preview's Content-Security-Policy allows no inline style
ROUTE = re.compile(r"^/(cy|en)/review/([a-z0-9-]{1,80})/?$")

REVIEW_CSS = """\
body { font: 1.05rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #ccc; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa; padding: .75rem; border: 1px solid #ddd; }
mark.finding { background: #ffd0d0; color: #6a0000; font-weight: bold; outline: 2px solid #8a1010; }
mark.possible { background: #fff3b0; text-decoration: underline; }
.signed { color: #0a5a0a; } .unsigned { color: #7a4a00; font-weight: bold; }
li { margin: .4rem 0; } .banner { border-left: .4rem solid #7a4a00; padding-left: 1rem; }
"""

TEXT = {
    "banner": msg("Review view: only the preview shows it; it is never part of a built site."),
    "marks": msg("Marked: identifying-detail findings (must go) and possible identifiers (check them)."),
    "none": msg("Nothing marked in this version."),
    "finding": msg("finding"),
    "possible": msg("possible"),
}


def review_page(content: Path, content_arg: str, lang: str, story_id: str) -> bytes | None:
    """The review page for `story_id` in `lang`, or None when there is no such story."""
    review = review_story(content, content_arg, story_id)
    if review is None:
        return None
    return render_review(review, lang, content.resolve().parent).encode("utf-8")


def render_review(review: StoryReview, lang: str, project: Path | None = None) -> str:
    """The page's HTML: the sign-off state, each version with its marks, and the checklist."""

    def say(text: str) -> str:
        return escape(in_language(text, lang, project))

    other = next(code for code in LANGUAGES if code != lang)
    title = review.titles.get(lang) or review.title
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        f"<title>{escape(review.story_id)}: {escape(title)}</title>",
        f'<link rel="stylesheet" href="{REVIEW_STYLE}"></head><body>',
        f'<p class="banner">{say(TEXT["banner"])} <a href="/{other}/review/{escape(review.story_id)}/" '
        f'hreflang="{other}" lang="{other}">{"Cymraeg" if other == "cy" else "English"}</a></p>',
        f"<h1>{escape(review.story_id)}: {escape(title)}</h1>",
        f'<p class="{"signed" if review.signed else "unsigned"}" id="sign-off">{say(review.sign_off)}</p>',
        "<ul>",
    ]
    for audience, reason in review.audiences.items():
        if reason is None:
            parts.append(f"<li>{say(msg('{audience}: published', audience=audience))}</li>")
        else:
            why = EXCLUSION_TEXT.get(reason, reason)
            parts.append(f"<li>{say(msg('{audience}: left out ({why})', audience=audience, why=why))}</li>")
    parts.append(f"</ul><p>{say(TEXT['marks'])}</p>")
    for version in review.versions:
        parts.append(f'<section lang="{version.lang}"><h2>{escape(version.path)}</h2><pre>')
        for number, line in enumerate(version.lines, start=1):
            parts.append(f"{number:>4}  {_marked(line, version.on_line(number), lang, project)}\n")
        parts.append("</pre>")
        if version.marks:
            parts.append(f'<ol lang="{lang}">')
            for mark in version.marks:
                kind = "finding" if mark.kind == FINDING else "possible"
                parts.append(
                    f'<li class="{kind}"><mark class="{kind}">{escape(mark.text)}</mark> '
                    f"({mark.line}:{mark.column}, {say(TEXT[kind])}): {say(mark.why)}</li>"
                )
            parts.append("</ol>")
        else:
            parts.append(f"<p>{say(TEXT['none'])}</p>")
        parts.append("</section>")
    parts.append(f'<h2 id="checklist">{say(review.checklist_title)}</h2><ul>')
    parts.extend(f"<li>{say(item)}</li>" for item in review.checklist)
    then = msg("When you are satisfied: `storysite sign-off {id} --by NAME`.", id=review.story_id)
    parts.append(f"</ul><p>{say(then)}</p></body></html>\n")
    return "".join(parts)


def _marked(line: str, marks: list[Mark], lang: str, project: Path | None) -> str:
    out = []
    at = 0
    for mark in sorted(marks, key=lambda m: m.column):
        start, end = max(mark.column - 1, at), min(mark.column - 1 + mark.length, len(line))
        if start >= end:
            continue
        kind = "finding" if mark.kind == FINDING else "possible"
        title = escape(in_language(mark.why, lang, project))
        out.append(escape(line[at:start]))
        out.append(f'<mark class="{kind}" title="{title}">{escape(line[start:end])}</mark>')
        at = end
    out.append(escape(line[at:]))
    return "".join(out)
