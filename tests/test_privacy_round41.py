"""Identifying details, round forty-one: tuned on dev batch 43 and on the older batches' misses
(`benchmarks/privacy/real/README.md`).

- a whole date in figures four or more years back, with no word for birth near it, is someone's date of birth
  ("Mrs Elin Pritchard: 11.3.31", "ar y system mae o lawr fel 31.x.37"), the month in Roman figures too; not a
  date the clause says something happened on ("married on 12.6.62"), nor this year's note ("Nodyn achos 12.01.26");
- a festival or a month with such a year ("a Guy Fawkes night '32 baby", "Gŵyl San Steffan '83", "June '53"), not
  one counted from ("ers Nadolig 1989", "since Easter 2019") or one the clause names an event on;
- a record's name before a bracketed date without the sentence's first word ("Mae Twm (30/1/17)");
- a number read out digit by digit with a dash or a comma between every digit ("un-un-tri-chwech", "one-nine-six-four",
  "chwech, tri, pedwar, naw, un, un"), not a count ("one, two, three, four") nor a phone number said aloud;
- a card's number a few words after it ("Mae ganddi gerdyn gofalwr ifanc nawr, rhif 1182");
- a school straight after a post in it, as Welsh joins them ("swyddog lles Tanfoel", "arweinydd bugeiliol Bro
  Ysgyryd"), not a pupil's head ("pennaeth Cadi"), a town's or a person's ("pennaeth Mr Hughes");
- a Cylch or a Flying Start by its landmark or in one ("the Cylch behind the rugby club", "the Cylch in the chapel
  vestry"), and a school called "ysgol y" and a name ("ysgol y Mynydd"), not a Sunday school or a time;
- a grouped number in brackets after a card, with whom it is for between ("pas bws iddi (6331 2208 1174)");
- a home by a landmark with who lives there said after it ("the cottage behind Capel Salem where his daughter
  lives");
- a school's nickname: in quotation marks after "always" or "or" ('Ysgol Pen-y-Wern (always "the Wern" at home)',
  'Graig-y-Fedw Primary, or "the bottom school"'), before the school's own name said to be the proper one ("Brynti
  (Ysgol Bryn Tirion if you're posh)"), or said to be what everyone calls it ("Kids call the school Penny", "'y Glan'
  mae pawb yn galw'r lle"), not a pupil in brackets before her school ("Cadi (Ysgol Gymraeg Bro Eirwg)");
- a whole date read aloud with its year in words ("the third of March, nineteen fifty-two", "yr ugeinfed o Fedi,
  dwy fil a naw", "Christmas Eve, two thousand and fourteen"), not a year alone ("ers mil naw cant");
- a home behind a landmark as the south says it ("y fflat tu cefn i Dafarn y Gwenynydd"), and counted with its colour
  first ("y tŷ gwyn cynta' ar ôl y grid gwartheg").

The years in the look-alikes are counted from today's, so that the tests mean the same next year.
"""

from __future__ import annotations

import datetime

import pytest
from privacy_cases import words_of

THIS_YEAR = datetime.date.today().year
RECENT = f"{THIS_YEAR - 1}"  # last year's date: a visit, a note, a fall
RECENT_SHORT = RECENT[2:]


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ("Ym mis Mawrth roedd pedwar ar y rhestr:\n- Gwenno: 9/3/34\n- Mrs Elin Pritchard: 11.3.31\n", "cy", "11.3.31"),
        ("Ym mis Mawrth roedd pedwar ar y rhestr:\n- Gwenno: 9/3/34\n", "cy", "9/3/34"),
        ("Mrs Tudor o'r llawr top (12.iii.28) a Wil Bach.", "cy", "12.iii.28"),
        ("Ar y system mae o lawr fel 31.x.37. Mae o'n byw yn yr hen dŷ.", "cy", "31.x.37"),
        ("Roedd o wedi sgwennu ei fanylion ei hun, 14/ii/64, fel tasa fo'n llenwi ffurflen.", "cy", "14/ii/64"),
        ("Y nodyn cynta' ar ei ffeil oedd '24.12.35, dementia fasgwlaidd, risg cwympo'.", "cy", "24.12.35"),
        ("Dates of birth from the referral: the eldest 22.12.09, her brother younger.", "en", "22.12.09"),
        ("Her care plan says 'GP has 06.04.31', and she is a widow.", "en", "06.04.31"),
        ("The plan is wrong: his date is 31/3/2021 on page four.", "en", "31/3/2021"),
    ],
)
def test_an_old_whole_date_in_figures_is_a_date_of_birth(text: str, lang: str, dob: str) -> None:
    assert any(dob in w for w in words_of("date-of-birth", text, lang)), words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They married on 12.6.62 at the chapel in the village.", "en"),
        ("Priododd hi Dai ar 12.6.62 yn y capel.", "cy"),
        (f"Nodyn achos 12.01.{RECENT_SHORT}, cyf. PDG/22/0783.", "cy"),
        (f"Referral received 14/01/{RECENT_SHORT} from the Head of Year 10.", "en"),
        ("See paragraph 4.3.12 of the plan for the review.", "en"),
        ("The court order was made on 3/4/15 at the family court.", "en"),
        (f"Fe gwympodd hi ar 2/12/{RECENT} yn y gegin.", "cy"),
    ],
)
def test_a_date_of_an_event_a_recent_note_or_a_paragraph_is_no_birth(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ('Emrys (Room Fourteen, a Guy Fawkes night \'32 baby, "the fireworks").', "en", "Fawkes night '32"),
        ('Him as a baby in a stocking: "Christmas Eve \'88, snow on the ground".', "en", "Christmas Eve '88"),
        ("His dad, a Coronation baby, June '53, still does the sheep.", "en", "June '53"),
        ("Sali's sister, Halloween 2012, rang us from Cardiff.", "en", "Halloween 2012"),
        (
            "Roedd e'n anrheg Nadolig hwyr ei fam: Gŵyl San Steffan '83. Am ddeuddeg mlynedd bu'n byw yn y dre.",
            "cy",
            "San Steffan '83",
        ),
        ("Mae hi'n deud mai hogan noson tân gwyllt 2012 ydi'r fechan.", "cy", "tân gwyllt 2012"),
        ("Cer yw hi i bawb ar y stryd (Medi '82).", "cy", "Medi '82"),
    ],
)
def test_a_festival_or_a_month_with_an_old_year_is_a_birthday(text: str, lang: str, dob: str) -> None:
    assert any(dob in w for w in words_of("date-of-birth", text, lang)), words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dyw e ddim wedi cael y deisen lap ore ers Nadolig 1989.", "cy"),
        ("She has not sung since Easter 2015, when the choir stopped.", "en"),
        ("Mae Gwenda a finne wedi bod yma ers i ni briodi yn Awst '71.", "cy"),
        ("Roedd y ddwy'n siarad am Sioe Awst 1958 fel tasen nhw yno ddoe.", "cy"),
        ("The house flooded downstairs in Storm Dennis in February 2020.", "en"),
        (f"On Bonfire Night {RECENT} he and another boy took a delivery van.", "en"),
        (f"Daeth Olena a'i mab o Kharkiv ym mis Mai {RECENT}.", "cy"),
        ("Priodon nhw ar Ddydd Nadolig 1962 yn y capel bach.", "cy"),
    ],
)
def test_a_festival_or_a_month_counted_from_or_of_an_event_is_no_birthday(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mae Twm (30/1/17) yn Ysgol y Dref.", "Twm"),
        ("Mae RWP (12/3/84) yn byw ar ei ben ei hun.", "RWP"),
    ],
)
def test_a_record_name_before_a_bracketed_date_leaves_the_sentence_s_first_word(text: str, name: str) -> None:
    names = words_of("person-name", text, "cy")
    assert name in names and not any(w.startswith("Mae") for w in names), names


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Côd drws y fflat ydi un-un-tri-chwech, ac mae o'n deud hynny wrth bawb.", "cy", "un-un-tri-chwech"),
        (
            "Cafodd e gerdyn gofalwr ifanc y sir, rhif dim-tri-naw-dau, sy'n gweud wrth bob athro.",
            "cy",
            "dim-tri-naw-dau",
        ),
        ('Mae e\'n deud y rhif yn uchel bob tro: "chwech, tri, pedwar, naw, un, un."', "cy", "chwech, tri, pedwar"),
        ('He recites it on the bus like a poem: "four-four-two-one, wipe your boots."', "en", "four-four-two-one"),
        ("The combination for the padlock on the shed: one-nine-six-four. That was it.", "en", "one-nine-six-four"),
    ],
)
def test_a_number_read_out_with_a_dash_or_a_comma_between_its_digits(text: str, lang: str, code: str) -> None:
    assert any(code in w for w in words_of("other-id", text, lang)), words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She counted one, two, three, four and jumped off the wall.", "en"),
        ("Cyfrodd hi un, dau, tri, pedwar, pump a neidio i'r dŵr.", "cy"),
        ("They sang the countdown, five-four-three-two-one, and the lights went on.", "en"),
        ("It was a run-down flat with one window.", "en"),
    ],
)
def test_a_count_is_no_number(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


def test_a_phone_number_said_with_dashes_stays_a_phone_number() -> None:
    text = 'His number, so he would remember it: "oh-seven-seven-double-oh, nine-double-oh, three-one-seven".'
    assert words_of("other-id", text, "en") == []
    assert any("three-one-seven" in w for w in words_of("phone", text, "en")), words_of("phone", text, "en")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Fe gafodd e denantiaeth ar y fflat tu cefn i Dafarn y Gwenynydd, filltir o'r fferm.",
            "fflat tu cefn i Dafarn",
        ),
        ("Mae hi'n byw yn y fflat tu cefn i'r Spar ers mis Mai.", "fflat tu cefn i'r Spar"),
        ("Idwal, sy'n byw yn y tŷ gwyn cynta' ar ôl y grid gwartheg.", "tŷ gwyn cynta' ar ôl y grid"),
    ],
)
def test_a_home_behind_a_landmark_or_counted_with_its_colour(text: str, home: str) -> None:
    assert any(home in w for w in words_of("address", text, "cy")), words_of("address", text, "cy")


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r car tu cefn i'r sied ers y gaeaf.",
        "Roedd y plant yn chwarae tu cefn i'r capel.",
    ],
)
def test_a_thing_behind_a_landmark_is_no_home(text: str) -> None:
    assert words_of("address", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "card"),
    [
        ("Mae ganddi gerdyn gofalwr ifanc nawr, rhif 1182, felly does dim rhaid iddi esbonio.", "cy", "1182"),
        ("She has a young carer card now, number 1182, so she does not have to explain.", "en", "1182"),
    ],
)
def test_a_card_s_number_a_few_words_after_it(text: str, lang: str, card: str) -> None:
    assert any(card in w for w in words_of("other-id", text, lang)), words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Ffoniodd Mrs Hefina Rowlands, swyddog lles Tanfoel, ddydd Llun.", "Tanfoel"),
        ("Ffoniodd Mrs Gwenllïan Rees, arweinydd bugeiliol Bro Ysgyryd, ddechrau Ionawr.", "Bro Ysgyryd"),
        ("Daeth y cyfeiriad gan ddirprwy bennaeth Glan Conwy Isaf.", "Glan Conwy Isaf"),
    ],
)
def test_a_school_straight_after_a_post_in_it(text: str, school: str) -> None:
    assert any(school in w for w in words_of("school", text, "cy")), words_of("school", text, "cy")


@pytest.mark.parametrize(
    "text",
    [
        "Siaradodd pennaeth Cadi â hi ar ôl y gwasanaeth.",
        "Mae pennaeth Rhuthun yn brysur iawn eleni.",
        "Daeth y pennaeth Mr Hughes i'r cyfarfod.",
        "Roedd pennaeth Blwyddyn 9 yn poeni amdani.",
    ],
)
def test_a_pupil_s_head_a_town_s_or_a_person_after_a_post_is_no_school(text: str) -> None:
    assert words_of("school", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Most of them are mams from the Cylch behind the rugby club, who come in.", "en", "Cylch behind the rugby"),
        ("The baby goes to the Cylch in the chapel vestry on Tuesdays.", "en", "Cylch in the chapel"),
        ("She had two years at the Flying Start at the Welfare Hall.", "en", "Flying Start at the Welfare"),
        ("Mi soniodd o hyd yn oed am ysgol y Mynydd, yr ysgol fach o dan y tomenni.", "cy", "ysgol y Mynydd"),
    ],
)
def test_a_cylch_by_its_landmark_and_a_school_called_by_a_name(text: str, lang: str, school: str) -> None:
    assert any(school in w for w in words_of("school", text, lang)), words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She runs the Cylch in the village on weekday mornings.", "en"),
        ("The Cylch in the morning is busier than after lunch.", "en"),
        ("Mae hi'n mynd i ysgol y Sul bob wythnos.", "cy"),
        ("Aeth hi i'r ysgol y Llun wedyn.", "cy"),
    ],
)
def test_a_cylch_in_a_village_or_a_time_and_a_sunday_school_are_left(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "card"),
    [
        ("Fe wnaethon ni gael pas bws iddi (6331 2208 1174) i ddal y bws o'r sgwâr.", "cy", "6331 2208 1174"),
        ("We got a bus pass for him (6331 2208 1174) the same week.", "en", "6331 2208 1174"),
    ],
)
def test_a_grouped_number_in_brackets_after_a_card(text: str, lang: str, card: str) -> None:
    assert any(card in w for w in words_of("other-id", text, lang)), words_of("other-id", text, lang)


def test_a_phone_number_in_brackets_stays_a_phone_number() -> None:
    text = "Mae'r ffôn (01970 612345) ar y wal yn y gegin."
    assert words_of("other-id", text, "cy") == [] and words_of("phone", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        (
            "He walked down on Wednesdays, past the cottage behind Capel Salem where his daughter lives, to the shop.",
            "en",
            "cottage behind Capel Salem",
        ),
        ("Aethon ni heibio'r tŷ gwyn wrth y bont lle mae Nain yn byw.", "cy", "tŷ gwyn wrth y bont"),
    ],
)
def test_a_home_by_a_landmark_with_who_lives_there_after_it(text: str, lang: str, home: str) -> None:
    assert any(home in w for w in words_of("address", text, lang)), words_of("address", text, lang)


def test_a_house_by_a_landmark_where_something_else_happened_is_left() -> None:
    text = "We walked past the house opposite the chapel where the minister used to preach."
    assert words_of("address", text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "nickname"),
    [
        ('School history: Ysgol Pen-y-Wern (always "the Wern" at home) from 5 to 14.', "en", "the Wern"),
        (
            'He helps at Graig-y-Fedw Primary, or "the bottom school" as the village calls it.',
            "en",
            "the bottom school",
        ),
        ("He'd been at Brynti (Ysgol Bryn Tirion if you're posh) for two years.", "en", "Brynti"),
        ("Hi drefnodd y cyfarfod gyda Tal (fel mae pawb yn galw Ysgol Gyfun Talacharn).", "cy", "Tal"),
        ("Kids call the school Penny and so does she now.", "en", "Penny"),
        ("Wel, 'y Glan' mae pawb yn galw'r lle.", "cy", "y Glan"),
    ],
)
def test_a_school_s_nickname(text: str, lang: str, nickname: str) -> None:
    assert nickname in words_of("school", text, lang), words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cadi (Ysgol Gymraeg Bro Eirwg) is nine and loves the choir.", "en"),
        ("Gethin Jones, 'Yes', he said, and went back to the school.", "en"),
        ("They call the school every morning to say he is on his way.", "en"),
    ],
)
def test_a_pupil_before_her_school_a_word_said_or_a_call_is_no_nickname(text: str, lang: str) -> None:
    schools = words_of("school", text, lang)
    assert not any(w in ("Cadi", "Yes", "every") for w in schools), schools


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        (
            'The clerk read it back to her, "the third of March, nineteen fifty-two, like a telegram".',
            "en",
            "third of March, nineteen fifty-two",
        ),
        (
            "He can tell you it off by heart (the eleventh of August twenty-fifteen), and does.",
            "en",
            "eleventh of August twenty-fifteen",
        ),
        (
            "His sister Tiana, who arrived Christmas Eve, two thousand and fourteen, lives with her nan.",
            "en",
            "Christmas Eve, two thousand and fourteen",
        ),
        (
            'Roedd hi\'n gwybod y dyddiad ar ei chof, "yr ugeinfed o Fedi, dwy fil a naw, bore dydd Sul".',
            "cy",
            "ugeinfed o Fedi, dwy fil a naw",
        ),
    ],
)
def test_a_whole_date_read_aloud_with_its_year_in_words(text: str, lang: str, dob: str) -> None:
    assert any(dob in w for w in words_of("date-of-birth", text, lang)), words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae'r capel ar agor ers mil naw cant a deg.", "cy"),
        ("Nineteen people came to the Christmas party this year.", "en"),
        ("Twenty of us went on the first of May to the fair.", "en"),
    ],
)
def test_a_year_in_words_alone_or_a_count_is_no_birth(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []
