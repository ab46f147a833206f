"""Round 4 of recall on details as practitioners write them, in English and Welsh (issue 15).

Every sentence is invented for this file and none is copied from the hand-written benchmark.
Each pattern is checked in both languages, next to decoys that must not be flagged: a group or an
idea "born" in a year, decades, public bodies, allowed helplines, shops named with "&", months and
years of events, common abbreviations written with full stops, rooms of public buildings.
"""

from __future__ import annotations

import pytest

from storysite.privacy import scan_text

FINDS = [
    # Dates of birth pasted from case notes, the cue glued to its date or with a year in brackets.
    ("en", "Referral reads: Ceridwen Harries, b. 03.11.1939, lives alone.", "date-of-birth", "03.11.1939"),
    ("en", "Mr Pugh (b.4/9/41) was seen at home.", "date-of-birth", "4/9/41"),
    ("en", "DOB 7-2-52, widowed, two sons.", "date-of-birth", "7-2-52"),
    ("en", "Glenys Howells (b. 1938) still plays the organ.", "date-of-birth", "1938"),
    ("cy", "Cofnod: Gwenllian Rhys, g. 14.02.1937, gweddw.", "date-of-birth", "14.02.1937"),
    ("cy", "Mr Parri (g.3/8/46) yn byw ar ei ben ei hun.", "date-of-birth", "3/8/46"),
    ("cy", "Eirwen Bowen (g.1941) yw'r hynaf yn y côr.", "date-of-birth", "1941"),
    # ... a shortened month's full stop does not end the sentence.
    ("en", "The form says born 30th Sept. 1942 in Tonypandy.", "date-of-birth", "1942"),
    ("en", "She was born on 4 Jan. 1950, the eldest of six.", "date-of-birth", "1950"),
    # The birth verb a few words from its date, and a festival with its year.
    ("en", "He was born, his sister thinks, on 9 April 1947.", "date-of-birth", "9 April 1947"),
    ("en", "Gethin was born on Boxing Day 1951 in the front room.", "date-of-birth", "Boxing Day 1951"),
    ("cy", "Cafodd ei eni, yn ôl ei chwaer, ar 9 Ebrill 1947.", "date-of-birth", "9 Ebrill 1947"),
    ("cy", "Ganwyd Elwyn ar Ddydd Nadolig 1941 yn y ffermdy.", "date-of-birth", "1941"),
    # The birth year alone right after its cue.
    ("en", "She was born in 1938, the year the pit closed.", "date-of-birth", "1938"),
    ("en", "Born 1929, Edna still does her own shopping.", "date-of-birth", "1929"),
    ("cy", "Ganwyd hi yn 1938, blwyddyn cau'r pwll.", "date-of-birth", "1938"),
    ("cy", "Cafodd ei eni ym 1944 yn Aberdâr.", "date-of-birth", "1944"),
    # A year of birth written as a field.
    ("en", "Year of birth: 1941. Lives with her son.", "date-of-birth", "1941"),
    ("en", "YOB 1941, widowed, no carers.", "date-of-birth", "1941"),
    ("cy", "Blwyddyn geni: 1941. Yn byw gyda'i mab.", "date-of-birth", "1941"),
    ("cy", "Ei blwyddyn geni oedd 1941, medd y ffurflen.", "date-of-birth", "1941"),
    # A birth certificate, and an age someone is on a day.
    ("en", "Her birth certificate says 12 May 1950.", "date-of-birth", "12 May 1950"),
    ("cy", "Mae ei thystysgrif geni yn dweud 12 Mai 1950.", "date-of-birth", "12 Mai 1950"),
    ("cy", "Mae Nest yn 90 oed ar 3 Mawrth, ac mae hi'n gwybod hynny.", "date-of-birth", "3 Mawrth"),
    # Housing and case references with a spaced slash or a hyphenated prefix, in both word orders.
    ("en", "Housing reference HR 2026 / 04417 was quoted on the phone.", "other-id", "HR 2026 / 04417"),
    ("en", "The works order WO 2025 / 1182 went in on Monday.", "other-id", "WO 2025 / 1182"),
    ("en", "Pupil ref PRU-CW 2211 is on the attendance sheet.", "other-id", "PRU-CW 2211"),
    ("cy", "Mae cyfeirnod tai HR 2026 / 04417 ar y llythyr.", "other-id", "HR 2026 / 04417"),
    ("cy", "Cafodd y gwaith ei gofnodi dan rif HR 2025 / 77120.", "other-id", "HR 2025 / 77120"),
    ("cy", "Cyfeirnod y disgybl yw UCD-BG 3105.", "other-id", "UCD-BG 3105"),
    # An account ending, and a collar number a few words after its label.
    ("en", "The statement showed the account ending 4471.", "other-id", "4471"),
    ("en", "His collar number was 2290, she wrote it down.", "other-id", "2290"),
    ("cy", "Mae'r cyfrif banc yn gorffen â 5521.", "other-id", "5521"),
    ("cy", "Rhif coler y plismon oedd 2290.", "other-id", "2290"),
    # Old number plates named with the car, handles written without "@" after their platform.
    ("en", "He still has his dad's old Morris, ABC 123D, in the shed.", "other-id", "ABC 123D"),
    ("cy", "Mae ganddo hen Forris, ABC 123D, yn y sied.", "other-id", "ABC 123D"),
    ("en", "His Snapchat is gaz_jones99 and his mam checks it.", "other-id", "gaz_jones99"),
    ("cy", "Mae hi ar TikTok fel bryn.ffermio bob nos.", "other-id", "bryn.ffermio"),
    # Police officers by number, a card's last digits after "no.", a key-safe code that looks like a year.
    ("en", "Police officer 2290 attended and took a statement.", "other-id", "2290"),
    ("cy", "Daeth swyddog heddlu 2290 draw gyda'r nos.", "other-id", "2290"),
    ("en", "Account no. ending 9921 was the one used.", "other-id", "9921"),
    ("cy", "Cod y blwch allweddi yw 1944.", "other-id", "1944"),
    # Labels a few words from their number, a ward named in lower case, police incident numbers.
    ("cy", "Y rhif ar ei bathodyn glas yw BB 20 4471 9.", "other-id", "4471"),
    ("en", "The door code for the flat is 4471.", "other-id", "4471"),
    ("cy", "Rhif digwyddiad yr heddlu oedd 0412 o 3 Mawrth.", "other-id", "0412"),
    ("cy", "Roedd o yng ngwely 6 ar ward Alaw am bythefnos.", "other-id", "gwely 6"),
    ("en", "She was in bed 6 on ward Alaw for a fortnight.", "other-id", "bed 6"),
    # A named care home, before "care home" in English and after "cartref gofal" in Welsh.
    ("en", "She moved into Llys Gwyn care home last spring.", "address", "Llys Gwyn"),
    ("en", "Night staff at Hafod Lon Residential Home noticed first.", "address", "Hafod Lon"),
    ("cy", "Symudodd i gartref gofal Llys Gwyn y llynedd.", "address", "Llys Gwyn"),
    ("cy", "Mae hi yng nghartref nyrsio Tŷ Hafan ers mis Mai.", "address", "Tŷ Hafan"),
    # A home named beside its word: "her home, X," and "X, the farm ...".
    ("en", "We met at her home, Brynhyfryd, on Thursday.", "address", "Brynhyfryd"),
    ("en", "He came to us from Ty'n-y-Fedw, the farm above the village.", "address", "Ty'n-y-Fedw"),
    ("en", "Mam is still in Ffynnon Wen, the house she was born in.", "address", "Ffynnon Wen"),
    ("cy", "Aethon ni i'w chartref, Brynhyfryd, ddydd Iau.", "address", "Brynhyfryd"),
    ("cy", "Mae Mam yn dal yn Ffynnon Wen, y tŷ lle cafodd ei magu.", "address", "Ffynnon Wen"),
    ("cy", "Does dim signal yn ffermdy Blaen-nant.", "address", "Blaen-nant"),
    # A place's name made a farm's by "isaf", "uchaf" or "ganol".
    ("en", "Their farm is the last house down Penlan-isaf, past the ford.", "address", "Penlan-isaf"),
    ("cy", "Mae o'n byw ym Mhenlan Isaf ers priodi.", "address", "Mhenlan Isaf"),
    # A house named after a person with a head that is not a first name itself.
    ("en", "He has been a night carer at Plas Gwenllian for years.", "address", "Plas Gwenllian"),
    # Homes placed by a landmark: next to, over, beside, in a row of flats.
    ("en", "The house opposite the Railway Inn is hers.", "address", "Railway Inn"),
    ("en", "They rent the cottage next to the chapel in Cwm Ifor.", "address", "cottage next to"),
    ("en", "She lives in the flats opposite Bethesda chapel.", "address", "flats opposite"),
    ("cy", "Mae hi'n byw yn y tŷ gyferbyn â thafarn y Llew Coch.", "address", "Llew Coch"),
    ("cy", "Mae'n byw yn y bwthyn drws nesaf i'r capel yng Nghwm Ifor.", "address", "bwthyn drws nesaf"),
    # ... past a landmark, someone "in" or "from" the house, a neighbour's house.
    ("en", "Her neighbour from the last house past the garage keeps a key.", "address", "house past the garage"),
    ("en", "His sister, in the flats behind Seion chapel, rang twice.", "address", "flats behind Seion"),
    ("cy", "Daeth Wil o'r tŷ olaf heibio i'r garej â'r allwedd.", "address", "tŷ olaf heibio"),
    ("cy", "Mae ei chwaer, yn y fflatiau tu ôl i gapel Seion, wedi ffonio.", "address", "fflatiau tu ôl"),
    # Initials standing for a person.
    ("en", "At the club he is just J.P. to everyone.", "person-name", "J.P."),
    ("cy", "Yn y clwb, D.J. yw e i bawb.", "person-name", "D.J."),
]

PASSES = [
    # A group or an idea born in a year, a decade, a year that is not a birth.
    ("en", "The choir was born in 1998 over a cup of tea."),
    ("cy", "Ganwyd y syniad yn 2019 mewn caffi ym Mangor."),
    ("en", "Everyone born in the 1950s remembers the coronation."),
    ("en", "The club was founded in 1950 and still meets."),
    ("en", "Year 6 went to the farm in 2024."),
    ("en", "We drove through Penlan Uchaf to the coast."),
    ("cy", "Aeth Blwyddyn 6 i'r fferm yn 2024."),
    ("cy", "Cafodd y clwb ei sefydlu yn 1950."),
    ("en", "In May 2019 the group moved to the library."),
    ("cy", "Ym mis Mai 2019 symudodd y grŵp i'r llyfrgell."),
    ("cy", "Mae Capel Bethel yn 150 oed ar 3 Mehefin."),
    # Brackets and references that are not people's.
    ("en", "The hall (built 1938) is cold in winter."),
    ("en", "She lent me the book (b. 2001 edition is out of print)."),
    ("en", "The route is 24 / 7 and the bus is the X4."),
    # Platforms and police with no handle or number of anyone's.
    ("en", "Instagram is where she posts her baking."),
    ("en", "Facebook is 20 years old and so is the group."),
    ("en", "On Facebook as Age.Cymru they answer quickly."),
    ("en", "The police officer 2 doors down waved."),
    # Shops, public bodies, common abbreviations, rooms and wards in public buildings.
    ("en", "We met at Marks & Spencer for a coffee."),
    ("cy", "Buon ni yn Marks & Spencer am baned."),
    ("en", "Social Services and Age Cymru helped with the forms."),
    ("en", "She had P.E. on Tuesdays and R.E. on Fridays."),
    ("en", "He walked across the ward to the window."),
    ("cy", "Cerddodd ar draws y ward at y ffenest."),
    ("en", "Room 4 at the library is free on Tuesdays."),
    ("en", "The code for the car park changes in 2026."),
    ("cy", "Mae'r rhif ar y bws yn 42 heddiw."),
    ("en", "The care home manager rang the ward."),
    ("en", "Her daughter wants a Bangor care home, not a Caernarfon one."),
    ("cy", "Roedd y cartref gofal yn brysur."),
    ("en", "We went to the Railway Inn for lunch."),
    ("cy", "Aethon ni i'r Llew Coch am ginio."),
    ("en", "The cottage at the end of the lane had a red door."),
    ("en", "We walked past the chapel to the house and back."),
    ("en", "The shop past the bridge sells bread."),
    ("cy", "Aethon ni heibio i'r capel ac adre."),
]

# A helpline a reviewer has allowed is not flagged.
ALLOWED = [
    ("en", "She rang Samaritans on 116 123 that night.", ["116 123"]),
    (
        "cy",
        "Ffoniodd hi Linell Gymorth Byw Heb Ofn ar 0808 80 10 800.",
        ["Linell Gymorth Byw Heb Ofn", "0808 80 10 800"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[1][:30]}" for f in FINDS])
def test_flags(lang: str, text: str, category: str, words: str) -> None:
    found = scan_text(text, lang)
    at = text.index(words)
    hits = [d for d in found if d.category == category and d.start < at + len(words) and at < d.end]
    assert hits, f"expected {category} over {words!r}; got {[(d.category, d.text) for d in found]}"


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[f"{p[0]}:{p[1][:30]}" for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    found = scan_text(text, lang)
    assert not found, [(d.category, d.text) for d in found]


@pytest.mark.parametrize(("lang", "text", "allow"), ALLOWED, ids=[a[0] for a in ALLOWED])
def test_allowed_helpline_passes(lang: str, text: str, allow: list[str]) -> None:
    assert not scan_text(text, lang, allow=allow)


def test_initials_inside_a_longer_abbreviation_are_not_a_name() -> None:
    found = scan_text("She had the number for C.A.L.L. on her fridge.", "en")
    assert not [d for d in found if d.category == "person-name"]


def test_a_birth_year_span_runs_from_its_cue() -> None:
    found = scan_text("Ganwyd hi yn 1938 ym Mlaenau.", "cy")
    assert [(d.category, d.text) for d in found if d.category == "date-of-birth"] == [
        ("date-of-birth", "Ganwyd hi yn 1938")
    ]


def test_a_landmark_home_stops_before_the_verb() -> None:
    found = scan_text("The house opposite the Railway Inn is hers.", "en")
    assert [(d.category, d.text) for d in found] == [("address", "The house opposite the Railway Inn")]


def test_a_care_home_name_keeps_its_words_and_not_the_kind() -> None:
    found = scan_text("Dad went into The Beeches nursing home in March.", "en")
    assert [(d.category, d.text) for d in found] == [("address", "Beeches")]
