"""Slot values for the generator: tracking and order numbers, prices, contacts, IBANs, ...

Every value is drawn from a ``random.Random`` passed in, so a corpus is a function of its seed.
Numbers that must validate (UPU S10 tracking codes, EAN-13, IBAN) carry correct check digits,
so the corpus also exercises the extractors' validators.
"""

from __future__ import annotations

import random
import string

DIGIT_WORDS = {
    "et": "null üks kaks kolm neli viis kuus seitse kaheksa üheksa".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi".split(),
    "lt": "nulis vienas du trys keturi penki šeši septyni aštuoni devyni".split(),
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split(),
}
_AT_WORDS = {
    "et": ["at", "ät", "(at)", "[at]", "@ "],
    "en": ["at", "(at)", "[at]", " @ "],
    "ru": ["собака", "at", "(at)", "[at]"],
    "lv": ["at", "(at)", "[et]"],
    "lt": ["eta", "at", "(at)"],
    "fi": ["ät", "at", "(at)", "[at]"],
}
_DOT_WORDS = {
    "et": ["dot", "punkt", "."],
    "en": ["dot", "(dot)", "."],
    "ru": ["точка", "dot", "."],
    "lv": ["punkts", "dot", "."],
    "lt": ["taškas", "dot", "."],
    "fi": ["piste", "dot", "."],
}
_COUNTRY = {"et": "EE", "en": "EE", "ru": "EE", "lv": "LV", "lt": "LT", "fi": "FI"}
_PHONE_PREFIX = {
    "EE": ("+372", ["5", "5", "8"], 7),
    "LV": ("+371", ["2"], 7),
    "LT": ("+370", ["6"], 7),
    "FI": ("+358", ["40", "44", "50"], 7),
}
_IBAN_LEN = {"EE": 20, "LV": 21, "LT": 20, "FI": 18}
_FIRST = [
    "anna",
    "mart",
    "kati",
    "jaan",
    "olga",
    "ivan",
    "liga",
    "janis",
    "ruta",
    "tomas",
    "mikko",
    "aino",
    "peeter",
    "sergei",
    "ilze",
    "egle",
    "juha",
    "maria",
    "kristo",
    "dana",
]
_LAST = [
    "tamm",
    "saar",
    "ivanova",
    "petrov",
    "berzins",
    "ozola",
    "kazlauskas",
    "jonaitis",
    "virtanen",
    "korhonen",
    "kask",
    "mets",
    "smirnov",
    "lapina",
]
_MAIL_DOMAINS = [
    "gmail.com",
    "hot.ee",
    "mail.ru",
    "inbox.lv",
    "gmail.lt",
    "outlook.com",
    "yahoo.com",
    "suomi24.fi",
    "neti.ee",
    "yandex.ru",
    "icloud.com",
    "proton.me",
]
_SHOP_WORDS = [
    "best",
    "super",
    "tech",
    "home",
    "deal",
    "baltic",
    "nordic",
    "smart",
    "eco",
    "kids",
    "style",
    "gadget",
    "outlet",
    "mega",
]
_TLDS = ["ee", "lv", "lt", "fi", "com", "eu", "shop", "store", "net"]
PRODUCTS = {
    "et": [
        "kohvimasin",
        "tolmuimeja",
        "nutikell",
        "jalgratas",
        "talvejope",
        "kõrvaklapid",
        "laualamp",
        "lastevanker",
        "akutrell",
        "robottolmuimeja",
        "telekas",
        "madrats",
    ],
    "en": [
        "coffee machine",
        "vacuum cleaner",
        "smartwatch",
        "bicycle",
        "winter jacket",
        "headphones",
        "desk lamp",
        "stroller",
        "cordless drill",
        "robot vacuum",
        "TV",
        "mattress",
    ],
    "ru": [
        "кофемашина",
        "пылесос",
        "смарт-часы",
        "велосипед",
        "зимняя куртка",
        "наушники",
        "настольная лампа",
        "коляска",
        "дрель",
        "робот-пылесос",
        "телевизор",
        "матрас",
    ],
    "lv": [
        "kafijas automāts",
        "putekļsūcējs",
        "viedpulkstenis",
        "velosipēds",
        "ziemas jaka",
        "austiņas",
        "galda lampa",
        "ratiņi",
        "urbjmašīna",
        "robotputekļsūcējs",
        "televizors",
        "matracis",
    ],
    "lt": [
        "kavos aparatas",
        "dulkių siurblys",
        "išmanusis laikrodis",
        "dviratis",
        "žieminė striukė",
        "ausinės",
        "stalinė lempa",
        "vežimėlis",
        "gręžtuvas",
        "robotas siurblys",
        "televizorius",
        "čiužinys",
    ],
    "fi": [
        "kahvinkeitin",
        "pölynimuri",
        "älykello",
        "polkupyörä",
        "talvitakki",
        "kuulokkeet",
        "pöytävalaisin",
        "lastenrattaat",
        "porakone",
        "robotti-imuri",
        "televisio",
        "patja",
    ],
}
PHONE_MODELS = [
    "Samsung Galaxy A54 (SM-A546B)",
    "iPhone 15 Pro 256GB",
    "Xiaomi Redmi Note 13",
    "Nokia G22",
    "Google Pixel 8",
    "iPhone 13 128GB",
    "Motorola Moto G84",
    "OnePlus 12R",
]
DAYS = {
    "et": ["reedel", "homme", "esmaspäeval", "kolmapäeval", "järgmisel nädalal", "{date}"],
    "en": ["on Friday", "tomorrow", "on Monday", "on Wednesday", "next week", "on {date}"],
    "ru": ["в пятницу", "завтра", "в понедельник", "в среду", "на следующей неделе", "{date}"],
    "lv": ["piektdien", "rīt", "pirmdien", "trešdien", "nākamnedēļ", "{date}"],
    "lt": ["penktadienį", "rytoj", "pirmadienį", "trečiadienį", "kitą savaitę", "{date}"],
    "fi": ["perjantaina", "huomenna", "maanantaina", "keskiviikkona", "ensi viikolla", "{date}"],
}
MESSENGERS = ["WhatsApp", "Telegram", "Viber", "Signal"]


def s10_tracking(rng: random.Random) -> str:
    """A UPU S10 code (as Omniva, Latvijas Pasts, LP use) with a valid check digit."""
    body = [rng.randrange(10) for _ in range(8)]
    total = sum(d * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    prefix = rng.choice(["CE", "RR", "LP", "CP", "EE", "RB", "UA"])
    country = rng.choice(["EE", "LV", "LT", "FI", "CN", "DE"])
    return f"{prefix}{''.join(map(str, body))}{check}{country}"


def tracking(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return s10_tracking(rng)
    if kind == 1:  # DPD: 14 digits
        return "".join(str(rng.randrange(10)) for _ in range(14))
    if kind == 2:  # Itella / SmartPost
        return "JJFI" + "".join(str(rng.randrange(10)) for _ in range(16))
    if kind == 3:  # DHL eCommerce-like
        return "00" + "".join(str(rng.randrange(10)) for _ in range(18))
    return s10_tracking(rng)


def order_number(rng: random.Random) -> str:
    n = "".join(str(rng.randrange(10)) for _ in range(rng.choice([7, 8, 9, 10])))
    return rng.choice([n, f"#{n}", f"ORD-2026-{n[:5]}", f"{n[:4]}-{n[4:]}", f"A{n}"])


def price(rng: random.Random) -> str:
    euros, cents = rng.randrange(3, 900), rng.choice([0, 49, 90, 99, 50])
    return rng.choice(
        [f"{euros},{cents:02d} €", f"€{euros}.{cents:02d}", f"{euros} EUR", f"{euros}.{cents:02d}€"]
    )


def date(rng: random.Random) -> str:
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    return rng.choice([f"{d:02d}.{m:02d}.2026", f"2026-{m:02d}-{d:02d}", f"{d}.{m}.", f"{d}/{m}/2026"])


def ean13(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(12)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(body))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def serial(rng: random.Random) -> str:
    chars = string.ascii_uppercase + string.digits
    return rng.choice(["SN", "S/N ", "", "R58"]) + "".join(
        rng.choice(chars) for _ in range(rng.randrange(8, 13))
    )


def phone(rng: random.Random, lang: str) -> str:
    """A mobile number of the language's country, plainly written or obfuscated."""
    code, starts, rest = _PHONE_PREFIX[_COUNTRY[lang] if lang != "ru" or rng.random() < 0.7 else "LV"]
    local = rng.choice(starts) + "".join(str(rng.randrange(10)) for _ in range(rest))
    style = rng.randrange(8)
    if style == 0:
        return f"{code} {local[:4]} {local[4:]}"
    if style == 1:
        return local
    if style == 2:
        return f"{code}{local}"
    if style == 3:  # spelled out in the message's language, sometimes mixed with digits
        words = DIGIT_WORDS[lang]
        return " ".join(words[int(d)] if rng.random() < 0.8 else d for d in local)
    if style == 4:
        return " ".join(local)
    if style == 5:
        return "-".join([local[:3], local[3:6], local[6:]])
    if style == 6:
        return f"00{code[1:]} {local}"
    return local.replace("0", "O").replace("1", "l") if rng.random() < 0.5 else f"{local[:3]}.{local[3:]}"


def email(rng: random.Random, lang: str) -> str:
    user = rng.choice(_FIRST) + rng.choice([".", "_", ""]) + rng.choice(_LAST + [str(rng.randrange(10, 99))])
    domain = rng.choice(_MAIL_DOMAINS)
    style = rng.randrange(4)
    if style <= 1:
        return f"{user}@{domain}"
    at = rng.choice(_AT_WORDS[lang])
    dot = rng.choice(_DOT_WORDS[lang])
    name, tld = domain.rsplit(".", 1)
    if style == 2:
        return f"{user} {at.strip()} {name} {dot} {tld}".replace(" . ", ".")
    return f"{user}{at.strip()}{domain}"


def shop_name(rng: random.Random) -> str:
    return rng.choice(_SHOP_WORDS) + rng.choice(
        ["shop", "store", "deals", "market", "pood", "veikals", "kauppa"]
    )


def url(rng: random.Random, lang: str) -> str:
    host = f"{shop_name(rng)}.{rng.choice(_TLDS)}"
    style = rng.randrange(5)
    if style == 0:
        return f"https://www.{host}/sale"
    if style == 1:
        return f"www.{host}"
    if style == 2:
        return host
    if style == 3:
        name, tld = host.rsplit(".", 1)
        return f"{name} {rng.choice(_DOT_WORDS[lang])} {tld}"
    return f"http://{host}/?ref=helpdesk"


def handle(rng: random.Random) -> str:
    name = shop_name(rng) + rng.choice(["", "_ee", "_official", str(rng.randrange(1, 99))])
    return rng.choice([f"@{name}", f"t.me/{name}", f"instagram.com/{name}", f"@{name}", f"fb.com/{name}"])


def iban(rng: random.Random, lang: str) -> str:
    country = _COUNTRY[lang]
    length = _IBAN_LEN[country]
    bban = "".join(str(rng.randrange(10)) for _ in range(length - 4))
    if country == "LV":
        bban = rng.choice(["HABA", "UNLA", "PARX"]) + bban[4:]
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def coupon(rng: random.Random) -> str:
    return rng.choice(["SALE", "WINTER", "TALV", "ZIMA", "ALE", "VIP", "THANKS", "BONUS"]) + str(
        rng.choice([10, 15, 20, 25])
    )


def fill(slot: str, rng: random.Random, lang: str) -> str:
    """A value for ``{slot}``; unknown slots are an error in the seed table."""
    simple = {
        "tracking": lambda: tracking(rng),
        "order": lambda: order_number(rng),
        "price": lambda: price(rng),
        "date": lambda: date(rng),
        "days": lambda: str(rng.randrange(2, 15)),
        "months": lambda: str(rng.choice([12, 24, 36, 6])),
        "product": lambda: rng.choice(PRODUCTS[lang]),
        "phone_model": lambda: rng.choice(PHONE_MODELS),
        "ean": lambda: ean13(rng),
        "serial": lambda: serial(rng),
        "phone": lambda: phone(rng, lang),
        "email": lambda: email(rng, lang),
        "url": lambda: url(rng, lang),
        "handle": lambda: handle(rng),
        "iban": lambda: iban(rng, lang),
        "coupon": lambda: coupon(rng),
        "messenger": lambda: rng.choice(MESSENGERS),
    }
    if slot == "day":
        value = rng.choice(DAYS[lang])
        return value.replace("{date}", date(rng))
    try:
        return simple[slot]()
    except KeyError as exc:
        raise ValueError(f"unknown slot {{{slot}}}") from exc
