"""Addresses, dates of birth, loose identifiers and schools as practitioners write them (issue 15).

Each row is (lang, text, category, words): the detector must flag WORDS as CATEGORY, in English
and in Welsh with its mutations. The decoys below must not be flagged at all. Every example is
invented for these tests.
"""

from __future__ import annotations

import pytest

from storysite.privacy import scan_text

ADDRESSES = [
    # A street alone, with no house number.
    ("en", "Every Sunday she walks the dog along Heol Tŷ Fry before chapel.", "Heol Tŷ Fry"),
    ("en", "He has kept his allotment behind Hawthorn Crescent for years.", "Hawthorn Crescent"),
    ("en", "The family moved from Sandringham Road last winter.", "Sandringham Road"),
    ("cy", "Mae hi'n dal i gerdded ar hyd Lôn Pen-y-waun bob prynhawn.", "Lôn Pen-y-waun"),
    ("cy", "Roedd y plant yn chwarae ar Gilgant y Dderwen tan iddi nosi.", "Gilgant y Dderwen"),
    ("cy", "Symudodd y teulu i Stryd y Ffynnon ym mis Mai.", "Stryd y Ffynnon"),
    # A farm or house name, which in rural Wales is the address.
    ("en", "After the hospital he went back home to Tyddyn Gwyn on the hill road.", "Tyddyn Gwyn"),
    ("en", "The farm at Pant-y-celyn has been in the family since 1890.", "Pant-y-celyn"),
    ("en", "She has lived at Hafod Wen on her own since Wil died.", "Hafod Wen"),
    ("cy", "Mae o'n byw ym Mhant Glas efo'i chwaer.", "Mhant Glas"),
    ("cy", "Roedd hi'n ffermio yn Nhyddyn Bach am hanner can mlynedd.", "Nhyddyn Bach"),
    ("cy", "Aeth y gweithiwr cymdeithasol i fferm Cefn Llwyd i'w weld.", "Cefn Llwyd"),
    ("cy", "Mae'r llythyrau'n pentyrru wrth y drws yng Ngwern-y-gof.", "Ngwern-y-gof"),
    # A named house on a street, and an English house name.
    ("en", "She lived at Brynhyfryd, Heol yr Ysgol until she was ninety.", "Heol yr Ysgol"),
    ("en", "They rent Ivy Cottage, Mill Lane from the estate.", "Ivy Cottage"),
    # A street with no street word, after "lives on" or "yn byw ar".
    ("en", "He lives on Bryn Siriol with his son.", "Bryn Siriol"),
    ("cy", "Mae hi'n byw ar Stad Maes Glas ers y saithdegau.", "Stad Maes Glas"),
    # A landmark that places a home.
    ("en", "They have the flat above the chip shop on Heol Fawr.", "Heol Fawr"),
    ("cy", "Mae ganddi'r fflat uwchben y fferyllfa ar Sgwâr y Dref.", "Sgwâr y Dref"),
]

DATES_OF_BIRTH = [
    ("en", "Admission note: R. Hughes, b. 04.11.1939, lives alone.", "b. 04.11.1939"),
    ("en", "Referral said DOB 7-2-51 and nothing else.", "DOB 7-2-51"),
    ("en", "On the form, d.o.b. 19/08/1962, under next of kin.", "d.o.b. 19/08/1962"),
    ("en", "He was born, his sister tells us, on 14 March 1947 in the front room.", "14 March 1947"),
    ("en", "She was born on Christmas Day 1938, the youngest of six.", "Christmas Day 1938"),
    ("en", "He was born on St David's Day 1950 and never lets us forget it.", "St David's Day 1950"),
    ("cy", "Nodyn derbyn: g. 22/10/1941, yn byw ar ei ben ei hun.", "g. 22/10/1941"),
    ("cy", "Ar y ffurflen roedd DG 03.05.1958 a dim byd arall.", "DG 03.05.1958"),
    ("cy", "Dyddiad geni: 11 Medi 1949.", "11 Medi 1949"),
    ("cy", "Cafodd ei geni, yn ôl ei mab, ar 2 Chwefror 1936 yn y ffermdy.", "2 Chwefror 1936"),
    ("cy", "Cafodd ei eni ar Ddydd Calan 1944, yr hynaf o bump.", "Ddydd Calan 1944"),
    ("cy", "Fe'i ganwyd ar Ŵyl Dewi 1953 yn Nolgellau.", "Ŵyl Dewi 1953"),
]

OTHER_IDS = [
    # Vehicle registrations: current format on its own, older formats with a vehicle nearby.
    ("en", "Her grandson parks the silver Astra, BT19 KWZ, outside every Sunday.", "BT19 KWZ"),
    ("en", "His old pick-up van, GHX 402T, still starts first time.", "GHX 402T"),
    ("en", "The Land Rover, P218 DFK, is parked in the yard.", "P218 DFK"),
    ("cy", "Mae ei fan wen, CE68 TRV, y tu allan i'r tŷ.", "CE68 TRV"),
    # Social-media handles.
    ("en", "She posts her knitting on Instagram as @gweunydd_knits most evenings.", "@gweunydd_knits"),
    ("cy", "Mae hi ar TikTok fel @nainybryn erbyn hyn.", "@nainybryn"),
    # Beds, rooms and wards tied to a named ward or home.
    ("en", "He spent a fortnight in bed 7 on Teifi Ward.", "bed 7"),
    ("en", "They moved her to room 19, Rhodfa Wing, where she can see the sea.", "room 19"),
    ("cy", "Roedd hi yng ngwely 3 ar Ward Cadog am wythnos.", "ngwely 3"),
    ("cy", "Mae o'n byw yn ystafell 11 yng Nghartref Bryn Hedd.", "ystafell 11"),
    # Account and card numbers.
    ("en", "The payments come from her bank account ending 5521.", "5521"),
    ("cy", "Daeth yr arian o'r cyfrif yn gorffen 8830.", "8830"),
    ("en", "She keeps her library card number 40017 22913 in her purse.", "40017 22913"),
    ("en", "His bus pass (no. 0071 4432 9018) lives in his wallet.", "0071 4432 9018"),
    ("cy", "Mae ei cherdyn llyfrgell rhif 30022 81476 yn y drôr.", "30022 81476"),
    ("cy", "Cafodd e docyn bws newydd. Rhif 6339 0041 2287.", "6339 0041 2287"),
    # Police collar numbers.
    ("en", "PC 3381 came round to fit the door chain.", "PC 3381"),
    ("cy", "Daeth y swyddog, rhif coler 2274, i'r drws.", "2274"),
    # Housing and case references, in English and Welsh word order.
    ("en", "Her tenancy ref TY/2231/7 is on every letter.", "TY/2231/7"),
    ("en", "The case reference on the plan (SWB 19-4470) was added later.", "SWB 19-4470"),
    ("cy", "Mae cyfeirnod achos 55-218 ar frig y llythyr.", "55-218"),
    ("cy", "Rhoddodd y cyngor rif tenantiaeth HB-7710 iddi.", "HB-7710"),
]

SCHOOLS = [
    # Further-education colleges.
    ("en", "He starts a plumbing course at Coleg Ceredigion in September.", "Coleg Ceredigion"),
    ("en", "She did her NVQ at Bridgend College two days a week.", "Bridgend College"),
    ("cy", "Mae o wedi cofrestru yng Ngholeg Cambria ar gwrs peirianneg.", "Ngholeg Cambria"),
    ("cy", "Aeth hi i Goleg Sir Gâr ar ôl TGAU.", "Goleg Sir Gâr"),
    # Nurseries and playgroups.
    ("en", "The twins go to Busy Bees Nursery on Mondays.", "Busy Bees Nursery"),
    ("en", "Her son loves Rainbow Corner Playgroup.", "Rainbow Corner Playgroup"),
    ("cy", "Mae Cadi'n mynd i Gylch Meithrin Bodorgan bob bore.", "Gylch Meithrin Bodorgan"),
    ("cy", "Dechreuodd hi yn Meithrinfa Tedi Bach ym mis Medi.", "Meithrinfa Tedi Bach"),
    # Sixth forms and pupil referral units.
    ("en", "He is now in year 12 at Bishop Hedley Sixth Form.", "Bishop Hedley Sixth Form"),
    ("en", "After the exclusion he went to the Caerphilly PRU.", "Caerphilly PRU"),
    ("en", "He has been at Canolfan Afon Lwyd, the pupil referral unit, since March.", "Canolfan Afon Lwyd"),
    ("cy", "Mae hi'n mynychu Uned Cyfeirio Disgyblion Glannau Dyfrdwy.", "Uned Cyfeirio Disgyblion Glannau Dyfrdwy"),
]

FOUND = ADDRESSES + DATES_OF_BIRTH + OTHER_IDS + SCHOOLS
CATEGORY = (
    {w: "address" for _, _, w in ADDRESSES}
    | {w: "date-of-birth" for _, _, w in DATES_OF_BIRTH}
    | {w: "other-id" for _, _, w in OTHER_IDS}
    | {w: "school" for _, _, w in SCHOOLS}
)


@pytest.mark.parametrize(("lang", "text", "words"), FOUND, ids=[f"{lang}:{w}" for lang, _, w in FOUND])
def test_flags_the_detail(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    found = scan_text(text, lang)
    category = CATEGORY[words]
    hits = [d for d in found if d.category == category and d.start < end and start < d.end]
    assert hits, f"expected {category} over {words!r}; got {[(d.category, text[d.start : d.end]) for d in found]}"
    # The finding quotes the detail itself, not a whole sentence around it.
    assert all(d.end - d.start <= len(words) + 45 for d in hits), [text[d.start : d.end] for d in hits]


DECOYS = [
    # Event dates with years, and dates with no birth word.
    ("en", "They married at Bethel chapel on 9 June 1962."),
    ("en", "We met on Christmas Day 1971 at the dance."),
    ("cy", "Ar 5 Ebrill aethon ni i weld y môr."),
    ("cy", "Priododd hi ar Ddydd Gŵyl Dewi 1960."),
    ("en", "The home opened in 1998 and was rebuilt in 2011."),
    # Ages, money, times, quantities.
    ("en", "She is 87 and paid £14.50 for the taxi at 10.45am."),
    ("cy", "Mae hi'n 91 oed ac yn talu £6 am ginio am 12.30."),
    ("en", "The group meets in room 4 at the library on Tuesdays."),
    ("cy", "Trowyd Ystafell 2 yn ystafell dawel am £300."),
    ("en", "He scored 45 points and came 3rd out of 12."),
    # Public venues, towns, organisations and services.
    ("en", "We took the bus to Folly Farm and then to Plas Newydd."),
    ("en", "She volunteers with Age Cymru and swims at the Canolfan Hamdden."),
    ("cy", "Mae Bwrdd Iechyd Prifysgol Hywel Dda yn talu am y gwasanaeth."),
    ("cy", "Aethon ni i'r cyngerdd ym Mhen-y-bont ar Ogwr."),
    ("en", "The choir sang Ar Lan y Môr and Calon Lân."),
    ("en", "He watched Coronation Street and walked in Parc Bute."),
    ("en", "She studied at the Royal College of Nursing."),
    ("cy", "Mae'r Coleg Cymraeg Cenedlaethol yn cynnig ysgoloriaethau."),
    ("en", "Follow @AgeCymru for news of the walks."),
    # A school kind word that names no school, and a street word that names no street.
    ("en", "The Road to Recovery group meets on Fridays."),
    ("en", "Her son goes to a local nursery and a playgroup."),
    ("cy", "Mae hi'n mynd i'r cylch meithrin lleol."),
]


@pytest.mark.parametrize(("lang", "text"), DECOYS, ids=[t[:40] for _, t in DECOYS])
def test_leaves_the_decoy_alone(lang: str, text: str) -> None:
    found = [d for d in scan_text(text, lang) if d.category != "person-name"]
    assert found == [], [(d.category, d.rule, text[d.start : d.end]) for d in found]


def test_helpline_decoy_needs_the_reviewers_allow() -> None:
    """A helpline is a phone number until a reviewer allows it: allow quiets it, nothing else."""
    text = "Mae llinell gymorth Cymdeithas Alzheimer ar 0333 150 3456 ar agor bob dydd."
    assert [d.category for d in scan_text(text, "cy")] == ["phone"]
    assert scan_text(text, "cy", allow=["0333 150 3456"]) == []


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "Her NHS number 402 881 7359 was on the letter.", "402 881 7359"),
        ("cy", "Roedd rhif GIG 612 448 0925 ar y ffurflen.", "612 448 0925"),
    ],
)
def test_labelled_nhs_number_with_a_typo_is_still_flagged(lang: str, text: str, words: str) -> None:
    """A mistyped NHS number fails the checksum but is still one when it is labelled."""
    found = scan_text(text, lang)
    assert [(d.category, text[d.start : d.end]) for d in found] == [("nhs-number", words)]


def test_unlabelled_number_failing_the_nhs_checksum_is_not_an_nhs_number() -> None:
    text = "The hall holds 402 881 7359 grains of sand."
    assert [d for d in scan_text(text, "en") if d.category == "nhs-number"] == []


@pytest.mark.parametrize(
    ("lang", "text", "category", "words"),
    [
        ("en", "The discharge letter said 'b. 30/01/1940' at the top.", "date-of-birth", "b. 30/01/1940"),
        ("cy", "Roedd y llythyr yn dweud “g. 30/01/1940” ar y brig.", "date-of-birth", "g. 30/01/1940"),
        ("en", "The PCSO (collar number 5126) calls on Fridays.", "other-id", "5126"),
        ("cy", "Mae'r swyddog (rhif coler 5126) yn galw bob dydd Gwener.", "other-id", "5126"),
    ],
)
def test_cue_inside_quotes_or_brackets(lang: str, text: str, category: str, words: str) -> None:
    start = text.index(words)
    found = scan_text(text, lang)
    assert any(d.category == category and d.start < start + len(words) and start < d.end for d in found), [
        (d.category, text[d.start : d.end]) for d in found
    ]
