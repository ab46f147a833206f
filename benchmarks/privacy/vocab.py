"""Word lists for the synthetic-story generator.

Written separately from the detector's lists in storysite/privacy/data: the generator plays
the part of a practitioner writing stories, not of the detector. Every list is split in two
by `split_half`: one half appears only in the `dev` split, the other only in `heldout`.
"""

from __future__ import annotations

import hashlib

WELSH_FIRST = """
Aled Alun Aneirin Angharad Anwen Arwel Bethan Bleddyn Branwen Bronwen Cadi Caradog Carwyn Carys
Catrin Ceinwen Cerys Cledwyn Dafydd Delyth Dilys Dylan Efa Eifion Eirlys Eleri Elin Elis Emrys
Eurig Ffion Geraint Gethin Glenys Gruffydd Guto Gwenllian Gwilym Gwyneth Heledd Huw Hywel Idris
Ieuan Ifan Iolo Ioan Llinos Llŷr Lowri Mabli Macsen Mali Meinir Meleri Meredydd Morfudd Myfanwy
Nerys Nia Osian Owain Peredur Rhian Rhiannon Rhodri Rhun Rhys Siân Sioned Siôn Steffan Sulwen
Taliesin Tegan Tomos Trefor Tudur Ynyr Gwion Elfed Menna Manon Mererid Nesta Olwen Pedr Tirion
Deiniol Cai Celyn Dyfan Efan Erin Gwenno Hedd Iestyn Lleucu Math Medwyn Non Rhydian Sara Teleri
Wil Mared Berwyn Bedwyr Cynan Derec Einir Garmon
""".split()  # noqa: SIM905

ENGLISH_FIRST = """
Alice Amelia Ann Arthur Barbara Brian Callum Charlotte Chloe Colin Daniel David Dennis Doreen
Edward Eileen Elaine Emily Gary George Harry Isla Jack Jacob James Janet Jean Jessica John Joyce
Karen Kevin Kyle Leanne Liam Lily Margaret Mason Maureen Michael Noah Olivia Oscar Patricia Paul
Peter Ruby Sandra Sharon Sophie Stephen Susan Thomas Tyler Vera Wayne Aisha Amir Fatima Hassan
Mohammed Priya Rajesh Zainab Kasia Piotr Tomasz Oluwaseun Chidi Ngozi Mei Ahmed Yusuf Beryl
Gladys Norman Raymond Shirley Trevor Brenda Keith Lorraine Darren Kelly Jordan Bethany Connor
Megan Nathan Zoe Harvey Freya Archie Evie Reggie Maisie Alfie Poppy Graham Pauline Dorothy
Kenneth Irene Derek Sheila Roy Valerie Howard Lynne Marek Agnieszka
""".split()  # noqa: SIM905

# First names that are also ordinary words; the detector may only flag them with a cue.
WORD_NAMES = """
Gwen Haf Eira Will May Hope Grace Rose Mark Bill Joy Dawn Heulwen Alaw Seren Faith Holly Ray Ivy
Amber Robin Jay Hazel Iris Rowan
""".split()  # noqa: SIM905

SURNAMES = """
Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Edwards Owen Price Rees
Jenkins Lloyd Parry Pritchard Powell Phillips James Bowen Howells Vaughan Pugh Prosser Bevan
Probert Gwynne Meredith Rowlands Watkins Llywelyn Humphreys Ellis Harries Mathias Smith Taylor
Brown Wilson Walker Wright Green Hall Wood Clarke Baker Khan Patel Begum Nowak Kowalski Okafor
Adeyemi Chen Ali Hussain O'Brien McCarthy Lloyd-Jones Gruffudd Tudor Cadwaladr Bennett Harris
Jackson Morris Richards Thompson Matthews Hopkins Beynon Wynne Maddocks Jarvis Kemp Sullivan
Murphy Doyle Ahmed Rahman Singh Kaur Santos Lewandowski Nguyen Osei Mensah
""".split()  # noqa: SIM905

# Welsh and English places: never identifying on their own.
TOWNS_CY = [
    "Caerdydd",
    "Abertawe",
    "Casnewydd",
    "Wrecsam",
    "Bangor",
    "Aberystwyth",
    "Caerfyrddin",
    "Hwlffordd",
    "Llanelli",
    "Pontypridd",
    "Caernarfon",
    "Dinbych",
    "Rhuthun",
    "Aberhonddu",
    "Dolgellau",
    "Porthmadog",
    "Pwllheli",
    "Caerffili",
    "Tredegar",
    "Llangefni",
    "Caergybi",
    "Treffynnon",
    "Castell-nedd",
    "Merthyr Tudful",
    "Llandudno",
    "Aberteifi",
    "Llanbedr Pont Steffan",
    "Cydweli",
    "Pen-y-bont ar Ogwr",
    "Trefynwy",
    "Cas-gwent",
    "Glynebwy",
    "Blaenau Ffestiniog",
    "Y Drenewydd",
    "Y Fenni",
    "Y Barri",
    "Bae Colwyn",
    "Castell Newydd Emlyn",
    "Tonypandy",
]
TOWNS_EN = [
    "Cardiff",
    "Swansea",
    "Newport",
    "Wrexham",
    "Bangor",
    "Aberystwyth",
    "Carmarthen",
    "Haverfordwest",
    "Llanelli",
    "Pontypridd",
    "Caernarfon",
    "Denbigh",
    "Ruthin",
    "Brecon",
    "Dolgellau",
    "Porthmadog",
    "Pwllheli",
    "Caerphilly",
    "Tredegar",
    "Llangefni",
    "Holyhead",
    "Holywell",
    "Neath",
    "Merthyr Tydfil",
    "Llandudno",
    "Cardigan",
    "Lampeter",
    "Kidwelly",
    "Bridgend",
    "Monmouth",
    "Chepstow",
    "Ebbw Vale",
    "Newtown",
    "Abergavenny",
    "Barry",
    "Colwyn Bay",
    "Port Talbot",
    "Mold",
    "Rhyl",
    "Prestatyn",
    "Tenby",
    "Bristol",
    "Chester",
]
COUNTIES_CY = [
    "Sir Benfro",
    "Sir Gâr",
    "Ceredigion",
    "Powys",
    "Gwynedd",
    "Ynys Môn",
    "Conwy",
    "Sir Ddinbych",
    "Sir y Fflint",
    "Bro Morgannwg",
    "Rhondda Cynon Taf",
    "Torfaen",
    "Blaenau Gwent",
    "Sir Fynwy",
    "Castell-nedd Port Talbot",
]
COUNTIES_EN = [
    "Pembrokeshire",
    "Carmarthenshire",
    "Ceredigion",
    "Powys",
    "Gwynedd",
    "Anglesey",
    "Conwy",
    "Denbighshire",
    "Flintshire",
    "the Vale of Glamorgan",
    "Rhondda Cynon Taf",
    "Torfaen",
    "Blaenau Gwent",
    "Monmouthshire",
    "Neath Port Talbot",
]

ORGS_CY = [
    "Gwasanaethau Cymdeithasol",
    "Arolygiaeth Gofal Cymru",
    "Llywodraeth Cymru",
    "y GIG",
    "Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
    "Bwrdd Iechyd Prifysgol Hywel Dda",
    "Bwrdd Iechyd Prifysgol Aneurin Bevan",
    "Gofal Cymdeithasol Cymru",
    "Age Cymru",
    "Cyngor ar Bopeth",
    "Urdd Gobaith Cymru",
    "Mencap Cymru",
    "Cyngor Sir Ceredigion",
    "Gofalwyr Cymru",
    "Mudiad Meithrin",
    "Menter Iaith",
    "Merched y Wawr",
    "Bwrdd Iechyd",
    "Cyngor Gwynedd",
    "Tîm Adnoddau Cymunedol",
    "Ymddiriedolaeth GIG Felindre",
]
ORGS_EN = [
    "Social Services",
    "Care Inspectorate Wales",
    "the Welsh Government",
    "the NHS",
    "Betsi Cadwaladr University Health Board",
    "Hywel Dda University Health Board",
    "Aneurin Bevan University Health Board",
    "Social Care Wales",
    "Age Cymru",
    "Citizens Advice",
    "Barnardo's",
    "Action for Children",
    "Mencap Cymru",
    "Cardiff Council",
    "Marie Curie",
    "the Alzheimer's Society",
    "Macmillan",
    "the British Red Cross",
    "St John Ambulance",
    "Shelter Cymru",
    "Carers Wales",
    "the Community Resource Team",
    "Velindre Cancer Centre",
    "the Samaritans",
    "the Royal Voluntary Service",
    "Mind Cymru",
    "the Salvation Army",
]

# Welsh streets: type first, then the name.
STREETS_CY = [
    "Heol y Parc",
    "Stryd Fawr",
    "Lôn Isaf",
    "Cilgant y Castell",
    "Ffordd Penrhos",
    "Rhodfa'r Môr",
    "Teras Fictoria",
    "Clos Cefn Coed",
    "Heol Newydd",
    "Stryd y Bont",
    "Lôn Las",
    "Ffordd yr Orsaf",
    "Cilgant Glyndŵr",
    "Rhodfa Bryn Glas",
    "Teras Bethel",
    "Clos y Dderwen",
    "Heol Maes y Deri",
    "Stryd yr Eglwys",
    "Lôn y Felin",
    "Ffordd Caergybi",
    "Maes y Dre",
    "Rhes y Capel",
    "Llys Gwyn",
    "Heol Llanbadarn",
    "Ffordd Ddwyreiniol",
    "Cae Bach",
    "Pentre Uchaf",
    "Tai Newydd",
    "Heol Hir",
    "Stryd Llyn",
]
STREET_WORDS_EN = [
    "Oak Tree",
    "Church",
    "Station",
    "Mill",
    "Victoria",
    "Park",
    "Castle",
    "Meadow",
    "Orchard",
    "Chapel",
    "Heol",
    "Bryn",
    "Willow",
    "Hawthorn",
    "Brynmor",
    "Windsor",
    "Cwrt",
    "Queens",
    "Marine",
    "Beech",
    "Glan",
    "Hill",
    "Maple",
    "Riverside",
    "Seaview",
    "King Edward",
]
STREET_TYPES_EN = [
    "Road",
    "Street",
    "Avenue",
    "Close",
    "Crescent",
    "Lane",
    "Drive",
    "Way",
    "Terrace",
    "Court",
    "Gardens",
    "Grove",
    "Place",
    "Row",
    "View",
    "Walk",
    "Rise",
    "Mews",
    "Square",
    "Parade",
]

SCHOOLS_CY = [
    "Ysgol Gynradd Pen-y-bryn",
    "Ysgol Gyfun Gŵyr",
    "Ysgol y Cymer",
    "Ysgol Sant Joseff",
    "Ysgol yr Eglwys yng Nghymru Sant Tysilio",
    "Ysgol Uwchradd Bodedern",
    "Ysgol Bro Teifi",
    "Ysgol Glan Clwyd",
    "Ysgol Gynradd Gymraeg Bryntaf",
    "Ysgol Gyfun Ystalyfera",
    "Ysgol Gynradd Llanbedrog",
    "Ysgol Maes y Gwendraeth",
    "Ysgol Pen Barras",
    "Ysgol Gynradd Tregarth",
    "Ysgol Santes Tudful",
    "Ysgol Uwchradd Tywyn",
    "Ysgol Bro Dinefwr",
    "Ysgol Gymraeg Castell Nedd",
    "Ysgol Feithrin Y Felinheli",
    "Ysgol Gynradd yr Eglwys yng Nghymru Llandeilo",
]
SCHOOLS_EN = [
    "St Mary's RC Primary",
    "Greenway Primary School",
    "Willows High School",
    "Cathays High",
    "Fitzalan Comprehensive School",
    "St Joseph's Catholic Primary School",
    "Oakfield Infants",
    "Parc Junior School",
    "Bishop Gore School",
    "Stanwell School",
    "Coed Glas Primary",
    "Ysgol Bryn Elian",
    "St David's Catholic College",
    "Radyr Comprehensive",
    "Pontypridd High School",
    "Mount Street Infants School",
    "St Illtyd's Catholic High School",
    "Ysgol Gymraeg Treganna",
    "Lakeside Primary School",
    "Whitchurch High School",
    "Christ Church CiW Primary School",
    "Gladstone Junior School",
]

WELSH_MONTHS = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WELSH_DAYS = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn", "dydd Sul"]
ENGLISH_DAYS = """
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split()  # noqa: SIM905

EMAIL_DOMAINS = """
gmail.com hotmail.co.uk btinternet.com outlook.com yahoo.co.uk icloud.com sky.com
""".split()  # noqa: SIM905


def split_half(items: list[str], split: str) -> list[str]:
    """Return the half of ITEMS that belongs to SPLIT (stable, by a hash of each item)."""
    want = 0 if split == "dev" else 1
    half = [x for x in items if int(hashlib.sha1(x.encode()).hexdigest(), 16) % 2 == want]
    return half or items
