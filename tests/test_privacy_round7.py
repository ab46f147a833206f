"""Identifying details, round seven (issue 15): families from their format or their language, not from
instances. NHS numbers by their 3-3-4 shape alone (check digit right or not, NHS word near or not) and
bare ten-digit runs by their check digit; NI numbers in every written shape; homes placed by a
description or named after a living verb; care homes someone came to; Welsh schools and colleges in
every mutation; identifiers in Welsh word order. Each has its look-alikes, which must stay unflagged.
Every sentence here is new and fictional."""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, assert_nothing_but_names

from storysite.privacy import scan_text

FINDS = [
    # NHS numbers by shape: grouped 3-3-4 not starting with 0, with or without a word for it.
    ("en", "Her hospital letter (632 118 4790) was on the table.", "nhs-number", "632 118 4790"),
    ("en", "It was on Glenys's record, 719-204-3386, all along.", "nhs-number", "719-204-3386"),
    ("en", "Number on the wristband: 558 301 9924.", "nhs-number", "558 301 9924"),
    ("en", "The pharmacy label read 401 023 2137 under his name.", "nhs-number", "401 023 2137"),
    ("en", "Her number 4010232137 was written on the box.", "nhs-number", "4010232137"),
    ("en", "On the form: 9434765919, then her signature.", "nhs-number", "9434765919"),
    ("cy", "Roedd ar ei chofnod (632 118 4790) ers blynyddoedd.", "nhs-number", "632 118 4790"),
    ("cy", "Ar y band ar ei arddwrn: 719-204-3386.", "nhs-number", "719-204-3386"),
    ("cy", "Mae'r rhif 558 301 9924 ar bob llythyr o'r ysbyty.", "nhs-number", "558 301 9924"),
    ("cy", "Ysgrifennodd y fferyllydd 401 023 2137 ar y label.", "nhs-number", "401 023 2137"),
    ("cy", "Ei rhif hi oedd 4010232137, meddai'r nyrs.", "nhs-number", "4010232137"),
    ("cy", "Ar y ffurflen: 9434765919, a'i llofnod.", "nhs-number", "9434765919"),
    ("en", "Her phone is on the fridge; NHS no. 632 118 4790 on her card.", "nhs-number", "632 118 4790"),
    ("cy", "Mae ei ffôn ar y bwrdd (GIG: 632 118 4790).", "nhs-number", "632 118 4790"),
    # Homes placed by a description, and the living verb before or around it.
    (
        "en",
        "She lives in the house with the red door by the chapel.",
        "address",
        "house with the red door by the chapel",
    ),
    ("en", "His home is the cottage near the old mill.", "address", "cottage near the old mill"),
    ("en", "They moved into the bungalow down from the pub.", "address", "bungalow down from the pub"),
    ("en", "She lived in the flat above the chip shop for years.", "address", "flat above the chip shop"),
    ("en", "He lives in the farmhouse at the end of the lane.", "address", "farmhouse at the end of the lane"),
    ("cy", "Mae hi'n byw yn y tŷ gyda'r drws coch ger y capel.", "address", "tŷ gyda'r drws coch ger y capel"),
    ("cy", "Ei chartref yw'r bwthyn wrth y bont.", "address", "bwthyn wrth y bont"),
    ("cy", "Symudodd i'r fflat o dan y siop sglodion.", "address", "fflat o dan y siop sglodion"),
    ("cy", "Ei chartref oedd y fflat uwchben y siop.", "address", "fflat uwchben y siop"),
    ("cy", "Mae e'n byw yn y ffermdy ar ben y lôn.", "address", "ffermdy ar ben y lôn"),
    # Homes and care homes someone came to, moved into or went back to, mutations and all.
    ("en", "Emrys came to Bryn Hedd from the farm.", "address", "Bryn Hedd"),
    ("en", "Dilys went into Plas Derwen in March.", "address", "Plas Derwen"),
    ("en", "He moved to Ael y Bryn last year.", "address", "Ael y Bryn"),
    ("en", "Mrs Evans came to Hafod Lodge after her fall.", "address", "Hafod Lodge"),
    ("en", "He went into Cartref Bro in May.", "address", "Cartref Bro"),
    ("en", "She came to Maple Court in 2022.", "address", "Maple Court"),
    ("en", "Sian came to Woodland House for respite.", "address", "Woodland House"),
    ("en", "He went back to Tyddyn Mawr after hospital.", "address", "Tyddyn Mawr"),
    ("cy", "Daeth Emrys i Fryn Hedd yn 2020.", "address", "Fryn Hedd"),
    ("cy", "Aeth hi i fyw i Blas Derwen ym mis Mawrth.", "address", "Blas Derwen"),
    ("cy", "Symudodd i Lys Gwyn y llynedd.", "address", "Lys Gwyn"),
    ("cy", "Symudodd hi i fyw i Gartref Bro.", "address", "Gartref Bro"),
    ("cy", "Aeth e i mewn i Dŷ Gwyn yn yr haf.", "address", "Dŷ Gwyn"),
    ("cy", "Aeth hi yn ôl i Dyddyn Isaf.", "address", "Dyddyn Isaf"),
    ("cy", "Daeth Mam i Lys Gwyn ar ôl y strôc.", "address", "Lys Gwyn"),
    # Streets and house names after a living verb, with no street word.
    ("en", "She moved to Heol Hir after the divorce.", "address", "Heol Hir"),
    ("en", "He lives in Glan Rhyd with his mum.", "address", "Glan Rhyd"),
    ("cy", "Symudon nhw i Glos y Wern ym mis Mai.", "address", "Glos y Wern"),
    ("cy", "Mae e'n byw ym Mhant Glas gyda'i fam.", "address", "Mhant Glas"),
    # A relative known by her lane, her house or her village.
    ("en", "Nain Pen Lôn made cawl for everyone.", "person-name", "Nain Pen Lôn"),
    ("en", "Nain Llanberis sent a card.", "person-name", "Nain Llanberis"),
    ("cy", "Gwnaeth Nain Pen Lôn gawl i bawb.", "person-name", "Nain Pen Lôn"),
    ("cy", "Roedd Taid Pen-y-groes yn canu.", "person-name", "Taid Pen-y-groes"),
    # Welsh schools and colleges in every mutation, and schools named by their kind and their place.
    ("cy", "Mae hi'n astudio yng Ngholeg Menai erbyn hyn.", "school", "Ngholeg Menai"),
    ("cy", "Aeth i Goleg Sir Gâr yn 2022.", "school", "Goleg Sir Gâr"),
    ("cy", "Mae'n dysgu gyda Choleg Cambria.", "school", "Choleg Cambria"),
    ("cy", "Aeth i'r Ysgol Gyfun Gŵyr.", "school", "Ysgol Gyfun Gŵyr"),
    ("cy", "Mae e yn y chweched dosbarth ym Maes y Gwendraeth.", "school", "Maes y Gwendraeth"),
    ("cy", "Mae'n mynd i'r Cylch Meithrin yn Llanrug.", "school", "Llanrug"),
    ("cy", "Mae e yng Nghylch Meithrin Bethel.", "school", "Nghylch Meithrin Bethel"),
    ("cy", "Mae'n mynd i Feithrinfa Seren Fach.", "school", "Feithrinfa Seren Fach"),
    ("cy", "Mae e yn yr Uned Cyfeirio Disgyblion yn Nhreffynnon.", "school", "Nhreffynnon"),
    ("cy", "Mae e yn Uned Cyfeirio Disgyblion Tŷ Newydd.", "school", "Tŷ Newydd"),
    ("cy", "Mae'n mynd i ganolfan addysg Glan Morfa.", "school", "Glan Morfa"),
    ("cy", "Mae'n mynd i Ganolfan Addysg Glan Morfa.", "school", "Glan Morfa"),
    ("en", "He is in the sixth form at Maes y Gwendraeth.", "school", "Maes y Gwendraeth"),
    ("en", "He was at the pupil referral unit in Holywell.", "school", "Holywell"),
    ("en", "Tomos started at Coleg Cambria Sixth Form.", "school", "Coleg Cambria Sixth Form"),
    ("en", "He goes to Pen-y-Bryn PRU now.", "school", "Pen-y-Bryn PRU"),
    ("en", "He attends Riverside Learning Centre.", "school", "Riverside Learning Centre"),
    ("en", "She goes to Little Owls Day Nursery.", "school", "Little Owls Day Nursery"),
    ("en", "Her son is at Acorns Pre-school.", "school", "Acorns Pre-school"),
    ("en", "She goes to the playgroup at Llanddona.", "school", "Llanddona"),
    # Identifiers in Welsh word order and lower case.
    ("cy", "Rhif y cerdyn bws yw 6330 1200 4471.", "other-id", "6330 1200 4471"),
    ("cy", "Cerdyn rhif 20445817 oedd ganddi.", "other-id", "20445817"),
    ("cy", "Cyf. 44-190 ar y llythyr.", "other-id", "44-190"),
    ("cy", "Cyfeirnod: TA/2231/7.", "other-id", "TA/2231/7"),
    ("cy", "Achos rhif 44-190.", "other-id", "44-190"),
    ("cy", "Tenantiaeth rhif HC/0091/3.", "other-id", "HC/0091/3"),
    ("cy", "Rhif cofrestru: cv21xkp.", "other-id", "cv21xkp"),
    ("cy", "Roedd y car, cv21 xkp, tu allan.", "other-id", "cv21 xkp"),
    ("cy", "Mae hi yng ngwely 4 ar Ward Dewi.", "other-id", "ngwely 4"),
    ("cy", "Mae hi yn ystafell rhif 12.", "other-id", "ystafell rhif 12"),
    ("cy", "Mae hi ar ward 7 ers dydd Llun.", "other-id", "ward 7"),
    ("cy", "Mae hi ar ward rhif 7.", "other-id", "ward rhif 7"),
    ("cy", "Mae hi ar Instagram fel @mair_j99.", "other-id", "@mair_j99"),
    ("cy", "Mae e ar TikTok fel gethin.jones44.", "other-id", "gethin.jones44"),
    ("cy", "Cod y blwch allweddi yw 4471.", "other-id", "4471"),
    ("en", "The car, cv21 xkp, was outside.", "other-id", "cv21 xkp"),
    ("en", "His van (cv21xkp) was parked on the lane.", "other-id", "cv21xkp"),
    ("en", "She is on ward 7 since Monday.", "other-id", "ward 7"),
    ("en", "He was moved to ward 3 overnight.", "other-id", "ward 3"),
    ("en", "She is on Instagram as @mair_j99.", "other-id", "@mair_j99"),
    ("en", "He's on TikTok as gethin.jones44.", "other-id", "gethin.jones44"),
    ("en", "The door code is 2580.", "other-id", "2580"),
    ("en", "The key is in the box by the door, code 4471.", "other-id", "4471"),
    ("en", "The key safe is by the back door; the code is 4471.", "other-id", "4471"),
    ("cy", "Mae ei allwedd yn y blwch, cod 4471.", "other-id", "4471"),
    ("cy", "Mae'r goriad yn y blwch wrth y drws cefn; y cod yw 4471.", "other-id", "4471"),
    # A home placed with a living verb and a landmark only, after the word "address", or returned to.
    ("en", "They live above the Spar in Llanrug.", "address", "above the Spar in Llanrug"),
    ("en", "His address is Tŷ Newydd, Llanrug.", "address", "Tŷ Newydd"),
    ("en", "Address: Bryn Awel, Rhosgadfan.", "address", "Bryn Awel"),
    ("en", "He returned to Llys Awel after a week in hospital.", "address", "Llys Awel"),
    ("cy", "Mae hi'n byw gyferbyn â'r capel yn Rhosgadfan.", "address", "gyferbyn â'r capel yn Rhosgadfan"),
    ("cy", "Ei chyfeiriad newydd yw Fflat 2, Llys Gwyn.", "address", "Llys Gwyn"),
    ("cy", "Cyfeiriad: Bryn Awel, Rhosgadfan.", "address", "Bryn Awel"),
    ("cy", "Dychwelodd hi i Lys Awel ar ôl wythnos yn yr ysbyty.", "address", "Lys Awel"),
    # A person's date in figures copied from a record, with no word for birth.
    ("en", "On her record: 03/05/1941.", "date-of-birth", "03/05/1941"),
    ("en", "Her file says 03/05/1941 and her GP is Dr Rao.", "date-of-birth", "03/05/1941"),
    ("en", "Her wristband: 3.5.41", "date-of-birth", "3.5.41"),
    ("cy", "Ar y cofnod: 03/05/1941.", "date-of-birth", "03/05/1941"),
    ("cy", "Ar ei chofnod meddygol mae 03/05/1941.", "date-of-birth", "03/05/1941"),
    ("cy", "Ar ei band arddwrn: 3.5.41", "date-of-birth", "3.5.41"),
    # NHS numbers in any grouping when labelled, and 3-3-4 with full stops.
    ("en", "NHS No 485 7773 456 on the card.", "nhs-number", "485 7773 456"),
    ("en", "NHS no. 48577 73456 on the card.", "nhs-number", "48577 73456"),
    ("en", "NHS number: 485-7773-456.", "nhs-number", "485-7773-456"),
    ("en", "Her number was 485.777.3456 on the letter.", "nhs-number", "485.777.3456"),
    ("cy", "Rhif GIG 485 7773 456 ar y cerdyn.", "nhs-number", "485 7773 456"),
    ("cy", "rhif y GIG oedd 48577 73456", "nhs-number", "48577 73456"),
    ("cy", "Rhif GIG: 485-7773-456.", "nhs-number", "485-7773-456"),
    ("cy", "Roedd y rhif 485.777.3456 ar y llythyr.", "nhs-number", "485.777.3456"),
    ("en", "NHS no. 012 345 6789 on the card.", "nhs-number", "012 345 6789"),
    ("en", "NHS number: 0123456789.", "nhs-number", "0123456789"),
    ("cy", "Rhif GIG: 012 345 6789 ar y cerdyn.", "nhs-number", "012 345 6789"),
    ("cy", "Rhif GIG 0123456789.", "nhs-number", "0123456789"),
    # A person's old date right after their name, a second date of birth in a list, a year before its birth verb.
    ("en", "Resident: Mair Jones, 3.11.1941, widowed.", "date-of-birth", "3.11.1941"),
    ("en", "Dates of birth: 3/11/41 and 5/6/43.", "date-of-birth", "5/6/43"),
    ("en", "In 1941 she was born in the farmhouse.", "date-of-birth", "1941"),
    ("cy", "Preswylydd: Mair Jones, 3.11.1941, gweddw.", "date-of-birth", "3.11.1941"),
    ("cy", "Dyddiad geni'r ddau: 3/11/41 a 5/6/43.", "date-of-birth", "5/6/43"),
    ("cy", "Yn 1941 y ganwyd hi.", "date-of-birth", "1941"),
    # Named blocks of flats and allotments, before the lower-case word or after the Welsh one.
    ("en", "He's in the Bryn Estyn flats.", "address", "Bryn Estyn"),
    ("en", "They met at the Cae Ffynnon allotments behind the rugby club.", "address", "Cae Ffynnon"),
    ("en", "His plot at Rhandiroedd Cae Ffynnon is his pride.", "address", "Cae Ffynnon"),
    ("cy", "Mae e'n byw ym fflatiau Tŷ Gwenallt.", "address", "Tŷ Gwenallt"),
    ("cy", "Mae ganddo randir yn Rhandiroedd Cae Ffynnon.", "address", "Cae Ffynnon"),
    ("cy", "Mae hi yn y fflatiau Bryn Estyn ers mis Mai.", "address", "Bryn Estyn"),
    # Sheltered housing, a house named before "her house", a house visited to see someone.
    ("cy", "Mae hi mewn tai gwarchod yn Llys Eryl.", "address", "Llys Eryl"),
    ("cy", "Tŷ Gwyn, ei thŷ ar y bryn, oedd yn oer.", "address", "Tŷ Gwyn"),
    ("cy", "Aethon ni draw i Fryn Awel i'w gweld hi ddydd Mawrth.", "address", "Fryn Awel"),
    ("en", "She is in sheltered housing at Llys Eryl.", "address", "Llys Eryl"),
    ("en", "Ty Gwyn, her house on the hill, was cold.", "address", "Ty Gwyn"),
    ("en", "We drove out to Bryn Awel to see her on Tuesday.", "address", "Bryn Awel"),
    # Schools written with a lower-case word: "ysgol" before the name, "primary" or "comp" after it.
    ("cy", "Mae'n mynd i ysgol Bro Lleu.", "school", "ysgol Bro Lleu"),
    ("cy", "Mae hi yn ysgol gynradd Llanrug.", "school", "Llanrug"),
    ("cy", "Mae hi'n mynd i'r cylch chwarae yn Neuadd Bentref Llanddeiniolen.", "school", "Llanddeiniolen"),
    ("en", "She goes to Llanrug primary now.", "school", "Llanrug primary"),
    ("en", "He's in Year 9 at Tryfan comp.", "school", "Tryfan comp"),
    ("en", "She started at Penrhos juniors.", "school", "Penrhos juniors"),
    # Someone's own home placed by a landmark, and a care home someone has been in.
    ("en", "Her cottage is just past the chapel in Rhiwlas.", "address", "cottage is just past the chapel"),
    ("en", "He's been in Bryn Seiont for a year.", "address", "Bryn Seiont"),
    ("en", "She has been living at Hafod Lodge since May.", "address", "Hafod Lodge"),
    ("cy", "Mae ei bwthyn hi reit heibio i'r capel.", "address", "bwthyn hi reit heibio i'r capel"),
    ("cy", "Mae ei dŷ e gyferbyn â'r ysgol yn Rhiwlas.", "address", "gyferbyn â'r ysgol"),
    # NI numbers in every shape.
    ("en", "His National Insurance number is qq 12 34 56 c.", "ni-number", "qq 12 34 56 c"),
    ("en", "NI: JT 44 81 27 D on the benefits letter.", "ni-number", "JT 44 81 27 D"),
    ("en", "NI no. JT 44 81 27 on the form, the last letter missing.", "ni-number", "JT 44 81 27"),
    ("en", "Her NI number is QQ123456C.", "ni-number", "QQ123456C"),
    ("en", "nat. ins. jt448127 written in pencil.", "ni-number", "jt448127"),
    ("en", "The number on her payslip, JT 44 81 27, was hers.", "ni-number", "JT 44 81 27"),
    ("cy", "Ei rhif Yswiriant Gwladol yw qq 12 34 56 c.", "ni-number", "qq 12 34 56 c"),
    ("cy", "Rhif YG: JT 44 81 27 a gafodd ei roi iddi yn 1970.", "ni-number", "JT 44 81 27"),
    ("cy", "Mae rhif Yswiriant Gwladol JT448127D ar y llythyr.", "ni-number", "JT448127D"),
    ("cy", "rhif yswiriant gwladol jt 44 81 27 d, mewn pensil.", "ni-number", "jt 44 81 27 d"),
    ("cy", "Y rhif ar ei slip cyflog, JT 44 81 27, oedd ei un hi.", "ni-number", "JT 44 81 27"),
    ("cy", "Rhif YG: JT-44-81-27-D.", "ni-number", "JT-44-81-27-D"),
    ("cy", "Ei rhif Yswiriant Cenedlaethol yw JT 44 81 27 D.", "ni-number", "JT 44 81 27 D"),
    ("cy", "Rhif YG: JT 448127 D.", "ni-number", "JT 448127 D"),
    ("en", "NI: JT-44-81-27-D.", "ni-number", "JT-44-81-27-D"),
    ("en", "NI number JT 448127 D.", "ni-number", "JT 448127 D"),
    ("en", "Her NI was JT 44 81 27D.", "ni-number", "JT 44 81 27D"),
]

PASSES = [
    # 3-3-4 look-alikes: phone numbers (a 0 first), money, ISBNs, numbers dialled abroad, longer runs.
    ("en", "The hall cost £485 777 3456 to build, they joked."),
    ("en", "The book's ISBN is 978 185 4112, on the back."),
    ("en", "The tickets were 12 485 777 3456 in the draw."),
    ("en", "It raised £485 777 in the end."),
    ("en", "Between 1948 1950 and 1960 the valley changed."),
    ("en", "The form example QQ 12 34 56 C is printed on the leaflet."),
    ("cy", "Costiodd y neuadd £485 777 3456, medden nhw'n cellwair."),
    ("cy", "ISBN y llyfr yw 978 185 4112, ar y cefn."),
    ("cy", "Codwyd £485 777 i gyd."),
    ("cy", "Mae'r enghraifft QQ 12 34 56 C ar y daflen."),
    # Going out for the day, public houses and venues, and homes no one could pick out.
    ("en", "They went to Coed y Brenin on the bikes."),
    ("en", "Dilys went into Plas Newydd for the tour."),
    ("en", "They went to Tŷ Hafan for the day."),
    ("en", "They went to Plas Derwen for tea."),
    ("en", "She came to Cardiff for the match."),
    ("en", "They went to Maes y Coed Surgery."),
    ("en", "He moved from the hostel to a room in a shared house near the station."),
    ("en", "The cafe by the station was busy."),
    ("en", "She walked to the house by the chapel for the service."),
    ("cy", "Aeth i Goed y Brenin ar y beics."),
    ("cy", "Daeth hi i Blas Newydd am dro."),
    ("cy", "Daeth hi i Dŷ Hafan am y dydd."),
    ("cy", "Aeth hi i Blas Derwen am de."),
    ("cy", "Aeth hi i Gaerdydd i'r gêm."),
    ("cy", "Roedd y caffi ger y stesion yn brysur."),
    ("cy", "Eisteddon ni wrth yr afon."),
    # Schools' kinds with no school named: a time, the local one, or none.
    ("cy", "Mae hi yn y chweched dosbarth ers mis Medi."),
    ("cy", "Mae'n mynd i'r cylch meithrin bob bore."),
    ("cy", "Dechreuodd y cylch meithrin yn 2019."),
    ("cy", "Mae Coleg Cymraeg Cenedlaethol yn cynnig ysgoloriaeth."),
    ("cy", "Mae hi'n mynd i'r coleg yn y dref."),
    ("en", "She started nursery in September."),
    ("en", "The nursery at Christmas put on a show."),
    ("en", "He left the sixth form in 2019."),
    ("en", "She is in the sixth form at the local comp."),
    # Lower-case letters and figures with no vehicle near; a ward's staff, not a patient on it.
    ("cy", "Roedd staff ward 7 yn brysur."),
    ("cy", "Y cod lliw oedd ab12cde ar y daflen."),
    ("en", "The ward 7 staff were brilliant."),
    ("en", "The colour code ab12cde was on the sheet."),
    ("en", "Please send it to the address of the Town Hall."),
    ("en", "The address is on the letter."),
    ("en", "They live near the sea."),
    ("cy", "Mae'r cyfeiriad ar y llythyr."),
    ("cy", "Mae hi'n byw ger y môr."),
    ("cy", "Anfonwch e i gyfeiriad y Cyngor."),
    # A record's own dates: when it was opened, updated or reviewed, or a recent date.
    ("en", "Her file was opened on 03/05/2009."),
    ("en", "The form was dated 03/05/2023."),
    ("en", "On the system since 03/05/2001."),
    ("cy", "Agorwyd y ffeil ar 03/05/2009."),
    ("cy", "Ar y system ers 03/05/2001."),
    ("cy", "Roedd y ffurflen wedi'i dyddio 03/05/2023."),
    ("en", "The NHS spent £485 777 3456 last year."),
    ("en", "The NHS has 1234 5678 90 staff."),
    ("en", "Version 1.2.3 of the NHS app came out."),
    ("cy", "Gwariodd y GIG £485 777 3456 y llynedd."),
    ("cy", "Daeth fersiwn 1.2.3 o ap y GIG allan."),
    ("en", "On Tuesday, 3.11.1981, the pit closed."),
    ("en", "Llanrug, 3.11.1985: the flood."),
    ("en", "Visits on 3/11/09 and 5/6/10 went well."),
    ("en", "Married 3/11/61 and widowed 5/6/88."),
    ("en", "In 2019 the group was born out of a coffee morning."),
    ("cy", "Ddydd Mawrth, 3.11.1981, caeodd y pwll."),
    ("cy", "Llanrug, 3.11.1985: y llifogydd."),
    ("cy", "Yn 2019 y ganwyd y syniad."),
    ("en", "She lives in the council flats."),
    ("en", "They built the new allotments."),
    ("en", "The Wrexham allotments were flooded."),
    ("cy", "Mae'r rhandiroedd newydd yn brysur."),
    ("cy", "Mae hi'n byw yn y fflatiau newydd."),
    ("en", "They went to Aberystwyth to see her."),
    ("cy", "Aethon nhw i Aberystwyth i'w gweld hi."),
    ("en", "She goes to the primary in town."),
    ("en", "He went to comp in Bangor."),
    ("en", "He moved to Cardiff primary care services."),
    ("cy", "Mae hi yn yr ysgol Sul bob wythnos."),
    ("cy", "Aeth i'r ysgol Haf yn Aberystwyth."),
    ("cy", "Aeth i ysgol Gymraeg."),
    ("en", "We've been in Coed y Brenin all day."),
    ("en", "The house is just past the chapel."),
    ("cy", "Mae'r tŷ sydd gyferbyn â'r ysgol yn wag."),
    ("cy", "Buon ni yng Nghoed y Brenin drwy'r dydd."),
    ("en", "The course code is 4471 for the spring term."),
    ("cy", "Cod y cwrs yw 4471 ar gyfer tymor y gwanwyn."),
    ("en", "Order 4010232137 arrived on Tuesday."),
    ("en", "The parcel's tracking code was 4010232137."),
    ("en", "AB 12 34 56 E is not an NI number: no number ends in E."),
    ("en", "The hall holds 632 118 4790 grains of rice, they guessed."),
    ("en", "He kept 632 118 4790 on his list of phone numbers."),
    ("cy", "Mae 632 118 4790 o rawn reis yn y neuadd, medden nhw."),
    ("cy", "Roedd 632 118 4790 ar ei restr o rifau ffôn."),
    ("en", "The grid squares SN 12 and SN 34 are on the map."),
    ("cy", "Cyrhaeddodd archeb 4010232137 ddydd Mawrth."),
    ("cy", "Rhif tracio'r parsel oedd 4010232137."),
    ("cy", "Nid yw AB 12 34 56 E yn rhif Yswiriant Gwladol."),
    # A relation word used as an adverb, with no landmark after it: no home is placed.
    ("en", "When his class went away, he stayed behind and told his friends he didn't fancy it."),
    ("en", "She stayed behind after the class to help tidy up."),
    ("cy", "Mae hi'n byw uwchben, ac mae hi'n dod lawr bob bore."),
    ("cy", "Arhosodd hi tu ôl i ni, a wedyn aeth hi adre ar y bws."),
]

# Phone numbers written 3-3-4 or near it: phone numbers still, never NHS numbers.
NOT_NHS = [
    ("en", "Ring the surgery on 029 2087 1234 before ten."),
    ("en", "From abroad, dial +1 800 555 1234 for the airline."),
    ("en", "Freephone from abroad: +44 800 123 4567."),
    ("cy", "Ffoniwch y feddygfa ar 029 2087 1234 cyn deg."),
    ("cy", "O dramor, deialwch +1 800 555 1234."),
    ("cy", "Rhadffôn o dramor: +44 800 123 4567."),
    ("en", "Ring the NHS on 012 345 6789 for help."),
    ("cy", "Ffoniwch y GIG ar 012 345 6789 am help."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[1][:40]}" for f in FINDS])
def test_flags(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[f"{p[0]}:{p[1][:40]}" for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_NHS, ids=[f"{p[0]}:{p[1][:40]}" for p in NOT_NHS])
def test_phone_numbers_are_not_nhs_numbers(lang: str, text: str) -> None:
    found = [(d.category, d.text) for d in scan_text(text, lang)]
    # Found as a phone, except freephone numbers, which since round nine are a service's and not flagged.
    freephone = "800 " in text
    assert ("nhs-number" not in {c for c, _ in found}) and (found or freephone), found


# A person after an arriving verb is a person, not a home.
@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "He came back to Bryn Jones with an answer.", "Bryn Jones"),
        ("en", "She came to Bryn Terfel's concert.", "Bryn Terfel"),
        ("cy", "Daeth hi i Fryn Jones am help.", "Fryn Jones"),
    ],
)
def test_a_person_after_an_arriving_verb_is_not_a_home(lang: str, text: str, words: str) -> None:
    found = [(d.category, d.text) for d in scan_text(text, lang) if words in d.text or d.text in words]
    assert all(c != "address" for c, _ in found), found


# Codes in an NI number's shape joined by hyphens, with no word for one: whatever else they are, not NI numbers.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Form HR-12-34-56 is the leave request."),
        ("cy", "Ffurflen HR-12-34-56 yw'r cais am wyliau."),
    ],
)
def test_hyphened_codes_are_not_ni_numbers(lang: str, text: str) -> None:
    found = [(d.category, d.text) for d in scan_text(text, lang)]
    assert all(c != "ni-number" for c, _ in found), found
