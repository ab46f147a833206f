"""Identifying details, round eight (issue 15): families that generalise, not strings. Homes named beside the
word for them, counted from a landmark or reached by steps; rooms, beds and references in Welsh word order;
schools by their kind, their year group or a lower-case word. Each family has its look-alikes, which must stay
unflagged. Every sentence here is new and fictional."""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, assert_nothing_but_names

from storysite.privacy import scan_text

HOMES = [
    # A home's name beside the word for it, before or after, between commas.
    ("en", "Her home, Hafan Deg, is at the end of a long track.", "address", "Hafan Deg"),
    ("en", "Their farm, Cefn Eithin, floods every winter.", "address", "Cefn Eithin"),
    ("en", "His cottage, Tŷ'r Ardd, has no heating upstairs.", "address", "Tŷ'r Ardd"),
    ("en", "The carers call at Gorwel, the bungalow behind the school.", "address", "Gorwel"),
    ("en", "We met at Bryn Tirion, the white house on the bend.", "address", "Bryn Tirion"),
    ("cy", "Mae ei chartref, Hafan Deg, ar ben trac hir.", "address", "Hafan Deg"),
    ("cy", "Mae eu fferm, Cefn Eithin, dan ddŵr bob gaeaf.", "address", "Cefn Eithin"),
    ("cy", "Mae'r gofalwyr yn galw yng Ngorwel, y byngalo tu ôl i'r ysgol.", "address", "Ngorwel"),
    ("cy", "Buon ni ym Mryn Tirion, y tŷ gwyn ar y tro.", "address", "Mryn Tirion"),
    ("cy", "Roedd ei thŷ hi, Llety'r Wennol, yn oer.", "address", "Llety'r Wennol"),
    # A home counted from a landmark, or along a road, where someone lives.
    ("en", "Her bungalow is the second one past the war memorial.", "address", "second one past the war memorial"),
    ("en", "His flat is the one above the bookies on the square.", "address", "one above the bookies"),
    ("en", "They live in the last house on the left before the cattle grid.", "address", "last house"),
    ("en", "Their cottage is the third one after the chapel.", "address", "third one after the chapel"),
    ("cy", "Ei byngalo hi yw'r ail heibio'r gofeb.", "address", "ail heibio'r gofeb"),
    ("cy", "Maen nhw'n byw yn y tŷ olaf ar y chwith cyn y grid gwartheg.", "address", "tŷ olaf"),
    ("cy", "Ei fflat o yw'r un uwchben y siop fetio.", "address", "un uwchben y siop fetio"),
    ("cy", "Mae hi'n byw yn y bwthyn gwyn tu ôl i'r Spar.", "address", "bwthyn gwyn tu ôl i'r Spar"),
    ("cy", "Maen nhw'n byw yn y tŷ mawr gyferbyn â'r capel.", "address", "tŷ mawr gyferbyn â'r capel"),
    # Directions given as steps, one of them a turn, with a home near: each landmark passed.
    ("en", "Go past the Crown, take the second left, and it's the farm at the top.", "address", "Crown"),
    ("en", "Take the first right after Capel Horeb and the cottage is on the left.", "address", "Capel Horeb"),
    ("en", "For the house, turn left past Ysgol Bethel and keep on to the end.", "address", "Ysgol Bethel"),
    ("cy", "Ewch heibio'r Llew Coch, troi i'r chwith, a'r fferm ar y top.", "address", "Llew Coch"),
    ("cy", "Trowch i'r dde ar ôl Pont y Felin ac mae'r tŷ ar y chwith.", "address", "Pont y Felin"),
    ("cy", "I'r tŷ, trowch i'r dde heibio Capel Salem.", "address", "Capel Salem"),
    ("cy", "I'r bwthyn, troi wrth y giât ar ôl Capel Horeb a dros y grid.", "address", "Capel Horeb"),
    # Living next door to, up at, and at a house whose first word is also a first name.
    ("en", "She lives next door to the Co-op in Penygroes.", "address", "next door to the Co-op"),
    ("en", "He is living at Bryn Gwyn now, on his own.", "address", "Bryn Gwyn"),
    ("cy", "Mae ei brawd i fyny yng Nghefn Coch gyda'r defaid.", "address", "Nghefn Coch"),
    ("cy", "Mae Mair lawr ym Mhant Glas drwy'r wythnos.", "address", "Mhant Glas"),
    # Counted or walked from a landmark: doors, corners, lanes; "drws nesa" as it is said.
    ("en", "They live three doors down from the Post Office.", "address", "doors down from the Post Office"),
    ("en", "She lives up the lane from Capel Bethel.", "address", "up the lane from Capel Bethel"),
    ("en", "He lives round the corner from the Black Lion.", "address", "round the corner from the Black Lion"),
    ("cy", "Mae hi'n byw dri drws i lawr o Swyddfa'r Post.", "address", "drws i lawr o Swyddfa'r Post"),
    ("cy", "Mae hi'n byw i fyny'r lôn o Gapel Bethel.", "address", "i fyny'r lôn o Gapel Bethel"),
    ("cy", "Mae ei thŷ hi drws nesa i'r capel.", "address", "drws nesa i'r capel"),
    ("cy", "Mae o'n byw rownd y gornel o'r Llew Du.", "address", "rownd y gornel o'r Llew Du"),
    # A rented room placed by a landmark; the block after a flat's number; a home after "cyfeiriad,".
    ("en", "He rents a room above the Crown on Market Street.", "address", "room above the Crown"),
    ("cy", "Mae hi'n rhentu stafell uwchben y Llew Du.", "address", "stafell uwchben y Llew Du"),
    ("en", "She moved into Flat 3, Bryn Hedd, in June.", "address", "Bryn Hedd"),
    ("cy", "Symudodd hi i fflat 3, Llys Tegid, ym mis Mehefin.", "address", "Llys Tegid"),
    ("cy", "Mae ei chyfeiriad, Maes Hyfryd, ar y ffurflen.", "address", "Maes Hyfryd"),
    ("cy", "Mae'n byw efo'i fam yn Ael y Bryn.", "address", "Ael y Bryn"),
    ("en", "His mum's place is the flat over the chippy.", "address", "flat over the chippy"),
    ("cy", "Mae hi yn y fflatiau gwarchod gyferbyn â'r parc.", "address", "gyferbyn â'r parc"),
    # A farm named as what someone farms; a tent or a terrace placed by a landmark; a named person's home counted.
    ("en", "Arwel farms Cwm Bychan with his brother.", "address", "Cwm Bychan"),
    ("cy", "Mae Dylan yn ffermio Tyddyn Du gyda'i frawd.", "address", "Tyddyn Du"),
    ("en", "He sleeps in a tent behind Lidl on the retail park.", "address", "tent behind Lidl"),
    ("cy", "Mae o'n cysgu mewn pabell tu ôl i Lidl.", "address", "pabell tu ôl i Lidl"),
    ("en", "They're in the end terrace at the top of Allt Fawr.", "address", "Allt Fawr"),
    ("en", "Nain's house is the one opposite the Co-op in Llanrug.", "address", "one opposite the Co-op"),
    ("cy", "Tŷ Nain ydy'r un gyferbyn â'r Co-op yn Llanrug.", "address", "un gyferbyn â'r Co-op"),
]

HOME_LOOKALIKES = [
    # A town, a person spoken to, a person's title beside a word for a home.
    ("en", "Her home town, Bangor, has changed a lot."),
    ("en", "His house, Mr Jones said, was too cold."),
    ("en", "Siân, the house is lovely."),
    ("cy", "Ei thref enedigol, Bangor, sydd wedi newid."),
    ("cy", "Roedd ei dŷ, meddai Mr Jones, yn rhy oer."),
    # A shop or a cafe counted from a landmark; a home with no landmark.
    ("en", "The cafe is the second one past the station."),
    ("en", "Her bungalow is the nicest one in the street."),
    ("cy", "Y caffi yw'r ail heibio'r orsaf."),
    # Turns and times with no home near, or a time where a landmark would be.
    ("en", "Turn left after the church to get to the library."),
    ("en", "After the funeral she turned on the left and went home."),
    ("en", "After his stroke he turned his life round and came home."),
    ("cy", "Trowch i'r chwith ar ôl yr eglwys i gyrraedd y llyfrgell."),
    ("cy", "Ar ôl y gwasanaeth, trodd hi i'r chwith ac aeth adre."),
    # "One of the" row; next door to a person. (Two ways counted to a side past unnamed things, "the first gate on
    # the left after the cattle grid", were here until round forty-five: the hand-written dev stories mark every
    # such way as the home's address, and tests/test_privacy_round45.py now asks for them to be found.)
    ("cy", "Mae hi'n byw yn un o'r tai cyngor uwchben y parc."),
    ("cy", "Mae Gwilym yn byw drws nesa i Gwenda ar y coridor."),
    ("en", "He lives next door to Mrs Evans on the landing."),
    # The family's own land places no home; someone walking by a landmark lives nowhere near it.
    ("cy", "Mae ei mab yn byw yn y tŷ newydd ar waelod y buarth."),
    ("en", "We walked past the chapel on the way to the cafe."),
    ("cy", "Cerddon ni heibio'r capel ar y ffordd i'r caffi."),
    ("en", "He moved to Cardiff for university."),
    ("cy", "Symudodd i Gaerdydd i'r brifysgol."),
    # Landmarks counted from each other, a room in a home given by the home, bikes taken from a shed.
    ("en", "The Post Office is three doors down from the bank."),
    ("cy", "Mae Swyddfa'r Post dri drws i lawr o'r banc."),
    ("en", "The home gave her a room facing the road."),
    ("cy", "Cafodd ei arestio am ddwyn tri beic o'r sied y tu ôl i'r ganolfan hamdden."),
    ("en", "We had lunch at the cafe round the corner from the library."),
    ("en", "He farmed Anglesey beef for years."),
    ("en", "They farmed in Ceredigion all their lives."),
    ("cy", "Roedd y babell tu ôl i'r neuadd yn llawn ar gyfer y ffair."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), HOMES, ids=[f"{f[0]}:{f[1][:40]}" for f in HOMES])
def test_homes_are_found(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), HOME_LOOKALIKES, ids=[f"{p[0]}:{p[1][:40]}" for p in HOME_LOOKALIKES])
def test_home_lookalikes_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


def test_a_person_from_a_farm_stays_a_person() -> None:
    """The farm named beside its word is the farm only: the man before "o" keeps his own finding."""
    text = "Y tro cynta, mi ddeudodd Elis o Benrhyn Uchaf, y fferm uwchben y pentre, ei fod o'n unig."
    found = {(d.category, d.text) for d in scan_text(text, "cy")}
    # the farm with the description that places it (round twenty joins the two), the man apart
    assert ("person-name", "Elis") in found, found
    assert any(c == "address" and w.startswith("Benrhyn Uchaf") and "Elis" not in w for c, w in found), found


NUMBERS = [
    # A bed someone is in, by its number; the number named first, in Welsh word order or with its owner.
    ("en", "He's in bed 14 by the window.", "other-id", "bed 14"),
    ("en", "They moved her to bed 3 overnight.", "other-id", "bed 3"),
    ("en", "Her room number is 23.", "other-id", "23"),
    ("en", "His bed number was 14, by the window.", "other-id", "14"),
    ("en", "My bed no. is 31.", "other-id", "31"),
    ("cy", "Mae o yng ngwely 6 ers wythnos.", "other-id", "ngwely 6"),
    ("cy", "Mae hi wedi symud i wely 9.", "other-id", "wely 9"),
    ("cy", "Mae hi yn y gwely rhif 14.", "other-id", "gwely rhif 14"),
    ("cy", "Rhif y gwely oedd 14, wrth y ffenest.", "other-id", "14"),
    ("cy", "Rhif ei hystafell yw 23.", "other-id", "23"),
    ("cy", "Rhif ei stafell ydy 31.", "other-id", "31"),
    ("cy", "Ei rhif gwely yw 14.", "other-id", "14"),
    ("cy", "Mae hi'n eistedd yn ei stafell, rhif 12, drwy'r dydd.", "other-id", "12"),
    ("cy", "Mae ei mat synhwyro, rhif 22, wrth y gwely.", "other-id", "22"),
    ("cy", "Ystafell 9 yw ei chartref erbyn hyn.", "other-id", "Ystafell 9"),
    ("en", "His sensor mat, number 22, is by the bed.", "other-id", "22"),
    ("en", "Her room, number 12, faces the sea.", "other-id", "12"),
    ("en", "Room 9 is her home now.", "other-id", "Room 9"),
    ("en", "His sensor mat, mat 22 in Derwen corridor, does the rest.", "other-id", "mat 22 in Derwen corridor"),
    ("cy", "Mae ei larwm, larwm 3 ar goridor Glaslyn, yn canu'n aml.", "other-id", "larwm 3 ar goridor Glaslyn"),
    ("cy", "Rhif y stafell: 8B.", "other-id", "8B"),
    # References in Welsh word order, kept from earlier rounds in new words.
    ("cy", "Cyfeirnod tenantiaeth Gwen yw KH/0091/3.", "other-id", "KH/0091/3"),
    ("cy", "Rhoddodd y swyddog rif achos 44-190 iddi.", "other-id", "44-190"),
    ("cy", "Rhif ei cherdyn bws ydy 6330 4412 0091 2287.", "other-id", "6330 4412 0091 2287"),
    ("cy", "Rhif cofrestru'r car ydy CN19 HTY.", "other-id", "CN19 HTY"),
    ("cy", "Symudwyd hi i ward Alaw, gwely 6.", "other-id", "gwely 6"),
    ("cy", "Mae ei gyfrif banc yn gorffen gyda 8812.", "other-id", "8812"),
]

NUMBER_LOOKALIKES = [
    # A time in bed, beds counted, a house's number (an address, found apart if at all), a bus route.
    ("en", "She was in bed 3 days with flu."),
    ("en", "She went to bed at 10 and slept."),
    ("en", "The ward has 14 beds."),
    ("en", "Bus number 5 goes to Caernarfon."),
    ("en", "We met in room 3 of the library for the group."),
    ("cy", "Roedd hi yn y gwely 3 diwrnod gyda'r ffliw."),
    ("cy", "Aeth i'r gwely am 10."),
    ("cy", "Mae 14 gwely ar y ward."),
    ("cy", "Mae'r bws rhif 5 yn mynd i Gaernarfon."),
    ("cy", "Cwrddon ni yn ystafell 3 y llyfrgell."),
    ("cy", "Rhif y bws oedd 5."),
    ("en", "Room 9 is the quiet lounge."),
    ("cy", "Ystafell 9 yw'r lolfa dawel."),
    ("en", "Mat 4 in the gym is free."),
    ("cy", "Mae mat 4 yn y gampfa yn rhydd."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), NUMBERS, ids=[f"{f[0]}:{f[1][:40]}" for f in NUMBERS])
def test_numbers_are_found(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), NUMBER_LOOKALIKES, ids=[f"{p[0]}:{p[1][:40]}" for p in NUMBER_LOOKALIKES])
def test_number_lookalikes_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


SCHOOLS = [
    # A Welsh school's kind in lower case, then "yn" and its place, mutated or with its article.
    ("cy", "Roedd e yn yr ysgol gyfun yn Nhregaron.", "school", "Nhregaron"),
    ("cy", "Mae hi'n mynd i'r ysgol gynradd ym Methesda.", "school", "Methesda"),
    ("cy", "Aeth hi i'r Ysgol Feithrin yn y Felinheli.", "school", "Felinheli"),
    ("cy", "Mae hi yn y Cylch yn Rhosgadfan bob bore.", "school", "Rhosgadfan"),
    ("cy", "Mae hi yn Nosbarth Meithrin Llanberis.", "school", "Llanberis"),
    ("cy", "Mae e yn Uned Arbennig Glan Gele.", "school", "Glan Gele"),
    ("cy", "Mae e yn Academi Morgan yn Abertawe.", "school", "Academi Morgan"),
    ("en", "She goes to the Cylch in Rhosgadfan.", "school", "Rhosgadfan"),
    ("en", "He is at Glan Gele special school.", "school", "Glan Gele"),
    ("en", "He goes to the breakfast club at Penybryn school.", "school", "Penybryn school"),
    ("cy", "Mae'r efeilliaid yn y Cylch Meithrin lleol ym Mhentraeth.", "school", "Mhentraeth"),
    ("cy", "Mae'r bachgen yn mynychu'r uned gyfeirio ym Mangor.", "school", "Mangor"),
    ("cy", "Aeth hi i'r coleg addysg bellach yn Llangefni.", "school", "Llangefni"),
    ("cy", "Mae e'n astudio yn y Coleg yn Llandrillo-yn-Rhos.", "school", "Llandrillo-yn-Rhos"),
    # A school after a child's year group.
    ("en", "He's year 10 at Dyffryn Nantlle.", "school", "Dyffryn Nantlle"),
    ("en", "She is in Year 3 at Bryn Coch.", "school", "Bryn Coch"),
    ("cy", "Mae e ym mlwyddyn 6 yn Glan Morfa.", "school", "Glan Morfa"),
    ("cy", "Mae hi ym mlwyddyn 9 yng Nglan y Môr.", "school", "Nglan y Môr"),
    # Colleges and nurseries in every mutation, kept from earlier rounds in new words.
    ("cy", "Mae hi yng Ngholeg Llandrillo Menai ers mis Medi.", "school", "Ngholeg Llandrillo Menai"),
    ("cy", "Mae hi ym Meithrinfa Seren Fach.", "school", "Meithrinfa Seren Fach"),
    ("cy", "Mae e yn y dosbarth derbyn yn Ysgol Llanrug.", "school", "Ysgol Llanrug"),
]

SCHOOL_LOOKALIKES = [
    # A year with no school after it, a town alone, a month; a circle; school trips and Sunday school.
    ("en", "He was in Year 10 in September."),
    ("en", "She is in Year 3 in Bangor."),
    ("en", "In the year 2 children did well."),
    ("en", "The school run at Bangor school gates was chaos."),
    ("en", "She went to Sunday school every week."),
    ("en", "The letter came from Seren's school on Monday."),
    ("en", "He went back to Mam's primary for the fair."),
    ("cy", "Roedden ni'n eistedd mewn cylch yn y neuadd."),
    ("cy", "Mae hi ym mlwyddyn 6 ers mis Medi."),
    ("cy", "Mae hi'n mynd i'r ysgol gynradd leol."),
    ("cy", "Aeth hi i'r brifysgol yn y ddinas."),
    ("cy", "Mae'r coleg yn cynnig cyrsiau nos."),
    ("cy", "Roedd y Coleg ar gau dros y Nadolig."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), SCHOOLS, ids=[f"{f[0]}:{f[1][:40]}" for f in SCHOOLS])
def test_schools_are_found(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), SCHOOL_LOOKALIKES, ids=[f"{p[0]}:{p[1][:40]}" for p in SCHOOL_LOOKALIKES])
def test_school_lookalikes_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Call his phone, number 07700 900123, after six."),
        ("cy", "Ffoniwch ei ffôn, rhif 07700 900123, ar ôl chwech."),
    ],
)
def test_a_phone_number_after_its_owner_stays_a_phone(lang: str, text: str) -> None:
    found = [(d.category, d.text) for d in scan_text(text, lang)]
    assert ("phone", "07700 900123") in found, found


# Families found missing in dev batch 4 and written again here in new words.
MORE = [
    # A part of a home said near a house's name; a farm named again without "Fferm".
    ("cy", "Mae'r llun ar yr oergell yn Maes y Môr.", "address", "Maes y Môr"),
    ("cy", "O ffenest ei chegin yn Nhan y Garth mae hi'n gweld y môr.", "address", "Nhan y Garth"),
    ("en", "From the kitchen at Bryn Melyn you can see the quarry.", "address", "Bryn Melyn"),
    ("cy", "Aeth adre i Fferm Cae'r Gors. Mae Cae'r Gors ar ben lôn hir.", "address", "Cae'r Gors ar"),
    ("en", "She went home to Fferm Cae Du. Cae Du is up a long track.", "address", "Cae Du is"),
    # A flat's number on its own; a room someone leaves; a card's number with letters after its owner.
    ("en", "Her neighbour in flat 9 rang us.", "other-id", "flat 9"),
    ("cy", "Ffoniodd ei chymydog o fflat 9.", "other-id", "fflat 9"),
    ("cy", "Mae'n gadael ystafell 6 bob nos.", "other-id", "ystafell 6"),
    ("en", "He leaves room 6 every night at two.", "other-id", "room 6"),
    ("cy", "Mae hi'n dangos ei cherdyn gofalwr ifanc, rhif GI 0457, i bawb.", "other-id", "GI 0457"),
    ("en", "She shows her young carer card, number YC 0457, at the door.", "other-id", "YC 0457"),
    # A terrace or a row named beside its word; the second street of a corner.
    ("en", "She lives in the end house of the terrace, Glasfryn, which has fourteen.", "address", "Glasfryn"),
    ("cy", "Mae hi yn y tŷ pen yn y rhes, Bryn Teg, ers 1970.", "address", "Bryn Teg"),
    ("en", "A semi on the corner of Ffordd Glyder and Trem Eryri.", "address", "Trem Eryri"),
    ("cy", "Tŷ ar gornel Ffordd Glyder a Threm Eryri.", "address", "Threm Eryri"),
    # A page's or a user's name written as words.
    ("en", "Her page name is Carys Ann Knits Too.", "other-id", "Carys Ann Knits Too"),
    ("en", "His username was NainLlanrug on the app.", "other-id", "NainLlanrug"),
    ("cy", "Enw ei thudalen yw Gweu gyda Gwen.", "other-id", "Gweu gyda Gwen"),
    ("cy", "Enw defnyddiwr: Hogyn Lon Goch.", "other-id", "Hogyn Lon Goch"),
]

MORE_LOOKALIKES = [
    ("en", "The flat had 2 bedrooms and a view."),
    ("cy", "Roedd dwy ystafell wely yn y fflat, a golygfa."),
    ("en", "The group name is Friends of the Park."),
    ("en", "The handle is on the left of the door."),
    ("cy", "Mae'r dudalen yn hir."),
    ("en", "We met on the corner of the market and the square."),
    ("en", "The kitchen at the community centre was busy."),
    ("cy", "Mae cegin y ganolfan yn brysur."),
]


def test_a_man_known_by_his_farm_is_not_the_farm_again() -> None:
    text = "Aeth adre i Fferm Cae'r Gors. Roedd ei gŵr, Jac Cae'r Gors, wedi'i defnyddio."
    found = [(d.category, d.text, d.start) for d in scan_text(text, "cy")]
    later = text.index("Cae'r Gors", text.index("Jac"))
    assert not any(c == "address" and s == later for c, _, s in found), found


def test_a_flat_in_a_named_block_is_the_address() -> None:
    text = "Mae Macs yn byw yn fflat 2 yn Nhŷ'r Dderwen ar gyrion y dre."
    found = [(d.category, d.text) for d in scan_text(text, "cy")]
    assert all(c != "other-id" for c, _ in found), found


@pytest.mark.parametrize(("lang", "text", "category", "words"), MORE, ids=[f"{f[0]}:{f[1][:40]}" for f in MORE])
def test_batch_four_families_are_found(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), MORE_LOOKALIKES, ids=[f"{p[0]}:{p[1][:40]}" for p in MORE_LOOKALIKES])
def test_batch_four_lookalikes_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


BIRTHS = [
    # A year of birth with the room or the house between; a festival with its year after a short "born".
    ("cy", "Cafodd ei geni yn y tŷ ym 1941, ac mae hi yno o hyd.", "date-of-birth", "1941"),
    ("en", "She was born in the farmhouse in 1941.", "date-of-birth", "1941"),
    ("en", "Mair-Elen is 84 (b. St David's Day 1942) and had a stroke.", "date-of-birth", "St David's Day 1942"),
    ("cy", "Gwen (g. Dydd Nadolig 1939) sy'n byw yno.", "date-of-birth", "Dydd Nadolig 1939"),
]
BIRTH_LOOKALIKES = [
    ("en", "The chapel was built in the village in 1890."),
    ("en", "On St David's Day 1942 the school closed."),
    ("cy", "Ar Ddydd Gŵyl Dewi 1942 caeodd yr ysgol."),
    ("en", "The lamb was born in the shed in 2021."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), BIRTHS, ids=[f"{f[0]}:{f[1][:40]}" for f in BIRTHS])
def test_births_are_found(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), BIRTH_LOOKALIKES, ids=[f"{p[0]}:{p[1][:40]}" for p in BIRTH_LOOKALIKES])
def test_birth_lookalikes_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "She was referred in November (case no. CC 4471) after a fall.", "CC 4471"),
        ("en", "Her client ref is XY 2291.", "XY 2291"),
        ("cy", "Rhif achos: CC 4471.", "CC 4471"),
        ("cy", "Cyfeirnod y ffeil yw TR 55102.", "TR 55102"),
    ],
)
def test_references_with_letters_apart_from_figures(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In this case GP 2024 guidance applies to all."),
        # capitals and figures with no label were passed until round fifteen; now found (test_privacy_round15.py)
        ("cy", "Mae'r ffeil ar y ddesg, a'r cyfarfod yn 2024 ar y poster."),
    ],
)
def test_letters_and_figures_with_no_label_pass(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("cy", "Mae e'n chwarae ar ap ar ei ffôn, lle mae e'n IeuanBrynTeg79 bob nos.", "IeuanBrynTeg79"),
        ("en", "He plays as GwilymTractor99 online.", "GwilymTractor99"),
    ],
)
def test_capitalised_words_run_together_before_figures_are_a_handle(lang: str, text: str, words: str) -> None:
    assert_flagged(lang, text, "other-id", words)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She bought a MacBook2020 in the sale."),
        ("en", "The COVID19 rules changed."),
        ("en", "A PlayStation5 was the prize."),
    ],
)
def test_products_and_codes_are_not_handles(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)
