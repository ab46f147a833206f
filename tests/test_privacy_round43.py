"""Identifying details, round forty-three: tuned on dev batches 48 to 51 (`benchmarks/privacy/real/README.md`).

- a school's breakfast or after-school club names the school after it ("walks Kacey to breakfast club at
  Brynheulog", "y clwb brecwast ym Mhen-y-bryn"), not a hall or a café;
- a festival birth with an aside or a quotation mark between the birth and the day ('born, as he told me proudly, "on
  VE Day, the actual day"', "Ganwyd hi, medden nhw, ar Ddydd Calan");
- a home just short of a landmark or just past it ("the bungalow just before the cattle grid", "y tŷ jyst cyn y bont"),
  and an end-of-terrace house by a landmark ("y tŷ pen rhes wrth ymyl yr hen bopty");
- a nickname of a name, "the" and a trade in quotation marks, said to be what everyone calls someone ('"Nye the Lock"
  to everyone on the towpath', '"Wil y Post" i bawb');
- a bitch and a pigeon are animals whose names are pets' ("hen ast ddefaid o'r enw Fflei", "a pigeon called Blodwen").

And false alarms gone:

- a pupil's year group is no school and no surname ("ym Mlwyddyn 6 yn Llwyn Onn", "Gorffennodd Jac Flwyddyn 6");
- an opening word before "family" is a name only if the lists know it ("Positive family time with Mum");
- the first word of a quotation after "said" is who spoke only if the lists know it as a name ('said "Don't you
  dare"'), and a verb cut short ("Don't", "Won't") is never a name;
- a hospital named in Welsh is no one's home ("Admitted to Ysbyty Glan Clwyd"), nor a community farm ("yng nghaffi
  Fferm Gymunedol Greenmeadow");
- a Welsh word that is a name in English, heading a home's name with "y" after it, is no person ("stayed with Nanna at
  Awel y Bwlch").
"""

from __future__ import annotations

import pytest
from privacy_cases import has_words, lacks_words, words_of

from storysite.check import identifying as pc


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Nain now walks Kacey to breakfast club at Brynheulog with her own grandson.", "en", "Brynheulog"),
        ("He goes to the after-school club at Pen-y-bryn on Thursdays.", "en", "Pen-y-bryn"),
        ("Mae hi'n mynd i'r clwb brecwast ym Mhen-y-bryn bob bore.", "cy", "Mhen-y-bryn"),
        ("Aeth Osian i'r clwb ar ôl ysgol yng Nghwm Rhiwarth.", "cy", "Nghwm Rhiwarth"),
    ],
)
def test_a_school_s_breakfast_or_after_school_club(text: str, lang: str, school: str) -> None:
    has_words("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is a breakfast club at the Legion on Saturdays.", "en"),
        ("We had a breakfast club at Greggs once.", "en"),
        ("Mae clwb brecwast yn y Neuadd ar ddydd Sadwrn.", "cy"),
    ],
)
def test_a_breakfast_club_at_a_hall_or_a_cafe_is_no_school(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ('Nanna Pat was born, as he told me proudly, "on VE Day, the actual day", and kept the paper.', "en", "VE"),
        ("She was born, he said, on Boxing Day.", "en", "Boxing Day"),
        ("Ganwyd hi, medden nhw, ar Ddydd Calan.", "cy", "Calan"),
        ("Cafodd ei geni, yn ôl ei mam, ar Ddydd Nadolig.", "cy", "Nadolig"),
    ],
)
def test_a_festival_birth_with_an_aside_or_a_quotation_mark(text: str, lang: str, dob: str) -> None:
    has_words("date-of-birth", text, lang, dob)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She was born, and on Christmas Day we had a party for the whole street.", "en"),
        ("Cafodd ei geni, a buon ni'n dathlu ar Ddydd Nadolig gyda'r teulu i gyd.", "cy"),
    ],
)
def test_a_festival_after_a_birth_in_another_clause_is_left(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("She lives in the bungalow just before the cattle grid, so she sees every car.", "en", "just before the"),
        ("He lives in the house just after the bridge on the mountain road.", "en", "just after the bridge"),
        ("Mae hi'n byw yn y tŷ jyst cyn y bont.", "cy", "jyst cyn y bont"),
        ("Mae hi'n byw yn y tŷ pen rhes wrth ymyl yr hen bopty.", "cy", "pen rhes wrth ymyl yr hen bopty"),
    ],
)
def test_a_home_just_short_of_a_landmark_or_at_the_end_of_a_terrace(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We met just before the meeting and went through the plan.", "en"),
        ("The house just before the match was noisy.", "en"),
        ("Aethon ni jyst cyn y cinio.", "cy"),
        ("Mae'r rhes wrth ymyl yr ysgol yn hir.", "cy"),
    ],
)
def test_just_before_a_time_or_a_row_of_things_is_left(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "nickname"),
    [
        ('Aneurin Pask on the paperwork, "Nye the Lock" to everyone on the towpath, came down.', "en", "Nye the Lock"),
        ('Daeth Wiliam, "Wil y Post" i bawb yn y pentre, draw.', "cy", "Wil y Post"),
    ],
)
def test_a_nickname_with_a_trade_said_to_be_everyone_s(text: str, lang: str, nickname: str) -> None:
    has_words("person-name", text, lang, nickname)


def test_a_quoted_phrase_with_no_name_said_to_be_everyone_s_is_left() -> None:
    assert words_of("person-name", 'The old bridge is "The Lock" to everyone on the towpath.', "en") == []


def test_a_bitch_and_a_pigeon_are_animals_with_pets_names() -> None:
    assert pc._pets_in("Mae ganddo hen ast ddefaid o'r enw Fflei sy'n ei ddilyn o i bob man.") == {"Fflei"}
    assert pc._pets_in("His best pigeon, Blodwen, won at Kidwelly.") == {"Blodwen"}
    assert pc._pets_in("Roedd y golomen, Seren, yn ôl yn y llofft.") == {"Seren"}


def test_a_pupil_s_year_group_is_no_school_and_no_surname() -> None:
    text = "Mae'n ddisgybl ym Mlwyddyn 6 yn Llwyn Onn."
    has_words("school", text, "cy", "Llwyn Onn")
    lacks_words("school", text, "cy", "lwyddyn")
    lacks_words("person-name", "Gorffennodd Jac Flwyddyn 6 gyda phresenoldeb o 97%.", "cy", "Flwyddyn")


@pytest.mark.parametrize(
    "text", ["Positive family time with Mum", "Brilliant family day out at Barry Island", "- Happy family meals"]
)
def test_an_opening_word_before_family_is_no_name(text: str) -> None:
    assert words_of("person-name", text, "en") == []


@pytest.mark.parametrize("text", ["Jones family moved in next door.", "We met the Kaczmarek family on Tuesday."])
def test_a_surname_before_family_is_still_a_name(text: str) -> None:
    assert words_of("person-name", text, "en") != []


@pytest.mark.parametrize(
    "text",
    [
        'He looked at me and said "Don\'t you dare write this down."',
        'She said "Fantastic news, all of it."',
        "He looked at me and said Won't.",
    ],
)
def test_a_quotation_s_first_word_or_a_verb_cut_short_is_no_name(text: str) -> None:
    assert words_of("person-name", text, "en") == []


@pytest.mark.parametrize("text", ['She said "Gwen, come here."', "He said Gwen was late."])
def test_a_known_name_after_said_is_still_a_name(text: str) -> None:
    has_words("person-name", text, "en", "Gwen")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Admitted to Ysbyty Glan Clwyd, nine days.", "en"),
        ("Admitted to Ysbyty Bryn Heulog, bed 14.", "en"),
        ("Aeth i Ysbyty Bryn Beryl ar ôl y codwm.", "cy"),
        ("Ddoe, yng nghaffi Fferm Gymunedol Greenmeadow, aeth e lan at y cownter.", "cy"),
        ("Mae'n gwirfoddoli ar Fferm Gymunedol Hafod bob dydd Iau.", "cy"),
    ],
)
def test_a_hospital_or_a_community_farm_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [("She lives at Glan Clwyd now.", "en", "Glan Clwyd"), ("Mae'n byw yn Fferm Cwm Hir.", "cy", "Cwm Hir")],
)
def test_a_home_of_such_a_name_is_still_a_home(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


def test_a_welsh_word_heading_a_home_s_name_is_no_person() -> None:
    text = "The little one stayed with Nanna at Awel y Bwlch, but Cerys stayed at home."
    lacks_words("person-name", text, "en", "Awel")
    has_words("person-name", "She rang Awel yesterday about the rota.", "en", "Awel")


# --- dev batch 49 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("His sister Elliw went to Taid's, Penbryn Isaf outside Llanfair.", "en", "Penbryn Isaf"),
        ("Mae e'n byw yn nhŷ ei dad, gyferbyn â'r clwb rygbi yn Nhrebanog.", "cy", "nhŷ ei dad, gyferbyn â'r clwb"),
        ("Wedd Eirlys wedi dod draw o'i byngalo gyferbyn â'r garej yn Sanclêr.", "cy", "byngalo gyferbyn â'r garej"),
        ("Ifor lives at Penrallt, second left after the cattle grid above the chapel, with Nan.", "en", "second left"),
        ("Mae o'n byw yn Nhyddyn Gwyn, yr ail ar y chwith ar ôl y grid.", "cy", "yr ail ar y chwith"),
        ("Her daughter said Brynawel is the end house on Gelli Deg Terrace.", "en", "Brynawel"),
    ],
)
def test_a_home_by_whose_it_is_by_the_way_to_it_or_said_to_be_the_house(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Theirs is the last farm on the mountain road.", "en"),
        ("Gwen is the house manager there.", "en"),
        ("Aeth hi o'i gwaith gyferbyn â'r orsaf.", "cy"),
        ("It was Gwen's, Dafydd Isaf said.", "en"),
    ],
)
def test_a_pronoun_a_person_or_a_workplace_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Her timetable at Tŷ Llwyd changed twice and nobody told us.", "en", "Tŷ Llwyd"),
        ("He is on a reduced timetable at Penrhiw since May.", "en", "Penrhiw"),
        ("Newidiodd ei hamserlen yn Nhŷ Llwyd ddwywaith.", "cy", "Nhŷ Llwyd"),
    ],
)
def test_a_pupil_s_timetable_there_names_a_school(text: str, lang: str, school: str) -> None:
    has_words("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The bus timetable at Bangor was wrong again.", "en"),
        ("Contact with Nain started at the Slate Museum café on Saturdays.", "en"),
        ("Contact started at the National Museum in Cardiff.", "en"),
    ],
)
def test_a_bus_timetable_or_a_museum_is_no_school(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "handle"),
    [
        ("He's started a Facebook page too, Dyfan Trenau Ardudwy, and puts up a train.", "en", "Dyfan Trenau Ardudwy"),
        ("Mae ganddi dudalen Facebook, Gweu gyda Gwen, ers y gwanwyn.", "cy", "Gweu gyda Gwen"),
    ],
)
def test_a_page_s_name_set_after_it(text: str, lang: str, handle: str) -> None:
    has_words("other-id", text, lang, handle)


def test_a_group_s_name_is_anyone_s() -> None:
    assert words_of("other-id", "She joined a Facebook group, Mums of Cwmbran, last year.", "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Mae'r plant i gyd yn fy ngalw fi'n Bob Sgŵl, fel roedd plant Cae Gwenyn.", "Bob Sgŵl")],
)
def test_what_they_call_me_in_welsh(text: str, name: str) -> None:
    has_words("person-name", text, "cy", name)


def test_a_word_that_is_also_a_name_alone_after_call_me_is_left() -> None:
    assert words_of("person-name", "Mae'r plant yn fy ngalw i'n Bob, fel pob un arall.", "cy") == []


def test_a_name_that_is_the_whole_quotation_after_said_is_a_name() -> None:
    has_words("person-name", 'At the end she held his hand and said "Jacko". First name in weeks.', "en", "Jacko")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ac yn adrodd straeon am Iolo Morganwg fel tase fe'n gymydog.", "cy"),
        ("We sat looking across Llyn Padarn to Elidir Fawr.", "en"),
        ("Last month it was a man in Llanddewi Velfrey who wanted to feed the birds.", "en"),
        ("Second banister. Physio from the community resource team came twice.", "en"),
    ],
)
def test_a_public_figure_a_mountain_a_village_and_a_trade_are_no_one(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


# --- dev batch 50 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Her daughter Nerys lives down in Gorseinon at 21 Glasfryn and works shifts.", "en", "21 Glasfryn"),
        ("Her grandson Rhodri has the flat over the launderette by the bus station.", "en", "the flat over the"),
        ("The one with a bed was Plas y Dderwen, where she had two weeks' respite.", "en", "Plas y Dderwen"),
        ("Before that he'd lived at Nanna Beryl's in Kingsbridge until her health went.", "en", "Nanna Beryl's"),
        ("She wants him to come home to Nanna Beryl's and he can't.", "en", "Nanna Beryl's"),
        ("Penwythnosa mae o'n aros yn nhŷ Anti Glenys, y tŷ cerrig.", "cy", "nhŷ Anti Glenys"),
    ],
)
def test_a_numbered_home_a_home_someone_has_a_plas_and_a_relative_s_where_someone_lives(
    text: str, lang: str, home: str
) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We had tea at Nanna Beryl's on Sunday.", "en"),
        ("Contact moved to Nanna Jean's front room, which has worked better.", "en"),
        ("Dim ond ar fore Sadwrn yn nhŷ Anti Glen roedd y ddau'n cael gweld ei gilydd.", "cy"),
        ("In February she stayed past the last bus and her foster mum drove down.", "en"),
        ("She had the meeting over the road from the chapel.", "en"),
        ("The best trip was Plas Newydd, the carers said.", "en"),
    ],
)
def test_a_visit_a_bus_gone_a_meeting_and_a_house_everyone_visits_are_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('"Now Cloc", as everyone in Dinas calls him, came down with a shoebox.', "en", "Now Cloc"),
        ("Mae pawb yno'n ei alw fe'n \"Gari Beic\". Ym mis Ionawr cafodd waith.", "cy", "Gari Beic"),
        ("Jarman from the garage offered the loan of a van.", "en", "Jarman"),
    ],
)
def test_a_nickname_everyone_uses_and_a_surname_from_the_garage(text: str, lang: str, name: str) -> None:
    has_words("person-name", text, lang, name)


def test_what_everyone_calls_a_thing_is_no_name() -> None:
    assert words_of("person-name", '"The Boss", as everyone calls her, came.', "en") == []


def test_a_nursery_named_with_bach_after_an_everyday_word() -> None:
    has_words("school", "The baby is at Cwtch Bach nursery three days a week.", "en", "Cwtch Bach")
    assert words_of("school", "She went to the Welsh nursery.", "en") == []


def test_a_police_occurrence_number() -> None:
    has_words("other-id", "Sharon rang 101 anyway (occurrence 2600093871).", "en", "2600093871")
    assert words_of("other-id", "It was a rare occurrence 2 years ago.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('Mr Tudur, yr ysgol: "Mae\'r cerdyn wedi agor drysau."', "cy", "Mr Tudur"),
        ("Carers: Alun and Gwen Lewis, Pant-yr-eithin, Blaenpennal, SY23 4RW.", "en", "Gwen Lewis"),
    ],
)
def test_a_person_before_a_school_or_an_address_is_a_person(text: str, lang: str, name: str) -> None:
    has_words("person-name", text, lang, name)
    lacks_words("school", text, lang, name)
    lacks_words("address", text, lang, name)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("- Cafodd Gerdyn Adnabod Gofalwr Ifanc gan y prosiect.", "cy"),
        ("Mae e'n eistedd wrth y ffenest sy'n wynebu cerflun Daniel Rowland.", "cy"),
        ("Mae e wedi addo dysgu Lisa Lân i'r criw ifanc.", "cy"),
        ("Daeth hi gyda'r Land Rover a threlar Ifor Williams tu ôl.", "cy"),
        ("We met prospective carers at Foster Wales information evenings.", "en"),
    ],
)
def test_a_card_a_statue_a_song_a_trailer_and_a_service_are_no_one(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


def test_a_man_called_ifor_williams_is_still_a_name() -> None:
    has_words("person-name", "Daeth Ifor Williams draw i'r fferm ddoe.", "cy", "Ifor Williams")


def test_hens_have_pets_names() -> None:
    assert pc._pets_in("She calls the hens Thelma and Louise.") == {"Thelma", "Louise"}
    assert pc._pets_in("Two hens, Dot and Peg, laid every day.") == {"Dot", "Peg"}


# --- dev batch 51 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "words", "category"),
    [
        ("Leanne lives in the flat above the bookies opposite the bus station in Blackwood with his sister.", "en",
         "the flat above the bookies opposite the bus station", "address"),
        ("His brother Owain lives in caravan 6, Glan-yr-Afon Park, behind the pub.", "en", "6", "address"),
        ("He bought a ticket machine for £45 from a seller called valleybuses_1962.", "en", "valleybuses_1962",
         "other-id"),
        ("He games now as ValleyBoyTy on Xbox, with the privacy settings on.", "en", "ValleyBoyTy", "other-id"),
        ("Eleni ffonies i Huw Tacsi, plât 1174, yr unig dacsi yn y cwm.", "cy", "1174", "other-id"),
    ],
)  # fmt: skip
def test_a_home_past_more_landmarks_a_caravan_s_number_a_handle_and_a_plate(
    text: str, lang: str, words: str, category: str
) -> None:
    has_words(category, text, lang, words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He saw PlayStation on Xbox at his cousin's.", "en"),
        ("We watched it on YouTube on Sunday.", "en"),
        ("She saved the file as notes_final on the laptop.", "en"),
    ],
)
def test_a_brand_and_two_plain_words_joined_are_no_handle(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("She sang with the choir at the Urdd Eisteddfod in May, and her mum, Carys, came to watch.", "en", "May"),
        ("Ffrind iddo fo o'r ysgol gynradd, Deio Tŷ Capel, ddeudodd wrth yr athro.", "cy", "Deio"),
        ("Saesnes oedd yr athrawes a doedd hi'm yn deall gair.", "cy", "Saesnes"),
        ("Mi gawson ni awr gyfan am Thomas Telford a'r shifftia nos.", "cy", "Thomas"),
        ("His grandad keeps a pigeon loft in Markham.", "en", "Markham"),
        ("- Out-of-hours rang the link worker instead of waiting.", "en", "Out-of-hours"),
    ],
)
def test_a_month_a_friend_a_nationality_an_engineer_and_villages(text: str, lang: str, word: str) -> None:
    lacks_words("school", text, lang, word)
    if word == "Deio":
        has_words("person-name", text, lang, "Deio")
    else:
        lacks_words("person-name", text, lang, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [("I went to the show with May, and her mum, Carys.", "May"), ("Trevor rang me yesterday.", "Trevor")],
)
def test_a_woman_called_may_and_a_man_called_trevor_are_still_names(text: str, name: str) -> None:
    has_words("person-name", text, "en", name)
