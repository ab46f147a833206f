"""Find a birthday told without its year: a day and month, or a festival, given as someone's birthday.

A day and month of birth narrows a person down to one in 365 of a town, and with a first name or an
age in the same story it is enough to recognise them, so it is flagged when the words say it is a
birthday or a birth: "her birthday is 3 March", "mae ei phen-blwydd ar y trydydd o Fawrth", "born
on Boxing Day", "ar Ddydd Gŵyl Dewi, ar ei phen-blwydd". A date that only sits near the word
("a birthday party on 3 March", "ei phen-blwydd hi'n 80 yn y neuadd ar 3 Mawrth") is an event.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.dates import (
    CY_AGE,
    DATE,
    EN_AGE_WORDS,
    FESTIVAL_DAY,
    MONTH,
    ORDINAL,
    WHO_THEN_ON,
    WORD_DAY,
    a_person_turns,
)
from storysite.privacy.needles import Needles
from storysite.privacy.places import match_starting_by

# A day and month, in figures or words: "3 March", "the 3rd of March",
# "March 3rd", "y trydydd o Fawrth", "3ydd o fis Mawrth".
_DAY_MONTH = (
    r"(?:(?:the|y|yr)[ \t]+)?[0-9]{1,2}"
    + ORDINAL
    + r"?[ \t]+(?:(?:of|o)[ \t]+)?(?:(?:fis|mis)[ \t]+)?"
    + MONTH
    + r"|"
    + MONTH
    + r"[ \t]+(?:(?:the|y)[ \t]+)?[0-9]{1,2}"
    + ORDINAL
    + r"?"
    + r"|"
    + WORD_DAY.replace("{MONTH}", MONTH)
    # the month as a number, as it is said or written on a form: "the 30th of the 6th", "30/6"
    + r"|(?:the[ \t]+)?[0-9]{1,2}"
    + ORDINAL
    + r"[ \t]+of[ \t]+the[ \t]+[0-9]{1,2}"
    + ORDINAL
    + r"|[0-3]?[0-9]/[01]?[0-9](?![0-9/])"
)
# With no year after it: a date with its year is read by the dates module, which knows a birth from an event.
_DAY = r"(?:" + _DAY_MONTH + r"|" + FESTIVAL_DAY + r")(?![\w/-])(?!,?[ \t]+(?:(?:in|yn|ym)[ \t]+)?['’]?[0-9]{2})"
# Someone's birthday, in English or Welsh (soft, aspirate or nasal mutation: ei ben-blwydd, ei phen-blwydd,
# fy mhen-blwydd), a possessive before it so that a chapel's or a club's anniversary is left alone.
_WHOSE = r"(?:[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Yy]our|[Ww]hose|[Ee]i|[Ee]u|[Ff]y|[Dd]y|[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+['’]s)"
_BIRTHDAY = r"(?:[Bb]irthday|[Bb]['’]day|(?:[PpBb]|[Pp]h|[Mm]h)en[- ]?blwydd)"
# "Her birthday is 3 March", "his birthday's on the 3rd of March", "Mae ei phen-blwydd ar 3 Mawrth",
# "pen-blwydd Nia yw'r trydydd o Fawrth", "her birthday: 3 March".
_BIRTHDAY_IS = re.compile(
    r"(?:\b" + _WHOSE + r"[ \t]+" + _BIRTHDAY + r"|\b(?:[PpBb]|[Pp]h|[Mm]h)en[- ]?blwydd[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)"
    r"(?:[ \t]+(?:i|hi|o|e|fo|hithau|yntau))?"  # "fy mhen-blwydd i yw ..."
    r"[ \t]*(?:(?:is|was|falls|yw|oedd|ydy|ydi|['’]s)[ \t]+(?:(?:on|ar)[ \t]+)?|(?:yw|oedd|ydy|ydi)?['’]r[ \t]+|:[ \t]*"
    r"|,[ \t]+|(?:on|ar)[ \t]+)"
    r"(?:(?:always|always[ \t]+on|bob[ \t]+amser)[ \t]+)?"
    r"(" + _DAY + r")",
)
# ... and with its year, the birthday's words make it a date of birth: "his birthday is Christmas morning '71",
# "her own birthday is Bonfire Night '62", "mae ei phen-blwydd ar Ddydd Gŵyl Dewi 1952".
_BIRTHDAY_IS_WITH_YEAR = re.compile(
    r"\b" + _WHOSE + r"(?:[ \t]+own)?[ \t]+" + _BIRTHDAY + r"(?:[ \t]+(?:i|hi|o|e|fo))?"
    r"[ \t]*(?:is|was|falls[ \t]+on|yw|oedd|ydy|ydi|['’]s|(?:is|yw|oedd)?[ \t]*(?:on|ar))[ \t]+(?:(?:on|ar)[ \t]+)?"
    r"((?:" + FESTIVAL_DAY + r"|(?:Christmas|Easter|Whit|New[ \t]+Year['’]?s)[ \t]+(?:morning|Morning))"
    r",?[ \t]+(?:[0-9]{4}|['’][0-9]{2}))(?![0-9])"
)
# ... the Welsh way round, the day and its year then "yw e" ("Ges i 'mhen-blwydd yna, nos Galan 2009 yw e",
# "cofio 'mhen-blwydd i achos Dydd San Ffolant 2012 yw e"), or in brackets after whose it is ("pen-blwydd ei fam
# (Calan Gaea' '81)").
_BIRTHDAY_THEN_YEAR_CY = re.compile(
    r"(?:[PpBb]|[Pp]h|[Mm]h|['’]m[Hh])en[- ]?blwydd(?:[^.!?\n()]{0,25}?[ \t,]|[ \t]+(?:ei|eu|fy|dy)[ \t]+\w+[ \t]*\()"
    r"(" + FESTIVAL_DAY + r",?[ \t]+(?:[0-9]{4}|['’][0-9]{2}))(?![0-9])"
    r"(?=[ \t]+(?:yw|oedd|ydy|ydi)[ \t]+(?:e|o|hi|fe|fo)\b|[ \t]*\))"
)
# "born on Boxing Day", "ganwyd hi ar Ddydd Nadolig", "cafodd ei geni ar Ddydd Calan": a festival after a
# birth verb (a day and month after one is read by the dates module already), the Welsh noun in every form a
# verb leaves it ("ei geni", "ei eni", "fy ngeni", "'ngeni"), and with no "ar" ("o'i eni noswyl Nadolig").
_BORN_ON = re.compile(
    r"(?i:\b(?:born|ganwyd|ganed|aned|n?geni|eni)(?:[ \t]+(?:hi|e|o|ef|fe|fo|yno|there))?)"
    # ... and an aside before the day, the day in quotation marks (round forty-three): 'was born, as he told me
    # proudly, "on VE Day, the actual day"', "ganwyd hi, medden nhw, ar Ddydd Calan"
    r"(?:,[ \t]+[^,\n.!?\"“”]{1,40}?,(?=[ \t]+[\"“‘]?(?:on|ar|On|Ar)[ \t]))?"
    r"(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?=[ \t]+(?:ar|on)[ \t]))?"  # "Ganwyd Lowri ar Ddydd Nadolig" (round thirty-six)
    r"(?i:[ \t]+[\"“‘]?(?:(?:on|ar)[ \t]+)?(?:the[ \t]+|y[ \t]+)?)(" + FESTIVAL_DAY + r")(?![\w-])"
    r"(?!,?[ \t]+(?:(?:in|yn|ym)[ \t]+)?[0-9]{4})"
)
# An age turned on a festival, its year or not: "He turned seven on Christmas Day", "she'll be ninety on St David's
# Day", "Trodd o'n saith oed ar Ddydd Llun y Pasg 2019" (round thirty-six; a date in figures or a month is dates.py's).
_TURNED_ON_FESTIVAL = re.compile(
    r"(?i:\b(?P<turns>(?:turns|turned|turning|will[ \t]+be|['’]ll[ \t]+be)[ \t]+(?:[0-9]{1,3}|" + EN_AGE_WORDS + r")"
    r"(?:[ \t]+years?[ \t]+old)?[ \t]+on"
    r"|(?:trodd|drodd|troes|droes|troi|droi|bydd|fydd)[^\n.!?]{0,12}?(?:['’]n|[ \t]yn)[ \t]+(?:[0-9]{1,3}|"
    + CY_AGE
    + r")(?:[ \t]+oed)?[ \t]+ar)[ \t]+(?:the[ \t]+)?)"
    r"(" + FESTIVAL_DAY + r"(?:,?[ \t]+(?:[0-9]{4}|['’][0-9]{2}(?![0-9])))?)(?![\w-])"
)
_TURNED_NEEDLES = (
    *("urned ", "urns ", "urning ", "ll be ", "rodd ", "roes ", "roi'n", "roi’n", "roi yn", "ydd hi", "ydd o'n"),
    *("ydd o’n", "ydd e'n", "ydd e’n", "ydd fe", "ydd fo", "ydd yn"),
)
# A birth placed by what happened around it, with no year: "born the week the Queen was crowned", "born up
# there the August before the war broke out", "ganwyd hi'r gaeaf cyn y rhyfel". It ends at a clause's end.
_BORN_WHEN = re.compile(
    r"(?i:\b(?:born|ganwyd|ganed|aned|n?geni|eni)"
    r"(?:[ \t]+(?:hi|e|o|ef|fe|fo|up|down|out|over|there|here|at[ \t]+home|yno|fan[ \t]+hyn|adre|gartre)\b){0,3},?"
    # "born, as she tells everyone, the Monday", "born, as she likes to remind everyone, the day …"
    r"(?:[ \t]+as[ \t]+(?:she|he|they)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,5},)?"
    r"(?:[ \t]+[\"“‘]?(?:the|y|yr)|['’]r"  # 'born there, "the week the river came in"'
    r"|[ \t]+(?:yn|ym)(?=[ \t]+(?:hydref|haf|gaeaf|gwanwyn|mis)[ \t])"  # "Ganwyd hi yn hydref boddi Tryweryn"
    # ... or a span of time before or after it: "born a fortnight before the war", "ganwyd hi bythefnos cyn y rhyfel"
    r"|[ \t]+(?:a|one)(?=[ \t]+(?:fortnight|week|day|month)[ \t]+(?:before|after)[ \t]+the\b)"
    r"|(?=[ \t]+(?:bythefnos|wythnos|ddiwrnod|fis)[ \t]+(?:cyn|ar[ \t]+ôl|wedi)[ \t]+(?:y|yr)\b))[ \t]+)"
    r"((?i:" + MONTH + r"|week|weekend|winter|summer|spring|autumn|year|night|month|wythnos|gaeaf|haf|gwanwyn|hydref"
    r"|day|fortnight|diwrnod|ddiwrnod|pythefnos|bythefnos|fis|penwythnos"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|dydd[ \t]+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)"
    r"|flwyddyn|noson|mis)"
    # ... or a named thing that happened, its name first: "born the night Crystal Palace burned", "the weekend
    # Storm Dennis flooded the valley", "the week England won the World Cup"
    r"[ \t]+(?:(?i:before|after|that|when|the|cyn|ar[ \t]+ôl|pan|y|yr)[ \t]+|(?=[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+[ \t]+[A-Za-z])"
    # ... or a thing that happened, in lower case (round forty-seven): "born the day war broke out", "the day lockdown
    # started"; in Welsh, a season, a deed and whose it was: "yn hydref boddi Tryweryn"
    r"|(?=[a-z]+[ \t]+(?:[a-z]+ed|broke|began|came|went|won|lost|hit|fell|froze|shut|struck|rose|sank|burnt|blew)\b)"
    r"|(?:(?<=hydref[ \t])|(?<=gaeaf[ \t])|(?<=gwanwyn[ \t])|(?<=haf[ \t]))(?=[a-zâêîôûŵŷ]+[ \t]+[A-ZÂŴŶ][a-zâêîôûŵŷ]))"
    r"(?:(?![ \t](?:and|but|ac|ond)[ \t])[^\n.;:!?,()\"“”]){3,50})"  # to the clause's end
)
# ... or by a named event, the date after it or not: "born the week of the Three Nights' Blitz, Feb '41", "ganwyd
# hi wythnos Storm Dennis, Chwefror 2020", "ges i 'ngeni ar ddiwrnod Sioe Tregaron", "ei geni yn ystod eira mawr
# '47". It ends at a clause's end, the date's year with it.
_BORN_DURING = re.compile(
    r"(?i:\b(?:born|ganwyd|ganed|aned|n?geni|eni)"
    # ... the child named after the Welsh verb (round forty-seven): "Ganwyd Cian noson storm Arwen"
    r"(?:(?<=anwyd)[ \t]+(?-i:[A-ZÂŴŶ][a-zâêîôûŵŷ]+)(?=[ \t]+(?:noson|wythnos|diwrnod|ddiwrnod)\b))?"
    r"(?:[ \t]+(?:hi|e|o|ef|fe|fo|up|down|out|over|there|here|yno|adre|gartre)\b['’]?){0,2},?[ \t]+[\"“‘]?)"
    r"((?i:(?:on[ \t]+|in[ \t]+)?the[ \t]+(?:(?:first|last|very)[ \t]+)?"  # "born the last night of the Blitz"
    r"(?:week|day|night|morning|winter|summer|spring|autumn|month|year)[ \t]+of"
    r"|during|ar[ \t]+ddiwrnod|ar[ \t]+noson|ar[ \t]+fore|wythnos|wsnos|wthnos|adeg|yn[ \t]+ystod"
    # the time said as Welsh says it, with no "ar": "Ganwyd e ddiwrnod Sioe Aberteifi 2012", "ei eni y noson aeth y
    # bad achub mas" (round thirty-one)
    r"|ddiwrnod|(?:y[ \t]+)?noson|y[ \t]+diwrnod|y[ \t]+bore|fore"
    r"|(?:ar[ \t]+)?(?:noson|diwrnod|ddiwrnod)[ \t]+(?:ola['’]?|olaf|gynta['’]?|gyntaf))"  # "noson ola' Blitz Abertawe"
    r"[ \t]+(?!(?:the[ \t]+|y[ \t]+)?['’]?[0-9])[^\n.;:!?()\"“”,]{3,45}?"  # "the week of the '63 freeze": dates.py's
    r"(?:,?[ \t]+(?:(?:" + MONTH + r")\.?[ \t]+)?(?:[0-9]{4}|['’][0-9]{2})(?![0-9]))?)"
    r"(?=[ \t]*(?:[\n.;:!?()\"“”,]|\Z|[ \t](?:in|yn|medde|meddai|said|and|a|ac)\b))"
)
# A birth on a day named in capitals, with its year: "b. Eid al-Adha 2024", "dtr b. Meskel 2006", "born Bonfire
# Night 2010", "g. Sul y Blodau 2016". After a place ("b. Merthyr 1951") only the year is the date.
_BORN_NAMED_DAY = re.compile(
    r"(?:(?<![\w.])[bg]\.|\b(?:born|Born|ganwyd|Ganwyd))[ \t]+(?:(?:on|ar)[ \t]+)?"
    r"((?:[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+)?"  # "b. 27 Ramadan 1445": a day of another calendar's month
    r"(?:[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+|haf|gaeaf|gwanwyn|hydref|summer|winter|spring|autumn)"  # "g. haf 2012": a season
    r"(?:[- \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,3}?,?[ \t]+(?:[0-9]{4}|['’][0-9]{2}))"
    r"(?![0-9]|[/.-][0-9])"
)
_ABBREVIATED_BORN_NEEDLES = ("b. ", "g. ")
# ... or a festival's day alone where the clause ends: "b. Christmas Day, Room 4", "g. Dydd Nadolig;" (round 36)
_ABBREVIATED_FESTIVAL = re.compile(
    r"(?<![\w.])[bBgG]\.[ \t]+(" + FESTIVAL_DAY + r")(?=[ \t]*(?:[,;)\n]|\.(?:\s|\Z)|\Z))"
)
# A birth on a day of this month, its month left to the story's date: "Lleucu Haf, ganwyd bore Sadwrn y 15fed am
# chwarter i saith", "born on Saturday the 15th, at 4 a.m." (a day with its month is read by the dates module).
_BORN_ON_THE_DAY = re.compile(
    r"(?i:\b(?:born|ganwyd|ganed|aned|n?geni|eni)(?:[ \t]+(?:hi|e|o|ef|fe|fo))?[ \t]+(?:(?:on|ar)[ \t]+)?)"
    r"((?i:(?:(?:early|late|bore|fore|nos|noson|prynhawn|dydd|ddydd|on)[ \t]+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)"
    r"(?:[ \t]+(?:morning|night|evening|afternoon))?[ \t]+)?"
    r"(?:the|y|yr)[ \t]+[0-9]{1,2}" + ORDINAL + r"))"
    r"(?=[ \t]*(?:[,.;:!?)\n]|\Z|[ \t](?:at|am|in|yn|and|a|ac|after|ar[ \t]+ôl|medde|meddai|said)\b))"
)
# ... a day or a week of it, or an event named or dated: "born during the war" is six years, not a birthday.
_ONE_EVENT = re.compile(r"(?i:\b(?:week|day|night|morning|wythnos|ddiwrnod|noson|fore)\b)|[0-9]|(?<=[ \t])[A-ZÂŴŶ]")
# ... but an idea or a group is born in a week too: "the project was born the year after the floods".
_THING_BORN = re.compile(
    r"(?i:\b(?:group|club|idea|project|scheme|service|charity|choir|band|team|hub|partnership|network|grŵp|grwp|clwb"
    r"|syniad|prosiect|cynllun|gwasanaeth|elusen|côr|tîm|rhwydwaith|partneriaeth|cymdeithas|gymdeithas)\b)"
)
# A birth told by the day someone was a baby of: "a Christmas Eve baby, 1949", "our little Valentine's Day baby",
# "babi Noswyl Nadolig oedd o", "fabi Dydd Calan". The year, when it follows, is part of it.
_YEAR_AFTER = (
    r"(?:,?[ \t]+(?:(?:in|of|yn|ym)[ \t]+|oedd[ \t]+(?:hi|o|e|fo),?[ \t]+)?(?:[0-9]{4}|['’][0-9]{2})(?![0-9])"
    r"|[ \t]*\([ \t]*[0-3]?[0-9][/.-][01]?[0-9][/.-](?:[0-9]{4}|[0-9]{2})(?![0-9]))?"  # "a Boxing Day baby (26/12/08"
)
_FESTIVAL_BABY = re.compile(
    r"(?:\b(?:[Bb]abi|[Ff]abi|[Mm]abi)[ \t]+("
    + FESTIVAL_DAY
    + r")(?![\w-])"
    + _YEAR_AFTER
    + r"|("
    + FESTIVAL_DAY
    # ... with its year before "baby", or a month and a year (round thirty-seven): "a New Year's Day 2019 baby",
    # "a June '19 baby"
    + r"(?:,?[ \t]+(?:[0-9]{4}|['’][0-9]{2}(?![0-9])))?|"
    + MONTH
    + r"[ \t]+(?:[0-9]{4}|['’][0-9]{2}(?![0-9])))[ \t]+(?:baby|babi)\b"
    + _YEAR_AFTER
    # ... and a girl or a boy of the day with the year, as Welsh says it: "merch dydd Calan '49" (round thirty-seven)
    + r"|\b(?:[Mm]erch|[Ff]erch|[Bb]achgen|[Ff]achgen|[Hh]ogyn|[Cc]rwt|[Gg]rwt|[Cc]roten|[Gg]roten)[ \t]+("
    + FESTIVAL_DAY
    + r",?[ \t]+(?:[0-9]{4}|['’][0-9]{2})(?![0-9]))"
    + r")"
)
# An age someone has been since a day: "Mae Lowri'n ddeuddeg ers Ionawr y 3ydd", "he's been ten since 4 May".
_AGE_SINCE = re.compile(
    r"(?:['’]n|\byn|\bbeen|\bturned)[ \t]+(?:[0-9]{1,3}|"
    + CY_AGE
    + r"|dd?euddeg|[bp]ymtheg|dd?eunaw|[td]ri[ \t]+ar[ \t]+ddeg|[pb]edwar[ \t]+ar[ \t]+ddeg|un[ \t]+ar[ \t]+ddeg|"
    + EN_AGE_WORDS
    + r")(?:[ \t]+(?:oed|years?[ \t]+old))?[ \t]+(?:ers|since)[ \t]+(?:the[ \t]+|y[ \t]+)?("
    + _DAY_MONTH
    + r")(?![\w/-])(?!,?[ \t]+['’]?[0-9]{2})"
)
_SINCE_NEEDLES = (" ers ", " since ")
# A baby's arrival, told after it: "Baby due; came at the Heath 2nd Jan '25", "a'r babi, a gyrhaeddodd ar y 15fed o
# Awst '24"; not home from hospital ("the baby came home on 3 May 2024").
_BABY_CAME = re.compile(
    r"(?![ \t]+(?i:group|club|clinic|massage|shower|bank|unit|food|monitor|class|classes|sitter|show|grŵp|clwb"
    r"|dosbarth|sioe)\b)"  # "the baby group came to the hall on 3 May 2024": the group's day, not a birth
    r"[^.!?\n]{0,50}?\b(?i:came|arrived|cyrhaeddodd|gyrhaeddodd|ddaeth|daeth)\b"
    r"(?![ \t]+(?i:home|back|out|in[ \t]+to|round|over|adre|adref|adra|gartre|gartref|yn[ \t]+ôl|nôl|draw|i[ \t]+mewn))"
)
_STOPPED = re.compile(r"[.!?;\n]|\b(?:and|but|ac|ond|then|wedyn)\b")
# "ar Ddydd Gŵyl Dewi eleni, ar ei phen-blwydd", "on 3 March, her 85th birthday": the day named, then
# called someone's birthday.
_DAY_THEN_BIRTHDAY = re.compile(
    r"(?:(?<=\bon[ \t])|(?<=\bar[ \t])|(?<=\bOn[ \t])|(?<=\bAr[ \t]))(?:the[ \t]+)?(" + _DAY + r")"
    r"(?i:(?:[ \t]+(?:eleni|llynedd|this[ \t]+year|last[ \t]+year))?,?[ \t]+(?:(?:on|ar)[ \t]+)?"
    r"(?:her|his|my|their|ei|eu|fy)[ \t]+(?:[0-9]{1,3}(?:st|nd|rd|th)[ \t]+)?)" + _BIRTHDAY
)
# ... but not the day a party or a cake was had for it.
_PARTY = re.compile(r"(?i:[ \t]+(?:party|parties|parti|pharti|barti|cake|cacen|gacen|tea|te|meal|bash|card|cards)\b)")
# Each pattern is tried only in a window around its cue word, found first with str.find: a regular
# expression run over a whole text, even for the cue words alone, costs several times as much.
_BIRTHDAY_NEEDLES = ("irthday", "'day", "’day", "blwydd")
_BORN_NEEDLES = ("born", "Born", "anwyd", "aned", "eni")
_BABY_NEEDLES = ("aby", "abi ", "abi,")  # "Baby due; came", "a'r babi, a gyrhaeddodd"
_CHILD_OF_THE_DAY_NEEDLES = ("erch ", "achgen ", "ogyn ", "rwt ", "roten ")


def birthdays_without_year(text: str, found: Needles) -> list[tuple[int, int]]:
    """Every day and month (or festival) the text gives as someone's birthday or birth."""
    spans: set[tuple[int, int]] = set()
    n = len(text)
    for a, b in _occurrences(found, _BIRTHDAY_NEEDLES):
        said = _BIRTHDAY_IS.search(text, max(0, a - 40), min(n, b + 90))
        if said and said.start() <= a:
            spans.add(said.span(1))
        with_year = _BIRTHDAY_IS_WITH_YEAR.search(text, max(0, a - 40), min(n, b + 60))
        if with_year and with_year.start() <= a:
            spans.add(with_year.span(1))
        welsh_way = _BIRTHDAY_THEN_YEAR_CY.search(text, max(0, a - 12), min(n, b + 70))
        if welsh_way and welsh_way.start() <= a:
            spans.add(welsh_way.span(1))
        named = _DAY_THEN_BIRTHDAY.search(text, max(0, a - 100), b)
        if named and _PARTY.match(text, named.end()) is None:
            spans.add(named.span(1))
    for a, _ in _occurrences(found, _BORN_NEEDLES):
        # "born", "ganwyd" from the needle; "geni" one letter back, "ngeni" two
        born = match_starting_by(_BORN_ON, text, max(0, a - 2), a, n)
        if born:
            spans.add(born.span(1))
        during = match_starting_by(_BORN_DURING, text, max(0, a - 2), a, n)
        if during and not _THING_BORN.search(text, max(0, a - 40), a) and _ONE_EVENT.search(during.group(1)):
            spans.add(_before_another_detail(text, *during.span(1)))  # "born the week of the Three Nights' Blitz"
        day = match_starting_by(_BORN_ON_THE_DAY, text, max(0, a - 2), a, n)
        if day and not _THING_BORN.search(text, max(0, a - 40), a):
            spans.add(day.span(1))  # "ganwyd bore Sadwrn y 15fed"
        when = match_starting_by(_BORN_WHEN, text, max(0, a - 2), a, n)
        if when and not _THING_BORN.search(text, max(0, a - 40), a):
            spans.add(_before_another_detail(text, when.start(), when.end(1)))
    for a, _ in _occurrences(found, _ABBREVIATED_BORN_NEEDLES):
        alone = _ABBREVIATED_FESTIVAL.match(text, a)
        if alone:
            spans.add(alone.span(1))
    for a, _ in _occurrences(found, (*_ABBREVIATED_BORN_NEEDLES, "born", "Born", "anwyd")):
        at = a - 1 if text.startswith("anwyd", a) else a
        day = _BORN_NAMED_DAY.match(text, at) if at >= 0 else None
        if day and _THING_BORN.search(text, max(0, at - 40), at):
            continue  # "The club was born on Boxing Day 1990"
        if day and WHO_THEN_ON.match(day.group(1)):
            continue  # "Ganwyd Wil ar Ddydd Calan 1956": who was born, then the day, read as a day from "ar" (round 42)
        if day and _a_named_day(day.group(1)):
            spans.add(day.span(1))
        elif day:  # "b. Merthyr 1951": where, and the year of birth, as "(g. 1938)" is one
            year = day.group(1).rsplit(None, 1)[-1]
            spans.add((day.end(1) - len(year), day.end(1)))
    for a, _ in _occurrences(found, _TURNED_NEEDLES):
        turned = _TURNED_ON_FESTIVAL.search(text, max(0, a - 6), min(n, a + 90))
        if turned and turned.start() <= a and a_person_turns(text, turned.start(), turned.group("turns")):
            spans.add(turned.span(2))
    for a, _ in _occurrences(found, _SINCE_NEEDLES):
        since = _AGE_SINCE.search(text, max(0, a - 40), min(n, a + 40))
        if since and since.start(1) > a:
            spans.add(since.span(1))
    for a, b in _occurrences(found, (*_BABY_NEEDLES, *_CHILD_OF_THE_DAY_NEEDLES)):
        baby = _FESTIVAL_BABY.search(text, max(0, a - 40), min(n, b + 60))
        if baby and baby.start() <= b and baby.end() >= a:
            first = next(g for g in (1, 2, 3) if baby.group(g))
            spans.add((baby.start(first), baby.end()))
        came = _BABY_CAME.match(text, b)
        date = DATE.search(text, came.end(), min(n, came.end() + 40)) if came else None
        if came and date and date.group()[-1:].isdigit() and not _STOPPED.search(text, came.end(), date.start()):
            spans.add(date.span())  # "Baby due; came at the Heath 2nd Jan '25": the day a baby arrived is its birth
    return sorted((s, e - 1) if text[e - 1] == "." else (s, e) for s, e in spans)  # "3 March." ends a sentence


_PLACED_IN = re.compile(r"[ \t](?:i|yn|ym|yng|o|at|to|in|into|from|on)[ \t]+[A-ZÀ-ÖØ-ÞŴŶ]")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+")


def _before_another_detail(text: str, s: int, e: int) -> tuple[int, int]:
    """S..E cut before the first person's name or place in it: "wythnos ar ôl i Dafydd farw" keeps Dafydd a name,
    "wythnos cyn i'r teulu symud i Fryn Awel" keeps Bryn Awel a home."""
    placed = _PLACED_IN.search(text, s + 1, e)
    if placed:
        e = s + len(text[s : placed.start()].rstrip(" \t,"))
    previous_capital = False
    for word in _CAPITALISED.finditer(text, s + 1, e):
        w = word.group()
        glued = previous_capital and text[word.start() - 1] == " "
        if not glued and (w in lx.FIRST or w in lx.FIRST_MUTATED):  # "Storm Dennis" is a storm's name
            return s, len(text[s : word.start()].rstrip(" \t,")) + s
        previous_capital = word.end() < e and text[word.end()] == " "
    return s, e


_DAY_WORDS = frozenset("Day Day's Night Eve Morning Dydd Ddydd Diwrnod Noswyl Nos Gŵyl Ŵyl Sul Calan Galan".split())  # noqa: SIM905
_PLACE_FIRST_WORDS = frozenset(p.split()[0] for p in lx.PLACES)  # "Merthyr" of "Merthyr Tydfil"


def _a_named_day(phrase: str) -> bool:
    """Is PHRASE (words, then a year) a day's name rather than a place's or a month's (dates.py reads those)?"""
    words = [w for w in phrase.replace(",", " ").replace("-", " ").split()[:-1] if not w[:1].isdigit()]
    if not words or words[0].islower() or any(w in _DAY_WORDS for w in words):
        return True  # "St Swithin's Day", "Noswyl Nadolig": "St" also starts St Davids, a city
    return not (
        words[0] in _PLACE_FIRST_WORDS
        or " ".join(words) in lx.PLACES
        or re.fullmatch(MONTH, words[0], re.IGNORECASE) is not None
        or words[0] in lx.FIRST
    )


def _occurrences(found: Needles, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of NEEDLES occurs in the text, as (start, end)."""
    return [(i, i + len(needle)) for needle in needles for i in found.starts(needle)]


NEEDLES = (
    *_CHILD_OF_THE_DAY_NEEDLES,
    *_BIRTHDAY_NEEDLES,
    *_BORN_NEEDLES,
    *_BABY_NEEDLES,
    *_SINCE_NEEDLES,
    *_ABBREVIATED_BORN_NEEDLES,
    *_TURNED_NEEDLES,
)
