"""Cue words in et, en, ru, lv, lt and fi, as lowercase *stems*, shared by extractors.

A word matches a stem when it starts with the stem and the rest is a short inflection
ending (see :func:`is_cue`): ``tellimu`` matches "tellimus", "tellimuse", "tellimusnumber";
``звон`` matches "звони", "звоните". Stems of three letters or fewer match only exactly
("tel", "nr", "sn"), so "tel" does not match "telia" and "puh" not "puhas".
Texts are expected folded (NFKC + casefold), as in ``Normalized.words`` / ``.digits``.
Both the diacritic and the plain spelling are listed where sellers type both.

The sets:

``PHONE_CUES``   strong: the next number is a phone ("helista", "звоните", "whatsapp").
``NUMBER_CUES``  weak: "number", "nr", "номер" - a phone *or* an order number.
``ORDER_CUES``   the next number is a reference: order, invoice, return, case, tracking,
                 parcel, serial, IMEI, SKU, EAN, article, model.
``CARRIER_CUES`` carrier names: the next number is a tracking number.
``JOINER_WORDS`` short words a seller puts between the parts of a split number
                 ("5123 ja siis 4567", "starts with 5123 and ends with 4567");
                 matched exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(" ".join(chunks).split())


PHONE_CUES: frozenset[str] = _words(
    # messengers and generic (all languages)
    "whatsapp whatsap watsap watsapp whatsup wapp viber telegram signal "
    "imessage facetime sms gsm tel tlf ph "
    # en
    "phone telephone call calling ring mobile mob cell cellphone dial "
    "contact text "
    # et
    "telefon telefoninumb telefoninr helist mobiil mobla kõne kõnel "
    "sõnum sonum kontakt "
    # ru
    "тел телефон звон позвон набер набир набр мобильн моб сотов смс "
    "ватсап вотсап вацап вайбер вибер телеграм телега контакт "
    # lv
    "tālr talr tālrun talrun telefons zvan piezvan mobil īsziņ iszin "
    # lt
    "telefonas skambin paskambin žinut zinut "
    # fi
    "puh puhelin soita soitt kännyk kanny känny tekstaa tekstiviest "
    "yhteystied "
)

NUMBER_CUES: frozenset[str] = _words(
    "nr num number numbri numbrile numbril numbrilt номер номеру номера numur numer numero numeroon numerį "
)

ORDER_CUES: frozenset[str] = _words(
    # en
    "order invoice receipt return rma case ticket ref reference "
    "track parcel package shipment consignment waybill awb serial sn s/n "
    "imei sku ean upc gtin barcode art article item model mpn pn "
    "part booking reservation transaction claim lot batch product code pin "
    # et
    "tellimu arve arvel arvenumb saadetis pakk paki pakett jälgimis "
    "jalgimis tagastus tagastam pöördumi poordumi juhtum viide viitenumb "
    "kviitung tšekk tsekk seeria seerianumb tootekood toote toode "
    "artikkel artikli mudel broneering garantiinõu kood koodi "
    # ru
    "заказ счёт счет чек чека чеку трек посыл отправлени накладн возврат "
    "обращени заявк тикет артикул серийн модел штрихкод штрих квитанци "
    "товар код "
    # lv
    "pasūtījum pasutijum rēķin rekin sūtījum sutijum paka pakas paku "
    "izsekošan izsekosan atgriešan atgriesan pieteikum čeks čeka ceks "
    "kvīt kvit artikul sērij serij modeli prece preces kods koda "
    # lt
    "užsakym uzsakym sąskait saskait siunt sekim grąžinim grazinim "
    "prašym prasym kvitas čeki prekės prekes prekė kodas kodą "
    # fi
    "tilau lasku lähety lahety paketti paketin seuranta palautu tapaus "
    "kuitti kuiti viite sarjanumero sarjanro tuotekoodi tuotenumero tuote malli "
    "varaus koodi tunnus "
    # company and VAT registry numbers
    "registrikood registr reģistr kmkr vat инн огрн "
)

CARRIER_CUES: frozenset[str] = _words(
    "dpd dhl omniva smartpost itella posti venipak lpexpress unisend "
    "pasts gls ups fedex matkahuolto budbee postnord pakiautomaat "
    "pakomāt pakomat paštomat pastomat почта почтомат pakettiautomaat "
    "kuller courier курьер kurjer kurjers kurjeris "
)

# Words that make a sentence about a parcel, a return or a reference: a bare digit run in
# such a sentence is a reference written on a box or label, not a phone (with ORDER_CUES
# and CARRIER_CUES; see ``mentions_reference``).
PARCEL_CUES: frozenset[str] = _words(
    # en
    "box boxes label labels sticker stickers warranty guarantee delivery pickup locker "
    "return returns returning returned refund "
    # et
    "kast kasti kastile karp karbi karbile pakile pakil silt sildi sildile kleebis kleebise "
    "garantii tagasta tarne kohaletoimet pakiautomaat "
    # ru
    "коробк упаковк наклейк этикетк гарант доставк ячейк "
    # lv
    "kaste kastes kastei iepakojum uzlīm uzlim etiķet etiket garantij piegād piegad "
    "atgriež atgriez "
    # lt
    "dėžė dėžės dėžę dėže deze dezes pakuot lipduk etiketė etiket garantij pristatym "
    "grąžind grazind "
    # fi
    "laatikko laatikkoon laatikon pakkau tarra tarraan takuu toimitu noutopist "
    "palautukse palauta "
)

# Possessives that turn "number" into "my phone number" ("mu number", "мой номер").
POSSESSIVES: frozenset[str] = _words(
    "my our mu minu meie мой мою моего наш наша наши mans mūsu musu mano mūsų musu minun meidän "
)

JOINER_WORDS: frozenset[str] = _words(
    # et
    "ja siis ning edasi veel pluss algab lõpeb lõpus "
    # en
    "and then next after that plus starts ends begins with "
    # ru
    "и потом затем дальше ещё еще а плюс начинается заканчивается на с "
    # lv
    "un tad pēc pec tam vēl vel sākas beidzas ar "
    # lt
    "ir tada po to paskui dar plius prasideda baigiasi "
    # fi
    "sitten sen jälkeen jalkeen vielä viela alkaa loppuu päättyy "
)

_WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")
# Clause boundaries: a cue does not reach across them.
_BOUNDARY = re.compile(r"[,;!?]|\.\s+(?=[^\W\d_]{2})")


def _suffix_allowance(stem_len: int) -> int:
    if stem_len <= 3:
        return 0
    if stem_len == 4:
        return 3
    return 7


_MAX_STEM = 16


_MEMO_SIZE = 65536
_memo: dict[tuple[str, frozenset[str]], bool] = {}


def is_cue(word: str, stems: frozenset[str]) -> bool:
    """Whether ``word`` (lowercase) is ``stem`` + a short ending for some stem in ``stems``.

    Remembered per (word, set): the words around numbers repeat from message to message.
    """
    key = (word, stems)
    known = _memo.get(key)
    if known is not None:
        return known
    n = len(word)
    found = False
    for k in range(min(n, _MAX_STEM), 1, -1):
        if word[:k] in stems and n - k <= _suffix_allowance(k):
            found = True
            break
    if len(_memo) >= _MEMO_SIZE:
        _memo.clear()  # bounded; fine to lose under concurrent use
    _memo[key] = found
    return found


# Bits of ``cue_flags``: which sets a word belongs to.
PHONE = 1
NUMBER = 2
ORDER = 4
CARRIER = 8
PARCEL = 16
_FLAG_SETS: tuple[tuple[int, frozenset[str]], ...] = (
    (PHONE, PHONE_CUES),
    (NUMBER, NUMBER_CUES),
    (ORDER, ORDER_CUES),
    (CARRIER, CARRIER_CUES),
    (PARCEL, PARCEL_CUES),
)
_flags_memo: dict[str, int] = {}


def cue_flags(word: str) -> int:
    """A bit mask of the cue sets ``word`` belongs to (``PHONE | ORDER`` ...), remembered."""
    known = _flags_memo.get(word)
    if known is not None:
        return known
    flags = 0
    for bit, stems in _FLAG_SETS:
        if is_cue(word, stems):
            flags |= bit
    if len(_flags_memo) >= _MEMO_SIZE:
        _flags_memo.clear()
    _flags_memo[word] = flags
    return flags


def first_cue(words: Iterable[str], *stem_sets: frozenset[str]) -> int | None:
    """Index of the first of ``stem_sets`` matched by the first matching word, else None."""
    for word in words:
        for i, stems in enumerate(stem_sets):
            if is_cue(word, stems):
                return i
    return None


def words_before(text: str, pos: int, max_words: int = 4, max_chars: int = 60) -> list[str]:
    """Up to ``max_words`` words before ``pos``, nearest first, stopping at a clause boundary."""
    window = text[max(0, pos - max_chars) : pos]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    words = _WORD.findall(window, cut)
    return words[::-1][:max_words]


def words_after(text: str, pos: int, max_words: int = 2, max_chars: int = 30) -> list[str]:
    """Up to ``max_words`` words after ``pos``, nearest first, stopping at a clause boundary."""
    window = text[pos : pos + max_chars]
    m = _BOUNDARY.search(window)
    if m:
        window = window[: m.start()]
    return _WORD.findall(window)[:max_words]


_SENTENCE_BREAK = re.compile(r"[!?;\n]|\.\s+(?=[^\W\d_]{2})")
_CONTEXT_REACH = 120
_COMPOUND_MIN = 5


def _compound_pattern() -> re.Pattern[str]:
    # Estonian, Finnish and Latvian glue words together ("ostukviitung", "palautusnumero",
    # "pakiautomaadist"): long stems count anywhere inside a word.
    stems = sorted((s for s in ORDER_CUES | PARCEL_CUES if len(s) >= _COMPOUND_MIN and "/" not in s), key=len)
    return re.compile("|".join(re.escape(s) for s in reversed(stems)))


_COMPOUND = _compound_pattern()


def sentence_around(text: str, start: int, end: int, reach: int = _CONTEXT_REACH) -> str:
    """The sentence holding ``[start, end)``, at most ``reach`` characters either side."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    for m in _SENTENCE_BREAK.finditer(text, lo, start):
        lo = m.end()
    m = _SENTENCE_BREAK.search(text, end, hi)
    if m:
        hi = m.start()
    return text[lo:start] + " " + text[end:hi]


def mentions_reference(text: str, start: int, end: int) -> bool:
    """The sentence around ``[start, end)`` is about a parcel, a return, an order or a code
    (box, label, tracking, invoice, receipt, warranty...) and names no phone or messenger.

    ``text`` is folded. Used to read a bare digit run as a reference number.
    """
    sentence = sentence_around(text, start, end)
    words = _WORD.findall(sentence)
    found = False
    for word in words:
        flags = cue_flags(word)
        if flags & PHONE:
            return False
        if flags & (ORDER | CARRIER | PARCEL):
            found = True
    return found or _COMPOUND.search(sentence) is not None
