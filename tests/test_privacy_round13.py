"""Identifying details, rounds thirteen and fourteen: a school or home found once is flagged where it comes back,
and details as case notes, forms and systems write them.

Tuned on the development corpus only (benchmarks/privacy/real/dev); each pattern in both languages, with
the look-alikes that must stay unflagged.
"""

from __future__ import annotations

import pytest
from conftest import TODAY, story_text
from privacy_cases import found_in, story_findings

from storysite.build import build_site


def _findings(make_library, body: str, lang: str = "en", title: str | None = None) -> set[tuple[str, str, str]]:
    content = make_library({f"stories/a.{lang}.md": story_text("mm-2026-001", body=body, lang=lang, title=title)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    return {(f.category, f.text, f.rule) for f in result.library.findings if f.is_error}


def test_a_nursery_named_in_full_is_found_again_by_its_name_alone(make_library) -> None:
    body = "Jac started at Little Owls Day Nursery in Newtown in May. Little Owls was forty minutes away by car."
    assert ("school", "Little Owls") in story_findings(make_library, body)


def test_a_welsh_school_named_in_full_is_found_again_mutated(make_library) -> None:
    body = "Mae Gwen yn mynd i Ysgol Gynradd Bryn Tirion ers mis Medi. Mae hi’n hapus ym Mryn Tirion erbyn hyn."
    assert ("school", "Mryn Tirion") in story_findings(make_library, body, "cy")


def test_a_home_in_the_body_is_found_in_the_title(make_library) -> None:
    body = "Dai lives at Glyn Teg in the hills above the village, and walks the dogs every day."
    found = _findings(make_library, body, title='"Back home to Glyn Teg"')
    assert ("address", "Glyn Teg", "privacy.address.tracked") in found


def test_a_school_in_the_body_is_found_in_the_welsh_title(make_library) -> None:
    body = "Mae Kai wedi dechrau yng Ngholeg Cwm Eithin ym mis Medi, ac mae o wrth ei fodd."
    found = _findings(make_library, body, "cy", title='"Diwrnod cyntaf Cwm Eithin"')
    assert ("school", "Cwm Eithin", "privacy.school.tracked") in found


def test_an_allowed_name_is_not_flagged_where_it_comes_back(make_library) -> None:
    text = story_text("mm-2026-001", body="Dai lives at Glyn Teg, above the village.", title='"Back home to Glyn Teg"')
    text = text.replace("\ntype:", '\nallow: ["Glyn Teg"]\ntype:', 1)
    content = make_library({"stories/a.en.md": text})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    assert not [f for f in result.library.findings if f.is_error and f.category == "address"]


def test_a_welsh_farm_found_once_is_found_again_after_a_mutating_word(make_library) -> None:
    body = "Mae Ifor yn byw yn Nhyddyn Isaf ers hanner can mlynedd. Aeth o adre i Dyddyn Isaf ar ôl y Nadolig."
    found = {(c, t) for c, t, _ in _findings(make_library, body, "cy")}
    assert ("address", "Dyddyn Isaf") in found


def test_the_town_a_school_is_named_for_is_not_flagged_where_it_is_the_town(make_library) -> None:
    body = "Cerys goes to Ysgol Llanfynydd now. On Saturdays the family shops in Llanfynydd and has chips by the river."
    found = story_findings(make_library, body)
    assert ("school", "Ysgol Llanfynydd") in found
    assert not {words for _, words in found} & {"Llanfynydd"}


# --- case notes, forms and systems (storysite/privacy/case_notes.py) -----------------------------------------

DETAILS = [
    # dates of birth after a shortened cue, with the month in words, a festival or a two-figure year
    ("en", "Mr Pugh (b. Gorff. 1940) farmed all his life.", "date-of-birth", "b. Gorff. 1940"),
    ("cy", "Mae Marged yn 84 (g. Calan Mai '42) ac yn byw ar ei phen ei hun.", "date-of-birth", "g. Calan Mai '42"),
    ("cy", "Mae Rhys yn 20 (d/g 11eg Hyd. 2005) ac mewn gofal maeth.", "date-of-birth", "d/g 11eg Hyd. 2005"),
    ("cy", 'O\'r nodyn trosglwyddo: "G: 9/7/16. Ward Seren Fôr."', "date-of-birth", "G: 9/7/16"),
    ("en", "Harri (b. 2 Jan 19) is in Year 2.", "date-of-birth", "b. 2 Jan 19"),
    ("en", 'Old case-note line: "b.19940801, attended the unit".', "date-of-birth", "b.19940801"),
    (
        "en",
        "He wrote his date of birth as '3rd of the 9th, 2010' on the form.",
        "date-of-birth",
        "3rd of the 9th, 2010",
    ),
    ("en", "Ken was born Boxing Day '43, so he never had a proper birthday.", "date-of-birth", "born Boxing Day '43"),
    ("cy", "Ganwyd o 'chydig ddyddia cyn Dolig 1934, medda fo.", "date-of-birth", "Dolig 1934"),
    ("cy", "Mae Darren yn 29 (d.o.b. 17·3·97 ar y ffurflen).", "date-of-birth", "17·3·97"),
    ("en", "Tia is 13 (7th Aug. 2012 on her form, in her own writing).", "date-of-birth", "7th Aug. 2012"),
    ("en", "Mia-Rose, whose birthday is the 1st of June, has started nursery.", "date-of-birth", "the 1st of June"),
    # identifiers
    ("cy", "Cerdyn Gofalwr Ifanc Môn rhif GIM 2231, ac mae hi'n ei gario.", "other-id", "GIM 2231"),
    ("en", "She was given a Young Carers ID card, number YC 0773, for school.", "other-id", "YC 0773"),
    ("cy", "Mae'r Bathodyn Glas wedi'i adnewyddu (rhif CB 0419 7732 2).", "other-id", "CB 0419 7732 2"),
    ("en", "The vet's forms have the flock as UK 0704218 still.", "other-id", "UK 0704218"),
    ("cy", "Ar y clawr, rhif daliad y fferm, 23/447/0091, a'r dyddiad.", "other-id", "23/447/0091"),
    ("cy", "Mae o'n dal ar y system fel CLL/0932-B ond mae o'n ei alw'n 'y plan'.", "other-id", "CLL/0932-B"),
    ("en", "The family was heard at MARAC under ref MARAC 25/118 in May.", "other-id", "MARAC 25/118"),
    ("en", "The Wi-Fi code was on the router in tiny print, 7HKQ-29MW-PX.", "other-id", "7HKQ-29MW-PX"),
    ("en", "His notes say 'RiO 7741092, no fixed abode'.", "other-id", "RiO 7741092"),
    ("en", "Tom's DBS certificate is 001745228813, which Rhys keeps safe.", "other-id", "001745228813"),
    ("en", "His Snapchat, afan.lad.x, was full of videos.", "other-id", "afan.lad.x"),
    ("en", "He plays on his Xbox as SevernSideSpeedrun most nights.", "other-id", "SevernSideSpeedrun"),
    ("en", "He was on Cedar 3, cell 14 then.", "other-id", "cell 14"),
    ("en", "His whole life was bed 3 by the window and locker 22 in the corridor.", "other-id", "locker 22"),
    # homes, schools, names
    ("en", "She and her husband farm Upper Bryngwyn, at the end of the lane.", "address", "Upper Bryngwyn"),
    ("en", "He grew up at Lower Trewern, his parents' farm, near Welshpool.", "address", "Lower Trewern"),
    ("en", "Her head of year at Tredegar Comp noticed she was tired.", "school", "Tredegar Comp"),
    ("cy", "Roedd Cai gynt yn y gynradd yn Rhiwfawr.", "school", "gynradd yn Rhiwfawr"),
    ("cy", "Roedd Mabli yn mynd i'r cylch yn Llan pan oedd hi'n dair.", "school", "cylch yn Llan"),
    ("cy", "Dwy hogan o ysgol fach Llanddona oedden nhw.", "school", "ysgol fach Llanddona"),
    ("cy", "Aethon nhw i Ti a Fi Festri Soar bob dydd Mercher.", "school", "Ti a Fi Festri Soar"),
    (
        "en",
        "They went to Canolfan Iaith y Gors Fach, the language centre, for a term.",
        "school",
        "Canolfan Iaith y Gors Fach",
    ),
    ("cy", "Yn ôl yn YGG Tan-yr-Allt, mae'r dosbarth wedi cadw'i chadair.", "school", "YGG Tan-yr-Allt"),
    ("en", "He went to Bryn Hedd, the PRU, for a term.", "school", "Bryn Hedd"),
    ("en", "Everyone here calls him Macca, and the regulars ask for him.", "person-name", "Macca"),
    ("cy", "Mae fy nhiwtor, Sam, yn deud bo fi'n un o'r goreuon.", "person-name", "Sam"),
    # round fourteen (dev batch 8)
    ("en", "The wheelchair came from the store on loan JES 4418/K in January.", "other-id", "JES 4418/K"),
    ("en", "I know the flock mark, UK 0 721644, by heart.", "other-id", "UK 0 721644"),
    ("en", "She got me a carer's card — the number's PC-0617/W — and a sitter.", "other-id", "PC-0617/W"),
    ("en", "She is 87 (b. Hogmanay '38) and lives in sheltered housing.", "date-of-birth", "b. Hogmanay '38"),
    ("cy", "Cafodd ei geni ar Sul y Blodau 1939, medde hi.", "date-of-birth", "Sul y Blodau 1939"),
    ("en", "He sold the last of the herd (herd no. 37 006 1184) in 2023.", "other-id", "37 006 1184"),
    ("en", "Her student card says C2451187 and she took a photo of it.", "other-id", "C2451187"),
    ("en", "The visiting orders come with his number on them, VO 3381 027.", "other-id", "VO 3381 027"),
    ("en", "Elwyn was born at Cwm-yr-Hendre at Michaelmas, 1937.", "address", "Cwm-yr-Hendre"),
    ("en", "Elwyn was born at Cwm-yr-Hendre at Michaelmas, 1937.", "date-of-birth", "Michaelmas, 1937"),
    ("en", "Her birthday is April Fools' Day, 2007, so no jokes please.", "date-of-birth", "April Fools' Day, 2007"),
    ("en", "He goes to the workshop block at the Trelái campus on Thursdays.", "school", "Trelái"),
    ("en", "He left Llanfair Grammar at fourteen to work the farm.", "school", "Llanfair Grammar"),
    ("en", "Six weeks in Swansea, then back to Pen-y-Fai Juniors.", "school", "Pen-y-Fai Juniors"),
    ("cy", "Cod y bocs goriad ydi 3 3 8 0, ac mi roedd hi wedi arfer.", "other-id", "3 3 8 0"),
    ("en", "Bed downstairs, commode. Key safe 1-9-7-3. NOK wife.", "other-id", "1-9-7-3"),
    ("cy", "Roedd yr heddlu wedi'i symud (PC 2931 oedd y swyddog).", "other-id", "2931"),
    ("cy", "Ges i'r gwiriad DBS (rhif tystysgrif 0019 4455 8821) wedyn.", "other-id", "0019 4455 8821"),
    ("cy", "Mae ei fathodyn gyrrwr hacni, HD 0771, ar linyn am ei wddf.", "other-id", "HD 0771"),
    ("cy", "Mae o'n gwisgo breichled larwm (dyfais TX-0388-B) ers mis.", "other-id", "TX-0388-B"),
    ("cy", "Mae'r dôn yn ei ffeil (cofnod PYY/HEF/0089 ar y system).", "other-id", "PYY/HEF/0089"),
    ("cy", "Asesiad gofalwr (cyf. AAG/MÔN/3320) ac oriau'r cynorthwyydd.", "other-id", "AAG/MÔN/3320"),
    ("cy", "\"Y noson gynta',\" meddai Gerwyn Bach, sy'n canu ail denor.", "person-name", "Gerwyn Bach"),
    ("cy", "Mae'n 81, wedi'i eni adeg Ffair Gaeaf Llanfair, '44, ac yn byw ar ei ben ei hun.", "date-of-birth", "'44"),
    ("cy", "Ganwyd hi ar Sul Diolchgarwch, Hydref 1934, yn y Rhondda.", "date-of-birth", "Sul Diolchgarwch"),
    ("cy", "Bu'n byw ar soffa ei fodryb ar Stryt Caer Alun am fis.", "address", "Stryt Caer Alun"),
    ("cy", "Bu yn Uned Trochi Llys Eifion am dymor i gael y Gymraeg.", "school", "Uned Trochi Llys Eifion"),
    ("cy", "Cafodd Deio le yng Nghanolfan Adnoddau Glan Ystwyth o fis Ionawr.", "school", "Glan Ystwyth"),
    ("cy", "Es i i'r coleg yn 1997 a byw yn Neuadd Carreg Las y flwyddyn gynta'.", "school", "Neuadd Carreg Las"),
    ("en", "She went to meet the coach, Gary 'Sparky' Thomas, at the gym.", "person-name", "Gary 'Sparky' Thomas"),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), DETAILS)
def test_details_as_case_notes_and_forms_write_them_are_found(lang: str, text: str, category: str, words: str) -> None:
    found = found_in(text, lang)
    assert any(c == category and words in w for c, w in found), found


LOOK_ALIKES = [
    ("en", "We met on 2 Jan 19 of them came to the hall."),
    ("en", "e.g. 12/03/2024 was the date of the visit."),
    ("en", "We sang carols on Christmas Day '43 in the chapel, the old men said."),
    ("en", "The hall seats 1,250 people, the roof is 12.5 metres high and it cost £2,500,000."),
    ("en", "She lives in the UK 365 days a year now."),
    ("en", "The M4 J32-J33 roadworks made everyone late."),
    ("en", "I've known Ann about two years, and she knows Glenys from chapel."),
    ("en", "We went to Cardiff, the capital, for a day."),
    ("en", "We met in room 4 and room 5 at the centre, with the group."),
    ("en", "The song is called Myfanwy, and the club called it a night."),
    ("cy", "Mi wnaethon ni eistedd mewn cylch yn yr ardd."),
    ("cy", "Roedd 24/7 o ofal ar gael, a chafodd hi £1,250 o grant."),
    ("cy", "Mae'r poster yn rhoi rhif DAN 24/7 i bawb."),
    ("en", "We met on the campus, and it was May Day in 1984."),
    ("en", "She was born in Bangor Hospital, like her mother."),
    ("en", "It is red, because \"Fireman Sam's engine is red\", and better than Paul Hollywood's."),
    ("en", "He watched the poster of Howard Winstone and asked about Los Angeles."),
    ("cy", "Mae Cwm Bach yn hardd, a chanon ni Sosban Fach; aeth o i'r tŷ bach."),
    ("cy", "Fe aeth e i fyw ar Pot Noodle am wythnos, medde fe."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_the_look_alikes_of_case_notes_are_left_alone(lang: str, text: str) -> None:
    assert not found_in(text, lang) - {("person-name", w) for w in ("Ann", "Glenys", "Myfanwy")}


def test_a_nickname_in_quotation_marks_is_flagged_where_it_comes_back(make_library) -> None:
    body = "Jac met the coach, Gary 'Sparky' Thomas, in May.\n\nAfter two months Sparky got him registered to box."
    assert ("person-name", "Sparky") in story_findings(make_library, body)


def test_the_nickname_written_as_a_word_in_lower_case_is_not_a_name(make_library) -> None:
    body = "Jac met the coach, Gary 'Sparky' Thomas, in May.\n\nThe sparky came to fix the lights in the gym."
    assert ("person-name", "sparky") not in story_findings(make_library, body)
