"""Split a story file into YAML front matter and a Markdown body, keeping real line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from storysite.content.yamlsafe import Document, Pos, Problem, parse_yaml
from storysite.i18n.messages import msg

_FENCES = ("---",)
_CLOSERS = ("---", "...")


@dataclass(frozen=True, slots=True)
class Split:
    """A story file's parts: the parsed front matter and the body with its first line number."""

    meta: Document
    body: str
    body_line: int


def split_front_matter(text: str) -> Split:
    """Split `text` (already decoded, BOM removed, newlines normalised) at its `---` fences."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() not in _FENCES:
        doc = Document(data=None)
        doc.problems.append(
            Problem(
                Pos(1, 1, max(len(lines[0]) if lines else 1, 1)),
                "frontmatter.missing",
                msg("The file must start with front matter: a line `---`, the story's fields, then `---`."),
            )
        )
        return Split(doc, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            yaml_text = "\n".join(lines[1:index])
            meta = parse_yaml(yaml_text, line_offset=1)
            if meta.data is not None and not isinstance(meta.data, dict) and not meta.problems:
                meta.problems.append(
                    Problem(
                        meta.values.get((), Pos(1, 1, len(lines[0]))),  # what is written instead of fields
                        "frontmatter.not-mapping",
                        msg("The front matter must be a list of fields such as `title: ...`, one per line."),
                    )
                )
                meta.data = None
            return Split(meta, "\n".join(lines[index + 1 :]), index + 2)
    doc = Document(data=None)
    doc.problems.append(
        Problem(
            Pos(1, 1, 3),
            "frontmatter.unclosed",
            msg(
                "The front matter starts with `---` on line 1 but is never closed: "
                "add a line `---` after the last field."
            ),
        )
    )
    return Split(doc, "", len(lines) + 1)
