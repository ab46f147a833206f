"""One pass over a text that hands each capitalised word and each run of digits to its finder.

Checking a whole library must run at 10 MB/s or more, so the text is read once by a single
simple pattern: a word that starts with a capital letter or a digit (the regular-expression
engine skips everything else quickly). Everyday capitalised words are dropped by one set
lookup; the rest go to the name finder, which assembles a whole capitalised phrase only
where a word runs on into the next. Cue words ("School", "DOB", "Flat") go to the label
finder, and runs of digits that could start an ID go to the number finder.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy import places, whereabouts
from storysite.privacy.birthdays import NEEDLES as BIRTHDAY_NEEDLES
from storysite.privacy.birthdays import birthdays_without_year
from storysite.privacy.case_notes import NEEDLES as CASE_NOTE_NEEDLES
from storysite.privacy.case_notes import (
    case_notes,
    figures_first_at,
    homes_after_people,
    homes_before_postcodes,
    lettered_code_at,
    long_figures_at,
)
from storysite.privacy.dates import (
    DATE,
    MONTH_WORDS,
    SPOKEN_NEEDLES,
    abbreviated_dob_at,
    aged_date_at,
    aged_word_date_at,
    births_after_a_birth,
    dates_after_people,
    dob_before_cue_at,
    festival_births,
    festival_years,
    record_date_at,
    spoken_dates,
)
from storysite.privacy.english_homes import (
    AT_NEEDLES,
    FAMILY_NEEDLES,
    SAID_TO_BE_NEEDLES,
    english_homes,
    homes_at_with_a_cue,
    homes_of_a_family,
    homes_said_to_be,
)
from storysite.privacy.english_homes import NEEDLES as ENGLISH_HOME_NEEDLES
from storysite.privacy.labels import (
    BOAT_NUMBER_NEEDLES,
    CAPITAL_KIND,
    LOOSE_KEYS,
    PLATE_NEEDLES,
    STALL_NEEDLES,
    TAG_NEEDLES,
    at_capital_cue,
    boat_numbers,
    collar_numbers,
    cued_before_digits,
    generic_id_at,
    loose_id_before,
    market_stalls,
    number_on_a_card_at,
    number_on_the_back_at,
    sort_codes_and_seats,
    tags_and_certificates,
    taxi_plates,
    word_date_of_birth_at,
)
from storysite.privacy.names import (
    CONNECTORS,
    KIN_TITLES,
    NICK_WORDS,
    PHRASE,
    PHRASE_HEADS,
    SKIP,
    TITLES,
    UPPER,
    WELSH_VERB_ENDINGS,
    extend_after_title,
    name_hits,
    runs_of,
    surname_after_pseudonym,
    title_or_initial,
)
from storysite.privacy.needles import Words
from storysite.privacy.numbers import (
    GRID_NEEDLES,
    KEYPAD_NEEDLES,
    PLATFORMS,
    access_code_at,
    at_digits,
    dateless_plate_at,
    exchange_at,
    find_emails,
    grid_references,
    handle_before,
    keypad_codes,
    local_number_at,
    login_at,
    named_handle_after,
    private_plate_at,
    profile_links,
    what3words,
)
from storysite.privacy.officers import RANKS, officer_at
from storysite.privacy.page_names import NEEDLES as PAGE_NAME_NEEDLES
from storysite.privacy.page_names import PAGE_NEEDLES, lower_handle_near, page_names
from storysite.privacy.places import (
    BASE_KIND_NEEDLES,
    BASE_WORD_NEEDLES,
    COMPOUND_STARTS,
    FARM_OR_CARE_HOME_NEEDLES,
    FARM_TAILS,
    GENERIC_SCHOOL,
    HEAD_NEEDLES,
    MANAGER_NEEDLES,
    NURSERY_SHAPE_NEEDLES,
    PLAS_NEEDLES,
    SCHOOL_INITIAL_NEEDLES,
    UNIT_NEEDLES,
    WALKED_BEFORE,
    bases_by_their_word,
    bases_named_before_their_kind,
    care_homes_called_plas,
    compound_home_at,
    directions_home,
    halls_of_residence,
    home_phrase_at,
    home_walked_at,
    homes_after_rooms,
    homes_after_their_word,
    homes_arrived_at,
    homes_by_address_word,
    homes_by_landmark,
    homes_called,
    homes_known_by,
    homes_managed,
    homes_named_by_their_kind,
    homes_placed_after_name,
    houses_before_numbers,
    housing_estates,
    hyphen_home_at,
    mutated_home_at,
    named_care_homes,
    named_groups_of_homes,
    named_units,
    numbered_home_at,
    nurseries_named_little,
    place_farm_at,
    schools_by_initials,
    schools_by_kind,
    schools_by_landmark,
    schools_by_their_head,
    schools_in_apposition,
    schools_named_before_their_kind,
    tailed_farm_at,
    teaching_units,
)
from storysite.privacy.references import spaced_references
from storysite.privacy.rooms import (
    FLAT_NEEDLES,
    IN_WORDS_NEEDLES,
    LOCKER_NEEDLES,
    WARD_NEEDLES,
    flats_in_buildings,
    lockers,
    named_wards,
    rooms_and_beds,
    rooms_in_words,
)
from storysite.privacy.safe_places import NEEDLES as SAFE_PLACE_NEEDLES
from storysite.privacy.safe_places import homes_placed, numbered_homes
from storysite.privacy.welsh import mutations, phrase_mutations
from storysite.privacy.whereabouts import homes_described
from storysite.privacy.year_groups import (
    EXAM_NEEDLES,
    EXCLUDED_NEEDLES,
    FIGURES_OF_NEEDLES,
    LEFT_NEEDLES,
    POST_NEEDLES,
    UNTIL_NEEDLES,
    schools_by_exams,
    schools_by_year_group,
    schools_left_at_an_age,
)

Hit = tuple[int, int, str, str]

# Latin Extended-B and Additional too, so that "Ionuț" or "Ẁ" is read as one word.
ITEM = re.compile(rf"[{UPPER}0-9][A-Za-z0-9À-ÖØ-öø-ÿĀ-ɏḀ-ỿ]*")
DIGITS = re.compile(r"[0-9]+")
_HAS_DIGIT = re.compile(r"[0-9]")
_SEPARATORS = " \t()/.-,"
_ROMAN_MONTH = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[/.-][0-9]")
# Everyday words that neither start a phrase that could hide a name nor cue a detail. Fixed: a set
# that learned words as it scanned made a finding depend on which stories were scanned before.
_KEEP = PHRASE_HEADS | CAPITAL_KIND.keys() | TITLES | KIN_TITLES
_QUIET = frozenset(SKIP - _KEEP)
# Quiet words that are a place's name mutated as a home's is ("Mhentwyn", "Benlan"): a home when a word follows.
_MUTATED_HOME_PLACES = frozenset(w for w in _QUIET if w.startswith(tuple(places.HOME_HEAD_FORMS)) and w.isalpha())
_AT_ON = frozenset({"at ", "on ", "ar "})
_WALKED_BEFORE = frozenset(WALKED_BEFORE)
_TO_ON = frozenset({"to ", "on "})
_UP_DOWN = frozenset({"up ", "wn "})
_THE = frozenset({"the ", " y ", "The "})
# "on the Hendre", "ar y Waun", "lives with down Penlan": read only after at, on or ar
_ON_THE = frozenset({"on the ", "at the "})
_DOWN = frozenset({"ar y ", "down ", "n up "})
_AGE_NEXT = frozenset({" ar ", " on ", " oed"})
# The rest of a hyphened name: "-wen", "-mawr", and capitalised, "-Coed" (round forty-two).
_JOINED_REST = re.compile(r"-[a-zâêîôûŵŷA-ZŴŶ][a-zâêîôûŵŷ]+(?=[ \t])")
_VANS = ("caravan ", "Caravan ", "carafán ", "Carafán ", "garafán ", "static ", "Static ", "van ", "Van ")
_HYPHENED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+s\b")


def _family_of(word: str, surnames: frozenset[str]) -> bool:
    """Is WORD a double surname in the plural ("Pritchard-Joneses", "Lloyd-Evanses")?"""
    first, second = word.split("-")
    return first in surnames and (second[:-1] in surnames or (second.endswith("es") and second[:-2] in surnames))


# A first name where someone lives, its street after it, is the house's name: "byw yn Gwynfryn, Rhes Glandŵr".
_LIVES_IN = ("byw yn ", "fyw yn ", "ives at ", "ived at ", "ving at ")
_STREET_NEXT = re.compile(
    r",[ \t]+(?:(?:Rhes|Stryd|Stryt|Heol|Hewl|Ffordd|Lôn|Teras|Cilgant|Rhodfa|Llys|Clos)[ \t]+[A-ZÂŴŶ]"
    r"|[A-Z][\w'’-]+[ \t]+(?:Road|Street|Lane|Terrace|Avenue|Close|Drive|Crescent|Row)\b)"
)


# The birthday finder's own literals open its gate: a capital one too ("Her Birthday is 3 March", "Born on Boxing Day").
_BIRTH_WORDS = frozenset(BIRTHDAY_NEEDLES)


def scan(text: str, lang: str, pseudonyms: frozenset[str]) -> list[Hit]:
    """Every identifying detail the finders see in TEXT, overlaps and all."""
    hits: list[Hit] = []
    welsh = lang == "cy"
    found = _WORDS.find(text)  # every finder's literals, in one pass
    lowered = _LOWER_WORDS.find(text.lower())
    # Most short fields hold none of the finders' literals: the finders that start from one are passed over.
    literals = not (found.empty and lowered.empty)
    units: list[tuple[int, int]] = []
    if "@" in text:
        hits.extend(find_emails(text))
    if "/" in text:
        hits.extend(profile_links(text))
    if "///" in text or "hat3" in text or "hat 3" in text:
        hits.extend(what3words(text))  # "///cneifio.llechen.pwced", "what3words: filled.count.soap"
    seats = found.any(("eat", "edd")) and found.any(("ow ", "hes "))  # "row F, seat 12", "sedd 4, rhes B"
    if found.any(("ort code", "idoli")) or seats:
        for s, e in sort_codes_and_seats(text):
            hits.append((s, e, "other-id", "privacy.other-id.card"))
    if found.any(("ollar", "oler")):
        for s, e in collar_numbers(text):
            hits.append((s, e, "other-id", "privacy.other-id.collar-number"))
    if found.any(TAG_NEEDLES):
        for s, e in tags_and_certificates(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.card-number"))  # "door fob 17", "cert 0017 8451 9360"
    if found.any(PLATE_NEEDLES):
        for s, e in taxi_plates(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.card-number"))  # "the same taxi, plate 47"
    if found.any(BOAT_NUMBER_NEEDLES):
        for s, e in boat_numbers(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.card-number"))  # "She's the M 114, on a mooring"
    if found.any(STALL_NEEDLES):
        for s, e in market_stalls(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.card-number"))  # "Swansea Market … from stall 31"
    hits.extend(case_notes(text, found, pseudonyms))  # "b. Gorff. 1940", "rhif GIM 2231", "oh seven seven double oh…"
    # Each finder's spans are tagged in a plain loop: most finders find nothing, and a generator costs ten times
    # as much as an empty loop.
    # The finders given only FOUND start from its literals, homes_arrived_at only from LOWERED's: each set is
    # passed over when its pass found nothing, the finders left in the same order.
    placed: list[tuple[int, int]] = []
    if not found.empty:
        units = named_units(text) if found.any(_UNIT_WORDS) else []
        for s, e in units:
            hits.append((s, e, "school", "privacy.school.unit"))
        placed = homes_by_landmark(text, welsh, found)
        for s, e in placed:
            hits.append((s, e, "address", "privacy.address"))
        for s, e in directions_home(text, welsh, found):
            hits.append((s, e, "address", "privacy.address"))
        for s, e in named_care_homes(text, found):
            hits.append((s, e, "address", "privacy.address"))
        for s, e in homes_named_by_their_kind(text, found):
            hits.append((s, e, "address", "privacy.address"))  # "the Maes Glas hostel", "Albion Lodge, the hostel"
        for s, e in homes_called(text, found):
            hits.append((s, e, "address", "privacy.address"))
    if found.any(FARM_OR_CARE_HOME_NEEDLES):  # "ar fferm Tir-y-Dderwen", "yng Nghartref Bryn Tair Carn"
        for s, e in homes_after_their_word(text, found):
            hits.append((s, e, "address", "privacy.address"))
    if not lowered.empty:
        for s, e in homes_arrived_at(text, welsh, lowered):
            hits.append((s, e, "address", "privacy.address"))
    for s, e in homes_managed(text, welsh, found) if found.any(MANAGER_NEEDLES) else ():
        hits.append((s, e, "address", "privacy.address"))  # "Fi yw rheolwraig Llys Ffrwdwen"
    for s, e in care_homes_called_plas(text, found) if found.any(PLAS_NEEDLES) else ():
        hits.append((s, e, "address", "privacy.address"))  # "pythefnos o ofal cam-i-lawr yn Plas Eithin"
    if not found.empty:
        for s, e in named_groups_of_homes(text, found):
            hits.append((s, e, "address", "privacy.address"))
    for s, e in homes_described(text, welsh, found):
        hits.append((s, e, "address", "privacy.address"))
    if found.any(SAFE_PLACE_NEEDLES):
        for s, e in homes_placed(text, found):
            hits.append((s, e, "address", "privacy.address"))  # "the refuge up Malpas", "hen dŷ'r ysgolfeistr"
    if not welsh:
        for s, e in homes_of_a_family(text, found):
            hits.append((s, e, "address", "privacy.address"))  # "tea at the Bellises'", "to the Llewellyns'"
        for s, e in homes_at_with_a_cue(text, found):
            hits.append((s, e, "address", "privacy.address"))  # "born at Cilfach", "the carers call at Gwylan"
        for s, e in homes_said_to_be(text, found) if found.any(SAID_TO_BE_NEEDLES) else ():
            hits.append((s, e, "address", "privacy.address"))  # "Brynawel is the end house on Gelli Deg Terrace"
    if found.any(ENGLISH_HOME_NEEDLES):
        for s, e in english_homes(text, found):
            hits.append((s, e, "address", "privacy.address"))  # "lived at Hillcrest", "home to The Laurels"
    # Four finders need figures, which most story text has none of (the digits are gate words of the pass).
    figures = found.any(_FIGURES)
    if figures:
        for s, e in numbered_homes(text):
            hits.append((s, e, "address", "privacy.address"))  # "at 23 Glasfryn", "Nerys Pant, 9 Ashgrove"
        if found.any(GRID_NEEDLES):
            hits.extend(grid_references(text))  # "SN 478 127": a farm placed to ten metres
        hits.extend(keypad_codes(text, found))  # "cod y drws, 1966*", "the back door keypad, 4719 then the tick"
        rooms = rooms_and_beds(text)
        flats = flats_in_buildings(text, found) if found.any(FLAT_NEEDLES) else []
        for s, e in flats:
            hits.append((s, e, "address", "privacy.address"))  # "flat 3 at the Hen Ysgol"
        placed = placed + flats
        if placed:  # "flat 3 above the launderette": the home placed by its landmark, not a room's number
            rooms = [r for r in rooms if not any(s <= r[0] and r[1] <= e for s, e in placed)]
        for s, e in rooms:
            if text.startswith(_VANS, s):  # "who lives in caravan 6, Glan-yr-Afon Park": a home's number (round 43)
                hits.append((s, e, "address", "privacy.address"))
            else:
                hits.append((s, e, "other-id", "privacy.other-id.bed"))
        for s, e in homes_after_rooms(text, rooms) if rooms else ():
            hits.append((s, e, "address", "privacy.address"))  # "stafell 11 ym Mhlas Goleufryn"
    if found.any(IN_WORDS_NEEDLES):
        for s, e in rooms_in_words(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.bed"))  # "yn stafell naw", "in room fourteen"
    if found.any(LOCKER_NEEDLES):
        for s, e in lockers(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.bed"))  # "locer yn y bloc gwyddoniaeth (rhif 118)"
    if not found.empty:
        for s, e in named_wards(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.bed"))
        for s, e in page_names(text, found):
            hits.append((s, e, "other-id", "privacy.other-id.handle"))
    if figures:
        for s, e in festival_births(text):
            hits.append((s, e, "date-of-birth", "privacy.date-of-birth"))
        for s, e in festival_years(text):
            hits.append((s, e, "date-of-birth", "privacy.date-of-birth"))  # "a Guy Fawkes night '32 baby"
    if found.any(SPOKEN_NEEDLES):
        for s, e in spoken_dates(text):
            hits.append((s, e, "date-of-birth", "privacy.date-of-birth"))  # "the third of March, nineteen fifty-two"
    lower_cues = found.any(_LOWER_CUES)  # also read by the month and number finders below
    if lower_cues or found.any(_BIRTH_WORDS):  # a birthday's or a birth's words
        for s, e in birthdays_without_year(text, found):
            hits.append((s, e, "date-of-birth", "privacy.date-of-birth"))
    if figures:
        for s, e in spaced_references(text):
            hits.append((s, e, "other-id", "privacy.other-id.case-reference"))
    if found.any(_ADDRESS_WORDS):
        for s, e in homes_by_address_word(text, found):
            hits.append((s, e, "address", "privacy.address"))
    kinds = schools_by_kind(text, welsh, found, lowered) if literals else []
    if not lowered.empty:
        kinds += schools_in_apposition(text, lowered)  # "her nursery, Busy Bees,"
        kinds += schools_by_landmark(text, lowered)  # "the primary up by the water tower"
        kinds += schools_named_before_their_kind(text, lowered)  # "Craig-y-Môr, the old residential Deaf school"
    if found.any(UNIT_NEEDLES):
        kinds += teaching_units(text, found)  # "most of Year 9 at the Glanffrwd Centre"
    if found.any(BASE_KIND_NEEDLES):
        kinds += bases_named_before_their_kind(text, found)  # "the Hut, the portacabin base behind the sports hall"
    if found.any(NURSERY_SHAPE_NEEDLES):
        kinds += nurseries_named_little(text, found)  # "goes to Tiny Steps three mornings a week"
    if found.any(BASE_WORD_NEEDLES):
        kinds += bases_by_their_word(text, found, lowered)  # "sent more than once to the Hafan", "i'r Cwtsh"
    kinds += schools_by_initials(text, found, lowered)  # "the Urdd banner from YGCB", "lessons at AVH"
    if found.any(HEAD_NEEDLES):
        kinds += schools_by_their_head(text, found, lowered)  # "Mrs Gittins's school", "liked was Mr Probert's"
    if figures or " year " in text or "lwyddyn " in text or "Year " in text:
        kinds += schools_by_year_group(text, found)  # "Year 10 at Dyffryn Nantlle", "year eleven at Bryn El"
    if (
        found.any(EXAM_NEEDLES)
        or found.any(EXCLUDED_NEEDLES)
        or found.any(POST_NEEDLES)
        or found.any(FIGURES_OF_NEEDLES)
    ):
        kinds += schools_by_exams(text, found)  # "her GCSEs at Tryfan", "excluded from Glan Clwyd"
    if found.any(LEFT_NEEDLES):
        kinds += schools_left_at_an_age(text, found)  # "she left the Convent at sixteen"
    if found.has("euadd ") or found.has("euaddau") or " halls" in text or " Hall" in text:
        kinds += halls_of_residence(text)  # "stafell yn Neuadd Cae Mawr", where a student is spoken of
    for s, e in kinds:
        # a campus, a base or a specialist unit by its name: a school's own words ("ar gampws …", "the STF at …")
        part = text.startswith(_SCHOOL_PARTS, s) or text.endswith((" base", " Base"), s, e)
        hits.append((s, e, "school", "privacy.school.campus" if part else "privacy.school"))
    if found.any(_ESTATE_WORDS):
        for s, e in housing_estates(text, found):
            hits.append((s, e, "address", "privacy.address"))
    skip, cue_kinds, heads, quiet, months, platforms = SKIP, CAPITAL_KIND, PHRASE_HEADS, _QUIET, MONTH_WORDS, PLATFORMS
    home_places = _MUTATED_HOME_PLACES
    places, surnames, nick_words = lx.PLACES, lx.SURNAMES, NICK_WORDS
    n = len(text)
    numbers_done = names_done = cues_done = cursor = 0
    misread: list[int] = []  # where a word of figures has look-alike letters among them
    # Whether the text has a farm name's tail: looked for only when a word needs it, and then once.
    farm_tails: bool | None = None
    # findall is much cheaper than finditer; positions are found again (with str.find) only
    # for the few words that need them, in order, so each lands on its own occurrence.
    for word in ITEM.findall(text):
        if (
            farm_tails is not False  # once the text is known to have none, no more look-ups
            and word in places
            and word in quiet
            and (farm_tails if farm_tails is not None else (farm_tails := found.any(_FARM_TAILS)))
        ):
            s = _locate(text, word, cursor, n)
            cursor = s + len(word)
            farm = place_farm_at(text, s, cursor)  # "the last house down Penlan-isaf"
            if not farm and word in home_places and s > 2 and text[s - 2] in "nmgio":
                farm = mutated_home_at(text, s, word)  # "i Benlan-fach"
            if farm:
                hits.append((farm[0], farm[1], "address", "privacy.address"))
            continue
        if word in platforms:
            s = _locate(text, word, cursor, n)
            cursor = s + len(word)
            handle = named_handle_after(text, cursor)  # "his Snapchat is gaz_jones99"
            if handle:
                hits.append(handle)
            tag = handle_before(text, s) if text[max(0, s - 4) : s] == " on " else None
            if tag:
                hits.append(tag)  # "He games now as ValleyBoyTy on Xbox"
            lower = lower_handle_near(text, s)  # "Ei henw ar TikTok yw nainbakes"
            if lower:
                hits.append((lower[0], lower[1], "other-id", "privacy.other-id.handle"))
        located = -1
        if pseudonyms and word in nick_words:
            located = _locate(text, word, cursor, n)
            cursor = located + len(word)
            made_up = _PSEUDONYM_BEFORE.search(text, max(0, located - 30), located)
            named_after = word == "Ysgol" and _CAPITAL_NEXT.match(text, cursor) is not None
            if made_up and made_up.group(1) in pseudonyms and not named_after:
                hits.append((made_up.start(1), cursor, "person-name", "privacy.person-name.nickname"))  # "Meinir Siop"
                continue
        if word in quiet or word in pseudonyms:
            if word in home_places:
                s = located if located >= 0 else _locate(text, word, cursor, n)
                cursor = s + len(word)
                home = mutated_home_at(text, s, word) if s > 2 and text[s - 2] in "nmgio" else None
                if home:  # "ym Mhentwyn Helyg", "i Benlan-fach": a place's word, made a home by what follows
                    hits.append((home[0], home[1], "address", "privacy.address"))
                continue
            if word in months and (
                welsh
                or found.has("turn")  # "Kai turned ten on the ninth of September"
                or lower_cues
            ):
                s = located if located >= 0 else _locate(text, word, cursor, n)
                cursor = s + len(word)
                dob = word_date_of_birth_at(text, s, cursor)  # "born on the second of March"
                if dob:
                    hits.append(dob)
            continue  # most capitalised words: everyday words and declared names
        s = located if located >= 0 else _locate(text, word, cursor, n)
        cursor = s + len(word)
        if not word.isalpha():
            if s >= numbers_done:
                numbers_done = _digits(text, s, word, hits, numbers_done, lower_cues)
            if MISREAD.search(text, max(0, s - 1), cursor + 1):
                misread.append(s)  # "O77OO 9OO123": letters standing for figures
            continue
        if word in RANKS:
            officer = officer_at(text, s)  # "PC Gwynedd": a place after a rank is the officer's surname
            if officer:
                hits.append((officer[0], officer[1], "person-name", "privacy.person-name.title"))
        glued = s > 0 and text[s - 1].isalnum()
        if word in months and (welsh or found.has("turn") or lower_cues):
            dob = word_date_of_birth_at(text, s, cursor)  # "ar yr ail o Fai" ("Mai" is also a name)
            if dob:
                hits.append(dob)
        if (
            word in cue_kinds
            and s >= cues_done
            and not glued
            and not (s > 1 and text[s - 1] in "-'’" and text[s - 2].isalpha())  # "Bryn" of "Tan-y-Bryn Cottages"
        ):
            hit = at_capital_cue(text, s, word)
            if hit:
                cues_done = hit[1]
                hits.append(hit)
        tail_at = cursor
        if (
            cursor < n
            and text[cursor] == "-"
            and not text.startswith(FARM_TAILS, cursor)  # "Cwm-Isaf": the tail itself
            and (joined := _JOINED_REST.match(text, cursor))
        ):
            tail_at = joined.end()  # "lan yn Gilfach-wen Uchaf", "yng Nghwm-mawr Uchaf" (round thirty-nine)
        if tail_at < n and text.startswith(FARM_TAILS, tail_at) and s >= names_done:
            home = tailed_farm_at(text, s, tail_at)  # "Elis o Benrhyn Uchaf"
            if home:
                hits.append((home[0], home[1], "address", "privacy.address"))
                names_done = max(names_done, home[1])
                continue
        if s > 2 and text[s - 1] == " " and text[s - 2] in "nmgiotrfeh," and word[:2] in COMPOUND_STARTS:
            home = compound_home_at(text, s, word) or mutated_home_at(text, s, word)  # "adre i Benrhiw Fawr"
            if home:
                hits.append((home[0], home[1], "address", "privacy.address"))
                names_done = max(names_done, home[1])
                continue
        if cursor < n and text[cursor] == "-" and s and text[s - 1] == " " and s >= names_done and word not in places:
            home = hyphen_home_at(text, s)  # "yn byw yn Nhan-y-Graig"
            if not home and s > 3 and text[s - 3 : s] in _UP_DOWN:
                home = home_walked_at(text, s)  # "is up Tan-y-Bryn": "Tan" alone is an everyday word, read no further
            if home:
                hits.append((home[0], home[1], "address", "privacy.address"))
                names_done = max(names_done, home[1])
                continue
        if s < names_done or glued:
            continue
        if cursor < n and text[cursor] == "-" and text[s - 4 : s] in _THE and word in surnames:
            family = _HYPHENED.match(text, s)  # "the Pritchard-Joneses": a family with a double surname
            if family and _family_of(family.group(), surnames):
                hits.append((s, family.end(), "person-name", "privacy.person-name.family"))
                names_done = family.end()
                continue
        if (
            word[-1] == "s"
            and text[s - 4 : s] in _THE
            and (word[:-1] in surnames or word[:-2] in surnames)
            and not _CAPITAL_NEXT.match(text, cursor)  # "the Andrews Sisters": a band's name goes on
        ):
            hits.append((s, cursor, "person-name", "privacy.person-name.family"))  # "the Parrys": a family
            names_done = cursor
            continue
        if text[s - 2 : s] == "& " and _and_named(text, s, cursor):
            continue  # "Marks & Spencer": a shop or a firm, on the list with its "&"
        if pseudonyms and surname_after_pseudonym(text, s, word, pseudonyms):
            hits.append((s, cursor, "person-name", "privacy.person-name.full-name"))  # "Dilwyn PENNANT"
            names_done = cursor
            continue
        if word in pseudonyms or (word in skip and word not in heads):
            continue  # a name after it is read on its own
        if s > 1 and text[s - 1] in "'’-" and text[s - 2].isalpha():
            continue  # the rest of a compound word (O'Brien, Lloyd-Jones) read from its start
        end = cursor
        if end < n and (text[end] in "'’-" or _runs_on(text, end, n)):
            end = PHRASE.match(text, s).end()  # type: ignore[union-attr]
            names_done = end
        if end < n and text[end] == "." and (end == s + 1 or text[s:end] in _WELSH_DIGRAPHS) and text[s - 1 : s] != ".":
            initials = _INITIALS.match(text, s)  # "known as J.P.", "ffoniodd D.J.": initials for a name
            if initials and initials.group().replace(".", "") not in _NOT_INITIALS and _ends_initials(text, initials):
                hits.append((s, initials.end(), "person-name", "privacy.person-name.initials"))
                names_done = initials.end()
                continue
        if end < n and text[end] == "." and title_or_initial(text[s:end]):
            end = extend_after_title(text, s, end)
            names_done = end
        if s > 3 and (
            text[s - 3 : s] in _AT_ON
            or (text[s - 2] in "eynp" and (text[s - 7 : s] in _ON_THE or text[s - 5 : s] in _DOWN))
        ):
            home = home_phrase_at(text, s)  # "lives on Mount Pleasant", "yn byw ar Glasfryn"
            if home:
                hits.append((home[0], home[1], "address", "privacy.address"))
                names_done = max(names_done, home[1])
                continue
        if (
            s > 3
            and text[s - 3 : s] in _WALKED_BEFORE
            and (text[s - 3 : s] not in _TO_ON or text[s - 6 : s - 3] in _UP_DOWN)  # "up to", not every "to"
        ):
            home = home_walked_at(text, s)  # "walks down Maes yr Haf", "at the top of Bryn Awel"
            if home:
                hits.append((home[0], home[1], "address", "privacy.address"))
                names_done = max(names_done, home[1])
                continue
        if (
            end == cursor
            and word in lx.FIRST
            and text[max(0, s - 8) : s].endswith(_LIVES_IN)
            and (_STREET_NEXT.match(text, cursor))
        ):
            hits.append((s, cursor, "address", "privacy.address"))  # "byw yn Gwynfryn, Rhes Glandŵr": a house
            names_done = cursor
            continue
        if end == cursor:
            runs = runs_of(word)
        else:
            phrase = text[s:end]
            runs = () if phrase in skip or phrase in pseudonyms else runs_of(phrase)
        if runs:
            hits.extend(name_hits(text, s, runs, welsh, pseudonyms))
    if misread:
        hits.extend(_figures_misread(text, misread, lower_cues))
    hits.extend(_schools_called(text))  # "Kids call the school Penny"
    if found.any(_TO_ALL_NEEDLES):
        hits.extend(_nicknames_to_all(text))  # "Dion (Dyl to everyone at the centre)"
    if found.any(_SPEAKER_NEEDLES):
        hits.extend(_speakers(text, pseudonyms))  # 'Gwen: "O'n i'n gwbod bod o'n gneud gormod"'
    if found.has("Tec"):
        hits.extend(_colleges_by_nickname(text))  # "At the Tech she went straight past the hair salon"
    if hits:
        hits.extend(_quoted_aliases(text, hits))  # an anchored match after each find: cheap
    known = [(h[0], h[1]) for h in hits if h[2] == "person-name" and " " in text[h[0] : h[1]]]
    for s, e in homes_known_by(text, known) if known else ():
        hits.append((s, e, "address", "privacy.address"))  # "Wil Penlan, y cymydog o Benlan"
    if any(h[2] == "address" for h in hits):
        hits.extend(_named_homes_again(text, hits))
        homes = sorted({(h[0], h[1]) for h in hits if h[2] == "address"})
        for s, e in homes_placed_after_name(text, homes):  # "Bodlondeb, y byngalo wrth yr hen stesion"
            hits.append((s, e, "address", "privacy.address.described"))
        someone = [(h[0], h[1]) for h in hits if h[2] == "person-name"]
        for s, e in houses_before_numbers(text, homes, someone):  # "yn Bryn Cwarel, 9 Ffordd Tan-y-Foel"
            hits.append((s, e, "address", "privacy.address"))
    if any(h[2] == "school" for h in hits):
        hits = _named_schools_again(text, hits)
    if dobs_seen(hits):
        hits.extend(_names_before_dobs(text, hits, pseudonyms))
        dobs = [(h[0], h[1]) for h in hits if h[2] == "date-of-birth"]
        for s, e in births_after_a_birth(text, dobs):
            hits.append((s, e, "date-of-birth", "privacy.date-of-birth"))  # "…, a Lowri Fach ar 3ydd Meh '17"
    people = (
        [h[1] for h in hits if h[2] == "person-name"] if (" o " in text or " from " in text or ", " in text) else []
    )
    if people:  # "Mrs Beti Jenkins o Benlan": the home a person is from; "E. W. Gruffydd, Penrhiw Isaf"
        hits.extend(homes_after_people(text, people))
    for h in hits:
        if h[2] == "person-name" and _A_RECORDS_NAME.match(text, h[0]):
            born = _COMMA_THEN_DATE.match(text, h[1])
            if born and born.group(1)[-1:].isdigit() and not _A_MEETING.search(text, max(0, h[0] - 40), h[0]):
                # a record's line, the surname in capitals, then the date: "Rhiant: HARRIES Nia Wyn, 4ydd Gorff. 1984"
                hits.append((born.start(1), born.end(1), "date-of-birth", "privacy.date-of-birth"))
    if "(" in text:
        # a person found, a made-up name or a kinship word before the brackets: "Leanne (Awst '83)", "Ffion
        # (12.3.09)", "Twm (30/1/17)", "Mam (Medi '82)"
        named = [h[1] for h in hits if h[2] == "person-name"] + _people_before_brackets(text, pseudonyms)
        bracketed: list[Hit] = [
            (s, e, "date-of-birth", "privacy.date-of-birth") for s, e in dates_after_people(text, named)
        ]
        hits.extend(bracketed)
        if bracketed:
            hits.extend(_names_before_dobs(text, bracketed, pseudonyms))  # "RWP (12/3/84)": the initials are his
    if any(h[2] == "postcode" for h in hits):
        hits.extend(homes_before_postcodes(text, [h[0] for h in hits if h[2] == "postcode"]))
    if units:
        kinds = kinds + units  # "Tŷ Afon, the PRU": a unit's name, not a home
    if kinds:
        # "the sixth form at Maes y Gwendraeth": the school's name, not a street, whatever else read it
        hits = [h for h in hits if h[2] != "address" or not any(s <= h[0] and h[1] <= e for s, e in kinds)]
    if any(h[3] in _KNOWN_BY_HOME for h in hits):
        hits = _known_by_their_home(text, hits)
    if any(h[2] == "person-name" and text[h[0] : h[1]] in MONTH_WORDS for h in hits):
        # "the review on 14 May": a month after its day is no woman called May (round thirty-one)
        hits = [h for h in hits if h[2] != "person-name" or not _a_dated_month(text, h)]
    grids = {(h[0], h[1]) for h in hits if h[3] == "privacy.address.grid"} if figures else None
    if grids:
        # "SN 478 127" is also shaped like a card or a reference: a grid reference is a place, so an address
        hits = [h for h in hits if h[2] != "other-id" or (h[0], h[1]) not in grids]
    return hits


# A name as a record writes it, the surname in capitals first ("HARRIES Nia Wyn"), and a date after its comma.
_A_RECORDS_NAME = re.compile(r"[A-ZÂÊÎÔÛŴŶ]{2,}(?:-[A-ZÂÊÎÔÛŴŶ]{2,})?,?[ \t]+[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷ]")
_COMMA_THEN_DATE = re.compile(rf",[ \t]*({DATE.pattern})(?![\w/.-]*[0-9])")
# ... but not the day someone was met: "Cyfarfod gyda HARRIES Nia Wyn, 4ydd Gorff. 2025"
_A_MEETING = re.compile(
    r"(?i:\b(?:meeting|met|meet|appointment|visit(?:ed)?|review|call(?:ed)?|rang|cyfarfod|gyfarfod|apwyntiad|ymweliad"
    r"|adolygiad|galwad|ffoniodd|gwelwyd|gweld)\b)"
)
_PARENTS = frozenset({"Mam", "Mum", "Mami", "Dad", "Tad", "Dadi", "Mother", "Father", "Brawd", "Chwaer"})
# ... and the words for a child or a parent in lower case: "ers geni'r fechan (30/ix/22)", "his mam (Medi '82)" (round
# thirty-seven)
_PARENTS |= {"fechan", "bychan", "babi", "fabi", "baby", "mam", "mum", "dad", "tad", "nain", "taid", "mamgu", "nan"}


_PLACE_WORDS_BEFORE = frozenset({"at", "in", "to", "from", "the", "yn", "ym", "yng", "i", "o", "y", "yr", "of"})


def _people_before_brackets(text: str, pseudonyms: frozenset[str]) -> list[int]:
    """The ends of the made-up names, kinship words and initials just before a bracket in TEXT."""
    ends = []
    at = text.find("(")
    while at > 0:
        end = len(text[:at].rstrip(" \t"))
        before = text[max(0, end - 30) : end].split()
        word = before[-1] if before else ""
        initials = (
            2 <= len(word) <= 4
            and word.isalpha()
            and word.isupper()
            and word not in lx.ACRONYMS
            and (len(before) < 2 or before[-2].lower() not in _PLACE_WORDS_BEFORE)  # not "the review at ABC (2/3/24)"
        )
        if word in pseudonyms or word in KIN_TITLES or word in _PARENTS or initials:
            ends.append(end)  # "RWP (12/3/84)": a case note's initials are a person too (round forty)
        at = text.find("(", at + 1)
    return ends


def _a_dated_month(text: str, hit: Hit) -> bool:
    return text[hit[0] : hit[1]] in MONTH_WORDS and bool(_DAY_BEFORE.search(text, max(0, hit[0] - 8), hit[0]))


def _known_by_their_home(text: str, hits: list[Hit]) -> list[Hit]:
    """A person known by a home ("Mrs Bevan Heol-y-Felin", "Mamgu Rhes y Ffynnon"), the home found as an address too:
    the person's words before the home kept as a name beside it, which the address would otherwise hide; a kinship
    word or a title alone before it is no name of its own, so the whole stays the person's (round thirty-one)."""
    tails = {(h[0], h[1]) for h in hits if h[2] == "address"}
    out: list[Hit] = []
    dropped: set[tuple[int, int]] = set()
    for h in hits:
        home = next((a for a in tails if h[0] < a[0] and a[1] == h[1]), None) if h[3] in _KNOWN_BY_HOME else None
        if home is None:
            out.append(h)
            continue
        head = _HEAD_END.sub("", text[h[0] : home[0]])
        if all(w in TITLES or w in KIN_TITLES for w in head.split()):
            out.append(h)
            dropped.add(home)
        else:
            out.append((h[0], h[0] + len(head), h[2], h[3]))
    # ... and the same words read both ways, a kinship word or a first name first: "Mamgu Tŷ Capel", "Bet Bryn
    # Heulog" are women known by their homes, however the home's reading came (round forty)
    for h in hits:
        if h[3] in _KNOWN_BY_HOME and (h[0], h[1]) in tails:
            words = text[h[0] : h[1]].split()
            first = words[0]
            placed = text[max(0, h[0] - 4) : h[0]].split()[-1:] in (["ar"], ["yn"], ["at"], ["on"], ["in"])
            named = first in lx.FIRST or (first in lx.AMBIGUOUS and len(words) > 2)
            if not placed and (first in KIN_TITLES or (named and first not in lx.HOUSE_ELEMENTS)):
                dropped.add((h[0], h[1]))  # not "byw ar Ben Bryniau": after "ar", "Ben" is the mutated "Pen"
    return [h for h in out if h[2] != "address" or (h[0], h[1]) not in dropped]


_HEAD_END = re.compile(r"(?:[ \t,]+(?:of|from|at|on|o|yn|ar))?[ \t,]*\Z")  # "dŷ Heledd ar Stryd Fawr": Heledd


# Another name given in quotation marks right after a person, school or home found: in brackets, after "known
# as", "called", "or", "sef", or after a dash with "to" ("Mr Arwyn Lloyd-Hughes — 'Lloydy' to Year 8",
# "Coleg Maes Hiraethog ('the Hiraethog', he calls it)", "Ysgol Gynradd Cwm-llynfell Fach, 'y Fach' fel ...").
_ALIAS_AFTER = re.compile(
    # "(everyone calls it 'the Hebog')", "(known to all as …)": who calls it so may come between
    r"[ \t]*(?P<how>\([ \t]*(?:(?:everyone|everybody|we[ \t]+all|people|the[ \t]+kids)[ \t]+(?:still[ \t]+)?calls?"
    r"[ \t]+(?:it|her|him|them)|known[ \t]+to[ \t]+(?:all|everyone)[ \t]+as|mae[ \t]+pawb[ \t]+yn[ \t]+(?:ei|eu)"
    r"[ \t]+(?:galw|alw)(?:[ \t]+(?:hi|fo|o|e|nhw))?(?:'n|[ \t]+yn)?)?[ \t]*"
    # round forty-one: "Ysgol Pen-y-Wern (always "the Wern" at home)"
    r"|\([ \t]*(?:always|just|usually|bob[ \t]+amser|wastad|jyst)[ \t]+"
    # round forty-two: "(known locally as "the Derwen")", "(known round here as …)"
    r"|[(,]?[ \t]*(?:(?:also[ \t]+)?known"
    r"(?:[ \t]+(?:locally|round[ \t]+here|in[ \t]+the[ \t]+(?:village|valley|town|family)))?"
    r"[ \t]+as|called|aka|a\.k\.a\.|or|neu|sef)[ \t]+"
    r"|[ \t]*[—–][ \t]*|,[ \t]*)"
    r"[\"“‘']((?:(?:the|y|yr)[ \t]+)?[A-ZŴŶ][^\"”’'\n]{1,28}?"
    r"|(?:the|y|yr)[ \t]+[^\W\d_][^\"”’'\n]{1,28}?"  # "Graig-y-Fedw Primary, or "the bottom school""
    r"|ysgol[ \t]+(?:y|yr|fach|bach|[^\W\d_]+)[^\"”’'\n]{0,20}?)"  # round forty-two: "– "ysgol y twmp" i bawb"
    r"[\"”’'](?![^\W\d_])"  # not the "'" of "Ti'n"
)
# ... or the other way round, the name everyone uses first and the school's own in brackets after it, said to be
# the proper one (round forty-one): "Brynti (Ysgol Bryn Tirion if you're posh)", "Tal (fel mae pawb yn galw Ysgol
# Gyfun Talacharn)".
_ALIAS_BEFORE = re.compile(
    rf"(?<![\w'’-])([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)[ \t]*\([ \t]*"
    r"(?P<said>(?:fel[ \t]+mae[ \t]+pawb[ \t]+yn[ \t]+galw|properly|officially|sef|yn[ \t]+swyddogol)[ \t]+)?\Z"
)
_PROPER_AFTER = re.compile(
    r"[^()\n]{0,30}?\b(?:posh|proper(?:ly)?|official(?:ly)?|swyddogol|go[ \t]+iawn|iawn|full[ \t]+name"
    r"|enw[ \t]+llawn)\b"
    r"[^()\n]{0,20}\)"
)
_ALIASED = frozenset({"person-name", "school", "address"})
# After a dash, the alias is said to be someone's: "'Lloydy' to the whole of Year 8", "'Now' i bawb".
_TO_ALL = re.compile(r"[ \t]+(?:to|i)[ \t]")
# After a bare comma only a name-shaped alias counts ("Alwyn Bellis, 'Al the Coalman',"), not speech.
_NAME_SHAPED = re.compile(
    r"(?:(?:the|y|yr)[ \t]+)?[A-ZŴŶ][\w'’-]*(?:[ \t]+(?:the|y|yr|o|of|bach|[A-ZŴŶ][\w'’-]*)){0,3}"
)


# A school given its nickname with no name found before it (round forty-one): "Kids call the school Penny", "'y Glan'
# mae pawb yn galw'r lle".
_CALL_THE_SCHOOL = re.compile(
    r"\b(?:call|calls|called)[ \t]+(?:the|their|her|his|our|this)[ \t]+(?:school|primary|comp|unit|base|college"
    r"|nursery)[ \t]+[\"“‘']?((?:the[ \t]+)?[A-ZŴŶ][\w'’-]+)"
)
_SCHOOL_CALLED_THAT = re.compile(
    r"[\"“‘']((?:(?:y|yr)[ \t]+)?[A-ZŴŶ][\w'’-]+(?:[ \t]+[A-ZŴŶ][\w'’-]+)?)[\"”’'][ \t]+(?:mae|oedd|ma['’])[ \t]+"
    r"pawb[ \t]+yn[ \t]+(?:galw|alw|ddeud|dweud|weud)(?:[ \t]*['’]r|[ \t]+am[ \t]+yr)[ \t]*(?:ysgol|uned|coleg|lle)\b"
)


# A name in brackets said to be what everyone calls someone, with no quotation marks (round forty-two): "Dion (Dyl to
# everyone at the centre)", "Megan (Meg i bawb)".
_TO_ALL_NEEDLES = (" to everyone", " to everybody", " to all", " i bawb", " i pawb")
# ... or in quotation marks, a trade or a place after "the" (round forty-three): '"Nye the Lock" to everyone on the
# towpath', '"Wil y Post" i bawb'.
_NAME_TO_ALL = re.compile(
    r"(?:\([ \t]*([A-ZŴŶ][\w'’-]+)"
    r"|[\"“]([A-ZŴŶ][\w'’-]+[ \t]+(?:the|y|yr)[ \t]+[A-ZŴŶ][\w'’-]+)[\"”])"
    r"[ \t]+(?:to|i)[ \t]+(?:everyone|everybody|all|bawb|pawb)\b"
)


# Who said it, at the start of a line of feedback, before the words in quotation marks (round forty-two): 'Gwen: "O'n
# i'n gwbod…"', 'Non: "He's not a difficult boy."': a name the lists know, everyday word or not ("gwen", "non").
_SPEAKER = re.compile(r"^[ \t>*-]*([A-ZŴŶ][a-zâêîôûŵŷ'’-]+)[ \t]*:[ \t]*[\"“‘']", re.MULTILINE)


_SPEAKER_NEEDLES = (':"', ': "', ":“", ": “")


def _speakers(text: str, pseudonyms: frozenset[str]) -> list[Hit]:
    """The names that open lines of feedback as who said them, the story's own made-up names aside."""
    out: list[Hit] = []
    for m in _SPEAKER.finditer(text):
        name = m.group(1)
        if name in pseudonyms or name in lx.PLACES or name in lx.NOT_PERSON:
            continue
        if lx.a_name_word(name):
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.speech"))
    return out


def _nicknames_to_all(text: str) -> list[Hit]:
    """Someone's everyday name given in brackets as what everyone calls them."""
    out: list[Hit] = []
    for m in _NAME_TO_ALL.finditer(text):  # the pattern opens with a bracket or a quotation mark
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name not in lx.PLACES and name not in lx.NOT_PERSON and name not in lx.COMMON:
            out.append((m.start(group), m.end(group), "person-name", "privacy.person-name.nickname"))
    return out


# A further-education college by the name everyone gives it (round forty-two): "At the Tech she went straight past",
# "Rhodri, sy yn y Tech yn Llanelli", "Afan Tech"; not a part of a school ("by the Tech block").
_THE_TECH = re.compile(
    r"(?:(?<![\w'’-])(?:the|The|y|Y)[ \t]+|['’]r[ \t]+|(?<![\w'’-])[A-ZŴŶ][a-zâêîôûŵŷ]+[ \t]+)(?:Tech|Tec)\b"
    r"(?![ \t]+(?i:block|department|dept|support|team|lab|labs|room|rooms|wing|building|adeilad|bloc|adran|company"
    r"|firm|sector|industry|giant|giants|jobs?|start-?ups?)\b)(?!['’-])"
)


def _colleges_by_nickname(text: str) -> list[Hit]:
    """A college called "the Tech" or "y Tec", or by its town and "Tech"."""
    out: list[Hit] = []
    for m in _THE_TECH.finditer(text):
        head = m.group().split()[0]
        if head[:1].isupper() and head not in ("The", "Y") and head not in lx.PLACES:
            continue  # "Afan Tech" counts only when Afan is a place the lists know; "High Tech" is no college
        # "i'r Tec": the college's word alone, not the article joined to "i"
        start = m.end() - len(m.group().split()[-1]) if m.group()[0] in "'’" else m.start()
        out.append((start, m.end(), "school", "privacy.school.nickname"))
    return out


def _schools_called(text: str) -> list[Hit]:
    """Schools given a nickname the story says everyone calls them."""
    out: list[Hit] = []
    if " call" in text:
        for m in _CALL_THE_SCHOOL.finditer(text):
            if m.group(1) not in lx.COMMON and m.group(1).split()[-1] not in lx.FIRST:
                out.append((m.start(1), m.end(1), "school", "privacy.school"))
    if "pawb yn" in text:
        for m in _SCHOOL_CALLED_THAT.finditer(text):
            out.append((m.start(1), m.end(1), "school", "privacy.school"))
    return out


def _quoted_aliases(text: str, hits: list[Hit]) -> list[Hit]:
    """What a found person, school or home is also called, given in quotation marks just after it; and a school's
    everyday name just before its own in brackets ("Brynti (Ysgol Bryn Tirion if you're posh)")."""
    out = []
    for _, e, category, rule in hits:
        if category not in _ALIASED:
            continue
        m = _ALIAS_AFTER.match(text, e)
        if not m:
            continue
        how = m.group("how").strip()
        if how in ("—", "–") and not _TO_ALL.match(text, m.end()):
            continue
        nickname = m.group(2).startswith("ysgol")  # a school's own nickname in lower case ("ysgol y tips")
        if nickname and category != "school":
            continue
        if how == "," and not (_NAME_SHAPED.fullmatch(m.group(2)) or nickname):
            continue
        capitals = [w for w in m.group(2).split() if w[:1].isupper()]
        if capitals and all(w in lx.COMMON for w in capitals):
            continue  # "Gethin Jones, 'Yes', he said": a word said, not a name
        out.append((m.start(2), m.end(2), category, rule))
    for s, e, category, rule in hits:
        if category != "school" or s < 3 or text[s - 1] not in " (":
            continue
        before = _ALIAS_BEFORE.search(text, max(0, s - 60), s)
        if before and (before.group("said") or _PROPER_AFTER.match(text, e)):
            name = before.group(1)
            if name.split()[0] not in lx.FIRST and name not in lx.PLACES:
                out.append((before.start(1), before.end(1), category, rule))  # "Brynti (Ysgol Bryn Tirion ...)"
    return out


# A word of capitals and figures that only a reference is made of: seven or more characters, at least four
# figures and two letters ("CF23C00412", "A4417EK"); shorter ones are roads, plates, postcodes and models.
_CODE_WORD = re.compile(r"[A-Z0-9]{7,16}")
_RECORD_DAY = re.compile(r"[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?[0-9]{2}")


def _code_word(text: str, a: int, e: int) -> Hit | None:
    """The reference of capitals and figures whose figures text[a:e] are part of, if it is one."""
    b = a
    while b > 0 and (text[b - 1].isupper() or text[b - 1].isdigit()):
        b -= 1
    m = _CODE_WORD.fullmatch(text, b, _end_of_code(text, e))
    if not m or (b and text[b - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    code = m.group()
    if sum(c.isdigit() for c in code) < 4 or sum(c.isalpha() for c in code) < 2 or _RECORD_DAY.fullmatch(code):
        return None  # "09NOV05" is a date as a record prints it, left to the date finders
    return b, m.end(), "other-id", "privacy.other-id.code"


def _end_of_code(text: str, e: int) -> int:
    while e < len(text) and (text[e].isupper() or text[e].isdigit()):
        e += 1
    return e


# Latin letters that pass for figures beside them: O and o for 0, l and I for 1.
MISREAD = re.compile(r"[0-9][OolI]|[OolI][0-9]")
_AS_FIGURES = str.maketrans("OolI", "0011")
_FIGURE_LIKE = frozenset("0123456789OolI")
_NUMBER_INSIDE = frozenset("0123456789 \t-()+.")


def _figures_misread(text: str, starts: list[int], cues: bool) -> list[Hit]:
    """The number finders' finds in words of figures written partly with look-alike letters ("O77OO 9OO123").

    Each such word (only figures and O, o, l, I, standing alone) is read as figures, in a copy of the
    same length, and the number finders are run on the number it ends; only what covers such a word is kept.
    """
    n = len(text)
    words: list[tuple[int, int]] = []
    for at in starts:
        a = at
        while a > 0 and text[a - 1] in _FIGURE_LIKE:
            a -= 1
        e = at
        while e < n and text[e] in _FIGURE_LIKE:
            e += 1
        if (a and text[a - 1].isalnum()) or (e < n and text[e].isalnum()) or (words and words[-1][1] >= e):
            continue  # part of a longer word ("CF1O"), or read already
        words.append((a, e))
    if not words:
        return []
    chars = list(text)
    for a, e in words:
        chars[a:e] = text[a:e].translate(_AS_FIGURES)
    figures = "".join(chars)
    found: list[Hit] = []
    done = 0
    for a, e in words:
        b = a  # from the start of the number the word ends: "07700 900l23"
        while b > 0 and a - b < 24 and figures[b - 1] in _NUMBER_INSIDE:
            b -= 1
        for m in DIGITS.finditer(figures, b, e):
            done = _digit_run(figures, m.start(), m.end(), found, done, cues)
    return [h for h in found if any(h[0] < e and a < h[1] for a, e in words)]


# Lower-case cues before digits ("born on 3 May", "fflat 2"); most texts have none.
_LOWER_CUES = (
    "eap-year",
    "eap year",
    "abi blwyddyn naid",
    "born",
    "birth",
    "eni",
    "enedigaeth",
    "assport",  # "her passport says 1/1/1950"
    "asbort",
    "aned",
    "anwyd",
    "lat ",
    "dob",
    "d.o.b",
    "blwydd",
    "'day",  # "B'day: 3/5/40"
    "r byd",  # "daeth i'r byd ar ..."
    "the world",
    "oed ers ",  # "yn naw oed ers nos Calan Gaea' 2016"
)
# What could run a place name on into a farm's name ("Penlan-isaf", "Tyddyn Ucha").
_FARM_TAILS = ("saf", "chaf", "anol", "Isa", "Ucha", "Fach", "-fach")
# Either language's words for a referral unit or a school's own unit ("uned adnoddau", "ASD base").
_UNIT_WORDS = (
    "yfeirio disgyblion",
    "eferral unit",
    "PRU",
    "ned adnoddau",
    "esource base",
    "esource unit",
    "upport base",
    "upport unit",
    "SD base",
    "SD unit",
    "utism base",
    "utism unit",
    "urture base",
    "ellbeing base",
    "ellbeing unit",
    "ell-being base",
    "nclusion base",
    "LN base",
    "ned les",
    "anolfan les",
    "ned ADY",
    "anolfan ADY",
    "ned lesiant",
    "ned anogaeth",
    *("ned clyw", "osbarth meithrin", "osbarth anogaeth", "osbarth lles", "ned yn Ysgol"),  # round thirty-nine
    *("urture room", "ost-16 unit", "ost-16 base", "ned gynnal"),  # round forty-two
    *("ned gynhwysiant", "ned cynhwysiant", "nclusion unit", "nclusion room", "urture unit"),  # round forty-four
)
_DAY_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg)?[ \t]+\Z")
_KNOWN_BY_HOME = frozenset({"privacy.person-name.title", "privacy.person-name.nickname"})
_SCHOOL_PARTS = ("campws", "gampws", "nghampws", "champws", "Campws", "STF ", "SRB ", "the STF ", "the SRB ")
_ADDRESS_WORDS = ("ddress", "ddr:", "ddr.", "yfeiriad")
_ESTATE_WORDS = (" estate", "stad ")
_FIGURES = tuple("0123456789")
# The scanner's own gates: found in the same pass, but a text holding only these still skips the literal finders.
_GATES = (*_FIGURES, "eat", "edd", "ow ", "hes ", "ort code", "idoli", "ollar", "oler", "euadd ", "euaddau")
_GATES += TAG_NEEDLES + PLATE_NEEDLES + BOAT_NUMBER_NEEDLES + STALL_NEEDLES
# The finders' literals and the scanner's own, looked for in one pass over each text (and one over it in lower case).
_WORDS = Words(
    (
        *places.NEEDLES,
        *whereabouts.NEEDLES,
        *SAFE_PLACE_NEEDLES,
        *ENGLISH_HOME_NEEDLES,
        *PAGE_NAME_NEEDLES,
        *PAGE_NEEDLES,
        *WARD_NEEDLES,
        *BIRTHDAY_NEEDLES,
        *_LOWER_CUES,
        *_FARM_TAILS,
        *_UNIT_WORDS,
        *SCHOOL_INITIAL_NEEDLES,
        *FLAT_NEEDLES,
        *_ADDRESS_WORDS,
        *_ESTATE_WORDS,
        *EXAM_NEEDLES,
        *EXCLUDED_NEEDLES,
        *FIGURES_OF_NEEDLES,
        *POST_NEEDLES,
        *SPOKEN_NEEDLES,
        *LEFT_NEEDLES,
        *UNTIL_NEEDLES,
        *GRID_NEEDLES,
        *MANAGER_NEEDLES,
        *PLAS_NEEDLES,
        *_SPEAKER_NEEDLES,
        *_TO_ALL_NEEDLES,
        "’day",
        "turn",
        "Tec",
    ),
    # case_notes' and keypad_codes' literals: everyday words, they leave a text "empty" to the rest
    (
        *_GATES,
        *CASE_NOTE_NEEDLES,
        *KEYPAD_NEEDLES,
        *AT_NEEDLES,
        *FAMILY_NEEDLES,
        *SAID_TO_BE_NEEDLES,
        *HEAD_NEEDLES,
        *IN_WORDS_NEEDLES,
        *LOCKER_NEEDLES,
        *BASE_KIND_NEEDLES,
        *NURSERY_SHAPE_NEEDLES,
        *FARM_OR_CARE_HOME_NEEDLES,
    ),
)
_LOWER_WORDS = Words(places.LOWER_NEEDLES)


# Two or three initials with their full stops, standing alone for a person ("J.P.", "D.J."): not
# followed by a capitalised word (that is "J.P. Morgan", read as a name from its start).
# ... or followed by one that starts the next sentence (round forty-four): "supervised by L.M. Mum missed the first
# two", "Allocated SW: R.M. Connected persons …". A Welsh double letter is one initial: "(Ll.J.)".
_INITIALS = re.compile(r"(?:(?:Ll|Ch|Dd|Ff|Rh|Th|[A-Z])\.){2,3}(?![\w.])")
_WELSH_DIGRAPHS = frozenset({"Ll", "Ch", "Dd", "Ff", "Rh", "Th"})
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _ends_initials(text: str, initials: re.Match[str]) -> bool:
    """Do the INITIALS stand alone: no capitalised word after them, or one that is no name (a new sentence)?"""
    after = _NEXT_CAPITAL.match(text, initials.end())
    if after is None:
        return True
    word = after.group(1)
    return word not in lx.FIRST and word not in lx.SURNAMES and word not in lx.FIRST_MUTATED


# ... unless they are a common abbreviation written with stops.
_NOT_INITIALS = frozenset(
    """
    GP PE IT AM PM UK US NB RE DT TV MP PS PA OT SW AA ID OK CV HQ PC DC DS QC RN MD BA MA BC AD OC DU WI
    RAF BBC NHS DOB DIY BSL PTO ETA AKA IOU ICU CAB ALN ADY UDA YMCA CID DVD CCTV MOT DVLA DWP HMRC
    """.split()  # noqa: SIM905
)


# ... but not when "Ysgol" heads a school's own name: "Gadawodd Cai Ysgol Gyfun Bro Eithinog" is Cai leaving a
# school (Welsh puts the subject between the verb and the object), read as one by the cue finder. A farm's
# name after a pseudonym stays a nickname: "Cai Fferm Wen" is Cai known by his farm.
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
# A declared pseudonym with a trade or a place after it is a real nickname: "Meinir Siop", "Meinir the Milk".
_PSEUDONYM_BEFORE = re.compile(rf"(?<![\w'’-])([{UPPER}][^\W\d_]+)[ \t]+(?:y[ \t]+|the[ \t]+)?\Z")


def _and_named(text: str, s: int, end: int) -> bool:
    """Is the word at S..END the second half of a named firm or shop with "&" ("Marks & Spencer")?"""
    j = s - 3
    if j < 1 or text[j] != " ":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    first, second = text[k:j], text[s:end]
    return f"{first} & {second}" in lx.NOT_PERSON or f"{first} and {second}" in lx.NOT_PERSON


_NICK_BEFORE = frozenset(
    "Nain Taid Anti Yncl Nan Nana Gran Granny Auntie Aunty Uncle Mamgu Mam-gu Tadcu Tad-cu Dadcu Bopa Wncwl".split()  # noqa: SIM905
)


def _named_homes_again(text: str, hits: list[Hit]) -> list[Hit]:
    """Every later mention of a farm, house or street named as a home once ("yn Cefn Ithel" after
    "ar fferm Cefn Ithel"), as names are tracked: the same words place the same home."""
    out: list[Hit] = []
    seen: set[str] = set()
    others = [(h[0], h[1]) for h in hits if h[2] != "address"]
    for start, end, category, _ in hits:
        phrase = text[start:end]
        if category != "address" or phrase in seen or not _HOME_NAME.fullmatch(phrase):
            continue
        seen.add(phrase)
        at = text.find(phrase)
        while at >= 0:
            after = at + len(phrase)
            whole = (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum())
            # not inside a longer find: "Ysgol Maes Derw" is a school, 'Huw "Cae Mawr" Jenkins' a man;
            # nor a nickname: "Nain Pen Lôn" is a woman known by the lane she lives on
            nick = text[max(0, at - 12) : at].split()[-1:] in ([w] for w in _NICK_BEFORE)
            if (
                at != start
                and whole
                and not nick
                and not any(a < after and at < b and (a, b) != (at, after) for a, b in others)
            ):
                out.append((at, after, "address", "privacy.address"))
            at = text.find(phrase, after)
        head = phrase.split()[0]
        rest = phrase[len(head) :].strip()
        if head in _FARM_WORDS and rest not in seen and _HOME_NAME.fullmatch(rest):
            seen.add(rest)  # "adre i Fferm Cae'r Gors ... Mae Cae'r Gors ar ben lôn": the farm by its own name
            out.extend(_named_again(text, rest, others))
        if head in lx.HOUSE_DWELLINGS and head not in seen:
            seen.add(head)  # "born at Ffridd Uchaf ... sleeps in the back kitchen at Ffridd": the farm by its head
            out.extend(_bare_heads(text, head, start, end))
    out.extend(_mutated_homes_again(text, hits, seen, others))
    return out


def _mutated_homes_again(text: str, hits: list[Hit], seen: set[str], others: list[tuple[int, int]]) -> list[Hit]:
    """Later mentions of a home named once, mutated ("yn Fferm Bryn Eithin" ... "ym Mryn Eithin") or by the house's
    own name before its street ("yn Glanrafon, Stryd Newydd" ... "o Lanrafon"): a mutation changes the first letter,
    not the home."""
    out: list[Hit] = []
    names = {name for name in seen if " " in name}
    for start, end, category, _ in hits:
        phrase = text[start:end]
        if category != "address":
            continue
        house = phrase.split(",")[0].strip()  # the house's name before its street
        before = _HOUSE_BEFORE.search(text, max(0, start - 40), start) if house == phrase else None
        if before and before.group(1).split()[0] not in lx.FIRST and before.group(1).split()[0] not in lx.AMBIGUOUS:
            house = before.group(1)  # "yn Glanrafon, Stryd Newydd" when the street alone was found
        if house != phrase and _HOUSE_PART.fullmatch(house) and house not in lx.PLACES and house not in seen:
            seen.add(house)
            names.add(house)
            out.extend(_named_again(text, house, others))
        words = phrase.split(None, 1)
        if len(words) == 2 and words[0] in _FARM_WORDS:
            names.add(words[1])  # "Fferm Bryn Eithin" -> "Mryn Eithin"
    for name in names:
        for form in phrase_mutations(name):
            if form not in seen and form[:1] != name[:1] and form in text:
                seen.add(form)
                out.extend(_named_again(text, form, others))
    return out


_HOUSE_BEFORE = re.compile(
    r"(?:(?<=\byn )|(?<=\bin )|(?<=\bat )|(?<=\bar )|(?<=\bof )|(?<=\bo ))"
    rf"([{UPPER}][^\W\d_]{{3,}}(?:[ \t]+[{UPPER}][^\W\d_]+)?),[ \t]*\Z"
)
# The house's own name before a comma and its street: one or two capitalised words ("Glanrafon", "Tŷ Newydd").
_HOUSE_PART = re.compile(rf"[{UPPER}][^\W\d_]{{3,}}(?:['’-][^\W\d_]+)*(?:[ \t]+[{UPPER}][^\W\d_]+)?")


_FARM_WORDS = frozenset({"Fferm", "Ffarm", "Farm"})


def _named_again(text: str, name: str, others: list[tuple[int, int]]) -> list[Hit]:
    """Every whole-word mention of NAME not inside another find."""
    out: list[Hit] = []
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum())
        known_by = text[max(0, at - 16) : at].split()[-1:]  # "Jac Cae'r Gors": a man known by his farm
        if whole and not any(a < after and at < b for a, b in others) and not (known_by and known_by[0] in lx.FIRST):
            out.append((at, after, "address", "privacy.address"))
        at = text.find(name, after)
    return out


_BEFORE_BARE_HEAD = (" at ", " in ", " to ", " from ", " yn ", " i ", " o ", " ym ", " ar ")


def _bare_heads(text: str, head: str, start: int, end: int) -> list[Hit]:
    out: list[Hit] = []
    at = text.find(head)
    while at >= 0:
        after = at + len(head)
        bare = not (after < len(text) and (text[after].isalnum() or text[after : after + 2].strip()[:1].isupper()))
        if bare and not start <= at < end and text[max(0, at - 6) : at].endswith(_BEFORE_BARE_HEAD):
            out.append((at, after, "address", "privacy.address"))
        at = text.find(head, after)
    return out


def _named_schools_again(text: str, hits: list[Hit]) -> list[Hit]:
    """HITS with every later mention of a school's own name, once the school is found with its
    school words ("Ysgol Arbennig Maes Derw" ... "a teaching assistant at Maes Derw"): the bare
    name is the school, not a home or a person, so it replaces what else was found on those words."""
    cores: dict[str, int] = {}  # a school's own name -> where the school is first named
    bases: dict[str, int] = {}  # a base's one-word name -> where it is first named, found again only as "the Hwb"
    shorts: dict[str, int] = {}  # the first word of a school's own name -> where the school is first named
    for start, end, category, _ in hits:
        if category != "school":
            continue
        phrase = text[start:end]
        core = _school_core(phrase) or (phrase if _SCHOOL_NICKNAME.fullmatch(phrase) else None)
        if core:
            for form in (core, *phrase_mutations(core)):
                cores[form] = min(cores.get(form, start), start)
        base = _base_name(text, start, end)
        if base:
            bases[base] = min(bases.get(base, start), start)
        short = _school_short(phrase)
        if short:
            for form in (short, *mutations(short)):
                shorts[form] = min(shorts.get(form, start), start)
    if not cores and not bases and not shorts:
        return hits
    schools = [(h[0], h[1]) for h in hits if h[2] == "school"]
    found: list[tuple[int, int]] = []
    for short, first in shorts.items():
        for m in re.finditer(rf"(?<![\w'’-])({re.escape(short)})(?![\w'’-])(?![ \t]+[{UPPER}])", text):
            at = m.start()
            if (
                at > first
                and not any(a <= at < b for a, b in schools)
                and _SHORT_BEFORE.search(text, max(0, at - 12), at)
                and not (_SHORT_IN_A_NAME.search(text, max(0, at - 30), at) or _SHORT_AS_A_WORD.match(text, m.end()))
            ):
                found.append(m.span(1))
    for base, first in bases.items():
        with_article = rf"(?<![\w'’-])(?:the|The|y|Y|yr|Yr|(?<=['’])r)[ \t]+({re.escape(base)})(?![\w'’-])"
        for m in re.finditer(with_article, text):
            if m.start() > first and not any(a <= m.start(1) < b for a, b in schools):
                found.append(m.span(1))
    for core, first in cores.items():
        at = text.find(core, first)  # after the school is named: a home of that name before it is a home
        while at >= 0:
            after = at + len(core)
            whole = (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum())
            if whole and not any(a <= at and after <= b for a, b in schools):
                found.append((at, after))
            at = text.find(core, after)
    if not found:
        return hits
    # a home or a name read on exactly those words gives way to the school
    kept = [
        h for h in hits if h[2] not in ("address", "person-name") or not any(a <= h[0] and h[1] <= b for a, b in found)
    ]
    return kept + [(a, b, "school", "privacy.school") for a, b in found]


# A school's nickname in lower case, found once (round forty-two): "ysgol y twmp" ... "Roedd ysgol y twmp yn gwybod".
_SCHOOL_NICKNAME = re.compile(r"ysgol[ \t]+(?:y|yr)[ \t]+[^\W\d_]{3,}")
_SCHOOL_WORDS = GENERIC_SCHOOL | {"Ysgol", "School", "College", "Nursery", "Academy", "Primary", "High"}
# A base or unit inside a school, named in one word with its kind ("the Hafan unit", "the Hwb at Cefn Eithin", "Uned
# y Wennol"), is called by that word alone once the story has named it: "the Hafan staff", "roedd y Wennol yn dawel".
_BASE_NAMED = re.compile(
    r"(?:(?:the|The|y|Y|yr|Yr|['’]r)[ \t]+)?(?:(?:Uned|Canolfan|Ganolfan|Nghanolfan)[ \t]+(?:(?:y|yr)[ \t]+)?)?"
    rf"([{UPPER}][^\W\d_]{{2,}})"
    r"(?:[ \t]+(?:unit|base|Unit|Base|centre|Centre|room|class|nurture[ \t]+(?:class|base|room))\b|[ \t]+at[ \t]|\Z)"
)


def _base_name(text: str, start: int, end: int) -> str | None:
    """The one word a base or unit found from START to END is named by, when it names nothing else."""
    m = _BASE_NAMED.match(text[start:end] + (" at " if text.startswith(" at ", end) else ""))
    if not m:
        return None
    word = m.group(1)
    if word in _SCHOOL_WORDS or word in lx.PLACES or word in lx.NOT_PERSON or word in lx.COMMON or word in lx.FIRST:
        return None
    return word


# A school called by the first word of its own name (round forty-four): "Ysgol Uwchradd Glan Clwyd" ... "roedd hi'n
# hapus yn y Glan", "Ysgol Cefn Hedydd" ... "a full timetable at Cefn", "Penrhiwgoch Primary" ... "back to
# Penrhiwgoch". With an article, or after a word for going to or being at a place.
_SHORT_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:the|The|y|Y|yr|Yr)|['’]r|(?<![\w'’])(?:at|to|into|from|leave|left|i|o|yn|ym|yng))[ \t]+\Z"
)

# ... but not inside another name ("Brenhines y Cwm") or naming a fair or a road ("the Cerrig fair").
_SHORT_IN_A_NAME = re.compile(rf"[{UPPER}][^\W\d_]+[ \t]+(?:y|yr)[ \t]+\Z")
_SHORT_AS_A_WORD = re.compile(
    r"[ \t]+(?:fair|show|mart|sale|market|carnival|road|lane|valley|mountain|river|chapel|farm|estate"
    r"|ffair|sioe|mart|ffordd|lôn|cwm|mynydd|afon|capel|fferm|stad)\b"
)


def _school_short(phrase: str) -> str | None:
    """The first word of the school's own name in PHRASE ("Ysgol Uwchradd Glan Clwyd" -> "Glan", "Penrhiwgoch
    Primary" -> "Penrhiwgoch"), when the school names itself with a school word and that word names nothing else."""
    words = phrase.split()
    if not words or not (words[0] in _SCHOOL_WORDS or words[-1] in _SCHOOL_WORDS):
        return None
    while words and words[0] in _SCHOOL_WORDS:
        words.pop(0)
    while words and words[-1] in _SCHOOL_WORDS:
        words.pop()
    if not words:
        return None
    word = words[0]
    if (
        len(word) < 3
        or not word[:1].isupper()
        or word in _SCHOOL_WORDS
        or word in lx.PLACES
        or word in lx.FIRST
        or word in lx.FIRST_MUTATED
        or word in lx.COMMON
        or (word in lx.NOT_PERSON and len(words) == 1)
    ):
        return None
    return word


def _school_core(phrase: str) -> str | None:
    """The school's own name in PHRASE, without its school words ("Ysgol Arbennig Maes Derw" -> "Maes
    Derw"), when it names nothing else: two words or more, or one joined by two hyphens as Welsh
    names are ("Gwern-y-Cwm"); not a place ("Bro Morgannwg")."""
    words = phrase.split()
    while words and words[0] in _SCHOOL_WORDS:
        words.pop(0)
    while words and words[-1] in _SCHOOL_WORDS:
        words.pop()
    joined = len(words) == 1 and words[0].count("-") >= 2
    if (len(words) < 2 and not joined) or any(w in _SCHOOL_WORDS for w in words):
        return None
    core = " ".join(words)
    if core in lx.PLACES or core in lx.NOT_PERSON or not words[0][:1].isupper():
        return None
    return core


# A home's name worth tracking: two or more words, the first capitalised, no digits ("Cefn Ithel", "Heol y Wig").
_HOME_NAME = re.compile(rf"[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+(?:y|yr|[{UPPER}][^\W\d_]*)['’-]?[^\W\d_]*)+")


def dobs_seen(hits: list[Hit]) -> bool:
    return any(h[2] == "date-of-birth" for h in hits)


# A name as case notes head a record, just before its date of birth: "AYESHA RAFIQ, DOB 03-09-97",
# "KACZMAREK, HALINA, ur. 12.04.1938", "DAI 'BARA' MORGAN, g. 14/03/1951".
_NAME_WORD = rf"['\"‘“]?[{UPPER}][A-Za-zÀ-ÖØ-öø-ÿŴŵŶŷ'’-]+['\"’”]?"
# ... and a record's "SURNAME, W. G." with its initials, before "(b. 1/1/40)"
_RECORD_NAME = re.compile(
    rf"(?:^|(?<=[\s'\"‘“:(]))({_NAME_WORD}(?:,?[ \t]+(?:{_NAME_WORD}|[{UPPER}]\.)){{1,3}})[\"”’]?,?[ \t]*\(?\Z"
)


# A preposition before the words: they say where someone was born, not who.
_PLACE_BEFORE = re.compile(r"\b(?:yn|ym|yng|at|in|from)[ \t]+\Z")
_OPENING_VERBS = frozenset(["Daeth", "Aeth", "Cafodd", "Gafodd", "Ganwyd", "Ganed", "Fe", "Mi"])
# ... or one name, or a person's initials, heading a note or a sentence, with a field or two between it
# and the date: "Nasra, dob 3.xi.21", "*HW, Sudanese, DOB 01.01.88", "LJ, F, DOB:01 NOV 1991".
_RECORD_HEAD = re.compile(
    rf"(?:^|(?<=[\n*>:(|])|(?<=[.!?;][ \t]))[ \t]*({_NAME_WORD}|[{UPPER}]{{2,3}})"
    r"(?:,[ \t]*[A-Za-z][A-Za-z .'’-]{0,15}){0,2}(?:,[ \t]*\(?|[ \t]+\()\Z"  # "RWP (12/3/84)": a bracket, no comma
)
_NATIONALITY_ENDINGS = ("ese", "ian", "ish", "ean", "ani", "ali", "aqi", "eni")
# Letters that head a record but name no one: the abbreviations above, a team or the record's own kind.
_NOT_RECORD_INITIALS = _NOT_INITIALS | frozenset(
    "EU CP LAC CLA CIN CYP YP SU MH LD ASD ADHD CMHT HO NI PT DN IDVA MARAC".split()  # noqa: SIM905
)


def _names_before_dobs(text: str, hits: list[Hit], pseudonyms: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    for start, _, category, _ in hits:
        if category != "date-of-birth":
            continue
        m = _RECORD_NAME.search(text, max(0, start - 50), start)
        if not m:
            head = _RECORD_HEAD.search(text, max(0, start - 50), start)
            if head and _heads_a_record(head.group(1).strip("'\"‘“’”"), pseudonyms):
                out.append((head.start(1), head.end(1), "person-name", "privacy.person-name.record"))
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)):
            continue  # "born at Bryn Awel in 1950", "ei eni ym Mryn Awel yn 1950": where, not who
        words = [w.strip("'\"‘“’”,") for w in m.group(1).split()]
        titled = [w[:1] + w[1:].lower() for w in words]
        if all(w in SKIP or w in pseudonyms or w in TITLES for w in titled):
            continue
        if not any(w.isupper() for w in words) and not any(w in KIN_TITLES or w[:1].isupper() for w in words[1:]):
            continue
        begin = m.start(1)
        while text[begin] in "'\"‘“":
            begin += 1
        if words[0] in _OPENING_VERBS or words[0].endswith(WELSH_VERB_ENDINGS):
            if all(w in SKIP or w in pseudonyms or w in TITLES for w in titled[1:]):
                continue  # "Ganwyd Jac noson tân gwyllt 2011": the verb, then the story's made-up name (round 36)
            begin = text.index(words[1], begin + len(words[0]))  # "Daeth Elis i'r byd ar ...": the verb is no name
        else:
            lead = 0  # "Mae Twm (30/1/17)", "The Hugheses ...": a sentence's everyday first word is no name
            while lead < len(words) - 1 and titled[lead] in SKIP:
                lead += 1
            rest = words[lead:]
            if lead and len(rest) == 1 and not rest[0].isupper() and not lx.a_name_word(rest[0]):
                continue  # "the Three Nights' Blitz, Feb '41": an event's name, not a person's
            if lead:
                begin = text.index(words[lead], begin + len(" ".join(words[:lead])))
        out.append((begin, m.end(1), "person-name", "privacy.person-name.record"))
    return out


def _heads_a_record(word: str, pseudonyms: frozenset[str]) -> bool:
    """Is WORD, alone before a date of birth, a person: initials, or a capitalised word that is no everyday word?"""
    if word.isupper() and len(word) <= 3:
        return word not in _NOT_RECORD_INITIALS
    titled = word[:1] + word[1:].lower()
    if titled in pseudonyms or word in pseudonyms:
        return False  # "Lowri, DOB ...": the made-up name the story declares
    if titled in lx.FIRST:
        return True
    if titled.endswith(_NATIONALITY_ENDINGS):
        return False  # "Sudanese, DOB ...": what the person is, written before the date
    return not (
        titled in SKIP
        or titled in pseudonyms
        or word in pseudonyms
        or titled in TITLES
        or titled in KIN_TITLES
        or titled in lx.COMMON
        or titled in lx.PLACES
        or titled[:1].islower()
    )


def _locate(text: str, word: str, cursor: int, n: int) -> int:
    """Where WORD, the next token the pattern found at or after CURSOR, starts."""
    s = text.find(word, cursor)
    while s > 0:
        e = s + len(word)
        if (e >= n or not text[e].isalnum()) and (not text[s - 1].isalnum() or not _inside_token(text, s)):
            break
        s = text.find(word, s + 1)
    return s


def _inside_token(text: str, s: int) -> bool:
    """Would the pattern have read the character at S as part of an earlier word?"""
    j = s - 1
    while j >= 0 and text[j].isalnum():
        if text[j].isupper() or text[j].isdigit():
            return True
        j -= 1
    return False


def _runs_on(text: str, end: int, n: int) -> bool:
    """Does the capitalised word ending at END run on into another ("Rhys Jones", "Heol y Parc")?"""
    c = text[end]
    if c == " " or c == "\t":
        j = end + 1
        while j < n and text[j] in " \t":
            j += 1
        if j >= n:
            return False
        if text[j].isupper():
            return True
        if text[j] not in "yaofdvliu":
            return False
        k = text.find(" ", j, j + 7)
        return k > 0 and text[j:k] in CONNECTORS and k + 1 < n and text[k + 1].isupper()
    if c == "\n":
        j = end + 1
        while j < n and text[j] in " \t":
            j += 1
        return j < n and text[j].isupper()
    return False


def _digits(text: str, s: int, word: str, hits: list[Hit], done: int, cues: bool) -> int:
    """Hand each run of digits in WORD (found at S) that could start an ID to its finders."""
    if word.isdigit():
        return _digit_run(text, s, s + len(word), hits, done, cues)
    i = 0
    size = len(word)
    while i < size:
        if not word[i].isdigit():
            i += 1
            continue
        a = s + i
        e = DIGITS.match(text, a).end()  # type: ignore[union-attr]
        i = e - s
        done = _digit_run(text, a, e, hits, done, cues)
    return done


# The three characters before a number (or before its bracket) that may be a cue: the end of a
# label ("bed 4", "card (0063 ...") or a shortened "born" ("b. 12.06.1948", "g. 22/10/1941").
_ABBREVIATED = frozenset(p + c + "." for p in " (\n\t'\"‘“" for c in "bBgG") | {"ur.", "Ur.", ".g.", ".G."}
_ABBREVIATED |= {"dg.", "DG.", "Dg."}  # "dg. 21.09.1938": dyddiad geni
# ... or the letter alone after a comma or a bracket ("Gwilym, g 3/3/41", "(b 4/9/41)")
_BARE = frozenset(p + c for p in (", ", "(", "; ", ",", "\n") for c in "bBgG")
_GATE = LOOSE_KEYS | _ABBREVIATED
_NUMBERED = frozenset({"ber", "no.", "hif", "rif", "No.", "NO."})
_MASKED = frozenset({"..", "**", "••"})
_BACK_VERB = frozenset({"is ", "re ", "as ", "di ", "yw ", "dy ", "dd "})  # the verb's end before figures on a card


def _digit_run(text: str, a: int, e: int, hits: list[Hit], done: int, cues: bool) -> int:
    if a < done:
        return done
    if e - a >= 9:
        long = long_figures_at(text, a, e)  # "certificate 001745228813": nine figures or more, no phone's
        if long:
            hits.append(long)
    if e - a >= 3 and a > 2 and text[a - 1] == " " and text[a - 2].islower():
        exchange = exchange_at(text, a, e)  # "Pontyberem 870452", "Llanfair 810 247"
        if exchange:
            hits.append(exchange)
            return max(done, exchange[1])
    if e - a in (2, 3) and text[e : e + 1] == " ":
        local = local_number_at(text, a)  # "Landline 840 927", "her number the old way, 73 5042"
        if local:
            hits.append(local)
            return max(done, local[1])
    if a and (text[a - 1].isupper() or (text[a - 1] in " -" and a > 1 and text[a - 2].isupper())):
        code = lettered_code_at(text, a)  # "her pendant alarm is CL 55 0193"
        if code:
            hits.append(code)
    if (
        e - a in (3, 4, 5)
        and text[e : e + 1] == " "
        and e + 1 < len(text)
        and (text[e + 1].isdigit() or text[e + 1].isupper() or text[e + 1] in "•*#")
    ) or (e - a == 4 and a >= 10 and text[a - 2 : a - 1] in "•*#xX"):  # a card's hidden middle: "4751 •••• 2209"
        first = figures_first_at(text, a, e)  # "gas key 9826 1100 4471 2209", "the number 4471 EY"
        if first:
            hits.append(first)
    k = a - 2 if text[a - 1] == "(" else a - 1
    if text[a - 2 : a] in _MASKED:  # "ending ..4471", "ending ****4471": the label is before the hidden figures
        k = a - 2
        while k > 0 and text[k] in "*•.":
            k -= 1
    gate = (
        a < 4 or text[k - 3 : k] in _GATE or text[k - 2 : k] == " â" or text[k - 9 : k] == "orffen yn"
    )  # "yn gorffen â/yn 5521"
    glued = text[a - 3 : a] in _ABBREVIATED  # no space after the cue: "(b.4/9/41)"
    bare = (
        a > 2
        and text[a - 2] in "bBgG"
        and text[a - 1] == " "
        and (text[a - 4 : a - 1] in _BARE or text[a - 3 : a - 1] in _BARE)
    )
    if bare or ((gate or glued) and (a < 4 or glued or text[k - 3 : k] in _ABBREVIATED)):
        dob = abbreviated_dob_at(text, a)
        if dob:
            hits.append((dob[0], dob[1], "date-of-birth", "privacy.date-of-birth"))
            return max(done, dob[1])
    if e - a <= 2 and e < len(text) and text[e] in "/.-" and text[a - 1] in " \t:('\"‘“":
        recorded = record_date_at(text, a)  # "On her record: 03/05/1941"
        if recorded:
            hits.append((recorded[0], recorded[1], "date-of-birth", "privacy.date-of-birth"))
            return max(done, recorded[1])
    if cues and e < len(text) and text[e] in " ,)" and (e - a == 4 or text[a - 1] in "/.-'’"):
        before = dob_before_cue_at(text, a, e)  # "Ar 3 Mai 1940 y ganwyd hi"
        if before:
            hits.append((before[0], before[1], "date-of-birth", "privacy.date-of-birth"))
            return max(done, before[1])
    if e - a in (2, 3) and text[e : e + 4] in _AGE_NEXT:
        aged = aged_word_date_at(text, a)  # "Mae Harri'n 80 ar y cyntaf o Ragfyr"
        if aged:
            hits.append((aged[0], aged[1], "date-of-birth", "privacy.date-of-birth"))
            return max(done, aged[1])
    worth = _worth_a_look(text, a, e)
    if worth and (text[a - 3 : a] in _AT_ON or text[a - 4 : a] in _THE):
        aged = aged_date_at(text, a)  # "turns 90 on 3 March"
        if aged:
            hits.append((aged[0], aged[1], "date-of-birth", "privacy.date-of-birth"))
            return max(done, aged[1])
    if cues and (worth or e - a == 4 or text[a - 4 : a] == "lat " or text[a - 1] in "'’"):  # "born May '40"
        cued = cued_before_digits(text, a)
        if cued:
            hits.append(cued)
            return max(done, cued[1])
    found = at_digits(text, a, e) if worth else []
    # "bed 4 on Dewi Ward", "account ending 1234"; a labelled card number may look like a phone
    # number ("library card 07113 84250").
    # ... and a grouped number in brackets after a card: "pas bws iddi (6331 2208 1174)" (round forty-one)
    bracketed = not found and text[a - 1] == "(" and text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit()
    if (gate and (not found or found[0][2] in ("phone", "address"))) or (not found and e - a >= 5) or bracketed:
        loose = loose_id_before(text, a)
        if loose:
            found = [loose]
    if not found and a > 2 and (text[a - 1].isalpha() or (text[a - 1] in "._" and text[a - 2].isalpha())):
        login = login_at(text, a, e)  # "her login is mair.jones1944"
        if login:
            found = [login]
    if (
        not found
        # "4471", "2-7-0-9", "7 3 8 1"
        and (4 <= e - a <= 6 or (e - a == 1 and text[e : e + 1] in "- " and text[e + 1 : e + 2].isdigit()))
        and (
            "od" in text[max(0, a - 48) : a]
            or "ôd" in text[max(0, a - 48) : a]  # "côd 4-0-9-1"
            or "ombination" in text[max(0, a - 48) : a]  # "the combination on the padlock is 1-9-7-2"
            or "IN" in text[a - 8 : a]
            or "in" in text[a - 8 : a]
            or "KS" in text[a - 6 : a]
        )
    ):
        code = access_code_at(text, a, e)  # "The key is in the box by the door, code 4471"
        if code:
            found = [code]
    if not found and e - a <= 4 and text[a - 1] == " " and text[a - 2].isupper():
        plate = dateless_plate_at(text, a, e)  # "registration ETH 774"
        if plate:
            found = [plate]
    plate_words = text[max(0, a - 30) : a] if not found and e - a <= 4 else ""
    if "late" in plate_words or "lât" in plate_words:
        plate = private_plate_at(text, a, e)  # "the plate P1G 30N", "plate no. 118"
        if plate:
            found = [plate]
    if not found:
        # Most numbers here are ages, times and counts: a short one standing alone is passed over.
        short = e - a < 4
        alone = (
            text[a - 1] in " \t("
            and not text[a - 2].isupper()
            and (e >= len(text) or text[e] not in "/-")
            and not (e - a == 1 and text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit())  # "2 0417 00882 3961"
        )
        labelled = None if short and alone else generic_id_at(text, a, e)  # "hospital number H448120"
        if labelled:
            found = [labelled]
        elif short and (text[a - 4 : a - 1] in _NUMBERED or (e + 1 < len(text) and text[e + 1].isupper())):
            home = numbered_home_at(text, a, e)  # "at 4 Tan y Graig", "o rif 23"
            if home:
                found = [(home[0], home[1], "address", "privacy.address")]
    if not found and text[e : e + 4] in (" on ", " ar "):
        card = number_on_a_card_at(text, a, e)  # "cerdyn gofalwr ifanc (yr un gwyrdd, 0447 ar y cefn)"
        if card:
            found = [card]
    if not found and text[a - 3 : a] in _BACK_VERB:
        card = number_on_the_back_at(text, a)  # "and the three on the back is 417"
        if card:
            found = [card]
    if not found and (text[a - 1 : a].isupper() or text[e : e + 1].isupper()):
        code = _code_word(text, a, e)  # "achos llys CF23C00412", "A4417EK": a reference with no label
        if code:
            found = [code]
    for hit in found:
        if hit[1] > done:
            done = hit[1]
        hits.append(hit)
    return done


def _worth_a_look(text: str, s: int, e: int) -> bool:
    """Could the digit run text[s:e] be part of a phone, ID, postcode, address or date?"""
    if e - s >= 5:
        return True
    n = len(text)
    after = text[e] if e < n else "."
    if after == " ":
        # The common case: "in 2019 we", "aged 84 and", "029 2087 1234", "12 Heol y Parc".
        nxt = text[e + 1] if e + 1 < n else "."
        if nxt.isdigit() or (nxt.isupper() and e - s <= 4):
            return True
    elif after in _SEPARATORS:
        j = e
        while j < n and text[j] in _SEPARATORS:
            j += 1
        if j < n and (text[j].isdigit() or (text[j].isupper() and e - s <= 4)):
            return True
        if j < n and text[j] in "ivx" and _ROMAN_MONTH.match(text, j):
            return True  # a month in Roman figures: "03.iv.79"
    elif after.isalpha():
        # "5a Oak Tree Close", "3rd March", "3ydd o Fawrth", "12fed"
        j = e
        while j < n and text[j].isalpha() and j - e < 4:
            j += 1
        if j < n and text[j] in " ,\t":
            return True
        if j == e + 1 and after.isupper() and (j >= n or not text[j].isalnum()):
            return True  # the letter that ends an old number plate: "ABC 123D."
    if s:
        before = text[s - 1]
        if before.isalpha():
            return True
        if before == " " and s >= 4 and text[s - 4 : s - 1] in ("FPO", "fpo", "GIR", "gir"):
            return True
        if (before == "-" or before == "/") and s >= 2 and text[s - 2].isalnum():
            return True  # the last part of a reference: "SW-4471", "HC-22-0981"
    return False
