"""Identifying details, round forty-seven: tuned on the dev stories' misses (`benchmarks/privacy/real/README.md`).

- one house of a row or a street singled out by where it stands or by its colour, and placed by a landmark, whoever is
  said to live there ("pointed out the white house past the chapel", "her aunty's, the end house past Soar", "y tŷ pen
  ar bwys y bocs ffôn", "y byngalo gwyn wrth ymyl y garej"); not "a white house by the sea", any one of many, nor a
  white van;
- a byname of one word after "the" after a known first name ("he is Ianto the Crabs", "still Glenys the Signal"), or
  after any name with a trade's word ("Meirwyn the Bus drives the Brecon bus"), as "Dai the Milk" was found; not a
  character or a king the lists know ("Bob the Builder", "Llywelyn the Last"), nor a saint's church, nor a title of
  two capitalised words ("Thomas the Tank Engine"), nor words of a title after a capital ("God Save the Queen"), nor a
  verb opening a sentence ("Driving the Jazz");
- a birth told by a thing that happened, said in lower case ("born the day war broke out", "born the day lockdown
  started"), after a longer aside ("born, as she likes to remind everyone, the day …"), in Welsh by a deed and whose
  it was ("Ganwyd hi yn hydref boddi Tryweryn") or with the child named after the verb ("Ganwyd Cian noson storm
  Arwen"); not a season alone, nor an idea born;
- a school's unit by its name where the story speaks of a school's day or of its class in Welsh ("i Uned Enfys amser
  egwyl", "yn uned y Wennol nag yn ei ddosbarth"); a hospital's unit stays unnamed, and so does the national centre
  for Welsh learners ("Canolfan Dysgu Cymraeg Genedlaethol");
- a static caravan in someone's yard or a field at its top or bottom ("the static caravan in her brother's yard past
  the scrapyard"), and a caravan by its colour and a landmark in Welsh ("mewn carafán las wrth giât cae …", "y
  garafán werdd ar waelod cae'r odyn"); not a holiday's caravan in a field;
- a relative's house placed by a landmark after "i'r" or "â'r", the landmark kept with it ("yn nhŷ Bopa Mali tu ôl
  i'r capel", "dŷ ei chwaer tu ôl i'r ysgol"), as it was after a space.
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, has_words, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("On the way back Osian pointed out the white house past the Bethania chapel, and went quiet.", "en", "white"),
        ("The twins went to their aunty's instead, the end house past Horeb on the top road.", "en", "end house"),
        ("Then three months at the end bungalow opposite the Legion, which ended badly.", "en", "end bungalow"),
        ("She lived for years in the last cottage behind the old mill, with her sister.", "en", "last cottage"),
        ("Llithrodd hi ar yr iâ o flaen y tŷ pen ar bwys y ciosg, a ffoniodd y cymydog.", "cy", "tŷ pen"),
        ("Mae Dafydd yn gweithio o'r byngalo gwyn wrth ymyl y garej ers y gaeaf.", "cy", "byngalo gwyn"),
    ],
)
def test_a_house_singled_out_by_its_place_in_a_row_or_its_colour_and_a_landmark(
    text: str, lang: str, words: str
) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We walked past a white house by the sea and stopped for chips.", "en"),
        ("The white van behind the bus was late again.", "en"),
        ("Mae'r tŷ gwyn ar ôl cinio yn wag.", "cy"),
        ("Roedd 'na dŷ gwyn wrth y môr yn y llun.", "cy"),
    ],
)
def test_any_white_house_a_van_or_a_time_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Down at the harbour he is Ianto the Crabs to everyone, and always was.", "Ianto the Crabs"),
        ("Every Friday Meirwyn the Bus waits for her at the stop by the Spar.", "Meirwyn the Bus"),
        ("In Llanhilleth she is still Glenys the Signal, forty years on.", "Glenys the Signal"),
    ],
)
def test_a_byname_of_one_word_after_the(text: str, words: str) -> None:
    assert_flagged("en", text, "person-name", words)


@pytest.mark.parametrize(
    "text",
    [
        "He watched Bob the Builder and then Thomas the Tank Engine with his nan.",
        "In history they learned about Llywelyn the Last and Hywel the Good.",
        "The carol service was at St John the Baptist this year.",
        'She still sings God Save the Queen in the bath, "for the Coronation".',
        "He kept the number for the DPJ Foundation's Share the Load line on the fridge.",
        'Her notes said: "Driving the Jazz to the shop again."',
    ],
)
def test_a_character_a_king_or_a_saint_s_church_is_no_byname(text: str) -> None:
    assert words_of("person-name", text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Dad always says he was born the day war broke out, which is why he hates sirens.", "en", "war broke out"),
        ("Her youngest, who was born the day lockdown started, is at the Cylch now.", "en", "lockdown started"),
        ("Glenys (born, as she likes to tell the whole ward, the day Wales won the Triple Crown) sang.", "en", "Wales"),
        ("Ganwyd hi yn hydref boddi Tryweryn, a dyw hi byth wedi maddau.", "cy", "boddi Tryweryn"),
        ("Ganwyd Osian noson storm Arwen, pan aeth y trydan i gyd.", "cy", "storm Arwen"),
    ],
)
def test_a_birth_told_by_what_happened_that_day(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "date-of-birth", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was born in the summer and has always loved the sea.", "en"),
        ("The idea was born the day the funding ended.", "en"),
        ("Ganwyd hi yn yr haf ac mae hi'n caru'r môr.", "cy"),
    ],
)
def test_a_season_alone_or_an_idea_born_is_no_birthday(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mae hi'n cael mynd i Uned Seren amser egwyl os ydi'r iard yn ormod.", "Uned Seren"),
        ("Mae o'n treulio mwy o amser yn uned y Wylan nag yn ei ddosbarth ei hun.", "uned y Wylan"),
        ("Mrs Eirian Prys, sy'n dysgu yn Uned y Ddôl, ddaeth i gyfarfod ei dosbarth.", "Uned y Ddôl"),
    ],
)
def test_a_school_s_unit_where_a_school_s_day_is_spoken_of(text: str, words: str) -> None:
    assert_flagged("cy", text, "school", words)


def test_a_hospital_s_unit_is_no_school() -> None:
    text = "Aeth hi i Uned Cefni yn yr ysbyty, a'r nyrs yn galw amser egwyl."
    assert words_of("school", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "For a year he lived in the static caravan in his uncle's yard behind the tyre place.",
            "en",
            "static caravan",
        ),
        ("Their eldest lives in the static caravan in the top field above the quarry.", "en", "static caravan"),
        ("Mae'r ferch yn byw mewn carafán wen wrth giât cae'r Efail ers y gwanwyn.", "cy", "carafán wen"),
        ("Heibio'r garafán goch ar waelod cae'r felin mae ei brawd yn byw.", "cy", "garafán goch"),
    ],
)
def test_a_caravan_placed_in_a_yard_a_field_or_by_a_gate(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We stayed in the caravan in the field for a week at Tenby.", "en"),
        ("They had a static caravan in Tenby for years.", "en"),
        ("Aethon ni mewn carafán i Ddinbych-y-pysgod.", "cy"),
    ],
)
def test_a_holiday_s_caravan_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


def test_the_national_centre_for_welsh_learners_is_no_school() -> None:
    text = "Mae'r gwersi ar-lein gan y Ganolfan Dysgu Cymraeg Genedlaethol yn help i ddysgwyr."
    assert words_of("school", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mae'r plant yn aros yn nhŷ Bopa Mali tu ôl i'r capel bob penwythnos.", "tu ôl i'r capel"),
        ("Mae hi'n byw yn nhŷ ei chwaer tu ôl i'r ysgol yn Nhregeiriog.", "tu ôl i'r ysgol"),
        ("Mae'r hen dŷ Anti Mali gyferbyn â'r Spar yn wag rŵan.", "gyferbyn â'r Spar"),
    ],
)
def test_a_relative_s_house_keeps_its_landmark_after_i_r(text: str, words: str) -> None:
    has_words("address", text, "cy", words)
