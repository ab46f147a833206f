"""Identifying details, round forty-six: tuned on dev batches 57 and 58 (`benchmarks/privacy/real/README.md`).

- a locker's number where the clause also speaks of a class or a group ("Cytunodd ei athro dosbarth iddo gadw'i fag yn
  locer 117", "her form group's PE kit goes in locker 52"), which the rule for a room a group meets in had dropped; a
  locker at the pool or the gym stays anyone's;
- a nickname in quotation marks before "yw e i bawb" ('Lan y cwm, "Dai Cwm" yw e i bawb'), as it was found without
  them; a song or a festival in quotes stays what it is;
- a family a child lives or is placed with, by its surname in the plural, whether or not the surname is on the lists
  ("lived, and still lives, with the Whitcombes", "placed with the Prossers", "yn byw gyda'r Whitcombes"); not a team
  ("with the Scarlets"), an order ("with the Sisters") or a charity ("efo'r Samaritans");
- a home by whose relative's it is ("stays over at Ffion's nan's", "at her boyfriend's mam's"), not a party there;
- the way to a home after "If you've never been out to …" and "Os nad ydych chi erioed wedi bod …", not a city;
- a fishing boat's port letters and number where a boat is spoken of ("She's the M 114, on a mooring", "y CO 27"),
  not a postcode, a car's plate or a motorway;
- a house known by the old one who lived in it, "hen" after the article in Welsh ("yn nhŷ'r hen weinidog ar bwys
  capel Bethel") and in English ("the old minister's house by Bethel"), not an old man's house;
- a market stall by its number where a market is spoken of ("Swansea Market … from stall 31", "stondin 12 yn y
  farchnad"), not a stall at the stables; a relative's house by a pronoun, placed by a landmark ("dŷ ei chwaer tu ôl
  i'r capel", "her sister's house behind the chapel"), not without one;
- false alarms gone: a village's public hall in Welsh ("Neuadd Gyhoeddus Brynaman", "Neuadd Goffa …"), though a
  playgroup called by the hall it meets in is still a school ("i gylch y Neuadd Goffa"); villages of the upper Aman
  and north of Wrexham, Gower's north shore and the Ebbw Fach ("o Waun-Cae-Gurwen", "in Marford", "o Benclawdd",
  "Nantyglo"); a job's title after a name ("Registered Manager").
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Cytunodd ei athro dosbarth iddo fe gadw'i ddillad ymarfer yn locer 208 ger y neuadd.", "cy", "locer 208"),
        ("Her form group agreed she could keep her PE kit in locker 52 by the office.", "en", "locker 52"),
    ],
)
def test_a_locker_s_number_where_a_class_or_a_group_is_spoken_of(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The swimming class used locker 12 at the leisure centre.", "en"),
        ("Roedd y grŵp yn cadw'u bagiau yn locer 7 yn y pwll.", "cy"),
        ("The meeting was in room 12, with the whole group.", "en"),
    ],
)
def test_a_locker_at_the_pool_and_a_room_a_group_meets_in_are_no_one_s(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ar y stryd, "Gwil Becws" yw e i bawb, a smo fe\'n ateb i ddim byd arall.', "Gwil Becws"),
        ("“Nans Siop” ydi hi i bawb yn y pentre.", "Nans Siop"),
    ],
)
def test_a_nickname_in_quotes_before_to_everyone(text: str, name: str) -> None:
    assert name in words_of("person-name", text, "cy")


@pytest.mark.parametrize(
    "text",
    ['"Calon Lân" oedd hi i bawb yn y capel.', '"Nadolig Llawen" oedd o i bawb.'],
)
def test_a_song_or_a_greeting_in_quotes_before_to_everyone_is_no_name(text: str) -> None:
    assert words_of("person-name", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "family"),
    [
        ("Both boys lived, and still live, with the Hathaways out past the quarry.", "en", "Hathaways"),
        ("In March she was placed with the Prossers, who had fostered before.", "en", "Prossers"),
        ("Mae'r ddau yn byw gyda'r Whitcombes ers y Pasg.", "cy", "Whitcombes"),
        ("Mae o'n aros efo'r Pritchards tan yr haf.", "cy", "Pritchards"),
    ],
)
def test_a_family_someone_lives_with_by_its_surname_in_the_plural(text: str, lang: str, family: str) -> None:
    assert family in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He lives with the Scarlets, home and away, every weekend.", "en"),
        ("She stayed with the Sisters at the convent for a month.", "en"),
        ("Mae hi'n aros efo'r Samaritans ar y ffôn tan y bore.", "cy"),
    ],
)
def test_a_team_an_order_or_a_charity_lived_with_is_no_family(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


def test_a_made_up_family_lived_with_is_left() -> None:
    from storysite.privacy import scan_text

    text = "Both boys lived with the Pennants for a year."
    assert [d.text for d in scan_text(text, "en", pseudonyms=["Pennant"]) if d.category == "person-name"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("At weekends she stays over at Cerys's nan's, which gives her mum a night off.", "Cerys's nan's"),
        ("On bad nights he sleeps at his girlfriend's mam's in Trebanos.", "his girlfriend's mam's"),
    ],
)
def test_a_home_by_whose_relative_s_it_is(text: str, words: str) -> None:
    assert words in words_of("address", text, "en")


def test_a_party_at_a_relative_s_is_no_home() -> None:
    assert words_of("address", "He went to Cerys's mum's party on Saturday.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "If you've never been up to Pen-y-Graig, it's the bungalow with the green gate, second left after the "
            "chapel.",
            "en",
            "the bungalow with the green gate",
        ),
        (
            "Os nad ydych chi erioed wedi bod lan 'na, y tŷ gwyn cynta ar y chwith ar ôl y bont ydi o.",
            "cy",
            "y tŷ gwyn cynta ar y chwith",
        ),
    ],
)
def test_the_way_to_a_home_after_if_you_have_never_been(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If you've never been to Paris, it's the best city there is.", "en"),
        ("Os nad ydych chi wedi bod i Gaerdydd, ewch am dro.", "cy"),
    ],
)
def test_never_been_to_a_city_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("All he wanted was to see his boat again. She's the BS 41, on a mooring off the pier.", "en", "BS 41"),
        ("Roedd cwch Taid, y CO 27, ar yr angorfa yn yr harbwr.", "cy", "CO 27"),
    ],
)
def test_a_fishing_boat_s_port_letters_and_number(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We drove the boat trailer down the M4 to Pembroke Dock.", "en"),
        ("The fishing trip left from SA18 1YN at nine.", "en"),
        ("Aeth y cwch ar y lori ar hyd yr M4 i Abertawe.", "cy"),
    ],
)
def test_a_motorway_or_a_postcode_near_a_boat_is_no_boat_number(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aeth Huw i weld ffilm yn Neuadd Gyhoeddus Brynaman am y tro cynta ers y Nadolig.",
        "Roedd y te parti yn Neuadd Goffa Cwmllynfell.",
        "Merch bedair ar ddeg oed o Waun-Cae-Gurwen yn sôn am ei cherdyn.",
    ],
)
def test_a_village_s_public_hall_and_its_name_are_no_home(text: str) -> None:
    assert words_of("address", text, "cy") == []


def test_a_playgroup_called_by_the_public_hall_it_meets_in_is_still_a_school() -> None:
    assert_flagged(
        "cy", "Mae ei brawd bach yn mynd i gylch y Neuadd Goffa dri bore'r wythnos.", "school", "Neuadd Goffa"
    )


def test_a_farm_called_neuadd_is_still_a_home() -> None:
    assert_flagged("cy", "Mae hi'n byw yn Neuadd Fawr, fferm ar y mynydd.", "address", "Neuadd Fawr")


@pytest.mark.parametrize(
    "text",
    [
        "Sioned Whitley, Registered Manager, the home on the hill",
        "He played with Alf in the same team, in Marford, for years.",
    ],
)
def test_a_job_s_title_and_a_village_are_no_name(text: str) -> None:
    found = words_of("person-name", text, "en")
    assert "Registered" not in found and "Marford" not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae Glenys yn byw yn nhŷ'r hen feddyg, gyferbyn â'r fferyllfa.", "cy", "nhŷ'r hen feddyg"),
        ("They moved into the old stationmaster's house below the halt.", "en", "the old stationmaster's house"),
    ],
)
def test_a_house_known_by_the_old_one_who_lived_in_it(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Aeth hi i dŷ'r hen ddyn drws nesa am baned.", "cy"), ("The old man's house was cold that winter.", "en")],
)
def test_an_old_man_s_house_is_no_named_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("She sold laverbread at Carmarthen market from stall 14 for thirty years.", "en", "stall 14"),
        ("Roedd hi'n gwerthu cocos ar stondin 12 yn y farchnad ers deugain mlynedd.", "cy", "stondin 12"),
    ],
)
def test_a_market_stall_s_number(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


def test_a_stall_away_from_a_market_is_no_one_s() -> None:
    assert words_of("other-id", "The pony was in stall 4 at the riding stables.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae hi'n dianc am baned i dŷ ei brawd tu ôl i'r capel yn Llanarmon.", "cy", "dŷ ei brawd"),
        ("Mae Gwen yn byw yn nhŷ ei mam gyferbyn â'r siop.", "cy", "nhŷ ei mam"),
        ("On a bad day she goes to her aunt's house behind the chapel in Pontfadog.", "en", "her aunt's house"),
    ],
)
def test_a_relative_s_house_placed_by_a_landmark(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Aeth hi i dŷ ei chwaer am de ddydd Sul.", "cy"), ("Her sister's house was warm and full of dogs.", "en")],
)
def test_a_relative_s_house_with_no_landmark_is_left(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm a community connector for Penclawdd, Crofty and the villages along the marsh.", "en"),
        ("Daeth ei hŵyr mewn â bwced o gocos o Benclawdd.", "cy"),
        ("Prev. address 3 Pen-y-Waun Cottages, Nantyglo.", "en"),
    ],
)
def test_villages_of_gower_and_the_valleys_are_no_names(text: str, lang: str) -> None:
    found = [t for t in words_of("person-name", text, lang) + words_of("address", text, lang)]
    assert not any(v in f for f in found for v in ("Penclawdd", "Benclawdd", "Crofty", "Nantyglo")), found


def test_a_village_s_nursery_is_a_school_and_one_of_a_town_s_many_is_not() -> None:
    assert_flagged("en", "She goes to Llanwrda nursery three mornings a week.", "school", "Llanwrda nursery")
    assert words_of("school", "She had a place at a Cardiff nursery for a year.", "en") == []
