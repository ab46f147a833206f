"""Identifying details, round fifteen: numbers a story carries for one person with no cue word before them.

A numbered room, bed, locker or allotment plot with no word that places someone ("Room 7 unsettled", a title
"Sixty years, room 4 and room 11"), and a code of capitals and figures on its own ("CL 55 0193"). Tuned on the
development corpus only (benchmarks/privacy/real/dev); each pattern in both languages, with the look-alikes that
must stay unflagged.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ('The handover sheet used to say "Room 7 unsettled".', "Room 7", "en"),
        ("Sixty years, room 4 and room 11", "room 11", "en"),
        ("Mae llun ohono fo ar y Fergi ar wal stafell 21 rŵan.", "stafell 21", "cy"),
        ("Adrodd o wely 12", "wely 12", "cy"),
        ("She has plot 4 at the allotments now.", "plot 4", "en"),
        ("Aeth i'r rhandir i roi'r gorau i plot 23.", "plot 23", "cy"),
        ("The key is in locker 9 by the door.", "locker 9", "en"),
    ],
)
def test_a_numbered_room_bed_locker_or_plot_is_found_without_a_cue(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There were four rooms, and room 2 was full of boxes.", "en"),
        ("Trowyd Ystafell 2 yn ystafell dawel am £300.", "cy"),
        ("The carers' group meets in room 3 at the library on Tuesdays.", "en"),
        ("Cwrddon ni yn ystafell 3 y llyfrgell.", "cy"),
        ("Room 101 was a joke between them.", "en"),
        ("Room 9 is the quiet lounge.", "en"),
        ("Ystafell 9 yw'r lolfa dawel.", "cy"),
        ("He stayed in bed 3 days with the flu.", "en"),
        ("The room was 12 degrees and cold.", "en"),
        ("The family's caravan is on plot 4 at the Llwyn Onn site.", "en"),  # a home: the address finders'
    ],
)
def test_a_buildings_rooms_a_meeting_room_and_a_length_of_time_are_not_identifiers(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "other-id"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Mae hi'n 84, a'i larwm gwddf yw CL 55 0193.", "CL 55 0193", "cy"),
        ("Cafodd gerdyn llyfrgell hefyd, C 0048 3317, ar ôl gweld y fan.", "C 0048 3317", "cy"),
        ("His CSCS card, which he keeps like a trophy, is SFW 4471 90213 K.", "SFW 4471 90213 K", "en"),
        ("The hospital gave me a number, YG K 0733192, and a wheelchair.", "YG K 0733192", "en"),
        ('OIC PC Lee Faulkner NW 3190."', "NW 3190", "en"),
        ("The British Transport Police log for it is BTP 1244 of 16/08.", "BTP 1244", "en"),
        ("Mae'r ffeil ar y ddesg, a DAN 247 ar y poster.", "DAN 247", "cy"),
        ('"JJC 226," medda fo, bob tro, fel adnod.', "JJC 226", "cy"),
    ],
)
def test_capitals_then_figures_on_their_own_are_a_reference(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They took the A470, the B4459 and then the M4 home.", "en"),
        ("Ring NHS 111 or GIG 111 out of hours.", "en"),
        ("The BA2490 flight was late, and the PS5 was in the bag.", "en"),
        ("Mae RISCA 2016 yn dweud hynny.", "cy"),
        ("He takes vitamin B12 and D3, and loves his MF 135 tractor.", "en"),
        ("Roedd hi'n gwylio S4C ac yn mynd i'r U3A.", "cy"),
        ("BG 12 34 56 A and AB 12 34 56 E are not NI numbers.", "en"),
        ("The standard is BS 5839 and ISO 9001 for the alarms.", "en"),
    ],
)
def test_roads_services_years_and_models_are_not_references(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "other-id"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Cod post ar y ffeil: SA48  8BN (gyda'r bwlch dwbl, fel mae'r system).", "SA48  8BN", "cy"),
        ("tŷ teras uwchben y rheilffordd, cod post Cf47 9tj.", "Cf47 9tj", "cy"),
        ("Her postcode on the form is Ll55  4tY.", "Ll55  4tY", "en"),
    ],
)
def test_a_postcode_typed_with_a_doubled_space_or_mixed_case_is_found(text: str, words: str, lang: str) -> None:
    assert ("postcode", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "category", "words", "lang"),
    [
        ("He goes to the pupil referral unit. Everybody calls it the Ddôl.", "school", "the Ddôl", "en"),
        ("He is at Ysgol Uwchradd Cwm Aran, which everyone round here calls the Uwch.", "school", "the Uwch", "en"),
        ("Ysgol Gyfun Cwm Celyn, which everybody calls YGCC, is two miles away.", "school", "YGCC", "en"),
        ('Ysgol y Bont, yr uned cyfeirio disgyblion, neu "y Bont" i bawb sy\'n mynd yno.', "school", "y Bont", "cy"),
        ("Mae hi'n mynd i'r uned bob dydd, ac mae pawb yn ei galw'n Tŷ Gwyn.", "school", "Tŷ Gwyn", "cy"),
        ("They moved up to the farm in 1950, and everyone calls it Bryn Glas.", "address", "Bryn Glas", "en"),
        ("Mae pawb yn Aberteifi yn ei galw hi'n Anti Ceinwen.", "person-name", "Anti Ceinwen", "cy"),
        ('Glyn ydi "Glyn Bysus" i bawb yn y pentra.', "person-name", "Glyn Bysus", "cy"),
    ],
)  # fmt: skip
def test_what_everyone_calls_a_school_a_home_or_a_person_is_found(text: str, category: str, words: str, lang: str):
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He calls it a day at four, and they call it the Monday club.", "en"),
        ("Everyone calls it the best job in the world.", "en"),
        ("Mae pawb yn ei alw'n ddiwrnod da.", "cy"),
    ],
)
def test_what_people_call_a_day_or_a_job_is_not_a_place(text: str, lang: str) -> None:
    assert not [c for c, _ in found_in(text, lang) if c in ("school", "address")]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("The Wi-Fi at the caravan is Dyfrgi4471 if staff need it.", "Dyfrgi4471", "en"),
        ("The Wi-Fi password, rhaff-angor-91, is on a card under the table.", "rhaff-angor-91", "en"),
        ("I put the Wi-Fi code up on the blackboard, Maes-y-Dre#4471.", "Maes-y-Dre#4471", "en"),
        ("a chyfrinair y Wi-Fi (gwyrdd-llwynog-48) ar gerdyn", "gwyrdd-llwynog-48", "cy"),
        ("ar y cwpwrdd (FelinWlan_5G, cyfrinair defaid2019)", "defaid2019", "cy"),
        ("hi ddewisodd y cyfrinair: Cwtsh_Fflat6!. Mae hi'n chwerthin.", "Cwtsh_Fflat6", "cy"),
    ],
)
def test_a_password_or_a_network_name_after_its_word_is_found(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She has Wi-Fi now and the password is on the router.", "en"),
        ("We set up the Wi-Fi in 2024 with BT, and her password manager helps.", "en"),
        ("Mae'r cyfrinair ar y cerdyn yn y drôr.", "cy"),
    ],
)
def test_a_password_spoken_of_but_not_written_is_not_found(text: str, lang: str) -> None:
    assert not [c for c, _ in found_in(text, lang) if c == "other-id"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He was talking to older men on Snapchat under the name jacyboi.x12; this was", "jacyboi.x12", "en"),
        ("Mae Twm wedi dechrau rhoi fideos ar Facebook dan cor.festri.seion, ac mae", "cor.festri.seion", "cy"),
        ("She sells baby clothes on Vinted as tegs_preloved_bach and saves.", "tegs_preloved_bach", "en"),
        ("merch.y.mwmbwls yw'n enw i arno fe.", "merch.y.mwmbwls", "cy"),
    ],
)
def test_a_handle_written_without_its_at_sign_is_found(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("See meic.cymru, llyw.cymru or www.bbc.co.uk/news and the file plan_v2.pdf.", "en"),
        ("He said e.g. this, i.e. that, at 9 a.m. and 3.30 p.m., and it cost £3.50.", "en"),
        ("The file_name field and snake_case words are left alone.", "en"),
        ("She was born on 18.viii.2008 says the note.", "en"),
    ],
)
def test_web_addresses_files_abbreviations_and_dates_are_not_handles(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "other-id"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Her gas key is 9826 1100 4471 2209 and in August the machine took it.", "9826 1100 4471 2209", "en"),
        ("Ar gefn y llun roedd 4929 1234 5678 9012 mewn beiro.", "4929 1234 5678 9012", "cy"),
        ("He drove the old Morris Minor, number 4471 EY, round Anglesey.", "4471 EY", "en"),
        ("GC/ADU/0917 (neu 0917 ADU GC ar yr hen system)", "0917 ADU GC", "cy"),
        ("The police held his shotgun certificate (20/4471) after the accident.", "20/4471", "en"),
        ('The Welsh letter now says "10931/ASC/22 yw ein cyfeirnod".', "10931/ASC/22", "en"),
        ("Ar bapurau'r tîm mae hi dan gyf. ailalluogi 0317/26.", "0317/26", "cy"),
        ("PC Rhys Owen (coler 1187) oedd yn y log.", "coler 1187", "cy"),
        ("He sorted the movement records for flock 661208 with us.", "661208", "en"),
        ("UPN A801200005001 fails its check letter, but it is still his.", "A801200005001", "en"),
        ("She spent three weeks in cot 3 in the special care baby unit.", "cot 3", "en"),
    ],
)
def test_numbers_written_figures_first_grouped_or_labelled_loosely_are_found(text: str, words: str, lang: str):
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2019/20 and 3/2021 we were there 24/7, on 16/08/2024 and half (1/2) the time.", "en"),
        ("It took 1200 MB and 500 GB; in 2019 BBC Wales said so, and 1966 FA Cup tickets sold.", "en"),
        ("Ffoniwch +44 7700 900 817 neu 0044 7700 900817.", "cy"),
        ("Mae 250 o bobl yn y gymdeithas, a 1,200 yn aelodau.", "cy"),
    ],
)
def test_years_dates_amounts_and_phones_are_not_these_numbers(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "other-id"]


@pytest.mark.parametrize(
    ("text", "category", "words", "lang"),
    [
        ("Cafodd ei wahardd o'r ysgol uwchradd ac mae'n mynd i Uned Cefn Rhos dridiau'r wythnos.", "school",
         "Uned Cefn Rhos", "cy"),
        ("He went to Bryn Rhiw, the special school, and before that to the Hafan unit at Tŷ Coch.", "school",
         "the Hafan unit", "en"),
        ("He is on the roll at the Tir Morfa unit, and he goes three days a week.", "school", "the Tir Morfa unit",
         "en"),
        ("Rŵan dwi yn Neuadd y Graig Lwyd, dwy awr i ffwrdd, yn astudio gwaith cymdeithasol.", "school",
         "Neuadd y Graig Lwyd", "cy"),
        ("Iwan is 22 and the only son at Penrhiw-fawr, SA44 6HY, a hill farm of 300 ewes.", "address", "Penrhiw-fawr",
         "en"),
        ("Ar y ffurflen: Lôn Glanclwyd, LL15 2QX.", "address", "Lôn Glanclwyd", "cy"),
        ("Ffarmiodd Emyr ym Mhantygwiail am hanner can mlynedd.", "address", "Mhantygwiail", "cy"),
        ("Mae Wil yn ffarmo yng Nghwm-bach dros y clos.", "address", "Nghwm-bach", "cy"),
    ],
)  # fmt: skip
def test_units_halls_farms_and_homes_before_a_postcode_are_found(text: str, category: str, words: str, lang: str):
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd hi yn Uned Gofal Dwys yr ysbyty am wythnos.", "cy"),
        ("She was on the Heulwen unit at the hospital for a week.", "en"),
        ("The school has a new unit for autistic pupils.", "en"),
        ("She lives in Aberaeron, SA46 0DP, with her son.", "en"),
        ("Contact Carers Wales, Cardiff, CF10 5AL for help.", "en"),
        ("Roedd y cyngerdd yn Neuadd y Pentref, a'r myfyrwyr yn canu.", "cy"),
        ("Mae'n ffermio yng Nghymru ers blynyddoedd.", "cy"),
    ],
)
def test_hospital_units_towns_before_a_postcode_and_village_halls_are_not_flagged(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c in ("school", "address")]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Harri is in Year 2 at the infants by the Co-op in Pont-y-Waun, and happy.", "Pont-y-Waun", "en"),
        ("Before that he was at the little school by the lifeboat station in Llandudno.", "Llandudno", "en"),
        ("Apart from two years at the Cownti in Llanbed he has never lived anywhere else.", "Cownti", "en"),
        ("Ynddo fo roedd cap ysgol o'r Gram, a llun priodas.", "Gram", "cy"),
        ("Mae hi'n dysgu'r plant lleia' yn ysgol y llan ym Mhenrhiw-goch.", "Mhenrhiw-goch", "cy"),
        ("Bu'n gogyddes yng nghantîn ysgol y Glog am dri deg mlynedd.", "Glog", "cy"),
        ("Gadawodd y chweched yn Llanbed heb gymwysterau.", "Llanbed", "cy"),
    ],
)
def test_a_school_named_by_its_kind_and_place_or_by_its_old_name_is_found(text: str, words: str, lang: str):
    assert any(c == "school" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He put 2 Gram of salt in, and the County Council paid.", "en"),
        ("Aeth i ysgol y Sul bob wythnos, ac i ysgol y pentref.", "cy"),
        ("Mae'r chweched dosbarth yn bwysig i'r teulu.", "cy"),
    ],
)
def test_grams_sunday_school_and_a_sixth_form_spoken_of_are_not_schools(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "school"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Maen nhw'n byw yn y tŷ cynta ar ôl Capel Bethesda ar y ffordd lan i'r Tymbl.", "Capel Bethesda"),
        ("Mae hi wedi byw ers priodi yn y tŷ bach gwyn ar bwys y bont, tu ôl i'r hen efail.", "y tŷ bach gwyn"),
    ],
)
def test_a_welsh_home_placed_after_a_landmark_or_with_two_adjectives_is_found(text: str, words: str) -> None:
    assert any(c == "address" and words in w for c, w in found_in(text, "cy"))


@pytest.mark.parametrize(
    "text",
    [
        "Daeth hi i'r tŷ ar ôl cinio, ac mae hi'n byw yno nawr.",
        "Mae hi'n byw yn y tŷ ers iddi symud, ar ôl i'w gŵr farw.",
        "Aethon ni adre ar ôl y parti yn y neuadd, ac mae hi'n byw yn y pentre.",
    ],
)
def test_a_home_after_a_time_is_not_placed_by_a_landmark(text: str) -> None:
    assert not [w for c, w in found_in(text, "cy") if c == "address"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Ar ei gofnod: geni 7fed Mawrth '39; rhif cleient 22871.", "7fed Mawrth '39", "cy"),
        ("Ar y ffurflen: geni 7 Mawrth 1939.", "7 Mawrth 1939", "cy"),
        ("Berwyn is a leap-year baby, 29/2/44, so he likes to say he is twenty.", "29/2/44", "en"),
        ("Mae'n fabi blwyddyn naid, 29/2/2016, ac mae'n chwerthin.", "29/2/2016", "cy"),
    ],
)
def test_a_birth_noun_on_a_record_and_a_leap_year_baby_give_a_date_of_birth(text: str, words: str, lang: str):
    assert any(c == "date-of-birth" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd 2024 yn flwyddyn naid, a 29/2/2024 yn ddydd Iau.", "cy"),
        ("2024 was a leap year, and 29/2/2024 was a Thursday.", "en"),
        ("Mae'r geni 7 o blant yn y ward yn brysur.", "cy"),
    ],
)
def test_a_leap_year_and_births_counted_are_not_a_date_of_birth(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "date-of-birth"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Gwnaeth Mrs Beti Jenkins o Dyddyn Isaf de iddi yn y festri wedyn.", "Dyddyn Isaf", "cy"),
        ("Daeth Dai o Bantygwiail i'r sioe.", "Bantygwiail", "cy"),
        ("The show secretary, Mrs Gillian Ackerley from the Old Forge, took it.", "the Old Forge", "en"),
    ],
)
def test_the_home_a_person_is_from_is_found(text: str, words: str, lang: str) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Daeth Elin o Fangor a Huw o Gaernarfon, a Gwen Davies o Gyngor Gwynedd.", "cy"),
        ("Roedd Gwen Davies o Gyfoeth Naturiol Cymru yno.", "cy"),
        ("Mrs Jones from the Council came, and Dr Patel from Cardiff.", "en"),
    ],
)
def test_the_town_or_body_a_person_is_from_is_not_a_home(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "address"]
