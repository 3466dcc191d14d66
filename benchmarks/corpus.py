"""A deterministic synthetic corpus of seller messages for timing and rough rate checks.

Messages are stitched from after-sales sentences in six languages, filled with realistic
identifiers (UPU S10 tracking numbers with valid check digits, DPD and Posti parcel numbers,
order and invoice numbers, EANs with valid check digits, prices, dates, times) so the
extractors meet the number-heavy text they meet in production. About 15% of messages
carry one violation sentence (a phone, e-mail, shop domain, messenger handle, IBAN or a
"pay me directly" offer). Lengths are mixed from 20 to 1,000 characters, and a dedicated
subset is held near 300 characters (the latency target is stated for that length).

The labels here are by construction and only good for rough rates; the quality yardstick
is ``tests/moderation/data/contact_cases.jsonl``.

    python -m benchmarks.corpus --n 5000 --seed 20261101   # writes benchmarks/out/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

LANGUAGES = ("et", "en", "ru", "lv", "lt", "fi")
DEFAULT_SEED = 20261101
DEFAULT_OUT = Path(__file__).parent / "out" / "corpus.jsonl"
SUBSET_300 = (280, 320)


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    lang: str
    text: str
    violation: bool
    kind: str  # the violation kind, "" for clean messages
    subset: str  # "300" for the ~300-character set, "mixed" otherwise


# ---------------------------------------------------------------- identifiers


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def s10(r: random.Random, country: str) -> str:
    """A UPU S10 item number (e.g. CE123456785EE) with a valid check digit."""
    body = _digits(r, 8)
    check = 11 - sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{r.choice(('CE', 'CP', 'RR', 'LX', 'CC', 'RB', 'LY', 'RA', 'UA'))}{body}{check}{country}"


def ean13(r: random.Random, prefix: str) -> str:
    body = prefix + _digits(r, 12 - len(prefix))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


_COUNTRY = {"et": "EE", "en": "EE", "ru": "EE", "lv": "LV", "lt": "LT", "fi": "FI"}
_EAN_PREFIX = {"et": "474", "en": "50", "ru": "460", "lv": "475", "lt": "477", "fi": "64"}
_DECIMAL = {"en": "."}


def _tracking(r: random.Random, lang: str) -> str:
    kind = r.random()
    if kind < 0.6:
        return s10(r, _COUNTRY[lang])
    if kind < 0.8:
        return "05" + _digits(r, 12)  # DPD, 14 digits
    if lang == "fi" or kind < 0.9:
        return "JJFI" + _digits(r, 17)  # Posti / SmartPost
    return _digits(r, 10)  # DHL Express waybill


def _price(r: random.Random, lang: str) -> str:
    sep = _DECIMAL.get(lang, ",")
    value = f"{r.randint(1, 899)}{sep}{r.choice(('00', '50', '90', '99', f'{r.randint(0, 99):02d}'))}"
    return f"€{value}" if lang == "en" and r.random() < 0.5 else f"{value} €"


def _date(r: random.Random, lang: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice((2025, 2026))
    if lang == "lt" or r.random() < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en" and r.random() < 0.5:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d}.{m}.{y}" if lang == "fi" else f"{d:02d}.{m:02d}.{y}"


def _order(r: random.Random) -> str:
    form = r.random()
    if form < 0.4:
        return str(r.randint(100_000_000, 999_999_999))
    if form < 0.7:
        return f"{r.randint(10_000_000, 99_999_999)}"
    return f"{r.choice(('2025', '2026'))}-{_digits(r, 5)}"


def _phone(r: random.Random, lang: str) -> str:
    country = {"et": "EE", "en": r.choice(("GB", "EE")), "ru": r.choice(("RU", "EE")), "lv": "LV", "lt": "LT"}
    c = country.get(lang, "FI")
    if c == "EE":
        n = "5" + _digits(r, 7)
        return r.choice((f"+372 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", n))
    if c == "LV":
        n = "2" + _digits(r, 7)
        return r.choice((f"+371 {n[:2]} {n[2:5]} {n[5:]}", f"{n[:4]} {n[4:]}", n))
    if c == "LT":
        n = "6" + _digits(r, 7)
        return r.choice((f"+370 {n[:3]} {n[3:]}", f"8 {n[:3]} {n[3:]}", f"8{n}"))
    if c == "RU":
        n = "9" + _digits(r, 9)
        return r.choice((f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}", f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}"))
    if c == "GB":
        n = "7" + _digits(r, 9)
        return r.choice((f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}"))
    n = r.choice(("40", "41", "44", "45", "50")) + _digits(r, 7)
    return r.choice((f"+358 {n[:2]} {n[2:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}"))


_NAMES = (
    "mart",
    "kaisa",
    "janis",
    "jonas",
    "matti",
    "ivan",
    "anna",
    "tom",
    "liisa",
    "olga",
    "peteris",
    "aino",
)
_SHOPS = ("kodupood", "tehnikamaailm", "letakveikals", "pigiaupas", "halpakauppa", "gadgetbarn", "nutikas")
_TLDS = {"et": "ee", "en": "com", "ru": "ru", "lv": "lv", "lt": "lt", "fi": "fi"}
_IBANS = (
    "EE38 2200 2210 2014 5685",
    "LV80 BANK 0000 4351 9500 1",
    "LT12 1000 0111 0100 1000",
    "FI21 1234 5600 0007 85",
    "GB29 NWBK 6016 1331 9268 19",
)


def _email(r: random.Random, lang: str) -> str:
    user = f"{r.choice(_NAMES)}{r.choice(('.', '_', ''))}{r.choice(_NAMES)}{r.randint(1, 99)}"
    return f"{user}@{r.choice(('gmail.com', 'inbox.lv', 'mail.ru', 'hot.ee', 'outlook.com', 'one.lt'))}"


def _domain(r: random.Random, lang: str) -> str:
    return r.choice(("www.", "", "https://")) + f"{r.choice(_SHOPS)}.{_TLDS[lang]}"


def _handle(r: random.Random, lang: str) -> str:
    return "@" + r.choice(_NAMES) + r.choice(("_", ".", "")) + r.choice(_SHOPS)


# ---------------------------------------------------------------- sentences

CLEAN: dict[str, tuple[str, ...]] = {
    "et": (
        "Pakk on teel, jälgimisnumber {track}.",
        "Tellimus nr {order} on kinnitatud ja läheb homme teele.",
        "Hind on {price}, tarne lisandub {price2}.",
        "Kohale jõuab eeldatavasti {date} kell {time}.",
        "Toote EAN kood on {ean}, mudel {model}.",
        "Garantii kehtib 24 kuud alates {date}.",
        "Tagastuse korral märkige paki peale number {order}.",
        "Jälgida saate siit: https://www.omniva.ee/track?barcode={track}",
        "Vabandame viivituse pärast, kuller toob paki {date}.",
        "Arve nr {order} on lisatud tellimuse juurde.",
        "Laos on veel {qty} tk, järgmine partii tuleb {date}.",
        "Mõõdud {dims} cm, kaal {kg} kg.",
        "Palun suhelge edaspidi ka siin Helpdeskis, nii jääb kõik kirja.",
        "Raha tagastatakse 5 tööpäeva jooksul samale maksekaardile.",
    ),
    "en": (
        "Your parcel is on its way, tracking number {track}.",
        "Order #{order} has been confirmed and ships tomorrow.",
        "The price is {price}, shipping adds {price2}.",
        "Expected delivery: {date} around {time}.",
        "EAN {ean}, model {model}.",
        "Warranty is 24 months from {date}.",
        "For a return, write the number {order} on the box.",
        "You can track it here: https://www.dpd.com/ee/en/tracking/?parcel={track}",
        "Sorry for the delay, the courier will bring it on {date}.",
        "Invoice no. {order} is attached to your order page.",
        "We have {qty} pcs in stock, the next batch arrives {date}.",
        "Dimensions {dims} cm, weight {kg} kg.",
        "Please keep all communication here in the helpdesk so everything is on record.",
        "The refund goes back to the same card within 5 business days.",
    ),
    "ru": (
        "Посылка в пути, трек-номер {track}.",
        "Заказ №{order} подтверждён, отправим завтра.",
        "Цена {price}, доставка {price2}.",
        "Ожидаемая доставка {date} около {time}.",
        "Штрихкод EAN {ean}, модель {model}.",
        "Гарантия 24 месяца с {date}.",
        "При возврате укажите на коробке номер {order}.",
        "Отследить можно здесь: https://www.omniva.ee/track?barcode={track}",
        "Извините за задержку, курьер привезёт {date}.",
        "Счёт № {order} прикреплён к заказу.",
        "В наличии {qty} шт., следующая партия {date}.",
        "Размеры {dims} см, вес {kg} кг.",
        "Пожалуйста, общайтесь здесь, в чате площадки, так всё сохраняется.",
        "Деньги вернутся на ту же карту в течение 5 рабочих дней.",
    ),
    "lv": (
        "Sūtījums ir ceļā, izsekošanas numurs {track}.",
        "Pasūtījums nr. {order} ir apstiprināts un tiks nosūtīts rīt.",
        "Cena {price}, piegāde {price2}.",
        "Paredzamā piegāde {date} ap {time}.",
        "EAN {ean}, modelis {model}.",
        "Garantija 24 mēneši no {date}.",
        "Atgriežot uzrakstiet uz kastes numuru {order}.",
        "Izsekot var šeit: https://www.omniva.lv/track?barcode={track}",
        "Atvainojamies par kavēšanos, kurjers atvedīs {date}.",
        "Rēķins Nr. {order} ir pievienots pasūtījumam.",
        "Noliktavā ir {qty} gab., nākamā partija {date}.",
        "Izmēri {dims} cm, svars {kg} kg.",
        "Lūdzu, sazinieties arī turpmāk šeit, Helpdeskā.",
        "Nauda tiks atgriezta uz to pašu karti 5 darba dienu laikā.",
    ),
    "lt": (
        "Siunta pakeliui, sekimo numeris {track}.",
        "Užsakymas nr. {order} patvirtintas, išsiųsime rytoj.",
        "Kaina {price}, pristatymas {price2}.",
        "Numatomas pristatymas {date} apie {time}.",
        "EAN {ean}, modelis {model}.",
        "Garantija 24 mėnesiai nuo {date}.",
        "Grąžindami ant dėžės užrašykite numerį {order}.",
        "Sekti galite čia: https://www.lpexpress.lt/siuntu-sekimas?number={track}",
        "Atsiprašome už vėlavimą, kurjeris atveš {date}.",
        "Sąskaita Nr. {order} pridėta prie užsakymo.",
        "Sandėlyje yra {qty} vnt., kita partija {date}.",
        "Matmenys {dims} cm, svoris {kg} kg.",
        "Prašome ir toliau bendrauti čia, Helpdeske.",
        "Pinigai bus grąžinti į tą pačią kortelę per 5 darbo dienas.",
    ),
    "fi": (
        "Paketti on matkalla, seurantakoodi {track}.",
        "Tilaus {order} on vahvistettu ja lähtee huomenna.",
        "Hinta {price}, toimitus {price2}.",
        "Arvioitu toimitus {date} noin klo {time}.",
        "EAN {ean}, malli {model}.",
        "Takuu 24 kuukautta alkaen {date}.",
        "Palautuksessa merkitse laatikkoon numero {order}.",
        "Seuraa täällä: https://www.posti.fi/fi/seuranta#/lahetys/{track}",
        "Pahoittelut viiveestä, kuljettaja tuo paketin {date}.",
        "Lasku nro {order} on liitetty tilaukseen.",
        "Varastossa on {qty} kpl, seuraava erä tulee {date}.",
        "Mitat {dims} cm, paino {kg} kg.",
        "Hoidetaan viestintä jatkossakin täällä Helpdeskissä.",
        "Rahat palautetaan samalle kortille 5 arkipäivän kuluessa.",
    ),
}

GREETING = {
    "et": ("Tere!", "Tere,", "Tervist!", "Hei!", ""),
    "en": ("Hi!", "Hello,", "Hi there,", "Dear customer,", ""),
    "ru": ("Здравствуйте!", "Добрый день,", "Привет!", ""),
    "lv": ("Sveiki!", "Labdien,", "Čau!", ""),
    "lt": ("Sveiki!", "Laba diena,", "Labas!", ""),
    "fi": ("Hei!", "Moi,", "Hyvää päivää,", ""),
}
CLOSING = {
    "et": ("Aitäh!", "Ilusat päeva!", "Parimat", ""),
    "en": ("Thanks!", "Have a nice day!", "Best regards", ""),
    "ru": ("Спасибо!", "Хорошего дня!", "С уважением", ""),
    "lv": ("Paldies!", "Jauku dienu!", "Ar cieņu", ""),
    "lt": ("Ačiū!", "Geros dienos!", "Pagarbiai", ""),
    "fi": ("Kiitos!", "Mukavaa päivänjatkoa!", "Terveisin", ""),
}

# (kind, template); {phone}, {email}, {domain}, {handle}, {iban} are filled per message.
VIOLATION: dict[str, tuple[tuple[str, str], ...]] = {
    "et": (
        ("phone", "Helista parem otse {phone}, saame kiiremini kokku leppida."),
        ("phone", "Kirjuta mulle WhatsAppi {phone}, saadan pilte."),
        ("email", "Saada pildid mu meilile {email}."),
        ("url", "Meie e-poest {domain} saad sama asja odavamalt."),
        ("social", "Leiad meid Instagramist {handle}, seal on rohkem valikut."),
        ("iban", "Maksa otse mu kontole {iban}, saad 10% soodsamalt."),
        ("payment", "Tühista tellimus ja maksa sularahas, saame Tallinnas kokku."),
    ),
    "en": (
        ("phone", "Just call me on {phone}, easier than this chat."),
        ("phone", "WhatsApp me at {phone} and I'll send more photos."),
        ("email", "Send the photos to {email}, please."),
        ("url", "Same item is cheaper on our own store {domain}."),
        ("social", "Add me on Telegram {handle}."),
        ("iban", "Pay me directly to {iban} and I'll ship today."),
        ("payment", "Cancel the order here and pay me via PayPal friends and family, no fees."),
    ),
    "ru": (
        ("phone", "Позвоните мне лучше, {phone}."),
        ("phone", "Пишите в ватсап {phone}, там быстрее."),
        ("email", "Пришлите фото на почту {email}."),
        ("url", "В нашем магазине {domain} то же самое дешевле."),
        ("social", "Напишите в телегу {handle}."),
        ("iban", "Оплата напрямую на счёт {iban}, без комиссии площадки."),
        ("payment", "Можно оплатить переводом напрямую на карту, так дешевле."),
    ),
    "lv": (
        ("phone", "Zvaniet man labāk, {phone}."),
        ("phone", "Rakstiet Viber {phone}."),
        ("email", "Sūtiet bildes uz {email}."),
        ("url", "Mūsu e-veikalā {domain} tas pats ir lētāk."),
        ("social", "Sekojiet mums Instagram {handle}."),
        ("iban", "Maksājiet tieši uz kontu {iban}, būs lētāk."),
        ("payment", "Atceliet pasūtījumu, samaksāsiet skaidrā naudā, satiksimies Rīgā."),
    ),
    "lt": (
        ("phone", "Geriau paskambinkite, {phone}."),
        ("phone", "Parašykit per Viber {phone}."),
        ("email", "Atsiųskit nuotraukas į {email}."),
        ("url", "Mūsų parduotuvėje {domain} tas pats pigiau."),
        ("social", "Rašykit į Telegram {handle}."),
        ("iban", "Mokėkit tiesiai į sąskaitą {iban}, bus pigiau."),
        ("payment", "Atšaukit užsakymą, galėsit mokėti grynais susitikus."),
    ),
    "fi": (
        ("phone", "Soita mieluummin, {phone}."),
        ("phone", "Laita viestiä WhatsAppiin {phone}."),
        ("email", "Lähetä kuvat osoitteeseen {email}."),
        ("url", "Meidän verkkokaupassa {domain} sama halvemmalla."),
        ("social", "Seuraa meitä Instagramissa {handle}."),
        ("iban", "Maksa suoraan tilille {iban}, saat alennusta."),
        ("payment", "Peru tilaus, voit maksaa käteisellä noudettaessa."),
    ),
}

_MODELS = ("SM-A546B", "iPhone 15 Pro 256GB", "ECAM 22.110.B", "WH-1000XM5", "RX-V385", "TUF A15 FA507")


def _fill(template: str, r: random.Random, lang: str) -> str:
    slots: dict[str, Callable[[], str]] = {
        "track": lambda: _tracking(r, lang),
        "order": lambda: _order(r),
        "price": lambda: _price(r, lang),
        "price2": lambda: _price(r, lang),
        "date": lambda: _date(r, lang),
        "time": lambda: f"{r.randint(8, 20)}:{r.choice(('00', '15', '30', '45'))}",
        "ean": lambda: ean13(r, _EAN_PREFIX[lang]),
        "model": lambda: r.choice(_MODELS),
        "qty": lambda: str(r.randint(2, 400)),
        "dims": lambda: f"{r.randint(10, 200)} x {r.randint(10, 120)} x {r.randint(5, 90)}",
        "kg": lambda: (
            f"{r.randint(0, 40)},{r.randint(0, 9)}"
            if lang != "en"
            else f"{r.randint(0, 40)}.{r.randint(0, 9)}"
        ),
        "phone": lambda: _phone(r, lang),
        "email": lambda: _email(r, lang),
        "domain": lambda: _domain(r, lang),
        "handle": lambda: _handle(r, lang),
        "iban": lambda: r.choice(_IBANS),
    }
    out = template
    for key, make in slots.items():
        token = "{" + key + "}"
        while token in out:
            out = out.replace(token, make(), 1)
    return out


def _target_length(r: random.Random) -> int:
    bucket = r.random()
    if bucket < 0.25:
        return r.randint(20, 80)
    if bucket < 0.65:
        return r.randint(80, 250)
    if bucket < 0.9:
        return r.randint(250, 600)
    return r.randint(600, 1000)


def _compose(r: random.Random, lang: str, lo: int, hi: int, violation: tuple[str, str] | None) -> str:
    """Greeting + sentences (+ one violation sentence) + closing, length within [lo, hi] if possible."""
    for _ in range(50):
        parts = [r.choice(GREETING[lang])] if lo > 40 else []
        inserted = violation is None
        while True:
            if not inserted and (r.random() < 0.35 or len(" ".join(parts)) > lo * 0.6):
                sentence = _fill(violation[1], r, lang)
                inserted = True
            else:
                sentence = _fill(r.choice(CLEAN[lang]), r, lang)
            parts.append(sentence)
            text = " ".join(p for p in parts if p)
            if len(text) >= lo and inserted:
                break
        if lo > 40 and r.random() < 0.7:
            text = f"{text} {r.choice(CLOSING[lang])}".rstrip()
        if len(text) <= hi:
            return text
    return text[:hi]  # rare: the last resort keeps the bound


def generate(
    n: int = 5000, seed: int = DEFAULT_SEED, n_300: int = 600, violation_rate: float = 0.15
) -> list[Message]:
    """``n`` messages (``n_300`` of them near 300 characters), deterministic for a seed."""
    r = random.Random(seed)
    out: list[Message] = []
    for i in range(n):
        lang = LANGUAGES[i % len(LANGUAGES)]
        in_300 = i < n_300
        if in_300:
            lo, hi = SUBSET_300
        else:
            lo = _target_length(r)
            hi = min(1000, max(lo + 60, int(lo * 1.25)))
        violation = r.choice(VIOLATION[lang]) if r.random() < violation_rate else None
        text = _compose(r, lang, lo, hi, violation)
        out.append(
            Message(
                id=f"c{i:05d}",
                lang=lang,
                text=text,
                violation=violation is not None,
                kind=violation[0] if violation else "",
                subset="300" if in_300 else "mixed",
            )
        )
    return out


def write_jsonl(messages: list[Message], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for m in messages:
            fh.write(json.dumps(asdict(m), ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Message]:
    with path.open(encoding="utf-8") as fh:
        return [Message(**json.loads(line)) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--n-300", type=int, default=600)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    messages = generate(args.n, args.seed, args.n_300)
    write_jsonl(messages, args.out)
    lengths = sorted(len(m.text) for m in messages)
    print(
        f"wrote {len(messages)} messages to {args.out}: "
        f"{sum(m.violation for m in messages)} violations, length min {lengths[0]} "
        f"median {lengths[len(lengths) // 2]} max {lengths[-1]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
