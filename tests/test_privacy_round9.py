"""Identifying details, round nine: birthdays told without their year, police officers named by rank and a
surname that is also a place, and services' phone numbers (freephone, shared cost, premium rate) left alone.
Each family has its look-alikes, which must stay unflagged. Every sentence here is new and fictional."""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, assert_nothing_but_names

from storysite.privacy import scan_text

BIRTHDAYS = [
    # Someone's birthday given as a day and month, straight after the word.
    ("en", "Her birthday is 3 March and she wants a cake.", "3 March"),
    ("en", "His birthday is 9 June and he loves cake.", "9 June"),
    ("en", "His birthday's on the 21st of October, he told the nurse.", "21st of October"),
    ("en", "Gwilym's birthday is always on 14 August.", "14 August"),
    ("en", "Her birthday: 2 January.", "2 January"),
    ("en", "My birthday falls on November 5th, so there are fireworks.", "November 5th"),
    ("cy", "Mae ei phen-blwydd ar 3 Mawrth.", "3 Mawrth"),
    ("cy", "Ei ben-blwydd yw'r ail o Fehefin.", "ail o Fehefin"),
    ("cy", "Mae pen-blwydd Nia ar 12 Hydref bob blwyddyn.", "12 Hydref"),
    ("cy", "Fy mhen-blwydd i yw 5 Tachwedd, meddai.", "5 Tachwedd"),
    ("cy", "Ei phen-blwydd: 2 Ionawr.", "2 Ionawr"),
    # A festival after a birth verb, with no year.
    ("en", "Her mam always said she was born on Christmas Day.", "Christmas Day"),
    ("en", "He was born on New Year's Eve, just before midnight.", "New Year's Eve"),
    ("cy", "Cafodd ei geni ar Ddydd Gŵyl Dewi.", "Ddydd Gŵyl Dewi"),
    ("cy", "Ganwyd o ar Noswyl Nadolig, yn y gegin.", "Noswyl Nadolig"),
    # A day named and then called someone's birthday.
    ("en", "She went home on St David's Day this year, on her 85th birthday.", "St David's Day"),
    ("en", "On 3 March, his birthday, the carers brought a card.", "3 March"),
    ("cy", "Aeth hi adre ar Ddydd Calan eleni, ar ei phen-blwydd.", "Ddydd Calan"),
    ("cy", "Ar 8 Medi, ei ben-blwydd, daeth ei chwaer draw.", "8 Medi"),
]

NOT_BIRTHDAYS = [
    # A party, a cake or a celebration on the day is an event.
    ("en", "We had a birthday party on 3 March."),
    ("en", "Her birthday party is on 3 March in the hall."),
    ("en", "On 3 March, her birthday party was held in the hall."),
    ("cy", "Cawson ni barti pen-blwydd ar 3 Mawrth."),
    ("cy", "Ar 3 Mawrth, ei phen-blwydd parti oedd yn y neuadd."),
    # Something's birthday, not a person's.
    ("en", "The chapel's birthday is 3 March."),
    ("cy", "Mae pen-blwydd y capel ar 3 Mawrth."),
    # A festival that is only a day out, and a group born on one.
    ("en", "On Christmas Day we had a party at the chapel."),
    ("cy", "Ar Ddydd Nadolig aethon ni i'r capel."),
    ("en", "The club was born on Boxing Day 1990."),
    # A birthday with no day, and a day with no birthday.
    ("en", "Her birthday is in March."),
    ("cy", "Mae ei phen-blwydd ym mis Mawrth."),
    ("en", "Happy birthday! On 3 March we went to Rhyl."),
]

OFFICERS = [
    ("en", "PC Gwynedd calls in on his night shift.", "PC Gwynedd"),
    ("en", "Sergeant Conwy came to the door with the keys.", "Sergeant Conwy"),
    ("en", "PCSO Ceredigion knows every shop on the high street.", "PCSO Ceredigion"),
    ("cy", "Mae PC Gwynedd yn galw heibio ar ei shifft nos.", "PC Gwynedd"),
    ("cy", "Siaradodd Sarjant Powys â'r teulu.", "Sarjant Powys"),
    ("cy", "Daeth Cwnstabl Meirion i'r cyfarfod.", "Cwnstabl Meirion"),
]

NOT_OFFICERS = [
    ("en", "Heddlu Gwynedd sent a PC to Bangor."),
    ("en", "She bought a new PC in Conwy."),
    ("cy", "Mae Heddlu Dyfed-Powys yn cynnig cyngor."),
    ("cy", "Prynodd hi PC newydd yng Nghaernarfon."),
]

SERVICE_LINES = [
    ("en", "I gave Pat the number of the Silver Line, 0800 4 70 80 90, for the nights."),
    ("en", "The crisis line (CALL on 0800 132 737) is open all night."),
    ("en", "The bank's helpline is 0845 123 4567."),
    ("cy", "Rhif y llinell gymorth yw 0808 808 2234."),
    ("cy", "Mae'r poster yn rhoi rhif DAN 24/7, 0808 808 2234, i bawb."),
    ("cy", "Ffoniodd hi'r llinell am ddim ar 0800 123 4567."),
]

# Numbers a person or a worker has: still phones.
PERSONAL_LINES = [
    ("en", "Her mobile is 07700 900123.", "07700 900123"),
    ("en", "His direct line is 0300 123 4567, ask for Gwyn.", "0300 123 4567"),
    ("cy", "Ei rhif ffôn adre yw 01632 960719.", "01632 960719"),
    ("cy", "Ffoniwch hi ar 0333 150 3456.", "0333 150 3456"),
]


@pytest.mark.parametrize(("lang", "text", "words"), BIRTHDAYS, ids=[f"{f[0]}:{f[1][:40]}" for f in BIRTHDAYS])
def test_birthdays_without_a_year(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "date-of-birth", words)


@pytest.mark.parametrize(("lang", "text"), NOT_BIRTHDAYS, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_BIRTHDAYS])
def test_birthday_lookalikes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(("lang", "text", "words"), OFFICERS, ids=[f"{f[0]}:{f[1][:40]}" for f in OFFICERS])
def test_officers_with_a_place_for_a_surname(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "person-name", words)


@pytest.mark.parametrize(("lang", "text"), NOT_OFFICERS, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_OFFICERS])
def test_officer_lookalikes(lang: str, text: str) -> None:
    assert scan_text(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), SERVICE_LINES, ids=[f"{p[0]}:{p[1][:40]}" for p in SERVICE_LINES])
def test_service_lines_are_left_alone(lang: str, text: str) -> None:
    found = [d for d in scan_text(text, lang) if d.category in ("phone", "other-id")]
    assert not found, [(d.category, d.text) for d in found]


@pytest.mark.parametrize(("lang", "text", "words"), PERSONAL_LINES, ids=[f"{f[0]}:{f[1][:40]}" for f in PERSONAL_LINES])
def test_personal_lines_are_still_phones(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "phone", words)


# An English -ing form opening a title or a sentence is not a name ...
GERUNDS = [
    ("en", "Keeping brothers together"),
    ("en", "Finding her voice again after the stroke"),
    ("cy", "Teitl y daflen Saesneg: Keeping brothers together."),
]

# ... but a name with that ending is, before a verb of speech or an apposition.
NAMES_ENDING_ING = [
    ("en", "Xiaoling said she would come back on Friday.", "Xiaoling"),
    ("en", "Xiaoling, her daughter, rang the office.", "Xiaoling"),
]


@pytest.mark.parametrize(("lang", "text"), GERUNDS, ids=[f"{p[0]}:{p[1][:40]}" for p in GERUNDS])
def test_gerund_openings_are_not_names(lang: str, text: str) -> None:
    assert scan_text(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "words"), NAMES_ENDING_ING, ids=[f"{f[0]}:{f[1][:40]}" for f in NAMES_ENDING_ING]
)
def test_names_ending_ing_are_still_names(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "person-name", words)


# A home named once, then again: by the house's name before its street, or mutated after a Welsh preposition.
HOMES_AGAIN = [
    ("cy", "Bu'n byw yn Glanrafon, Stryd Newydd am hanner canrif. Aeth ei dodrefn o Lanrafon i'r cartref.", "Lanrafon"),
    ("cy", "Bu'n byw yn Glanrafon, Stryd Newydd am hanner canrif.", "Glanrafon"),
    ("cy", "Roedd hi'n byw yn Fferm Bryn Eithin. Mae hi'n dal i fynd am ginio ym Mryn Eithin.", "Mryn Eithin"),
    ("cy", "Symudodd i Fferm Pant Gwyn yn 1970. Mae'r teulu'n dal i ffermio ym Mhant Gwyn.", "Mhant Gwyn"),
    ("en", "She lived at Glanrafon, Heol y Bryn, for fifty years. The post for Glanrafon still comes.", "Glanrafon"),
    ("en", "He farmed at Fferm Cae Du all his life, and the cattle at Gae Du went last spring.", "Gae Du"),
]

# A town, or a person, before a street; and a mutated word that is not the home.
NOT_HOMES_AGAIN = [
    ("cy", "Mae'r swyddfa yn Bangor, Stryd Fawr. Aeth hi i Fangor ddoe.", "Bangor"),
    ("en", "The office is in Bangor, High Street, and we drove to Bangor again.", "Bangor"),
    ("cy", "Daeth y llythyr o Glenys, Stryd y Castell, a Glenys oedd yn iawn.", "Glenys"),
    ("en", "A card came from the family of Gwenda, Heol y Bryn, and Gwenda rang later.", "Gwenda"),
]


@pytest.mark.parametrize(("lang", "text", "words"), HOMES_AGAIN, ids=[f"{f[0]}:{f[1][:40]}" for f in HOMES_AGAIN])
def test_homes_named_again(lang: str, text: str, words: str) -> None:
    at = text.rindex(words)
    found = [d for d in scan_text(text, lang) if d.category == "address" and d.start < at + len(words) and at < d.end]
    assert found, [(d.category, d.text) for d in scan_text(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "words"), NOT_HOMES_AGAIN, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_HOMES_AGAIN]
)
def test_towns_and_people_before_a_street_are_not_homes(lang: str, text: str, words: str) -> None:
    found = [d.text for d in scan_text(text, lang) if d.category == "address"]
    assert not any(words in f or words[1:] in f for f in found), found


# Cars and tractors, and characters of a play and a cartoon, named like people: on the lists, never a person.
NAMED_THINGS = [
    ("cy", "Prynodd ei chymydog Land Rover newydd i'r fferm."),
    ("cy", "Roedd hen Forris Minor las yn y cwt, heb deiars."),
    ("cy", "Chwaraeodd hi Polly Garter yn y neuadd bentref."),
    ("en", "He still drives the Massey Ferguson his father bought in 1968."),
    ("en", "Her first car was a Ford Anglia, green with a white roof."),
    ("en", "The van has a Bart Simpson air freshener on the mirror."),
    ("en", "In the school play she was Captain Cat, in a big blue coat."),
]

# ... but a make that is also a likely person's name is not on the list.
PEOPLE_NOT_MAKES = [
    ("en", "David Brown, her neighbour, came round with soup.", "David Brown"),
    ("cy", "Daeth David Brown, ei chymydog, â chawl draw.", "David Brown"),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_THINGS, ids=[f"{p[0]}:{p[1][:40]}" for p in NAMED_THINGS])
def test_named_things_are_not_people(lang: str, text: str) -> None:
    assert scan_text(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "words"), PEOPLE_NOT_MAKES, ids=[f"{f[0]}:{f[1][:40]}" for f in PEOPLE_NOT_MAKES]
)
def test_people_named_like_makes_are_still_people(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "person-name", words)


# A public place on the lists is not a home, mutated or run on into more words.
PUBLIC_PLACES = [
    ("cy", "Penwythnos yng Nglan-llyn i'r efeilliaid."),
    ("cy", "Roedd pawb ar Faes yr Eisteddfod Genedlaethol yn Nhregaron."),
    ("en", "The twins went to Glan-llyn with the Urdd for the weekend."),
    ("en", "We met on Maes yr Eisteddfod Genedlaethol in Tregaron."),
]

# ... while a street or a house with the same head word is still an address.
STILL_HOMES = [
    ("cy", "Mae hi'n byw ym Maes y Ffynnon ers 1990.", "Maes y Ffynnon"),
    ("en", "She has lived on Maes y Ffynnon since 1990.", "Maes y Ffynnon"),
]


@pytest.mark.parametrize(("lang", "text"), PUBLIC_PLACES, ids=[f"{p[0]}:{p[1][:40]}" for p in PUBLIC_PLACES])
def test_public_places_are_not_homes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(("lang", "text", "words"), STILL_HOMES, ids=[f"{f[0]}:{f[1][:40]}" for f in STILL_HOMES])
def test_streets_with_the_same_head_are_still_homes(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


# Musicals and a Welsh title of a children's programme, on the lists.
TITLES = [
    ("cy", "Mae hi'n canu caneuon o Les Misérables yn y gawod bob bore."),
    ("cy", "Roedd e eisiau llyfr am Thomas y Tanc."),
    ("en", "The choir sang three songs from Les Misérables at the home."),
]


@pytest.mark.parametrize(("lang", "text"), TITLES, ids=[f"{p[0]}:{p[1][:40]}" for p in TITLES])
def test_titles_are_not_people(lang: str, text: str) -> None:
    assert scan_text(text, lang) == []


# A named hospital ward, alone, as where a patient is.
WARDS = [
    ("en", "He's been on Ward Dyfi since the fall.", "Ward Dyfi"),
    ("en", "She went back to Tegid ward on Friday.", "Tegid ward"),
    ("en", "Mam is in Glaslyn Ward at the district hospital.", "Glaslyn Ward"),
    ("cy", "Mae o ar Ward Dyfi ers iddo gwympo.", "Ward Dyfi"),
    ("cy", "Mae hi ar ward Glaslyn Isaf ers dydd Llun.", "ward Glaslyn Isaf"),
    ("cy", "Aeth o yn ôl i Ward Tegid ddydd Gwener.", "Ward Tegid"),
]

# Jobs on a ward, a ward with no name, and a person called Ward.
NOT_WARDS = [
    ("en", "She spoke to the Ward Sister about his tablets."),
    ("en", "He's on the ward now and eating well."),
    ("en", "Mrs Ward came in on Tuesday with flowers."),
    ("cy", "Siaradodd hi â'r Ward Sister am ei dabledi."),
    ("cy", "Mae o ar y ward rŵan ac yn bwyta'n dda."),
]


@pytest.mark.parametrize(("lang", "text", "words"), WARDS, ids=[f"{f[0]}:{f[1][:40]}" for f in WARDS])
def test_named_wards(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(("lang", "text"), NOT_WARDS, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_WARDS])
def test_ward_lookalikes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


# A lower-case handle with nothing to mark it, where the words say it is a handle.
HANDLES = [
    ("en", "Her TikTok name is nainbakes.", "nainbakes"),
    ("en", "His Instagram handle is crochetqueen, and he posts every day.", "crochetqueen"),
    ("en", "Her username was bethanbakes on the old forum.", "bethanbakes"),
    ("cy", "Ei henw ar TikTok yw nainbakes.", "nainbakes"),
    ("cy", "Ei enw defnyddiwr yw gwenllan.", "gwenllan"),
    ("cy", "Enw hi ar Instagram oedd crefftaumair.", "crefftaumair"),
]

NOT_HANDLES = [
    ("en", "His username is long and silly."),
    ("en", "Her Instagram name is private."),
    ("en", "His Instagram account is private."),
    ("cy", "Mae ei henw ar Facebook yn hir iawn."),
    ("cy", "Ei enw defnyddiwr yw cyfrinachol a chudd."),
]


@pytest.mark.parametrize(("lang", "text", "words"), HANDLES, ids=[f"{f[0]}:{f[1][:40]}" for f in HANDLES])
def test_lower_case_handles(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(("lang", "text"), NOT_HANDLES, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_HANDLES])
def test_handle_lookalikes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


def test_a_labelled_number_that_is_not_dialled_is_no_service_line() -> None:
    """A learner number that phonenumbers could read as a premium line, with no 0 in front, stays a reference."""
    assert_flagged("en", "ULN 9086410125 was on the referral.", "other-id", "9086410125")
    assert_flagged("cy", "ULN 9086410125 oedd ar y cyfeiriad.", "other-id", "9086410125")


# A pseudonym as the subject before a school named with "Ysgol" (Welsh verb-subject-object): the school is found,
# not a nickname; "Cai Ysgol" alone, and a pseudonym known by a farm, are still nicknames.
SCHOOLS_AFTER_A_PSEUDONYM = [
    ("cy", "Gadawodd Cai Ysgol Gyfun Bro Eithinog ym mlwyddyn 10.", "school", "Ysgol Gyfun Bro Eithinog"),
    ("cy", "Mynychodd Mabli Ysgol Glan Morfa am chwe blynedd.", "school", "Ysgol Glan Morfa"),
    ("cy", "Roedd Cai Ysgol yn gofalu am yr iard bob bore.", "person-name", "Cai Ysgol"),
    ("cy", "Mae Cai Fferm Wen yn galw bob dydd Sul.", "person-name", "Cai Fferm"),
    ("en", "Cai left Ysgol Gyfun Bro Eithinog in year 10.", "school", "Ysgol Gyfun Bro Eithinog"),
    ("en", "Everyone knew him as Cai Ysgol, the caretaker.", "person-name", "Cai Ysgol"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category", "words"),
    SCHOOLS_AFTER_A_PSEUDONYM,
    ids=[f"{f[0]}:{f[1][:40]}" for f in SCHOOLS_AFTER_A_PSEUDONYM],
)
def test_school_after_a_pseudonym(lang: str, text: str, category: str, words: str) -> None:
    found = scan_text(text, lang, pseudonyms=["Cai", "Mabli"])
    at = text.index(words)
    hits = [d for d in found if d.category == category and d.start <= at and at + len(words) <= d.end]
    assert hits, [(d.category, d.text) for d in found]
    if category == "school":
        assert not [d for d in found if d.category == "person-name"], [(d.category, d.text) for d in found]


# Welsh pet forms that are also English words: a name after a kinship word, an everyday word elsewhere.
PET_FORMS = [
    ("cy", "Dwedodd hi mai Taid Now oedd yn canu'r bas yn y capel.", "Taid Now"),
    ("cy", "Roedd Anti Bet yn gwneud y te bob dydd Sul.", "Anti Bet"),
    ("en", "Taid Now sang bass in the chapel choir for fifty years.", "Taid Now"),
]

NOT_PET_FORMS = [
    ("en", "Now, we went to the shop together."),
    ("en", "I bet she loved it. Bet you did too."),
    ("en", "We told Nain. Now she knows the plan."),
    ("cy", "Now, mae hi wedi setlo'n iawn."),
]


@pytest.mark.parametrize(("lang", "text", "words"), PET_FORMS, ids=[f"{f[0]}:{f[1][:40]}" for f in PET_FORMS])
def test_pet_forms_after_kinship(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "person-name", words)


@pytest.mark.parametrize(("lang", "text"), NOT_PET_FORMS, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_PET_FORMS])
def test_pet_forms_as_words(lang: str, text: str) -> None:
    assert scan_text(text, lang) == []
