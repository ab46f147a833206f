"""Identifying details, round twenty-five: tuned on the older dev files and dev batch 19 (cy/en-3001…3012).

A school's one-word Welsh name tracked after the school is named; what everyone calls a school, in brackets;
the village school named by its village, a college's campus, a playgroup's name after "Chwarae'r"; a school
known by the posts and rolls only a school has; a row of cottages; a neighbour's home told by how many doors
down it is; a house on a street with no street word; a farm named for its sheepfold; a house named like a
person; a family by its surname; births told as Welsh speech tells them, after their date or by an age
turned; public figures, characters, songs, a charity, a record's sex and a chapel's name left alone. Each
with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from conftest import TODAY, story_text
from privacy_cases import found_in, words_of

from storysite.build import build_site
from storysite.privacy import lexicon


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Dylan started at Ysgol Gynradd Pen-y-Bryn in September. He loves Pen-y-Bryn already.",
            "en",
            "Pen-y-Bryn",
        ),
        ("Arhosodd o yn Ysgol Pen-y-Gloddfa nos Wener. Mae o'n hapus ym Mhen-y-Gloddfa.", "cy", "Mhen-y-Gloddfa"),
    ],
)
def test_a_schools_one_word_name_comes_back_bare(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


def test_a_one_word_name_is_tracked_only_after_its_school() -> None:
    # a home of that name before the school is named is left to the home finders
    assert "Pen-y-Bryn" not in words_of("school", "He loves Pen-y-Bryn. Later he joined Ysgol Pen-y-Bryn.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        ('She went to Pwll-yr-Hebog Primary (everyone calls it "the Hebog") with Nain.', "en", "school", "the Hebog"),
        (
            'Aeth i Ysgol Gynradd Bryn Castell (mae pawb yn ei galw hi\'n "y Castell") efo Nain.',
            "cy",
            "school",
            "y Castell",
        ),
        ('Alun Price (known to all as "Al Trains") came every week.', "en", "person-name", "Al Trains"),
    ],
)
def test_what_everyone_calls_it_in_brackets(text: str, lang: str, category: str, words: str) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Tecwyn oedd prifathro'r ysgol bentra ym Modgwynedd am ugain mlynedd.", "cy", "ysgol bentra ym Modgwynedd"),
        ("Gwnaeth arlwyo lefel 1 eto ar gampws y Wern achos doedd neb yn gwbod.", "cy", "gampws y Wern"),
        ("Mae e wedi dechre yng Nghylch Chwarae'r Garth-ddu.", "cy", "Nghylch Chwarae'r Garth-ddu"),
        ("Thankfully Mrs Vaughan-Rees, the ALNCo at the Helyg, agreed to more visits.", "en", "Helyg"),
        ("He is still on roll at Penrhos, though he attends two mornings.", "en", "Penrhos"),
        ("The head teacher at Ysgol Glan Morfa rang on Monday.", "en", "Ysgol Glan Morfa"),
    ],
)
def test_schools_by_their_village_campus_playgroup_and_posts(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae'r ysgol bentref yn dda, ac mae'r campws yn fawr.", "cy"),
        ("The head teacher at the meeting said the ALNCo at the school was off.", "en"),
    ],
)
def test_school_words_with_no_name_after_them_find_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mam under the stairs in Glan-yr-Afon Cottages, with the siren going.", "en", "Glan-yr-Afon Cottages"),
        ("Mrs Farida Qureshi came from Awelfryn, two doors down, with samosas.", "en", "Awelfryn"),
        ("Mrs Bowen-Harries from Penlan, next door but one had the broken ones.", "en", "Penlan"),
        ("Daeth Mrs Hughes o Benlan, drws nesa, efo cacen.", "cy", "Benlan"),
        ("Dilwyn lives in the corner house on Pentwyn Morfa, by the shop.", "en", "Pentwyn Morfa"),
        ("Mae hi'n byw yng Nghorlan Ddu ers 1980.", "cy", "Nghorlan Ddu"),
    ],
)
def test_homes_by_their_row_their_doors_and_their_street(text: str, lang: str, words: str) -> None:
    assert any(category == "address" and words in found for category, found in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mrs Jones came from Cardiff to see us.", "en"),
        ("Dr Patel came from Swansea, next door to the hospital.", "en"),
        ("They have a house on Anglesey and a flat in town.", "en"),
        ("Mi ddaeth Gwen o Gaerdydd ddoe.", "cy"),
    ],
)
def test_a_town_someone_comes_from_is_no_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ('Mam oedd yr hyna: "5 Ionawr 1939 gafodd hi ei geni, jest iawn."', "cy", "5 Ionawr 1939"),
        ("Mam oedd yr hyna: \"Noson Calan Gaea' '39 gafodd hi ei geni, jest iawn.\"", "cy", "Noson Calan Gaea' '39"),
        ("Ar 3 Mai 1944 y cafodd e'i eni yn y tŷ.", "cy", "3 Mai 1944"),
        ("Mae Catrin, ei chwaer sy'n ddeunaw ar yr 2il o Fehefin, yn gorffen ei lefel A.", "cy", "yr 2il o Fehefin"),
        ('Megan is 91. She was born "on St Swithin\'s Day, 1934, and it rained".', "en", "St Swithin's Day, 1934"),
    ],
)
def test_births_told_after_their_date_or_by_an_age_turned(text: str, lang: str, words: str) -> None:
    assert any(category == "date-of-birth" and words in found for category, found in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Ges i 'ngeni yn eira mawr '47, medde hi.", "cy", "eira mawr '47"),
        ("Mae Osian yn naw oed ers nos Calan Gaea' 2016.", "cy", "nos Calan Gaea' 2016"),
        ("He is Delyth's boy, a Boxing Day baby (26/12/08 on the family sheet).", "en", "26/12/08"),
    ],
)
def test_births_told_by_a_winter_an_age_held_or_a_festival(text: str, lang: str, words: str) -> None:
    assert any(category == "date-of-birth" and words in found for category, found in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Yn 2019 gafodd y cynllun ei eni, a'r côr yn 1998.", "cy"),
        ("Roedd y côr yn canu ar y cyntaf o Fai.", "cy"),
        ("Ganwyd y côr yn haf 1998.", "cy"),
        ("Mae hi'n byw yma ers 2016.", "cy"),
    ],
)
def test_a_group_born_or_a_date_sung_on_is_no_birth(text: str, lang: str) -> None:
    assert not words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mi fydd o'n mynd i eistedd yn y car i wrando ar Ifan Jones Evans ar y radio.", "cy"),
        ("Mae o'n siarad am bris ŵyn ac am Gareth Wyn Jones ar y teledu.", "cy"),
        ("Half the hall joined in as if Tom Jones himself had walked in.", "en"),
        ("He laid forty yards of hedge, whistling Myfanwy the whole time.", "en"),
        ("They finished by singing the chorus of Delilah.", "en"),
        ("The family call him Mr Magoo, and he laughs.", "en"),
        ("The children called him Farmer Pickles and he let them.", "en"),
        ("Hi ffonodd Cruse ar y 0808 808 1677.", "cy"),
        ('"Fel Dai Llanilar ar Cefn Gwlad," meddai.', "cy"),
        ("Defaid William Morgan dros bob man.", "cy"),
        ("Roedd hi wrth ei bodd yn canu Fflat Huw Puw.", "cy"),
    ],
)
def test_public_figures_characters_songs_and_a_charity_are_no_one_in_the_story(text: str, lang: str) -> None:
    assert not words_of("person-name", text, lang)
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Tom Jones came to fix the boiler on Tuesday.", "en", "Tom Jones"),
        ("The children called him Dai Pickles and he let them.", "en", "Dai Pickles"),
    ],
)
def test_a_public_name_with_nothing_public_around_it_is_still_a_name(text: str, lang: str, words: str) -> None:
    assert words in words_of("person-name", text, lang)


def test_a_data_file_entry_before_any_section_header_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # round nineteen's title went above the headers of titles.txt, where no section read it
    monkeypatch.setattr(lexicon, "_read", lambda name: "# a comment\nFflat Huw Puw\n[anywhere]\nCalon Lân\n")
    with pytest.raises(ValueError, match="before the first"):
        lexicon._sections("titles.txt", lines=True)


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        ("He is still with the same foster carers, the Prichards, in Cefn.", "en", "person-name", "Prichards"),
        ("Mr Preece from the allotments came too.", "en", "person-name", "Mr Preece"),
        ("Roeddan ni'n byw yn Gwynfryn, Rhes Glandŵr, a finna'n sbïo ar y môr.", "cy", "address", "Gwynfryn"),
        ("She lives at Gwynfryn, Tanybryn Road, with her son.", "en", "address", "Gwynfryn"),
    ],
)
def test_a_family_by_its_surname_and_a_house_named_like_a_person(
    text: str, lang: str, category: str, words: str
) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ref SMS/RHL/25/0711. Male, 31, D.O.B. 29.8.94.", "en"),
        ("At his Nanny's seventieth, Nanny sat by the cake.", "en"),
        ("Roedd y ffair yn festri Capel Nant-yr-hebog eleni.", "cy"),
        ("Roedd y ffair yng Nghapel Nant-yr-hebog eleni.", "cy"),
    ],
)
def test_a_records_sex_a_grandmother_and_a_chapels_name_are_no_one_and_no_home(text: str, lang: str) -> None:
    assert not words_of("person-name", text, lang)
    assert not words_of("address", text, lang)


def test_a_chapel_house_is_still_a_home() -> None:
    assert ("address", "Nhŷ Capel Bryn Seion") in found_in("Mae hi'n byw yn Nhŷ Capel Bryn Seion ers 1990.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        (
            'Roedd label brown arni: "E. W. Gruffydd, Penrhiw Isaf". Gofynnodd hi pwy oedd o.',
            "cy",
            "address",
            "Penrhiw Isaf",
        ),
        ("Then with foster carers, the Pritchard-Joneses out at Valley.", "en", "person-name", "Pritchard-Joneses"),
        ("Her flat over the chip shop, LL65 3KC, is small.", "en", "postcode", "LL65 3KC"),
        ("Ei bathodyn glas, BB 71 0093 4417, sy'n cadw'r lle parcio wrth y giât.", "cy", "other-id", "BB 71 0093 4417"),
    ],
)
def test_a_farm_after_a_name_a_double_surnamed_family_a_mistyped_postcode_and_a_blue_badge(
    text: str, lang: str, category: str, words: str
) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Daeth Siân Jones, Llanfair Uchaf, hefyd.", "cy"),
        ("Mae'r pryd poeth yn dal i ddŵad gan Wiltshire Farm Foods, achos mae hi'n licio sgwrs.", "cy"),
        ("Mae o'n gwybod mwy am beiriannau John Deere na neb.", "cy"),
        ("Ffoniodd Siwan Fam-gu, a daeth hi draw.", "cy"),
        ("Aethon ni drwy'r Bala heibio cerflun Tom Ellis, wedyn heibio Capel Salem.", "cy"),
        ('Canu "Anfonaf Angel" (Robat Arwyn) ddaru nhw yn y cnebrwng.', "cy"),
        ("Pan wedd hi'n stiwdent, buon ni yn y caffi yn Neuadd Les Ystradgynlais i lunio proffil.", "cy"),
        ("Later Tegan FaceTimed her brother, and when Mam got lost in the Co-op we rang.", "en"),
        ("An appointment about a Lasting Power of Attorney, which he has not yet signed.", "en"),
        ("The police found him in the van on the top car park at Pen Dinas.", "en"),
    ],
)
def test_a_village_a_firm_a_statue_a_composer_a_hall_and_a_hill_are_no_one_and_no_home(text: str, lang: str) -> None:
    found = {
        (category, words) for category, words in found_in(text, lang) if words not in ("Siân Jones", "Tegan", "Siwan")
    }
    assert not {f for f in found if f[0] in ("person-name", "address", "school")}, found


def test_guy_fawkes_night_as_welsh_names_it_is_a_festival_day() -> None:
    assert any(
        category == "date-of-birth" and "Guto Ffowc 2016" in words
        for category, words in found_in("Cafodd hi ei geni ar noson Guto Ffowc 2016, ganol y tân gwyllt.", "cy")
    )
    assert not words_of("person-name", "Roedden ni'n aros ers noson Guto Ffowc 2016.", "cy")


@pytest.mark.parametrize("text", ["Daeth Robat i'r tŷ ddoe.", "Mi ffoniodd Huwi, ac wedyn Siaci."])
def test_welsh_spoken_first_names_are_names(text: str) -> None:
    # a public figure's first word (Robat Arwyn) is read as a phrase's head; alone it must still be a name
    assert words_of("person-name", text, "cy")


def test_a_welsh_flat_in_the_body_tracks_its_block_into_the_title(make_library) -> None:
    # "Fflat 6, Llys Tegwared" was tracked whole; the block's own name comes back mutated in the title
    body = "Wedyn daeth cynnig o Fflat 6, Llys Tegwared, y bloc newydd yn y pentre.\n"
    title = '"O\'r pentre i Lys Tegwared"'  # no home word of its own: only the tracker finds the block here
    content = make_library({"stories/a.cy.md": story_text("mm-2026-001", body=body, lang="cy", title=title)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    found = {(f.category, f.text, f.rule) for f in result.library.findings if f.is_error}
    assert ("address", "Lys Tegwared", "privacy.address.tracked") in found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Mi ffoniodd Biniam ddoe, ac roedd o'n hapus.", "cy", "Biniam"),
        ("Yesterday Kieffer said he would come to the group.", "en", "Kieffer"),
    ],
)
def test_a_public_figures_given_name_alone_is_still_a_name(text: str, lang: str, name: str) -> None:
    # the words of public names are quiet on their own; a public figure's first word is a given name, and is not
    assert name in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Dawit wore his Biniam Girmay T-shirt to the fire.", "en"), ("He has a Kieffer Moore shirt.", "en")],
)
def test_the_public_figure_in_full_is_still_no_one(text: str, lang: str) -> None:
    assert not words_of("person-name", text, lang) or words_of("person-name", text, lang) == ["Dawit"]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("He gave me the back door keypad too, 4719 then the tick, every Tuesday.", "en", "4719 then the tick"),
        ("The code for the stair door went on her file as 7319 then the bell.", "en", "7319 then the bell"),
        ("Cod y drws cefn ydi 3381 wedyn y botwm gwyrdd.", "cy", "3381 wedyn y botwm gwyrdd"),
        ("The key safe by the back door was changed to 4 0 5 8, and only the nurses know.", "en", "4 0 5 8"),
        ("Mae'r bocs goriad wrth y drws cefn wedi newid i 7731 rŵan.", "cy", "7731"),
    ],
)
def test_codes_told_with_the_key_pressed_last_or_a_clause_before_them(text: str, lang: str, words: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We waited 10 minutes then the bell went for dinner.", "en"),
        ("The key safe by the back door went in in 2019 after the fall.", "en"),
        ("Mae'r bocs goriad wedi bod yno ers 2019.", "cy"),
    ],
)
def test_a_wait_before_a_bell_or_the_year_a_key_safe_went_in_is_no_code(text: str, lang: str) -> None:
    assert not words_of("other-id", text, lang)
