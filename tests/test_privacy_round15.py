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
