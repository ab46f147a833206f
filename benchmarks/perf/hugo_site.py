"""Convert a storysite library into a Hugo multilingual site with minimal layouts.

The Hugo site has what the storysite site has at its core: a page per story and language,
a language switch with hreflang, paged listings by wellbeing area (a taxonomy) and by type,
home pages, and the Pagefind attributes on story pages. Shared front-matter fields, which
storysite lets a story write once, are copied into both language versions (Hugo has no such
merge), and each pair is linked by translationKey.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

CONFIG = """\
baseURL = "/"
defaultContentLanguage = "cy"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = 12
relativeURLs = true
[taxonomies]
  wellbeing = "wellbeing"
  storytype = "storytypes"
[languages]
  [languages.cy]
    languageName = "Cymraeg"
    weight = 1
  [languages.en]
    languageName = "English"
    weight = 2
"""
BASEOF = """\
<!doctype html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<nav aria-label="Language">{{ range .Translations }}
<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">
{{ .Language.LanguageName }}</a>
{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""
SINGLE = """\
{{ define "main" }}
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{{ .Title }}</h1>
<p class="summary">{{ .Params.summary }}</p>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<ul>{{ range .GetTerms "wellbeing" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ range .Params.wellbeing }}<span data-pagefind-filter="wellbeing">{{ . }}</span>{{ end }}
<span data-pagefind-filter="type">{{ .Params.storytype }}</span>
{{ .Content }}
{{ with .Params.impact }}<table><thead>
<tr><th>Outcome</th><th>Area</th><th>Target</th><th>Measure</th><th>Actual</th><th>Comments</th></tr>
</thead><tbody>
{{ range . }}<tr><td>{{ .outcome }}</td><td>{{ .area }}</td><td>{{ .target }}</td>
<td>{{ .measure }}</td><td>{{ .actual }}</td><td>{{ .comments }}</td></tr>{{ end }}
</tbody></table>{{ end }}
</article>
{{ end }}
"""
LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
"""
TERMS = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>
{{ end }}
"""
HOME = """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ul>{{ range first 6 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
"""
NEUTRAL = ("type", "date", "wellbeing", "themes", "service", "client_group", "outcome", "consent")


def split(text: str) -> tuple[dict, str]:
    """Front matter (as plain data) and body of a storysite story file."""
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def convert(content: Path, hugo: Path) -> int:
    """Write the Hugo site for the library in `content` into `hugo`; returns the story files written."""
    for name, text in {
        "hugo.toml": CONFIG,
        "layouts/_default/baseof.html": BASEOF,
        "layouts/_default/single.html": SINGLE,
        "layouts/_default/list.html": LIST,
        "layouts/_default/terms.html": TERMS,
        "layouts/index.html": HOME,
    }.items():
        path = hugo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stories: dict[str, dict[str, tuple[dict, str]]] = {}
    for path in sorted((content / "stories").rglob("*.md")):
        lang = path.name.rsplit(".", 2)[1]
        front, body = split(path.read_text(encoding="utf-8"))
        stories.setdefault(front["id"], {})[lang] = (front, body)
    out = hugo / "content" / "stories"
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for story_id, versions in stories.items():
        shared = {k: v for lang in versions for k, v in versions[lang][0].items() if k in NEUTRAL}
        for lang, (front, body) in versions.items():
            fields = {**shared, **front}
            fields["storytype"] = [fields.pop("type")]
            fields["date"] = str(fields["date"])
            fields.pop("consent", None)
            fields["translationKey"] = story_id
            fields["slug"] = story_id
            (out / f"{story_id}.{lang}.md").write_text(json.dumps(fields, default=str) + "\n" + body, encoding="utf-8")
            written += 1
    return written
