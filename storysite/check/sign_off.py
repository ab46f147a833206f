"""Sign-off: the digest of what a story publishes, and whether its `sign_off` record still matches it.

The digest covers every language version's front matter but `sign_off`, and its body: parsed, as
canonical JSON with sorted keys, so that line ends, a BOM or the order of keys do not change it,
while any change to a value or to a character of the text does. Beside the digest, `sign_off.fields`
keeps a short fingerprint of each field of each version (an addition to the contract's `{by, date,
digest}`), so that a lapsed sign-off can say which field of which version changed; only the digest
decides whether the sign-off holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from storysite import LANGUAGES
from storysite.content.frontmatter import split_front_matter
from storysite.model import SignOff, StoryVersion

FIELD = "sign_off"
DIGEST_PREFIX = "sha256:"
BODY = "body"  # the name a version's text has among its fields' fingerprints
PRINT_LENGTH = 8  # hex digits of a field's fingerprint: enough to tell a change, too few to stand for the text


def normalise(text: str) -> str:
    """A file's text as the digest reads it: no BOM, `\\n` line ends (as content.load decodes it)."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def published_fields(text: str) -> dict[str, Any] | None:
    """A version's fields but `sign_off`, and its body under `body`; None when the front matter cannot be read."""
    split = split_front_matter(normalise(text))
    data = split.meta.data
    if not isinstance(data, dict) or split.meta.problems:
        return None
    fields = {key: value for key, value in data.items() if key != FIELD}
    fields[BODY] = split.body
    return fields


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value)


def story_digest(texts: Mapping[str, str]) -> str | None:
    """`sha256:<hex>` of every version's published fields (`texts`: each version's file text by language)."""
    parts = []
    for lang in LANGUAGES:
        if lang not in texts:
            continue
        fields = published_fields(texts[lang])
        if fields is None:
            return None
        parts.append({"lang": lang, "fields": fields})
    return DIGEST_PREFIX + hashlib.sha256(_canonical(parts).encode("utf-8", "surrogatepass")).hexdigest()


def field_prints(texts: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """A short fingerprint of each field of each version, by language then field name."""
    prints: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        fields = published_fields(texts[lang]) if lang in texts else None
        if fields is None:
            continue
        prints[lang] = {
            name: hashlib.sha256(_canonical(value).encode("utf-8", "surrogatepass")).hexdigest()[:PRINT_LENGTH]
            for name, value in sorted(fields.items())
        }
    return prints


def holder(versions: list[StoryVersion]) -> StoryVersion:
    """The version whose front matter holds the sign-off: the first (in language order) that gives consent."""
    ordered = sorted(versions, key=lambda v: LANGUAGES.index(v.lang))
    return next((v for v in ordered if "consent" in v.neutral_pos), ordered[0])


def read_sign_off(versions: list[StoryVersion]) -> SignOff | None:
    """The story's sign-off and whether it matches its text now; None when no version has one.

    Versions must still hold their lines (as read_version made them).
    """
    texts = {v.lang: "\n".join(v.lines) for v in versions}
    records = []
    for version in sorted(versions, key=lambda v: LANGUAGES.index(v.lang)):
        if FIELD not in texts[version.lang]:
            continue  # most files: no need to read their front matter again
        split = split_front_matter(texts[version.lang])
        data = split.meta.data
        if isinstance(data, dict) and FIELD in data:
            records.append((version, data[FIELD], split.meta.keys.get((FIELD,))))
    if not records:
        return None
    version, record, pos = records[0]
    line = pos.line if pos else 1
    if not isinstance(record, dict) or not all(isinstance(record.get(k), str | dt.date) for k in ("by", "date")):
        return SignOff(version.shown, line, "", "", "", "", False, problem="malformed")
    by, date, note = str(record["by"]), _date_text(record["date"]), str(record.get("note") or "")
    recorded = record.get("digest")
    if not isinstance(recorded, str) or not recorded.startswith(DIGEST_PREFIX):
        return SignOff(version.shown, line, by, date, note, "", False, problem="malformed")
    if len(records) > 1:  # two records: which one was meant cannot be told, so neither holds
        return SignOff(version.shown, line, by, date, note, recorded, False, problem="twice")
    now = story_digest(texts)
    if now is not None and now == recorded:
        return SignOff(version.shown, line, by, date, note, recorded, True)
    return SignOff(
        version.shown, line, by, date, note, recorded, False, _changed(record.get("fields"), texts), "mismatch"
    )


def _date_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _changed(recorded: Any, texts: Mapping[str, str]) -> tuple[str, ...]:
    """`lang:field` for each field whose fingerprint differs from the recorded one (none when none were recorded)."""
    if not isinstance(recorded, dict):
        return ()
    now = field_prints(texts)
    changed = []
    for lang in LANGUAGES:
        before, after = recorded.get(lang), now.get(lang)
        if before is None and after is None:
            continue
        if not isinstance(before, dict) or after is None:
            changed.append(f"{lang}:*")  # the whole version was added or removed since
            continue
        for name in sorted(set(before) | set(after)):
            if str(before.get(name)) != after.get(name):
                changed.append(f"{lang}:{name}")
    return tuple(changed)
