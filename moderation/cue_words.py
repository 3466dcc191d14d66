"""Cue words in et, en, ru, lv, lt and fi, as lowercase *stems*, shared by extractors.

A word matches a stem when it starts with the stem and the rest is a short inflection
ending (see :func:`is_cue`): ``tellimu`` matches "tellimus", "tellimuse", "tellimusnumber";
``звон`` matches "звони", "звоните". Stems of three letters or fewer match only exactly
("tel", "nr", "sn"), so "tel" does not match "telia" and "puh" not "puhas".
Texts are expected folded (NFKC + casefold), as in ``Normalized.words`` / ``.digits``.
Both the diacritic and the plain spelling are listed where sellers type both.

Typos: a word that matches no stem as written is tried again with doubled letters squeezed
("закааз", "arvve", "Pasūtījjums"), then against stems of five letters or more at edit
distance one, same first letter ("Oder", "Tilasu"). The second try looks words up in an
index of each stem and its one-letter deletions (built on first use), so it costs a few
dozen dict lookups for a word seen for the first time, and nothing after (remembered).

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
from functools import lru_cache
from typing import NamedTuple


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
# A full stop ends a clause unless it ends an abbreviation that introduces a number
# ("order no. is 2024-220731", "tel. 5123 4567", "tellimuse nr. 12345").
_BOUNDARY = re.compile(
    r"[,;!?]|\.(?<!\bno\.)(?<!\bnr\.)(?<!\bnro\.)(?<!\bnum\.)(?<!\btel\.)(?<!\bart\.)(?<!\bref\.)"
    r"\s+(?=[^\W\d_]{2})"
)


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
    """Whether ``word`` (lowercase) is ``stem`` + a short ending for some stem in ``stems``,
    as written or with a typo (see the module docstring).

    Remembered per (word, set): the words around numbers repeat from message to message.
    """
    key = (word, stems)
    known = _memo.get(key)
    if known is not None:
        return known
    found = _exact_match(word, stems) or (
        len(word) >= _TYPO_MIN_WORD and _near_bits(word, ((1, stems),)) != 0
    )
    if len(_memo) >= _MEMO_SIZE:
        _memo.clear()  # bounded; fine to lose under concurrent use
    _memo[key] = found
    return found


def _exact_match(word: str, stems: frozenset[str]) -> bool:
    """A stem + a short ending, as written or with doubled letters squeezed ("закааз")."""
    if _prefix_match(word, stems):
        return True
    if len(word) < _TYPO_MIN_WORD:
        return False
    squeezed = _DOUBLED.sub(r"\1", word)
    return squeezed != word and _prefix_match(squeezed, stems, min_stem=4)


def _prefix_match(word: str, stems: frozenset[str], min_stem: int = 2) -> bool:
    n = len(word)
    for k in range(min(n, _MAX_STEM), min_stem - 1, -1):
        if word[:k] in stems and n - k <= _suffix_allowance(k):
            return True
    return False


_TYPO_MIN_WORD = 4
_TYPO_MIN_STEM = 5
_TYPO_LONG_STEM = 7
_TYPO_MAX_ENDING = 4
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_StemSets = tuple[tuple[int, frozenset[str]], ...]


def _deletions(s: str) -> Iterable[str]:
    """``s`` less one letter, the first letter kept (typos rarely hit it)."""
    return (s[:i] + s[i + 1 :] for i in range(1, len(s)))


class _DeletionIndex(NamedTuple):
    variants: dict[str, tuple[tuple[str, int], ...]]  # stem or stem less a letter -> (stem, bit)
    heads: frozenset[str]  # the first two letters of every variant


@lru_cache(maxsize=16)
def _deletion_index(sets: _StemSets) -> _DeletionIndex:
    """Each stem of five letters or more, and each of its one-letter deletions."""
    index: dict[str, list[tuple[str, int]]] = {}
    for bit, stems in sets:
        for stem in stems:
            if len(stem) >= _TYPO_MIN_STEM and stem.isalpha():
                for variant in (stem, *_deletions(stem)):
                    index.setdefault(variant, []).append((stem, bit))
    return _DeletionIndex({v: tuple(found) for v, found in index.items()}, frozenset(v[:2] for v in index))


def _near_bits(word: str, sets: _StemSets, known: int = 0) -> int:
    """The bits of the sets holding a stem (five letters or more, same first letter) that a
    prefix of ``word`` is one edit from (insert, delete, substitute, swap two neighbours),
    the rest of the word being a short ending; ``known`` bits are kept and not looked for.

    Long stems (seven letters or more) allow an ending of up to four letters; short ones a
    letter missing or added and no ending ("oder", "tilasu"): a swapped letter or an ending
    too is more often another word ("price"/"prece", "после"/"посыл", "arvestan"/"arvel").
    """
    index = _deletion_index(sets)
    # every variant of every prefix starts with word[:2] or (second letter deleted) word[0] + word[2]
    if word[:2] not in index.heads and word[0] + word[2] not in index.heads:
        return known
    variants = index.variants
    n = len(word)
    bits = known
    for k in range(max(_TYPO_MIN_WORD, n - _TYPO_MAX_ENDING), min(n, _MAX_STEM + 1) + 1):
        prefix = word[:k]
        for variant in (prefix, *_deletions(prefix)):
            for stem, bit in variants.get(variant, ()):
                if bits & bit:
                    continue
                if len(stem) < _TYPO_LONG_STEM and (k != n or len(prefix) == len(stem)):
                    continue
                if _one_edit(prefix, stem):
                    bits |= bit
    return bits


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one edit (an adjacent swap counts as one)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


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
_ALL_FLAGS = PHONE | NUMBER | ORDER | CARRIER | PARCEL
_flags_memo: dict[str, int] = {}


def cue_flags(word: str) -> int:
    """A bit mask of the cue sets ``word`` belongs to (``PHONE | ORDER`` ...), remembered.

    Typos are looked up once for all sets, and only when the word is no cue as written.
    """
    known = _flags_memo.get(word)
    if known is not None:
        return known
    flags = 0
    for bit, stems in _FLAG_SETS:
        if _prefix_match(word, stems):
            flags |= bit
    if len(word) >= _TYPO_MIN_WORD and flags != _ALL_FLAGS:
        squeezed = _DOUBLED.sub(r"\1", word)
        if squeezed != word:
            for bit, stems in _FLAG_SETS:
                if not flags & bit and _prefix_match(squeezed, stems, min_stem=4):
                    flags |= bit
        flags = _near_bits(word, _FLAG_SETS, flags)
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
