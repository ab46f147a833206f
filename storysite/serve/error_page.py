"""What `storysite serve` adds to pages: the live-reload script, and the bilingual build-error page."""

from __future__ import annotations

from html import escape
from pathlib import Path

from storysite import LANGUAGES
from storysite.findings import Finding, shown
from storysite.i18n.catalogs import translations
from storysite.i18n.messages import in_language
from storysite.vocabulary import N_

PREFIX = "/__storysite/"
EVENTS = PREFIX + "events"
SCRIPT = PREFIX + "reload.js"
STYLE = PREFIX + "error.css"  # a file, not a <style>: the preview's Content-Security-Policy allows no inline style


TITLE = N_("The site could not be built")
ADVICE = N_("Fix the problem in the file named below, then save the file: this page will reload by itself.")
PROBLEMS = N_("Problems to fix")

ERROR_CSS = """\
body { font: 1.1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 50rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; color: #8a1010; margin-bottom: .25rem; }
section { border-left: .4rem solid #8a1010; padding-left: 1rem; margin-bottom: 1.5rem; }
.message { display: block; } .message[lang="en"] { color: #444; }
ol { padding-left: 1.5rem; } li { margin: .75rem 0; }
q.found { font-weight: bold; background: #fff3b0; }
code { font-weight: bold; background: #f3f3f3; padding: .1rem .3rem; overflow-wrap: anywhere; }
"""

RELOAD_JS = """\
// storysite serve: reload this page when the site is rebuilt (only in preview, never in a built site).
(function () {
  "use strict";
  var script = document.currentScript;
  var seen = script ? script.getAttribute("data-version") : null;
  var source = new EventSource("__EVENTS__");
  source.onmessage = function (event) {
    if (seen === null) { seen = event.data; return; }
    if (event.data !== seen) { source.close(); window.location.reload(); }
  };
})();
""".replace("__EVENTS__", EVENTS)


def reload_tag(version: str) -> bytes:
    """The script element put into every page in preview."""
    return f'<script src="{SCRIPT}" data-version="{escape(version)}"></script>\n'.encode()


def inject(page: bytes, version: str) -> bytes:
    """Put the reload script just before </body> (or at the end)."""
    tag = reload_tag(version)
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


def _both(message: str, project: Path | None) -> str:
    """A message in Welsh, then English (once, where the two are the same text)."""
    texts = {lang: in_language(message, lang, project) for lang in LANGUAGES}
    if len(set(texts.values())) == 1:
        return f"<span>{escape(texts['en'])}</span>"
    return " ".join(f'<span lang="{lang}" class="message">{escape(text)}</span>' for lang, text in texts.items())


def _words(finding: Finding) -> str:
    """The words an identifying-detail finding flagged, after its location (invisible characters named)."""
    if not finding.text:
        return ""
    return f' <q class="found">{escape(shown(finding.text))}</q>'


def error_page(findings: list[Finding], messages: list[str], project: Path | None, version: str) -> bytes:
    """A page in Welsh then English: the build failed, where (file:line) and what to do."""
    intro = []
    for lang in LANGUAGES:
        gettext = translations(lang, project).gettext
        intro.append(
            f'<section lang="{lang}"><h1>{escape(gettext(TITLE))}</h1><p>{escape(gettext(ADVICE))}</p></section>'
        )
    items = [
        f'<li><code class="where">{escape(f.path)}:{f.line}:{f.column}</code>{_words(f)} '
        f"{_both(f.message, project)}</li>"
        for f in findings
    ] + [f"<li>{_both(message, project)}</li>" for message in messages]
    heading = " / ".join(escape(translations(lang, project).gettext(PROBLEMS)) for lang in LANGUAGES)
    cy_title = escape(translations("cy", project).gettext(TITLE))
    html = f"""<!DOCTYPE html>
<html lang="cy">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{cy_title} / {escape(TITLE)}</title>
<link rel="stylesheet" href="{STYLE}">
</head>
<body>
<main id="storysite-build-error">
{"".join(intro)}
<h2>{heading}</h2>
<ol class="problems">
{chr(10).join(items)}
</ol>
</main>
</body>
</html>
"""
    return inject(html.encode("utf-8"), version)
