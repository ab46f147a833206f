"""One pass over a text that hands each capitalised word and each run of digits to its finder.

Checking a whole library must run at 10 MB/s or more, so the text is read once by a single
pattern that starts with a capital letter or a digit (the regular-expression engine skips
everything else quickly). Capitalised words go to the name finder, whole capitalised
phrases are assembled only where a word continues into the next one, cue words ("School",
"DOB", "Flat") go to the label finder, and digit runs worth a look go to the number finder.
"""

from __future__ import annotations

import re

from storysite.privacy.labels import CAPITAL_KIND, at_capital_cue, find_lower_cued
from storysite.privacy.names import CONNECT, PHRASE, SKIP, UPPER, extend_after_title, name_hits, title_or_initial
from storysite.privacy.numbers import DIGITS, GATE_REST, at_digits, find_emails

Hit = tuple[int, int, str, str]

ITEM = re.compile(rf"[{UPPER}0-9](?:(?<=[0-9]){GATE_REST}|(?<![0-9])[^\W\d_]*(?:['’-][^\W\d_]+)*)")
# After a capitalised word: does the phrase go on into another one?
CONTINUES = re.compile(rf"(?:[ \t]+(?:{CONNECT}[ \t]+)?|[ \t]*\n[ \t]*)[{UPPER}]")


def scan(text: str, lang: str, pseudonyms: frozenset[str]) -> list[Hit]:
    """Every identifying detail the finders see in TEXT, overlaps and all."""
    hits: list[Hit] = []
    if "@" in text:
        hits.extend(find_emails(text))
    welsh = lang == "cy"
    skip, cue_kinds = SKIP, CAPITAL_KIND
    n = len(text)
    numbers_done = names_done = cues_done = 0
    for m in ITEM.finditer(text):
        s = m.start()
        if text[s] <= "9":
            if s >= numbers_done:
                for hit in at_digits(text, s, DIGITS.match(text, s).end()):  # type: ignore[union-attr]
                    numbers_done = max(numbers_done, hit[1])
                    hits.append(hit)
            continue
        word = m.group()
        glued = s > 0 and text[s - 1].isalnum()
        if word in cue_kinds and s >= cues_done and not glued:
            hit = at_capital_cue(text, s, word)
            if hit:
                cues_done = hit[1]
                hits.append(hit)
        if s < names_done:
            continue
        end = m.end()
        goes_on = end < n and text[end] in " \t\n" and CONTINUES.match(text, end) is not None
        if not goes_on:
            if glued or word in skip or word in pseudonyms:
                continue
            if end < n and text[end] == "." and title_or_initial(word):
                end = extend_after_title(text, s, end)
                names_done = end
            phrase = text[s:end]
        else:
            if glued:
                continue  # the next word starts its own phrase
            end = PHRASE.match(text, s).end()  # type: ignore[union-attr]
            if end < n and text[end] == "." and title_or_initial(text[s:end]):
                end = extend_after_title(text, s, end)
            names_done = end
            phrase = text[s:end]
            if phrase in skip:
                continue
        hits.extend((h.start, h.end, "person-name", h.rule) for h in name_hits(text, s, phrase, welsh, pseudonyms))
    hits.extend(find_lower_cued(text))
    return hits
