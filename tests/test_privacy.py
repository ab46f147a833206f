"""Identifying-details detector: tables of what it must find and what it must leave alone."""

from __future__ import annotations

import pytest

from storysite.privacy import scan_text

# (text, lang, category, the words the detection must cover)
MUST_FIND = [
    # --- person-name: full names, titles ---------------------------------------------------
    ("We met Rhys Jones at the day centre.", "en", "person-name", "Rhys Jones"),
    ("Mae Siân Pritchard yn byw gerllaw.", "cy", "person-name", "Siân Pritchard"),
    ("The referral came from Mrs Davies.", "en", "person-name", "Mrs Davies"),
    ("Mr Ahmed rang the office.", "en", "person-name", "Ahmed"),
    ("Miss Parry runs the choir.", "en", "person-name", "Parry"),
    ("Ms Okafor joined the team.", "en", "person-name", "Okafor"),
    ("Dr Patel reviewed the medication.", "en", "person-name", "Patel"),
    ("Dr. Hughes agreed.", "en", "person-name", "Hughes"),
    ("Cynhaliodd y Parch. Huw Williams y gwasanaeth.", "cy", "person-name", "Huw Williams"),
    ("Daeth Y Parchedig Elfed Lewis i'r cartref.", "cy", "person-name", "Elfed Lewis"),
    ("Siaradodd Yr Athro Gwenllian Morgan yn y gynhadledd.", "cy", "person-name", "Gwenllian Morgan"),
    ("Roedd Mrs Pugh drws nesaf yn garedig.", "cy", "person-name", "Pugh"),
    ("We wrote to J. Smith about the visit.", "en", "person-name", "Smith"),
    # --- person-name: first names in context -----------------------------------------------
    ("Her son Tobias came to visit.", "en", "person-name", "Tobias"),
    ("His granddaughter Lily set up the tablet.", "en", "person-name", "Lily"),
    ("Mae ei mab Rhys yn galw bob dydd.", "cy", "person-name", "Rhys"),
    ("Mae ei fab Dafydd yn byw yn Llanelli.", "cy", "person-name", "Dafydd"),
    ("Roedd ei wyres Efa yn ymweld.", "cy", "person-name", "Efa"),
    ("A neighbour called Ignatius started calling in.", "en", "person-name", "Ignatius"),
    ("Her cat is named Biscuit but her nephew is named Lorcan.", "en", "person-name", "Lorcan"),
    ("Daeth cymydog o'r enw Gwydion i alw.", "cy", "person-name", "Gwydion"),
    ("Ei ŵyr hynaf, sef Caradog, sy'n helpu.", "cy", "person-name", "Caradog"),
    ('"I feel like myself again," said Ignatius.', "en", "person-name", "Ignatius"),
    ("Lorcan said the garden made all the difference.", "en", "person-name", "Lorcan"),
    ('"Dwi\'n hapus," meddai Rhodri.', "cy", "person-name", "Rhodri"),
    ("Dywedodd Gwydion fod y daith yn werth chweil.", "cy", "person-name", "Gwydion"),
    ("Her support worker Dafydd helped with the forms.", "en", "person-name", "Dafydd"),
    ("The social worker, Bronwen, arranged a review.", "en", "person-name", "Bronwen"),
    ("Helpodd ei gweithiwr cymdeithasol, Siân, gyda'r ffurflenni.", "cy", "person-name", "Siân"),
    ("Mae ei gweithiwr cymorth Iestyn yn dod bob dydd Llun.", "cy", "person-name", "Iestyn"),
    ("Rhys's confidence grew week by week.", "en", "person-name", "Rhys"),
    ("Ignatius's confidence grew week by week.", "en", "person-name", "Ignatius"),
    ("Mae Dafydd yn hoffi canu.", "cy", "person-name", "Dafydd"),
    ("Mae Trefor yn hoffi canu.", "cy", "person-name", "Trefor"),
    ("Megan went swimming on Tuesday.", "en", "person-name", "Megan"),
    # Names that are also ordinary words count with a cue.
    ("Her granddaughter Grace visits on Saturdays.", "en", "person-name", "Grace"),
    ("Her daughter Rose lives nearby.", "en", "person-name", "Rose"),
    ("His son Will drove him there.", "en", "person-name", "Will"),
    ("May said it was the best day in years.", "en", "person-name", "May"),
    ("Hope told us she felt listened to.", "en", "person-name", "Hope"),
    ("Mark's wife rang the team.", "en", "person-name", "Mark"),
    ("His brother Bill came too.", "en", "person-name", "Bill"),
    ("Mae ei merch Haf yn byw yng Nghaerdydd.", "cy", "person-name", "Haf"),
    ("Dywedodd Eira fod y diwrnod yn wych.", "cy", "person-name", "Eira"),
    ("Roedd ei chwaer Gwen yno hefyd.", "cy", "person-name", "Gwen"),
    ("Grace Evans joined the lunch club.", "en", "person-name", "Grace Evans"),
    # Welsh mutations do not hide a name.
    ("Anfonodd y llythyr at Fegan.", "cy", "person-name", "Fegan"),
    ("Siaradon ni â Chatrin am y symud.", "cy", "person-name", "Chatrin"),
    ("Rhoddodd y tîm alwad i Ddafydd.", "cy", "person-name", "Ddafydd"),
    ("Cafodd y syniad ei awgrymu gan Ruffydd.", "cy", "person-name", "Ruffydd"),
    ("She wrote i Fegan in Welsh.", "en", "person-name", "Fegan"),
    # --- address -----------------------------------------------------------------------------
    ("She moved to 12 Heol y Parc last year.", "en", "address", "12 Heol y Parc"),
    ("Her address is Flat 3, 10 High Street, Bangor.", "en", "address", "Flat 3, 10 High Street"),
    ("Mae'n byw yn Fflat 2.", "cy", "address", "Fflat 2"),
    ("Symudodd i 5 Stryd Fawr.", "cy", "address", "5 Stryd Fawr"),
    ("Mae hi'n byw yn 8 Lôn Isaf.", "cy", "address", "8 Lôn Isaf"),
    ("Ei chyfeiriad yw 15 Cilgant y Castell.", "cy", "address", "15 Cilgant y Castell"),
    ("Anfonwch y llythyr i 22 Ffordd Penrhos.", "cy", "address", "22 Ffordd Penrhos"),
    ("Mae'r teulu yn 7 Rhodfa'r Môr.", "cy", "address", "7 Rhodfa'r Môr"),
    ("Mae'n byw yn 4 Teras Fictoria.", "cy", "address", "4 Teras Fictoria"),
    ("Symudon nhw i 9 Clos Cefn Coed.", "cy", "address", "9 Clos Cefn Coed"),
    ("They live at 41 Windsor Avenue.", "en", "address", "41 Windsor Avenue"),
    ("Post goes to 3 Station Road.", "en", "address", "3 Station Road"),
    ("The bungalow at 18 Hawthorn Close is level.", "en", "address", "18 Hawthorn Close"),
    ("She moved to 27a Meadow Crescent.", "en", "address", "27a Meadow Crescent"),
    ("He rents Flat 4b, Marine Court.", "en", "address", "Flat 4b, Marine Court"),
    ("She moved to 21 Park Drive.", "en", "address", "21 Park Drive"),
    # --- postcode ----------------------------------------------------------------------------
    ("Her postcode is CF10 3AT.", "en", "postcode", "CF10 3AT"),
    ("Ei chod post yw SA1 1AA.", "cy", "postcode", "SA1 1AA"),
    ("Sent to LL572DG by mistake.", "en", "postcode", "LL572DG"),
    ("The office is at W1A 0AX.", "en", "postcode", "W1A 0AX"),
    ("Write to EC1A 1BB.", "en", "postcode", "EC1A 1BB"),
    ("Home: M1 1AE", "en", "postcode", "M1 1AE"),
    ("Post to GIR 0AA.", "en", "postcode", "GIR 0AA"),
    ("Letters go to BFPO 123.", "en", "postcode", "BFPO 123"),
    # --- phone -------------------------------------------------------------------------------
    ("Call her on 029 2087 1234.", "en", "phone", "029 2087 1234"),
    ("Ffoniwch 01632 960 123 os oes problem.", "cy", "phone", "01632 960 123"),
    ("His mobile is 07700 900456.", "en", "phone", "07700 900456"),
    ("Ring +44 7700 900 456 after six.", "en", "phone", "+44 7700 900 456"),
    ("Her landline (01970) 622400 was cut off.", "en", "phone", "(01970) 622400"),
    ("Text 07700900456 any time.", "en", "phone", "07700900456"),
    ("Tel: +44 (0)29 2087 1234", "en", "phone", "29 2087 1234"),
    # --- email -------------------------------------------------------------------------------
    ("Email her at rhys.jones@example.org please.", "en", "email", "rhys.jones@example.org"),
    ("E-bost: siân_p@gmail.com", "cy", "email", "p@gmail.com"),
    # --- nhs-number --------------------------------------------------------------------------
    ("NHS number 943 476 5919.", "en", "nhs-number", "943 476 5919"),
    ("The letter quoted 943 476 5919.", "en", "nhs-number", "943 476 5919"),
    ("NHS no. 9434765919", "en", "nhs-number", "9434765919"),
    ("Ei rif GIG yw 9434765919.", "cy", "nhs-number", "9434765919"),
    ("Rhif GIG: 943-476-5919", "cy", "nhs-number", "943-476-5919"),
    # --- ni-number ---------------------------------------------------------------------------
    ("NI number: AB 12 34 56 C", "en", "ni-number", "AB 12 34 56 C"),
    ("His National Insurance number is JG103759A.", "en", "ni-number", "JG103759A"),
    ("Rhif Yswiriant Gwladol: CE 11 22 33 D", "cy", "ni-number", "CE 11 22 33 D"),
    # --- date-of-birth -----------------------------------------------------------------------
    ("She was born on 3 March 1985.", "en", "date-of-birth", "3 March 1985"),
    ("DOB: 03/03/1985", "en", "date-of-birth", "03/03/1985"),
    ("D.O.B. 12.06.1974", "en", "date-of-birth", "12.06.1974"),
    ("Date of birth: 1950-07-04", "en", "date-of-birth", "1950-07-04"),
    ("His date of birth is 4th July 1950.", "en", "date-of-birth", "4th July 1950"),
    ("He was born in Wrexham on March 3, 1941.", "en", "date-of-birth", "March 3, 1941"),
    ("She was born in May 1948, just after the war.", "en", "date-of-birth", "May 1948"),
    ("Ganwyd hi ar 3ydd o Fawrth 1985.", "cy", "date-of-birth", "3ydd o Fawrth 1985"),
    ("Ganwyd ef ar 12 Mehefin 1962.", "cy", "date-of-birth", "12 Mehefin 1962"),
    ("Dyn a aned ar y 5ed o Fehefin 1979.", "cy", "date-of-birth", "5ed o Fehefin 1979"),
    ("Dyddiad geni: 12/04/1956", "cy", "date-of-birth", "12/04/1956"),
    ("Ei ddyddiad geni yw 28 Tachwedd 1945.", "cy", "date-of-birth", "28 Tachwedd 1945"),
    ("Cafodd ei geni ar 2il Ionawr 1938 yn Aberdâr.", "cy", "date-of-birth", "2il Ionawr 1938"),
    ("Ganwyd hi ym mis Gorffennaf 1950.", "cy", "date-of-birth", "Gorffennaf 1950"),
    ("Ganwyd ef ar 1 Chwefror 1944.", "cy", "date-of-birth", "1 Chwefror 1944"),
    ("Ganwyd hi ar 9 Ebrill 1931.", "cy", "date-of-birth", "9 Ebrill 1931"),
    ("Ganwyd ef ar 30 Awst 1970.", "cy", "date-of-birth", "30 Awst 1970"),
    ("Ganwyd hi ar 14 Medi 1952.", "cy", "date-of-birth", "14 Medi 1952"),
    ("Ganwyd ef ar 6 Hydref 2008.", "cy", "date-of-birth", "6 Hydref 2008"),
    ("Ganwyd hi ar 25 Rhagfyr 1929.", "cy", "date-of-birth", "25 Rhagfyr 1929"),
    ("Ganwyd ef fis Mehefin 1960.", "cy", "date-of-birth", "Mehefin 1960"),
    ("Ganwyd hi ar 1 Mai 1951.", "cy", "date-of-birth", "1 Mai 1951"),
    ("Roedd ei dyddiad geni (11-4-1956) yn anghywir.", "cy", "date-of-birth", "11-4-1956"),
    # --- school ------------------------------------------------------------------------------
    ("Mae hi ym mlwyddyn 5 yn Ysgol Gynradd Pen-y-bryn.", "cy", "school", "Ysgol Gynradd Pen-y-bryn"),
    ("Aeth i Ysgol Gyfun Gŵyr.", "cy", "school", "Ysgol Gyfun Gŵyr"),
    ("Dechreuodd yn Ysgol Uwchradd Bodedern.", "cy", "school", "Ysgol Uwchradd Bodedern"),
    ("Mae'n mynd i Ysgol y Cymer.", "cy", "school", "Ysgol y Cymer"),
    ("Mae ei frawd yn Ysgol Sant Joseff.", "cy", "school", "Ysgol Sant Joseff"),
    ("Aeth i Ysgol yr Eglwys yng Nghymru Sant Tysilio.", "cy", "school", "Sant Tysilio"),
    ("He is in Year 3 at St Mary's RC Primary.", "en", "school", "St Mary's RC Primary"),
    ("She went to Greenway Primary School.", "en", "school", "Greenway Primary School"),
    ("Staff at Oakfield Infants noticed.", "en", "school", "Oakfield Infants"),
    ("He moved to Parc Junior School.", "en", "school", "Parc Junior School"),
    ("She is at Willows High School.", "en", "school", "Willows High School"),
    ("Fitzalan Comprehensive School has a nurture group.", "en", "school", "Fitzalan Comprehensive School"),
    ("He started at Cathays High in September.", "en", "school", "Cathays High"),
    ("His sister goes to St Joseph's Catholic Primary School.", "en", "school", "St Joseph's"),
    # --- other-id ----------------------------------------------------------------------------
    ("UPN: B801200005001", "en", "other-id", "B801200005001"),
    ("ULN 1234567890", "en", "other-id", "1234567890"),
    ("His Unique Learner Number is 5123456789.", "en", "other-id", "5123456789"),
    ("Driving licence MORGA753116SM9IJ", "en", "other-id", "MORGA753116SM9IJ"),
    ("Rhif trwydded yrru MORGA 753116 SM9IJ", "cy", "other-id", "MORGA 753116 SM9IJ"),
    ("Passport number 123456789", "en", "other-id", "123456789"),
    ("Rhif pasbort: 987654321", "cy", "other-id", "987654321"),
    ("Ref: CS/2024/0113", "en", "other-id", "CS/2024/0113"),
    ("Case no. 48213", "en", "other-id", "48213"),
    ("Case ref ABC-123-45", "en", "other-id", "ABC-123-45"),
    ("Cyfeirnod: GC-2023-778", "cy", "other-id", "GC-2023-778"),
    ("Rhif achos 55123", "cy", "other-id", "55123"),
    ("Rhif cyfeirnod: 2024/0044", "cy", "other-id", "2024/0044"),
    # --- Markdown around the details ---------------------------------------------------------
    (
        "## Background\n\n**Her son Tobias** visits; see [the plan](https://example.org/plan).",
        "en",
        "person-name",
        "Tobias",
    ),
    ("- Call **029 2087 1234**\n- Email rhys@example.org", "en", "phone", "029 2087 1234"),
]

# (text, lang, pseudonyms, allow): nothing here may be flagged.
MUST_NOT_FLAG = [
    # Pseudonyms, and their Welsh mutated forms.
    ("Megan went swimming with her friend.", "en", ["Megan"], []),
    ("Anfonodd y llythyr at Fegan.", "cy", ["Megan"], []),
    ("Siaradon ni â Mhegan.", "cy", ["Megan"], []),
    ("Aeth hi i weld Wen yn y cartref.", "cy", ["Gwen"], []),
    ("Rhoddodd y llyfr i Gatrin.", "cy", ["Catrin"], []),
    ("Siaradon ni â Chatrin.", "cy", ["Catrin"], []),
    ("Mae'n byw yng Nghatrin.", "cy", ["Catrin"], []),
    ("Megan's confidence grew.", "en", ["Megan"], []),
    ("Her son Rhys came to visit.", "en", ["Rhys"], []),
    ('"Lovely," said Mrs Price.', "en", ["Mrs Price"], []),
    # Reviewer-allowed phrases (any case, and mutated).
    ("The group meets at Ty Gwyn on the hill.", "en", [], ["Ty Gwyn"]),
    ("Mae'r grŵp yn cwrdd yn Nhŷ Gwyn ar y bryn.", "cy", [], ["Tŷ Gwyn"]),
    ("The helpline on 0800 731 6500 is free.", "en", [], ["0800 731 6500"]),
    ("The helpline on 0300 123 4567 is open late.", "en", [], ["0300 123 4567"]),
    ("DR JENKINS opened the cafe.", "en", [], ["Dr Jenkins"]),
    # Places, on their own and mutated.
    ("She has lived in Cardiff, Swansea and Wrexham.", "en", [], []),
    ("Mae hi'n byw yng Nghaerdydd ac yn gweithio yn Abertawe.", "cy", [], []),
    ("Aeth i Gaerdydd ac wedyn i Fangor.", "cy", [], []),
    ("Symudodd o Sir Benfro i Bontypridd.", "cy", [], []),
    ("The choir sang in Merthyr Tydfil and Port Talbot.", "en", [], []),
    ("Aethon ni ar y bws i Drefor ac i Barry.", "cy", [], []),
    ("Canodd y côr yn Llanbedr Pont Steffan ac yng Nghastell Newydd Emlyn.", "cy", [], []),
    # Organisations, including ones named after people.
    ("Social Services and Care Inspectorate Wales agreed.", "en", [], []),
    ("Cytunodd Gwasanaethau Cymdeithasol ac Arolygiaeth Gofal Cymru.", "cy", [], []),
    ("Llywodraeth Cymru funded the NHS project with the Bwrdd Iechyd.", "en", [], []),
    ("Betsi Cadwaladr University Health Board said the list had halved.", "en", [], []),
    ("Bwrdd Iechyd Prifysgol Aneurin Bevan a Hywel Dda.", "cy", [], []),
    ("Barnardo's and the Alzheimer's Society run groups; Marie Curie nurses visit.", "en", [], []),
    ("He has Parkinson's and she has Down's syndrome.", "en", [], []),
    ("Staff from the British Red Cross said it was remarkable.", "en", [], []),
    # Ages, event dates, times, money, counts, months, days.
    ("She is 84 and has lived alone since 2019.", "en", [], []),
    ("Mae hi'n 92 oed.", "cy", [], []),
    ("On 12 March 2024 we held a review.", "en", [], []),
    ("Ar 5 Mehefin 2023 cynhaliwyd adolygiad.", "cy", [], []),
    ("The group meets every Tuesday at 10:30 and again at 2pm.", "en", [], []),
    ("Tickets cost £12.50; the garden cost £1,250 and her pension is £185.15.", "en", [], []),
    ("More than 3,000 people came, and 120 stayed for tea.", "en", [], []),
    ("Between 2019 and 2023 the group grew to 1,250 members.", "en", [], []),
    ("In May and June the garden came alive.", "en", [], []),
    ("Ym mis Mai a Mehefin daeth yr ardd yn fyw. Mae'n cwrdd ddydd Mawrth.", "cy", [], []),
    ("Call 999 in an emergency, or 111 for advice.", "en", [], []),
    ("The A470 was closed, so we took the M4.", "en", [], []),
    ("Her score went from 12 to 31 out of 40.", "en", [], []),
    # A birth cue without a date, an age alone.
    ("She was born and bred in Swansea.", "en", [], []),
    ("Cafodd ei geni a'i magu yn Llanelli.", "cy", [], []),
    ("He was born 84 years ago.", "en", [], []),
    # Capitalised words at the start of a sentence; wellbeing words.
    ("Grace was said before lunch. Hope kept her going. Will power helped.", "en", [], []),
    ("Rose petals covered the table. Mark the date. Bill payments were set up.", "en", [], []),
    ("Independence, Safety and Belonging were the goals. Wellbeing improved.", "en", [], []),
    ("Annibyniaeth, Diogelwch a Pherthyn oedd y nodau. Gwellodd llesiant.", "cy", [], []),
    # Common Welsh words that look like names.
    ("Beth newidiodd? Haf diwethaf aethon ni i lan y môr.", "cy", [], []),
    ("Eira trwm a gadwodd bawb adref. Seren y sioe oedd y ci.", "cy", [], []),
    ("Mai oedd y mis gorau. Roedd Gwener yn brysur. Dydd Iau aethon ni allan.", "cy", [], []),
    ("Ar Ddydd Gŵyl Dewi canodd y côr. Daeth Siôn Corn i'r cartref.", "cy", [], []),
    ("On St David's Day the choir sang.", "en", [], []),
    ("Daeth Mam a Dad. Dywedodd Nain ei bod hi'n hapus.", "cy", [], []),
    # Generic schools.
    ("The school sent a card. The local primary school held a nativity.", "en", [], []),
    ("Roedd yr ysgol gynradd leol yn cynnal bore coffi. Aeth i'r ysgol.", "cy", [], []),
    ("She went back to school in September; the high school lends its hall.", "en", [], []),
    ("Mae'r plant yn mynd i'r Ysgol Sul.", "cy", [], []),
    # Numbers that fail their checks or lack a cue.
    ("The number 943 4765 918 is on the letter.", "en", [], []),
    ("Order 9434765919 arrived.", "en", [], []),
    ("The specimen number QQ 12 34 56 C is not real.", "en", [], []),
    ("BG 12 34 56 A and AB 12 34 56 E are not NI numbers.", "en", [], []),
    ("A801200005001 fails its check letter.", "en", [], []),  # with "UPN" before it: test_privacy_round15.py
    ("The case was closed in 2019. In case of emergency, call.", "en", [], []),
    ("Her referral was accepted within 5 days.", "en", [], []),
]


@pytest.mark.parametrize(("text", "lang", "category", "words"), MUST_FIND, ids=[f"{c}:{w}" for _, _, c, w in MUST_FIND])
def test_finds(text: str, lang: str, category: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    found = scan_text(text, lang)
    assert any(d.category == category and d.start < end and start < d.end for d in found), (
        f"expected {category} over {words!r}; got {[(d.category, text[d.start : d.end]) for d in found]}"
    )


@pytest.mark.parametrize(
    ("text", "lang", "pseudonyms", "allow"), MUST_NOT_FLAG, ids=[t[:40] for t, *_ in MUST_NOT_FLAG]
)
def test_leaves_alone(text: str, lang: str, pseudonyms: list[str], allow: list[str]) -> None:
    found = scan_text(text, lang, pseudonyms=pseudonyms, allow=allow)
    assert found == [], [(d.category, d.rule, text[d.start : d.end]) for d in found]


@pytest.mark.parametrize(
    ("text", "lang", "pseudonyms", "allow"),
    [
        ("Megan went swimming.", "en", [], []),
        ("Anfonodd y llythyr at Fegan.", "cy", [], []),
        ("The group meets at Flat 2.", "en", [], []),
        # A freephone number is a service's, never flagged (round nine): a council line shows the declaration.
        ("The helpline on 0300 123 4567 is open late.", "en", [], []),
        ("Mae'r grŵp yn cwrdd yn Nhŷ Gwyn gyda Rhys.", "cy", [], ["Tŷ Gwyn"]),
    ],
)
def test_without_the_declaration_it_is_flagged(text: str, lang: str, pseudonyms: list[str], allow: list[str]) -> None:
    """The must-not-flag cases above are quiet because of the declaration, not by accident."""
    assert scan_text(text, lang, pseudonyms=pseudonyms, allow=allow)


def test_pseudonym_does_not_hide_another_name() -> None:
    text = "Megan went swimming with her friend Tobias."
    found = scan_text(text, "en", pseudonyms=["Megan"])
    assert [text[d.start : d.end] for d in found] == ["Tobias"]


def test_allow_drops_only_what_overlaps_it() -> None:
    text = "Call 0800 731 6500 or her mobile 07700 900456."
    found = scan_text(text, "en", allow=["0800 731 6500"])
    assert [text[d.start : d.end] for d in found] == ["07700 900456"]


def test_a_finding_does_not_depend_on_what_was_scanned_before() -> None:
    text = "We wrote to J. Smith about the visit."
    first = scan_text(text, "en")
    for earlier in ("J", "Grade J was fine.", "Plan B, then Plan J.", "Bridge Over the River"):
        scan_text(earlier, "en")
        scan_text(earlier, "cy")
    assert scan_text(text, "en") == first and any(d.category == "person-name" for d in first)
