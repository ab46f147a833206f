"""A school named by what a pupil does there: the year group a child is in (issue 15, round eight: "He's year 10
at Dyffryn Nantlle", "She's in Year 3 at Penrhos", "ym mlwyddyn 6 yn Glan Morfa"), read only after
"year"/"blwyddyn" and a number; or the exams sat there (round sixteen: "she did her A levels at the Frow",
"ei TGAU yn y Graig"), by its teachers or its Welsh stream ("his teachers at Arennig"), read only after
the exam's, the teacher's or the stream's word.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.dates import MONTH_WORDS
from storysite.privacy.needles import Needles
from storysite.privacy.places import GENERIC_SCHOOL, WORD, match_starting_by

Span = tuple[int, int]

# The year in figures or in words, as a pupil says it: "year eleven at Bryn El", "ym mlwyddyn naw ym Mhenweddig".
_YEAR_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|un|dau|tri|pedwar|pump|chwech|saith|wyth|naw|deg|un[ \t]+ar[ \t]+ddeg|deuddeg|tri[ \t]+ar[ \t]+ddeg"
)
_YEAR_AT = re.compile(
    r"(?:[Yy]ear|[Bb]lwyddyn|[Ff]lwyddyn|[Mm]lwyddyn)[ \t]+(?:1[0-3]|[1-9]|" + _YEAR_WORDS + r")[ \t]+"
    r"(?:at|in|yn|ym|yng)[ \t]+(?:(?:the|y|yr)[ \t]+(?=[A-ZŴŶ]))?"  # "Year 10 at the Graig Wen" (round thirty)
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
)
_NEEDLES = ("ear ", "wyddyn ")


# ... or the school before the year group a child was there until, from or into (round thirty-eight): "she was at
# Llanfechell until Year 6", "at Pen-bryn from Year 7", "ym Mhen-bryn tan flwyddyn 6".
_AT_UNTIL_YEAR = re.compile(
    r"(?<![\w'’-])(?:at|yn|ym|yng)[ \t]+(?:(?:the|y|yr)[ \t]+(?=[A-ZŴŶ]))?"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
    r"[ \t]+(?:until|till|up[ \t]+to|from|since|into|through|in|during|tan|hyd|o|ers|yn[ \t]+ystod)[ \t]+"
    r"(?:the[ \t]+end[ \t]+of[ \t]+)?"
    r"(?:[Yy]ear|[Bb]lwyddyn|[Ff]lwyddyn)[ \t]+(?:1[0-3]|[1-9]|" + _YEAR_WORDS + r")\b"
)
# a home, not a school: "he lived at Bryn Awel from Year 7"
_LIVED = re.compile(r"\b(?:lived|lives|living|live|stayed|staying|moved|byw|fyw|symud|symudodd)[ \t]+\Z")
UNTIL_NEEDLES: tuple[str, ...] = (" until Year", " until year", " till Year", " from Year", " from year")
UNTIL_NEEDLES += (" since Year", " into Year", " in Year", " in year", " during Year", " yn ystod blwyddyn")
UNTIL_NEEDLES += (" up to Year", " through Year", " tan flwyddyn", " hyd flwyddyn", " o flwyddyn", " ers blwyddyn")


def schools_by_year_group(text: str, found: Needles) -> list[Span]:
    """The school after a child's year group: "Year 10 at Dyffryn Nantlle"; or before it: "at Pen-bryn until Year 6"."""
    out: list[Span] = []
    for at in found.positions(UNTIL_NEEDLES):
        # the name and "at" before it: a few words back from the needle
        for named in _AT_UNTIL_YEAR.finditer(text, max(0, at - 60), at + 40):
            lived = _LIVED.search(text, max(0, named.start() - 16), named.start())
            article = _ARTICLE.search(text, max(0, named.start(1) - 4), named.start(1)) is not None
            if named.end(1) == at and not lived and _exam_school(named.group(1), article):
                out.append(named.span(1))  # "at Pen-bryn until Year 6", "at the Bridge in Year 7"
    for needle in _NEEDLES:
        at = text.find(needle)
        while at >= 0:
            k = at + len(needle)
            if k < len(text) and (text[k].isdigit() or text[k] in "otfsenudpcwT"):  # a figure or a number's word
                m = _YEAR_AT.match(text, at - (1 if needle == "ear " else 2))
                if m and _named(m.group(1)):
                    out.append(m.span(1))
            at = text.find(needle, k)
    return out


def _named(name: str) -> bool:
    """A school's own name, not a town alone ("Year 10 in Bangor") or everyday words ("Year 3 in September")."""
    words = name.split()
    if name in lx.PLACES or name in lx.NOT_PERSON:
        return False
    return any(w not in lx.COMMON and w not in GENERIC_SCHOOL for w in words)


_EXAMS_AT = re.compile(
    r"(?:[AO][- ]?[Ll]evels?|AS[- ]?[Ll]evels?|GCSEs?|BTECs?|Highers|exams|mocks|resits|[Ll]efel(?:au)?[ \t]+A"
    r"|TGAU|[Aa]rholiadau|[Bb]agloriaeth|Welsh[ \t]+Bacc"
    # ... or the people and the stream of a school: "his teachers at Arennig", "the Welsh stream at Somerton"
    r"|teachers?|athrawon|hathrawon|athrawes|hathrawes|athro|classmates|head[ \t]?teacher|form[ \t]+tutor"
    r"|ALNCo|SENCo|ALENCo|on[ \t]+roll"  # the posts and the roll only a school has: "the ALNCo at the Helyg"
    # round thirty-six: a course's level, the head and the roll in Welsh ("her Level 2 at Brynteg", "the head at
    # Maesglas", "ar y gofrestr ym Mryn Tawel", "y pennaeth ym Maesglas")
    r"|[Ll]evel[ \t]+[1-3]|[Ll]efel[ \t]+[1-3]|NVQ|(?<=[Tt]he[ \t])[Hh]ead|(?<=ar[ \t]y[ \t])gofrestr"
    r"|(?<=\by[ \t])(?:[pb]|ph)ennaeth"
    r"|started|starts|starting"  # "his sister started at Little Acorns" (round thirty-six: every one in dev a school)
    # ... in Welsh too, and the year's head and the pastoral team (round thirty-four): "y CADY ym Mro Dinefwr"
    r"|CADY|[Cc]ydlynydd[ \t]+ADY|[Hh]ead[ \t]+of[ \t]+[Yy]ear(?:[ \t]+1?[0-9])?"
    # ... the year's head with the pupil's name or year after it: "pennaeth blwyddyn Cadi ym Mryn Tawel"
    rf"|(?:[pb]|ph)ennaeth[ \t]+blwyddyn(?:[ \t]+(?:1?[0-9]|{WORD}))?"
    r"|pastoral[ \t]+(?:team|staff|lead|support|manager)|(?:tîm|staff)[ \t]+bugeiliol"
    r"|(?:Welsh|English)[ \t]+stream|ffrwd[ \t]+Gymraeg|stay(?:ed|ing)?[ \t]+on"
    # a pupil's attendance and detentions (round thirty-seven): "his attendance at Tir Gwyrdd", "presenoldeb yn YBC"
    r"|[Aa]ttendance|[pb]resenoldeb|detentions?"
    # ... a pupil's own class, and a school's unit: "ei ddosbarth ym Mhen-y-Maes", "yr uned ym Mhen-y-Waun"
    r"|(?:(?<=\bei[ \t])|(?<=\beu[ \t])|(?<=\bfy[ \t]))(?:dosbarth|ddosbarth|nosbarth)"
    r"|(?:(?<=\bhis[ \t])|(?<=\bher[ \t])|(?<=\bmy[ \t]))class|(?<=\byr[ \t])uned"
    # ... the first classes, a childcare or other course (round thirty-seven, second batch): "the reception class at
    # Glanmôr", "doing childcare at Maes-yr-Onnen", "Level 2 motor vehicle at Dyfi Hafren"; not "the Zumba class at
    # Bethel", an evening's
    r"|(?:reception|nursery)[ \t]+class|childcare|(?:childcare|college|access|foundation)[ \t]+course"
    # ... a school's own clubs before and after the day (round forty-three): "walks Kacey to breakfast club at
    # Brynheulog", "clwb brecwast ym Mhen-y-bryn"
    r"|breakfast[ \t]+club|after[ \t-]school[ \t]+club|clwb[ \t]+brecwast|clwb[ \t]+ar[ \t]+ôl[ \t]+ysgol"
    # ... and a pupil's timetable there: "Her timetable at Tŷ Llwyd changed twice", "ei hamserlen yn Nhŷ Llwyd"
    r"|(?:(?<=\b[Hh]is[ \t])|(?<=\b[Hh]er[ \t])|(?<=\b[Mm]y[ \t])|(?<=\b[Tt]heir[ \t])|(?<=reduced[ \t])"
    r"|(?<=part-time[ \t])|(?<=full[ \t])|(?<=phased[ \t]))"  # round forty-four: "a full timetable at PyG"
    r"timetable|(?<=[ \t])(?:h|d)?amserlen"
    # ... and a school's other staff and its pupils (round thirty-eight): "the wellbeing lead at Llys Hywel", "a TA at
    # Glan Iwrch", "pupils at Cwm Rhiwarth", "disgyblion ym Mryn Tawel"
    r"|wellbeing[ \t]+(?:lead|officer|team|manager)|teaching[ \t]+assistants?|TAs?|LSAs?|pupils?|[dn]isgybl(?:ion)?"
    r"|[Ll]evel[ \t]+[1-3](?:[ \t]+[a-z]+){1,3})\b"
    r"(?:[ \t]+(?:in|yn|mewn)[ \t]+[\w ,&'’-]{1,40}?)?"  # "her GCSEs in maths and art at ..."
    # "attendance data from Maes Alun": a pupil's figures from the school
    r"(?:(?<=ttendance)[ \t]+(?:data|figures)[ \t]+from(?=[ \t]))?"
    r"[ \t]+(?:(?:at|ym|yng)[ \t]+(?:(?:the|y|yr)[ \t]+)?|(?:in|yn)[ \t]+(?:the|y|yr)[ \t]+"  # "in Maths": a subject
    r"|(?<=[ \t]from[ \t])"
    # Welsh "yn" before a name it mutated or leaves as it is, which no subject starts with: "yn Nhryfan", "yn Llanhari"
    r"|yn[ \t]+(?=Nh|Ngh|Mh|Ng|N[aeiouwyâ]|Ll|Rh|[A-Z]{2,5}\b))"  # ... or a school's initials: "yn YBC"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
)
_VENUES = frozenset({"Hall", "Guildhall", "Centre", "Center", "Arena", "Stadium", "Library", "Neuadd", "Canolfan"})
# ... and the places a family meets on a day out (round forty-three): "Contact started at the Slate Museum café"
_VENUES |= {"Museum", "Gallery", "Theatre", "Amgueddfa", "Oriel", "Theatr", "Zoo"}
# ... and where someone starts work: "she started at Glan Clwyd Hospital" (round thirty-six)
_VENUES |= {"Hospital", "Ysbyty", "Surgery", "Clinic", "Hotel", "Factory", "Works", "Mill", "Store", "Stores"}
# ... and the groups and clubs a person attends: "attendance at the Memory Café", "his attendance at the Men's Shed"
_GROUPS = frozenset({"Shed", "Club", "Café", "Cafe", "Group", "Class", "Classes", "Choir", "Côr", "Gym", "Session"})
_ARTICLE = re.compile(r"(?:\bthe|\by|\byr)[ \t]+\Z")
_YEAR_GROUP_WORDS = frozenset({"Year", "Blwyddyn", "Flwyddyn", "Mlwyddyn"})
_NOT_OWN_NAME = frozenset({"Comp", "Uni", "Tech", "High", "Grammar", "Coleg", "College", "Sixth", "Chweched"})
# Where the pattern's cue word can start, found in the scanner's one pass: the pattern is tried only there.
EXAM_NEEDLES = (
    *("A level", "A-level", "A Level", "A-Level", "O level", "O-level", "AS level", "AS-level", "efel A", "efelau A"),
    *("GCSE", "BTEC", "Highers", "exams", "mocks", "resits", "TGAU", "rholiadau", "agloriaeth", "Welsh Bacc"),
    *("teacher", "athraw", "athro ", "classmates", "head teacher", "eadteacher"),  # "hathrawon", "Headteacher"
    *("Level 1", "Level 2", "Level 3", "level 1", "level 2", "level 3", "efel 1", "efel 2", "efel 3", "NVQ"),
    *("started at", "starts at", "starting at"),
    *("head at", "Head at", "gofrestr", "ennaeth y", "ennaeth i", "ennaeth o", "ennaeth ei"),
    *("form tutor", "Welsh stream", "English stream", "ffrwd Gymraeg", "stay on at", "stayed on at", "staying on at"),
    *("ALNCo", "SENCo", "ALENCo", "on roll at", "CADY", "ydlynydd ADY", "ennaeth blwyddyn"),
    *("pastoral ", "tîm bugeiliol", "staff bugeiliol"),
    *("attendance at", "attendance in", "resenoldeb yn", "resenoldeb ym", "resenoldeb yng", "detention at"),
    *("ead of Year", "ead of year", "dosbarth ym", "dosbarth yng", "nosbarth ym", "nosbarth yng"),
    *("uned ym", "uned yng", "class at", "detentions at", "childcare at", "course at", "attendance data"),
    *("attendance figures", "Attendance data", "Attendance figures", "evel 1 ", "evel 2 ", "evel 3 "),
    *("ellbeing lead", "ellbeing officer", "ellbeing team", "ellbeing manager", "eaching assistant"),
    *("timetable at", "amserlen yn", "amserlen ym", "amserlen yng"),
    *("Attendance at",),  # round forty-four
    *("breakfast club", "fter-school club", "fter school club", "lwb brecwast", "lwb ar ôl ysgol"),
    *("TA at", "TAs at", "LSA at", "LSAs at", "pupil at", "pupils at", "isgybl ", "isgyblion "),
)


# ... or the school a pupil was excluded from (round thirty-four): "excluded from Glan Clwyd for a week", "ei wahardd o
# Fro Dinefwr", "expelled from the Grammar".
_EXCLUDED_FROM = re.compile(
    r"(?:excluded|expelled|suspended|exclusion|gwahardd|wahardd|gwaharddwyd|diarddel|ddiarddel|diarddelwyd)"
    r"[ \t]+(?:from|o)[ \t]+((?:the|y|yr)[ \t]+|['’]r[ \t]+)?"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
)
EXCLUDED_NEEDLES = ("xcluded from", "xpelled from", "uspended from", "xclusion from", "wahardd o", "iarddel o")


# A school's post with the school straight after it, as Welsh joins them (round forty-one): "swyddog lles Tanfoel",
# "arweinydd bugeiliol Bro Ysgyryd", "dirprwy bennaeth Glan Clwyd"; not a pupil's own ("pennaeth blwyddyn Cadi"),
# read above, nor a person's name ("pennaeth Mr Hughes").
_POST_OF = re.compile(
    r"(?:swyddog[ \t]+(?:lles|presenoldeb)|arweinydd[ \t]+bugeiliol|[Cc]ydlynydd[ \t]+ADY|[Dd]?[Dd]irprwy[ \t]+bennaeth"
    rf"|(?<![\w'’])[pb]ennaeth)[ \t]+(?!Blwyddyn\b|Bl\.|Ysgol\b|Coleg\b|Mr\b|Mrs\b|Miss\b|Ms\b|Dr\b)"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,2}})"
)
POST_NEEDLES = ("wyddog lles", "wyddog presenoldeb", "rweinydd bugeiliol", "ydlynydd ADY", "ennaeth ")


def schools_by_their_post(text: str, found: Needles) -> list[Span]:
    """The school named straight after a post in it: "swyddog lles Tanfoel"."""
    out: list[Span] = []
    for at in found.positions(POST_NEEDLES):
        m = match_starting_by(_POST_OF, text, max(0, at - 3), at, min(len(text), at + 80))
        if not m:
            continue
        name = m.group(1)
        first = name.split()[0]
        if lx.a_name_word(first) or name in lx.PLACES:
            continue  # "pennaeth Cadi": her head of year; "pennaeth Rhuthun": a town's
        if _named(name):
            out.append(m.span(1))
    return out


# ... or the school whose figures a record quotes (round forty-five): "Ffigurau presenoldeb y Glan", "presenoldeb o'r
# Bro", "Ffigurau presenoldeb Bro Gwern", "Cofrestr y Bryn". Without the article or "Bro" the name after the word
# is most often the pupil's ("presenoldeb Cai"), and is left to the names.
_FIGURES_OF = re.compile(
    r"(?:[pb]resenoldeb|[CcGg]ofrestr)[ \t]+(?:o[ \t]+)?(?:(?:y|yr)[ \t]+|o['’]r[ \t]+|(?=[BF]ro[ \t]))"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
)
FIGURES_OF_NEEDLES = ("resenoldeb ", "ofrestr ")


def schools_by_exams(text: str, found: Needles) -> list[Span]:
    """The school after the exams a pupil sat there: "she did her A levels at the Frow"."""
    out: list[Span] = []
    for at in found.positions(EXAM_NEEDLES):
        # the cue word starts at the needle or a letter or two before it ("Lefel A", "hathrawon"); a class's or a
        # course's a word before it ("the Seren class at", "her childcare course at")
        back = 12 if text.startswith(("class at", "course at"), at) else 2
        m = match_starting_by(_EXAMS_AT, text, max(0, at - back), at, len(text))
        if m and _whose(text, m.start(1), m.end(1)):
            continue  # "the wellbeing lead at Seren's school": whose school, not which
        if m and _exam_school(m.group(1), _ARTICLE.search(text, max(0, m.start(1) - 4), m.start(1)) is not None):
            out.append(m.span(1))
    for at in found.positions(EXCLUDED_NEEDLES):
        m = match_starting_by(_EXCLUDED_FROM, text, max(0, at - 4), at, len(text))
        if m and _exam_school(m.group(2), m.group(1) is not None):
            out.append(m.span(2))
    if found.any(POST_NEEDLES):
        out += schools_by_their_post(text, found)
    for at in found.positions(FIGURES_OF_NEEDLES):
        m = match_starting_by(_FIGURES_OF, text, max(0, at - 2), at, len(text))
        if m and _exam_school(m.group(1), True) and m.span(1) not in out:
            out.append(m.span(1))
    return out


_NOUN_AFTER = re.compile(
    r"[ \t]+(?:school|class|classroom|nursery|playgroup|teacher|college|primary|comp|uniform|bus|gate|house|home|place"
    r"|room|unit|base|ysgol|dosbarth|athro|athrawes)\b"
)


def _whose(text: str, start: int, end: int) -> bool:
    """Is the name at START..END someone's, with the thing of theirs after it ("Seren's school"), not a school
    called by its owner's name alone ("the head of Year 7 at Padarn's")?"""
    return text.endswith(("'s", "’s"), start, end) and _NOUN_AFTER.match(text, end) is not None


def _exam_school(name: str, article: bool) -> bool:
    """A school's own name; after "the"/"y" a capitalised everyday word is one too ("yn y Graig")."""
    words = name.split()
    if words[0] in MONTH_WORDS or words[0] in _VENUES or words[-1] in _VENUES or words[-1] in _GROUPS:
        return False
    if words[0] in _YEAR_GROUP_WORDS:
        return False  # "yn ddisgybl ym Mlwyddyn 6 yn Llwyn Onn": the pupil's year, the school after it
    if len(words) > 1 and words[0].endswith(("'s", "’s")):
        return False  # "his attendance at the Men's Shed": a group's, not a school's
    if article and (name in lx.PLACES or name not in lx.NOT_PERSON):  # "at the Graig": a place is a nickname
        return any(w not in GENERIC_SCHOOL and w not in _NOT_OWN_NAME and w not in lx.COMMON for w in words)
    return _named(name)


# A school by the age a pupil left it (round twenty-seven): "she left the Convent at sixteen", "he left Llanfair
# Grammar at fourteen", "ar ôl gadael y Cyfun yn un ar bymtheg". A town left at an age is a move, not a school.
_SCHOOL_AGES = (
    r"(?:eleven|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|1[1-9]"
    r"|un[ \t]+ar[ \t]+ddeg|bedair[ \t]+ar[ \t]+ddeg|bedwar[ \t]+ar[ \t]+ddeg|bymtheg|un[ \t]+ar[ \t]+bymtheg"
    r"|ddeunaw|bedair[ \t]+ar[ \t]+bymtheg|bedwar[ \t]+ar[ \t]+bymtheg)"
)
_LEFT_AT_AN_AGE = re.compile(
    r"(?:\b(?:left|leaving)[ \t]+|\b(?:gadael|adael)[ \t]+)((?:the|y|yr)[ \t]+)?"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
    rf"[ \t]+(?:at|yn)[ \t]+{_SCHOOL_AGES}\b(?![ \t]*(?:o['’]clock|am\b|pm\b|[.:][0-9]))"
)
_NOT_SCHOOLS_LEFT = frozenset({"Army", "Navy", "RAF", "Forces", "Marines", "Fyddin", "Llynges", "Scouts", "Guides"})
LEFT_NEEDLES = ("left ", "leaving ", "adael ")


def schools_left_at_an_age(text: str, found: Needles) -> list[Span]:
    """The school a pupil left at a school-leaving age: "she left the Tin Chapel at fourteen"."""
    out: list[Span] = []
    for at in found.positions(LEFT_NEEDLES):
        m = _LEFT_AT_AN_AGE.match(text, at - (1 if text.startswith("adael ", at) and at and text[at - 1] == "g" else 0))
        if not m or m.group(2).split()[0] in _NOT_SCHOOLS_LEFT or m.group(2).split()[-1] in _NOT_SCHOOLS_LEFT:
            continue
        if _exam_school(m.group(2), m.group(1) is not None):
            out.append((m.start(1) if m.group(1) else m.start(2), m.end(2)))
    return out
