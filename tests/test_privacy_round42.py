"""Identifying details, round forty-two: tuned on dev batches 45 and 46 and on the older batches' misses
(`benchmarks/privacy/real/README.md`).

- a second child's birth told after the first's by who the child is, not by name ("Ganwyd y crwt ar noswyl Nadolig
  2015 a'r fach ym Mehefin '19", "born on 3 May 2011 and the youngest in June 2019");
- a school's nickname given after "known locally as", or in lower case after a dash or a comma ('Ysgol Gymraeg Gwaun
  Hebog – "ysgol y twmp" i bawb'), and that nickname again later in the story;
- a school's base named beside what it is, in more words: "its post-16 unit, Y Bwthyn", "the nurture room there, the
  Cwtch", "Y Nyth, uned gynnal yr ysgol"; and an immersion unit is school talk ("Uned Drochi Seren Fach");
- a door code after "was then" or "is now", a keypad being what it opens ("the code was then 2580");
- a farm's hyphened name with a capital after the hyphen and its tail ("yn Glyn-Coed Uchaf");
- a care home named by its staff as where "we" are ("She has been with us at Hafan Glyd", "Daeth Beti aton ni i
  Hafan y Waun", "wedi bod gyda ni yn Llys Carnlas"); and a care home found with its kind ("Cartref Gofal Bryn
  Meillion") is looked for again by its own name in the story's other texts;
- an account's last figures with the hidden ones shown as dots or stars ("acc. ending ..4471"), or after "the one"
  ("Bank = the one ending 7702"), not a year ("the one ending 2019");
- the figures on the back of a card said before them ("the three on the back is 417", "Y rhif ar y cefn ydi 0419");
- someone's everyday name in brackets said to be what everyone calls them ("Dion (Dyl to everyone at the centre)");
- a birth on Coronation Day, and an age turned on a festival by "who" ("Sali, who turned eighty on New Year's Day");
- the home a person is known by, come back alone after a word for going there ("Nain Bryncelyn … draw i Fryncelyn",
  "Now Penbryn … o Benbryn"), not a village the lists know nor a surname;
- a college called "the Tech" or "y Tec", not a school's block or a firm;
- a name that opens a line of feedback before the words said ('Gwen: "O'n i'n gwbod…"'), not a role, a kinship word or
  the story's made-up name;
- a reference after "cyf." and what it is of ("cyf. tenantiaeth BTH/LLO/6");
- a card's number after more words of whose or when ("gerdyn gofalwr hefyd, 0041877", "bàs bws y coleg iddi (7712
  0456)"), or after the letters of the body it is from ("cerdyn aelodaeth, CFfI 21884");
- the code on someone's laundry label ("label golchi Nansi'n dal i ddeud N14-GW");
- a current plate with a space after its area letters, and a dateless plate just after the vehicle ("his old lorry, OBX
  94"), not a date after a surname that is also a make ("Morris (DG 3/iii/93)");
- a care home after the one who manages it ("Fi yw rheolwraig Llys Ffrwdwen", "the manager of Bryn Hedd") or after the
  north's "ddoth"; a home lived in "alone" or "with his wife"; an old smithy or mill as a house ("Hen Efail"), not a
  town, a shop or a hospital said without "Ysbyty" ("home from Llwynhelyg");
- a relative known by her lane ends before "ar" and "a": "Nain Pen Lôn ar FaceTime a Tyler" is no street;
- a school named with its school words in one text of a story is a school, not a home, where its bare name comes back
  in another ("Ysgol Gyfun Maes Tywi" in the title, "at Maes Tywi" in the body); a street a school is named after
  stays a street;
- who was born stays a name before the day ("Ganwyd Wil ar Ddydd Calan 1956"); a school opposite an old incline; a door
  code after the mutated "god";
- a house named just before its numbered street ("yn Bryn Cwarel, 9 Ffordd Tan-y-Foel"), not a town or a person there;
- a care home called Plas and a name after "yn", "i", "in" or "at" in a story of care ("ofal cam-i-lawr yn Plas
  Eithin"), not a centre anyone visits (Plas Menai, Plas Heli), a college after a course, nor a Plas in a story with no
  care home's life.
"""

from __future__ import annotations

import pytest
from conftest import TODAY, story_text
from privacy_cases import has_words, words_of

from storysite.build import build_site
from storysite.privacy import scan_text


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ("Ganwyd y crwt ar noswyl Nadolig 2015 a'r fach ym Mehefin '19, medde Mamgu.", "cy", "Mehefin '19"),
        ("Ganed Osian ar 3 Mai 2011 a'r ieuengaf ar 9 Mehefin 2014.", "cy", "9 Mehefin 2014"),
        ("He was born on 3 May 2011 and the youngest in June 2019.", "en", "June 2019"),
        ("Cerys was born on 12 March 2016, and the baby on 2 July 2020.", "en", "2 July 2020"),
    ],
)
def test_a_second_birth_told_by_who_the_child_is(text: str, lang: str, dob: str) -> None:
    has_words("date-of-birth", text, lang, dob)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Symudodd y teulu ar 3 Mai 2011 a'r fach ym Mehefin 2019 i'r ysgol.", "cy"),
        ("They moved on 3 May 2011 and the youngest in June 2019 started school.", "en"),
    ],
)
def test_a_second_date_after_no_birth_is_left(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "nickname"),
    [
        ('Roedd hi yn Ysgol Gymraeg Gwaun Hebog – "ysgol y twmp" i bawb yn y cwm.', "cy", "ysgol y twmp"),
        ('Dysgodd hi\'r emyn yn Ysgol Heol-y-Glo, "ysgol y tips", gan yr athrawes.', "cy", "ysgol y tips"),
        ('He went to Ysgol Heol y Dderwen (known locally as "the Derwen") from age 9.', "en", "the Derwen"),
        ('She is at Pen-y-Wern Primary (known round here as "the Wern") now.', "en", "the Wern"),
    ],
)
def test_a_school_s_nickname_after_known_locally_or_in_lower_case(text: str, lang: str, nickname: str) -> None:
    has_words("school", text, lang, nickname)


def test_a_school_s_lower_case_nickname_is_found_again_later() -> None:
    text = 'Roedd hi yn Ysgol Gymraeg Gwaun Hebog – "ysgol y twmp" i bawb. Roedd ysgol y twmp yn gwybod popeth.'
    assert words_of("school", text, "cy").count("ysgol y twmp") == 2, words_of("school", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Roedd Dafydd Huws – "ysgol y bywyd" fel mae o\'n deud – yn ffermwr.', "cy"),
        ("Aeth hi i ysgol y pentre. Wedyn roedd ysgol y pentre ar gau.", "cy"),
        ('Gwyn Jones, "ysgol y pwll" he calls it, worked underground for years.', "en"),
    ],
)
def test_a_lower_case_ysgol_phrase_after_a_person_or_alone_is_left(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        ("Eisteddais â hi yn ystafell fach Y Nyth, uned gynnal yr ysgol, i wneud asesiad.", "cy", "Y Nyth"),
        ("He spent the last three years in its post-16 unit, Y Bwthyn, where he did the café.", "en", "Y Bwthyn"),
        ("She spends most afternoons in the nurture room there, the Cwtch. Her brother is in Year 10.", "en", "Cwtch"),
        ("the pupil referral unit, the Old Vicarage, took him for a term", "en", "Old Vicarage"),
        ("actual: Wedi symud o Uned Drochi Seren Fach", "cy", "Uned Drochi Seren Fach"),
        ("actual: Joined the class after ten weeks at Uned Drochi Seren Fach", "en", "Uned Drochi Seren Fach"),
    ],
)
def test_a_school_s_base_beside_what_it_is_and_an_immersion_unit(text: str, lang: str, base: str) -> None:
    has_words("school", text, lang, base)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He loved the nurture room there, which helped.", "en"),
        ("He went to the ASD base, the one by the gym.", "en"),
        ("Roedd yr uned gynnal yn yr ysgol yn help mawr.", "cy"),
    ],
)
def test_a_base_s_kind_with_no_name_is_left(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Try the keypad (the code was then 2580, since changed) and tell whoever is on.", "en", "2580"),
        ("The keypad code was 2580 until March.", "en", "2580"),
        ("Mae cod y drws nawr yn 4471.", "cy", "4471"),
        ("Cod y bocs allwedd oedd bellach 4471.", "cy", "4471"),
    ],
)
def test_a_door_code_after_was_then_or_now(text: str, lang: str, code: str) -> None:
    has_words("other-id", text, lang, code)


def test_a_code_with_nothing_it_opens_is_left() -> None:
    assert words_of("other-id", "The post code was then 1998 in the old system.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Mae Ifor yn byw ar ei ben ei hun yn Glyn-Cwrt Uchaf, tyddyn bach.", "cy", "Glyn-Cwrt Uchaf"),
        ("Mae e'n byw yn Glyn-Coed Uchaf.", "cy", "Glyn-Coed Uchaf"),
        ("He went back to Glyn-Coed Isaf after the fall.", "en", "Glyn-Coed Isaf"),
        ("a month with his taid, Taid Cwm-Isaf, at Cwm-Isaf above the village", "en", "Cwm-Isaf"),
    ],
)
def test_a_hyphened_farm_with_a_capital_after_the_hyphen(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


def test_a_hyphened_name_and_a_tail_that_is_a_person_is_left() -> None:
    assert words_of("address", "Daeth Mary-Jane Isaf i'r cyfarfod.", "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Daeth Beti aton ni i Hafan y Waun, Crymych, ym mis Mai.", "cy", "Hafan y Waun"),
        ("Mae Megan wedi bod gyda ni yn Llys Carnlas ers mis Hydref, yn stafell 14.", "cy", "Llys Carnlas"),
        ("Roedd hi wedi bod efo ni yn Plas Gwyrfai ers mis Mai.", "cy", "Plas Gwyrfai"),
        ("She has been with us at Hafan Glyd since May.", "en", "Hafan Glyd"),
        ("He came to us at Bryn Hedd in March.", "en", "Bryn Hedd"),
    ],
)
def test_a_care_home_where_the_writer_s_staff_are(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


def test_a_care_home_named_with_its_kind_is_tracked_by_its_own_name_into_the_title(make_library) -> None:
    # the body names "Cartref Gofal Bryn Meillion"; the title says "Bryn Meillion" alone, with no word for a home
    # (nor "yn" before it, which round forty-eight reads as a home's on its own)
    body = "Mae Nansi efo ni yn Cartref Gofal Bryn Meillion ers tair blynedd, yn ystafell 9.\n"
    title = '"Shifftiau nos Bryn Meillion"'
    content = make_library({"stories/a.cy.md": story_text("mm-2026-001", body=body, lang="cy", title=title)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    found = {(f.category, f.text, f.rule) for f in result.library.findings if f.is_error}
    assert ("address", "Bryn Meillion", "privacy.address.tracked") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n dod gyda ni yn Aberystwyth.", "cy"),
        ("Mae hi'n aros efo ni yn y Bala.", "cy"),
        ("She stayed with us at Christmas.", "en"),
        ("He's been with us at Tesco for years.", "en"),
    ],
)
def test_with_us_at_a_town_a_time_or_a_shop_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "ending"),
    [
        ("Careline pendant, acc. ending ..4471. NOK daughter", "en", "4471"),
        ("Her card ending ****4471 was stopped.", "en", "4471"),
        ("Mae'r cerdyn yn gorffen ..4471.", "cy", "4471"),
        ("Bank = the one ending 7702.", "en", "7702"),
        ("Mae'r ffeil yn nodi bod yr hen un yn gorffen 4471.", "cy", "4471"),
    ],
)
def test_an_account_s_last_figures_after_hidden_ones_or_the_one(text: str, lang: str, ending: str) -> None:
    has_words("other-id", text, lang, ending)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The one ending 2019 was the best season the club had.", "en"),
        ("Roedd yr un yn gorffen 1999 yn well blwyddyn.", "cy"),
    ],
)
def test_the_one_ending_in_a_year_is_no_account(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ('He read the long number off his bank card, expiry and all, "and the three on the back is 417."', "en", "417"),
        ("Mae ganddi gerdyn gofalwr ifanc. Y rhif ar y cefn ydi 0419, ac mae'r swyddfa'n gwybod.", "cy", "0419"),
    ],
)
def test_the_figures_on_the_back_of_a_card_said_before_them(text: str, lang: str, figures: str) -> None:
    has_words("other-id", text, lang, figures)


def test_figures_on_the_back_with_no_card_are_left() -> None:
    assert words_of("other-id", "The number on the back of the shirt is 2019 and it rained.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Dion (Dyl to everyone at the centre) booked his own ticket.", "en", "Dyl"),
        ("Megan (Meg i bawb yn y pentre) sy'n trefnu.", "cy", "Meg"),
    ],
)
def test_an_everyday_name_in_brackets_said_to_be_everyone_s(text: str, lang: str, name: str) -> None:
    assert name in words_of("person-name", text, lang), words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The raffle made £300 (Thanks to all who gave).", "en"),
        ("Daeth y pentre i gyd (Diolch i bawb) i'r sioe.", "cy"),
        ("We went to the show (Aberaeron to all of us).", "en"),
    ],
)
def test_thanks_or_a_town_in_brackets_to_everyone_is_no_name(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ('Then: "Born on Coronation Day, me. Seventy-two years on the farm."', "en", "Coronation Day"),
        ("Cafodd ei eni ddiwrnod y Coroni, '53.", "cy", "Coroni"),
        ("Sali, who turned eighty on New Year's Day, wrote her number down.", "en", "New Year's Day"),
        ("Begw, who turned four on St Dwynwen's Day, sat on the pouffe.", "en", "St Dwynwen's Day"),
    ],
)
def test_a_birth_on_coronation_day_and_an_age_turned_by_who(text: str, lang: str, dob: str) -> None:
    has_words("date-of-birth", text, lang, dob)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We watched it on Coronation Day on the neighbour's telly.", "en"),
        ("Roedd parti stryd ar ddiwrnod y Coroni.", "cy"),
        ("The chapel, which turned 150 on Easter Day, held a service.", "en"),
    ],
)
def test_coronation_day_as_an_event_and_a_chapel_s_age_are_left(text: str, lang: str) -> None:
    assert words_of("date-of-birth", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Mae Mam yn mynd â Twm draw i Fryncelyn at Nain Bryncelyn am y bora.", "cy", "Fryncelyn"),
        ("Dw i'n mynd i fyny i Bant Gwyn at Taid Pant Gwyn bob yn ail Sadwrn.", "cy", "Bant Gwyn"),
        ("Mae Now Penbryn yn taro draw o Benbryn bob bora.", "cy", "Benbryn"),
        ("Wedyn i Bantyrhedydd, lle wedd Dai Bantyrhedydd wedi cadw'r ci.", "cy", "Bantyrhedydd"),
        ("Wil Penrhos is the nearest neighbour, up at Penrhos at the top of the lane.", "en", "Penrhos"),
    ],
)
def test_the_home_a_person_is_known_by_comes_back_alone(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Daeth Mair Llanrug i'r cyfarfod o Llanrug.", "cy"),  # a village the lists know
        ("Huw Rhydderch sent his love to Rhydderch and the boys.", "en"),  # a surname, not a home
        ("Wil Penrhos is the nearest neighbour; Penrhos is a good farm.", "en"),  # not after a word for going there
    ],
)
def test_a_village_a_surname_or_a_home_word_not_gone_to_is_left(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "college"),
    [
        ("At the Tech she went straight past the hair salon.", "en", "the Tech"),
        ("Daeth ei hŵyr, Rhodri, sy yn y Tech yn Llanelli, i helpu.", "cy", "y Tech"),
        ("Aeth o i'r Tec ar ôl TGAU.", "cy", "Tec"),
    ],
)
def test_a_college_called_the_tech(text: str, lang: str, college: str) -> None:
    has_words("school", text, lang, college)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She can come in the side gate by the Tech block.", "en"),
        ("He works in High Tech now.", "en"),
        ("Tech support rang twice.", "en"),
    ],
)
def test_a_building_a_firm_or_a_helpdesk_called_tech_is_no_college(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("## Adborth gan randdeiliaid\n\nGwen: \"O'n i'n gwbod bod o'n gneud gormod.\"\n", "cy", "Gwen"),
        ('## Feedback from stakeholders\n\nNon: "He\'s not a difficult boy."\n', "en", "Non"),
    ],
)
def test_a_name_that_opens_a_line_of_feedback(text: str, lang: str, name: str) -> None:
    assert name in words_of("person-name", text, lang), words_of("person-name", text, lang)


def test_a_role_a_kinship_word_or_a_made_up_name_opening_feedback_is_left() -> None:
    text = '## Feedback\n\nMum: "Thanks."\nTeacher: "Good."\nNon: "He is calmer."\n'
    assert not [d.text for d in scan_text(text, "en", pseudonyms=["Non"]) if d.category == "person-name"]


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        ("Gofynnon ni am ail reilen ar y grisia (cyf. tenantiaeth BTH/LLO/6, cod post yn y ffeil).", "cy", "BTH/LLO/6"),
        ("Mae'r ffeil dan cyf. achos 44-190 ers mis Mai.", "cy", "44-190"),
    ],
)
def test_a_reference_after_the_shortened_cyf_and_what_it_is_of(text: str, lang: str, ref: str) -> None:
    has_words("other-id", text, lang, ref)


@pytest.mark.parametrize(
    ("text", "lang", "card"),
    [
        ("Ges i gerdyn gofalwr hefyd, 0041877, a fi'n cael coffi am ddim.", "cy", "0041877"),
        ("Ges i gerdyn aelodaeth, CFfI 21884, a fi'n cadw fe yn y ffôn.", "cy", "21884"),
        ("Fe drefnon ni bàs bws y coleg iddi (7712 0456) a llenwi'r ffurflen.", "cy", "7712 0456"),
        ("He got a young carer card too, 0041877, and shows it on the bus.", "en", "0041877"),
    ],
)
def test_a_card_s_number_after_more_words_of_whose_or_when(text: str, lang: str, card: str) -> None:
    has_words("other-id", text, lang, card)


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Mae label golchi Nansi'n dal i ddeud N14-GW, a'r cymorth clyw yn newydd.", "cy", "N14-GW"),
        ("Cofio rhoi label golch LM-W11 ar y gardigan newydd.", "cy", "LM-W11"),
        ("Mae'r labeli ar ei ddillad e, PM-14/IJ, wedi cael eu gwnïo gan Magi.", "cy", "PM-14/IJ"),
        ("Her laundry label still says N14-GW from the old home.", "en", "N14-GW"),
    ],
)
def test_the_code_on_someone_s_laundry_label(text: str, lang: str, label: str) -> None:
    has_words("other-id", text, lang, label)


def test_laundry_labels_with_no_code_are_left() -> None:
    assert words_of("other-id", "The laundry labels were all changed in May 2024.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "plate"),
    [
        ("His old Land Rover (TX 51 KHD) hadn't moved from the yard since spring.", "en", "TX 51 KHD"),
        ("He keeps a photo of his old lorry, OBX 94, by his bed.", "en", "OBX 94"),
        ("Dai came down in his Hilux (DAI 5, you can't miss it) and we wheeled it out.", "en", "DAI 5"),
        ("Mae o'n byw efo'r ci a'r hen Land Rover, TMG 48, sy heb symud ers y Nadolig.", "cy", "TMG 48"),
    ],
)
def test_a_plate_with_a_space_or_just_after_the_vehicle(text: str, lang: str, plate: str) -> None:
    has_words("other-id", text, lang, plate)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae eu mam, Kerry-Ann Morris (DG 3/iii/93), wedi cael trafferth.", "cy"),  # a surname that is a make
        ("We took the car, A 487 all the way to Aberystwyth.", "en"),  # a road
        ("He walked TX 51 KHD in the sand for the photo.", "en"),  # no vehicle near
    ],
)
def test_a_date_a_road_or_letters_with_no_vehicle_are_no_plate(text: str, lang: str) -> None:
    assert not [w for w in words_of("other-id", text, lang)], words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Mi ddoth Megan aton ni i Bryn Derwen ym mis Ionawr, yn syth o'r ward.", "cy", "Bryn Derwen"),
        ("Fi yw rheolwraig Llys Ffrwdwen ers naw mlynedd.", "cy", "Llys Ffrwdwen"),
        ("Fi ydi rheolwr Plas Dolfawr, ac mae'r stori yma am un o'n preswylwyr.", "cy", "Plas Dolfawr"),
        ("I have been the manager of Bryn Hedd since 2019.", "en", "Bryn Hedd"),
        ("Lives alone at Hen Efail, Maenan, since her husband died.", "en", "Hen Efail"),
        ("She said she would go home to Hen Efail or go in a box.", "en", "Hen Efail"),
        ("He lives with his wife at Morfa Bach, the last bungalow on the lane.", "en", "Morfa Bach"),
    ],
)
def test_a_care_home_by_its_manager_and_a_home_lived_in_alone(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n rheolwr yn Aberystwyth ers blwyddyn.", "cy"),  # a town
        ("She is the manager at Tesco on Saturdays.", "en"),  # a shop
        ("The manager of Plas Newydd gave us a tour.", "en"),  # a house anyone visits
        ("She came home from Llwynhelyg in March.", "en"),  # a hospital, said without "Ysbyty"
        ("He lives alone at the Co-op end of the street.", "en"),
    ],
)
def test_a_town_a_shop_a_hospital_or_a_street_end_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


def test_a_relative_known_by_her_lane_ends_before_on_and_and() -> None:
    text = "Roedd Nain Pen Lôn ar FaceTime a Tyler ar y ffôn arall."
    assert "Nain Pen Lôn" in words_of("person-name", text, "cy"), words_of("person-name", text, "cy")
    assert words_of("address", text, "cy") == []


def test_a_school_named_in_the_title_is_a_school_again_in_the_body_not_a_home(make_library) -> None:
    # "at Maes Tywi" alone reads as a home; the title names it as a school, so the body's mention is the school
    title = '"Phones away at Ysgol Gyfun Maes Tywi"'
    body = "One conversation at Maes Tywi turned into a school-wide way of working.\n"
    content = make_library({"stories/a.en.md": story_text("mm-2026-001", body=body, lang="en", title=title)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    found = {(f.category, f.text) for f in result.library.findings if f.is_error}
    assert ("school", "Maes Tywi") in found and ("address", "Maes Tywi") not in found, found


def test_a_street_a_school_is_named_after_stays_a_street(make_library) -> None:
    body = (
        "Eirlys lives at Tŷ Cornel, Lôn Las, a two-bedroom cottage. Twm goes to Cylch Meithrin Lôn Las in the "
        "village hall.\n"
    )
    content = make_library({"stories/a.en.md": story_text("mm-2026-001", body=body, lang="en")})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    found = {(f.category, f.text) for f in result.library.findings if f.is_error}
    assert ("address", "Lôn Las") in found or any(c == "address" and "Lôn Las" in t for c, t in found), found
    assert ("school", "Lôn Las") not in found, found


@pytest.mark.parametrize(
    ("text", "name", "dob"),
    [
        ("Ganwyd Wil ar Ddydd Calan 1956 a fo ydi'r hogyn ifanc yn y criw.", "Wil", "Ddydd Calan 1956"),
        ("Ganed Mari Jones ar ddydd Ffair Garon 1936, a ma' hi'n dal i ganu.", "Mari Jones", "Ffair Garon 1936"),
    ],
)
def test_who_was_born_stays_a_name_before_the_day(text: str, name: str, dob: str) -> None:
    assert name in words_of("person-name", text, "cy"), words_of("person-name", text, "cy")
    has_words("date-of-birth", text, "cy", dob)
    assert not any(name in w for w in words_of("date-of-birth", text, "cy")), words_of("date-of-birth", text, "cy")


def test_a_school_opposite_an_old_incline_and_a_door_code_after_the_mutated_cod() -> None:
    has_words("school", "Mae ei ŵyr yn yr ysgol gyferbyn â'r hen inclên ac yn galw heibio.", "cy", "inclên")
    has_words("other-id", "Rhoddais i god y drws ffrynt, 2-5-8-0, iddi hi er mwyn iddi ddod â'r plât.", "cy", "2-5-8-0")
    assert words_of("other-id", "Mae'r god yn y llyfr, 1984 oedd y flwyddyn.", "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "house"),
    [
        ("Cafodd godwm ar y grisiau yn Bryn Cwarel, 9 Ffordd Tan-y-Foel, ddiwedd Ionawr.", "cy", "Bryn Cwarel"),
        ('> "Mrs Glenys Llwyd, Min y Morfa, 4 Cilgant yr Wylan, Llanfairfechan"', "cy", "Min y Morfa"),
        ("She lives at Bryn Awel, 14 Station Road, with her son.", "en", "Bryn Awel"),
    ],
)
def test_a_house_named_just_before_its_numbered_street(text: str, lang: str, house: str) -> None:
    has_words("address", text, lang, house)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aberystwyth, 4 Heol y Wig", "cy"),  # a town before the street
        ("Mrs Glenys Llwyd, 4 Cilgant yr Wylan", "cy"),  # who lives there
    ],
)
def test_a_town_or_a_person_before_a_numbered_street_is_no_house(text: str, lang: str) -> None:
    found = words_of("address", text, lang)
    assert all(w[:1].isdigit() for w in found), found


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Ar ôl pythefnos o ofal cam-i-lawr yn Plas Eithin, roedd y ward yn sôn am gartref.", "cy", "Plas Eithin"),
        ("Cerddodd o festri Bethania i Plas Sirhywi i ganu i'r preswylwyr yn y lolfa.", "cy", "Plas Sirhywi"),
        ("Nanna now in Plas Glyncoed. The carers there are lovely.", "en", "Plas Glyncoed"),
    ],
)
def test_a_care_home_called_plas_in_a_story_of_care(text: str, lang: str, home: str) -> None:
    has_words("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aethon ni i Plas Menai am y dydd gyda'r gofalwyr.", "cy"),  # a centre anyone visits
        ("We went sailing at Plas Heli with the carers.", "en"),
        ("Mae o isio gwneud y cwrs amaeth lefel 3 yn Plas Tirion, er bod o'n gofalu am ei dad.", "cy"),  # a college
        ("Daeth y côr i Plas Coch i ganu yn yr haf.", "cy"),  # no care home's life in the story
    ],
)
def test_a_plas_anyone_visits_a_college_or_a_plas_with_no_care_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []
