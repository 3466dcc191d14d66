"""Off-platform payment: IBANs, payment card numbers, payment apps and pay-me-directly phrases.

Division of labour: this extractor finds hard EVIDENCE of paying off the platform and blocks
on it; the trained classifier judges INTENT. A payment method merely named -- in a warning,
a refusal, a policy statement or the platform's own flow -- is not evidence and is not
reported ("we never ask for payment by PayPal", "Sularaha me kahjuks vastu ei võta",
"refund to your original payment method", "Älkää siirtäkö rahaa suoraan myyjälle").

* ``iban`` (digits view): country code, check digits and BBAN of the registered length for
  that country, spaces allowed, mod-97 checksum -> 1.0. There is no list of the platform's own
  accounts yet, so every valid IBAN is flagged.
* ``card`` (digits view): 13-19 digits with a card grouping (4-4-4-4, 4-6-5, ...), an issuer
  prefix and a valid Luhn check -> 0.95; an ungrouped run needs a card word in the same
  clause ("kaart", "card", "карта") -> 1.0, or scores 0.7 (warn) for 15-16/19 digits with no
  reference cue before it ("viitenumber", "order"); 13-14 digit runs without a card word are
  left alone (EAN-13 and DPD parcel numbers). A valid GS1 barcode after a barcode cue ("EAN",
  "штрихкод"), or any valid 13-digit GS1 barcode not both grouped and named a card, is no card.
* ``payment`` (words view): a payment link or a payment app with a handle, number or tag
  ("paypal.me/x", "revolut.me/x", "revtag @x", "@x on Revolut", "MobilePay 040 ...") -> 1.0;
  phrases that are themselves an offer or instruction to pay off the platform ("pay me
  directly", "otse kontole", "переведите на карту", "samaksājiet man uz kontu", "friends and
  family", "suoraan tilille", "cash on pickup", "bez sludinājuma") -> 0.9; a payment app or
  cash named with an offer cue in the same clause ("pay me via Revolut", "saatke raha
  Revoluti kaudu", "можно наличными") -> 0.85. Bank names count only with an offer cue; a
  bare mention is not reported.

A negation in the phrase's sub-clause, before or after it, drops it ("we cannot accept
payment outside the platform", "ära maksa otse", "Sularaha me vastu ei võta", "skaidru naudu
nepieņemam", "negalime priimti", "älä maksa suoraan"); so does a warning or policy frame in
the sentence ("never", "for your safety", "report it to the platform", "scam") and, for a
mention, a refund, checkout or platform word in the same clause.
"""

from __future__ import annotations

import re
from itertools import islice

from moderation.checksums import gtin_valid, luhn_valid
from moderation.config import Settings
from moderation.cue_words import ORDER_CUES, is_cue, words_before
from moderation.extractors._patterns import MAX_CANDIDATES, make_finding, same_clause, subclause_window
from moderation.normalize import Normalized, TextView, identity_view
from moderation.types import OFF_PLATFORM, Finding

# ISO 13616 registry: total IBAN length per country.
IBAN_LENGTHS: dict[str, int] = {
    "ad": 24,
    "ae": 23,
    "al": 28,
    "at": 20,
    "az": 28,
    "ba": 20,
    "be": 16,
    "bg": 22,
    "bh": 22,
    "bi": 27,
    "br": 29,
    "by": 28,
    "ch": 21,
    "cr": 22,
    "cy": 28,
    "cz": 24,
    "de": 22,
    "dj": 27,
    "dk": 18,
    "do": 28,
    "ee": 20,
    "eg": 29,
    "es": 24,
    "fi": 18,
    "fk": 18,
    "fo": 18,
    "fr": 27,
    "gb": 22,
    "ge": 22,
    "gi": 23,
    "gl": 18,
    "gr": 27,
    "gt": 28,
    "hr": 21,
    "hu": 28,
    "ie": 22,
    "il": 23,
    "iq": 23,
    "is": 26,
    "it": 27,
    "jo": 30,
    "kw": 30,
    "kz": 20,
    "lb": 28,
    "lc": 32,
    "li": 21,
    "lt": 20,
    "lu": 20,
    "lv": 21,
    "ly": 25,
    "mc": 27,
    "md": 24,
    "me": 22,
    "mk": 19,
    "mn": 20,
    "mr": 27,
    "mt": 31,
    "mu": 30,
    "ni": 28,
    "nl": 18,
    "no": 15,
    "om": 23,
    "pk": 24,
    "pl": 28,
    "ps": 29,
    "pt": 25,
    "qa": 29,
    "ro": 24,
    "rs": 22,
    "ru": 33,
    "sa": 24,
    "sc": 31,
    "sd": 18,
    "se": 24,
    "si": 19,
    "sk": 24,
    "sm": 27,
    "so": 23,
    "st": 25,
    "sv": 28,
    "tl": 23,
    "tn": 24,
    "tr": 26,
    "ua": 29,
    "va": 22,
    "vg": 24,
    "xk": 20,
    "ye": 30,
}
_IBAN = re.compile(r"(?<![^\W_])[a-zA-Z]{2}[0-9]{2}(?: ?[a-zA-Z0-9]){10,32}")
_CARD = re.compile(r"(?<![^\W_])[0-9](?:[ \-]?[0-9]){12,22}(?![0-9])")
_CARD_GROUPS = frozenset(
    {
        (4, 4, 4, 4),
        (4, 4, 4, 4, 3),
        (4, 6, 5),
        (4, 6, 4),
        (4, 4, 4, 1),
        (4, 4, 4, 2),
        (4, 4, 4, 3),
        (4, 4, 5),
        (4, 4, 4, 4, 1),
        (4, 4, 4, 4, 2),
        (4, 4, 4, 4, 3),
    }
)
_CARD_WORD = re.compile(
    r"(?<!\w)(?:card\w*|kaardi?\w*|pangakaar\w*|карт\w*|kart\w*|kortel\w*|kortti\w*|visa|mastercard|maestro)(?!\w)"
)
_CARD_NEAR = 40
_BARCODE_CUE = re.compile(
    r"(?<!\w)(?:ean\w*|gtin\w*|upc|barcode\w*|bar code|ribakood\w*|штрих\w*|svītrkod\w*|svitrkod\w*"
    r"|brūkšnin\w*|bruksnin\w*|viivakoo\w*)(?!\w)[^\d]{0,20}$"
)

_CHEAPER = r"cheaper|odavam\w*|дешевле|lētāk\w*|pigiau|halvemm\w*"
_SELL = r"sell|müün|müüks\w*|продам|продаю|pārdoš\w*|pārdod\w*|parduos\w*|parduod\w*|myyn|myisin|myydään"
_DIRECTLY = r"directly|otse|напрямую|tieši|tiesiogiai|suoraan"
_BUY = r"buy|ost(?:a|ke|ad|ate|akaa|at|atte)|купи\w*|pērc\w*|nopērc\w*|pirk(?:ite|it|s)|nupirk\w*"

# --- phrases (words view, case-folded) -----------------------------------------------------
_STRONG = (
    (
        "friends and family",
        r"friends ?(?:and|&|n) ?family|f ?& ?f|paypal ?ff|sõbrad ja pere\w*|друзьям и (?:семье|близким)"
        r"|draugiem un ģimen\w*|draugams ir šeim\w*|ystävät ja perhe"
        r"|as (?:a )?(?:friend|family)|sõbrana|как (?:другу|друг)|ka draugam|kaip draugui|ystävänä",
    ),
    (
        "pay directly",
        r"pay(?:ment)? (?:me |us |it )?(?:directly|direct|straight|outside|off (?:the )?(?:platform|site))"
        r"|maks\w* otse|оплат\w* напрямую|maksā\w* tieši|mokė\w* tiesiogiai|moka\w* tiesiogiai"
        r"|maks\w* suoraan"
        r"|suoraan minulle",
    ),
    (
        "transfer to my account",
        r"(?:transfer|send|wire)(?: the)?(?: money| payment| it| amount)?(?: directly| straight)? to my "
        r"(?:account|bank|card|paypal|revolut|iban)|(?:direct|bank) transfer to (?:me|my)"
        r"|otse (?:minu |mu |meie )?(?:pangakonto|konto|arvele|kaardile)\w*"
        r"|(?:kanna|kandke|kannan|kanname|saada|saatke)\w* (?:raha )?(?:otse )?(?:minu |mu |meie )?"
        r"(?:kontole|arvele|kaardile)"
        r"|перев\w* (?:напрямую |сразу )?(?:на|по) (?:карт|счет|счёт|реквизит)\w*"
        r"|(?:скин|кин|переве|отправ)\w* (?:\w+ )?на карт\w*"
        r"|на карт[уы] (?:сбер\w*|тинькофф\w*|банк\w*)|напрямую на (?:карт|счет|счёт)\w*"
        r"|pārskaitījum\w* uz (?:kont|kart)\w*|pārskait\w* (?:man )?(?:uz |tieši )?(?:kont|kart)\w*"
        r"|tieši uz (?:kont|kart)\w*"
        r"|(?:sa)?maks[aā]\w* (?:man |mums )?(?:tieši )?uz (?:man\w* )?(?:kont|kart)\w*"
        r"|pervedim\w* į (?:mano )?(?:sąskait|kortel)\w*|pervesk\w* (?:į )?(?:mano )?(?:sąskait|kortel)\w*"
        r"|tiesiogiai į (?:sąskait|kortel)\w*|(?:su)?mok[eė]\w* (?:man |mums )?(?:tiesiogiai )?į (?:mano )?"
        r"(?:sąskait|saskait|kortel)\w*"
        r"|tilisiir\w* suoraan|suoraan (?:minun )?tilille",
    ),
    (
        "bypass the platform",
        r"без (?:всякой |этой )?(?:площадки|платформы|сайта)|вне (?:платформы|площадки|сайта)"
        r"|(?:without|outside|bypassing) (?:of )?the (?:platform|site)|no need for the (?:platform|site)"
        r"|ilma (?:platvormi|keskkonna|portaali)\w*"
        r"|väljaspool (?:platvormi|keskkonda)|be (?:platform|skelbim)\w*|bez (?:platform|sludin[aā]jum)\w*"
        r"|[aā]rpus (?:platform|sludin[aā]jum)\w*|už platformos|ilman (?:alustaa|palvelua|välikättä)"
        r"|alustan ulkopuolella",
    ),
    (
        "direct deal",
        rf"(?:{_CHEAPER}|{_SELL})(?: \w+){{0,3}}? (?:{_DIRECTLY})"
        rf"|(?:{_DIRECTLY})(?: \w+){{0,3}}? (?:{_CHEAPER})"
        rf"|(?:{_BUY})(?: \w+){{0,2}}? (?:{_DIRECTLY})",
    ),
    (
        "cash on pickup",
        r"cash (?:on|at|upon) (?:pick ?up|collection|meeting|delivery)"
        r"|pay (?:me |us )?(?:in )?cash (?:on|at|when|upon) \w+"
        r"|sularahas? (?:kohapeal|kättesaamisel|üleandmisel|kohtudes)"
        r"|наличн\w* при (?:встрече|получении|самовывозе)"
        r"|skaidrā naudā (?:uz vietas|saņemot|satiekoties)|grynais\w* atsiim\w*"
        r"|käteisellä (?:noudettaessa|noudon yhteydessä|paikan päällä)",
    ),
)
_MENTION = (
    ("paypal", r"paypal\w*|пэйпал\w*|пейпал\w*"),
    ("revolut", r"revolut\w*|револют\w*|revtag\w*"),
    (
        "payment app",
        r"paysera\w*|mobilepay\w*|swish|venmo|zelle|western union|moneygram|qiwi|юмани|яндекс ?деньги"
        r"|wise(?= transfer| kaudu| через| per| kautta)",
    ),
    ("cash", r"sularaha\w*|наличн\w*|наликом|skaidr\w* naud\w*|grynais\w*|käteis\w*|cash"),
    (
        "account number",
        r"iban|kontonumb\w*|konto ?nr|arvelduskont\w*|номер карты|номер сч[её]та|реквизит\w*"
        r"|konta numur\w*|sąskaitos numer\w*|tilinumer\w*",
    ),
)
_NEEDS_CUE = (
    (
        "bank",
        r"swedbank\w*|seb|lhv|luminor\w*|citadele\w*|šiaulių bank\w*|nordea\w*|danske\w*|op-?pankki\w*"
        r"|coop pank\w*|сбер\w*|тинькофф\w*|bank transfer|pangaülekan\w*|банковск\w* перевод\w*"
        r"|tilisiirto\w*",
    ),
)


def _group(rules: tuple[tuple[str, str], ...], prefix: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(rf"(?P<{prefix}{i}>{pattern})" for i, (_, pattern) in enumerate(rules))
        + r")(?!\w)"
    )


# All phrase rules in one scan: most messages name no payment at all, and one pass over the
# text answers that in half the time of the three passes below (which run only on a hit).
_ALL_PHRASES = "|".join(f"(?:{pattern})" for _, pattern in (*_STRONG, *_MENTION, *_NEEDS_CUE))
_ANY_PHRASE = re.compile(rf"(?<!\w)(?:{_ALL_PHRASES})(?!\w)")
_STRONG_RE = _group(_STRONG, "s")
_MENTION_RE = _group(_MENTION, "m")
_NEEDS_CUE_RE = _group(_NEEDS_CUE, "b")

# An offer or instruction to pay with the named method: a payment verb, "can/possible",
# "cheaper", "directly". Not "only" or "please": "only through the checkout" and "please
# report it" are the platform's words.
_OFFER = re.compile(
    r"(?<!\w)(?:can|could|pay|send|transfer|wire|accept|prefer|cheaper|directly|possible|fine|works"
    r"|sobib|käib|подойд\w*|устроит|derēs|tinka|käy|sopii"
    r"|maks\w*|tasu(?:ge|da|ta)|kann\w*|saat\w*|saadan|võite|võid|võib|odavam\w*|otse|eelistan|vastu"
    r"|можно|могу|може\w*|оплат\w*|переве\w*|перевод\w*|скин\w*|плат\w*|отда\w*|дешевле|напрямую|принима\w*"
    r"|var|varat|varēsiet|maks[aā]\w*|samaks\w*|p[aā]rsk\w*|l[eē]t[aā]k\w*|tie[sš]i|pie[nņ]em\w*"
    r"|galite|galima|mok[eė]\w*|sumok\w*|perves\w*|pigiau|tiesiogiai|priim\w*"
    r"|voit|voitte|voi|maksa\w*|siirr\w*|l[aä]het\w*|halvemm\w*|suoraan|hyväksy\w*|otan vastaan)(?!\w)"
)
_NEGATION = re.compile(
    r"(?<!\w)(?:not|no|never|cannot|can't|cant|don't|dont|do not|won't|avoid|isn't|aren't"
    r"|ära|ärge|ei|mitte|pole|kunagi|keelatud|не|нельзя|никогда|запрещ\w*|ne|nav|nekad|nedrīkst|aizliegt\w*"
    r"|negalima|draudžiama|niekada|nereikia|nevar\w*|negal\w*|nenori\w*|nevēl\w*"
    r"|älä|älkää|emme|en|ette|eivät|koskaan|kielletty)(?!\w)"
    r"|(?<!\w)ne(?:pārskait|parskait|maksā|maksa|mokė|moke|moka|pervesk|perved|siųsk|sius|sūt|sut|plat|pieņem"
    r"|pienem|prasām|prasam|prašom|prasom|priim)\w*"
)
# "bank transfer is not needed": a negation right after a mere mention.
_NEGATION_AFTER = re.compile(
    r"\W{0,3}(?:\w+ )?(?:is not|isn't|not|no longer|pole|ei ole|не нужн\w*|не требует\w*|nav|nereikia|nėra"
    r"|ei tarvit\w*|ei tarvita)(?!\w)"
)
_MENTION_CONTEXT_OK = re.compile(
    r"(?<!\w)(?:refund\w*|tagasimaks\w*|raha tagastus\w*|возврат\w*|atmaks\w*|grąžin\w*|hyvit\w*|palautu\w*"
    r"|platform\w*|platvorm\w*|платформ\w*|alusta\w*|keskkon\w*|portaal\w*|marketplace|helpdesk"
    r"|through the site|via the site|saidi kaudu|через сайт|checkout|check-out|kassas|kassa kaudu"
    r"|при оформлении|noformējot|noformejot|kassalla|original payment method)(?!\w)"
)
# Policy, warning and safety frames: a payment method named in the sentence is what the
# buyer is warned about ("we never ask for payment by PayPal", "for your safety", "if anyone
# asks, report it to the platform"), not an offer.
_WARNING = re.compile(
    r"(?<!\w)(?:never|kunagi|никогда|nekad|niekada|koskaan"
    r"|for (?:your )?(?:own )?(?:security|safety)|security reasons|safety reasons|teie turvalisuse\w*"
    r"|turvalisuse (?:huvides|tagamiseks)|в целях безопасности|для (?:вашей )?безопасности"
    r"|drošības (?:nolūkos|labad)|jūsu drošībai|saugumo sumetimais|jūsų saugumui|turvallisuussyistä"
    r"|turvallisuutesi vuoksi"
    r"|report (?:it|this|them|him|her)|report to|teata\w* (?:sellest|platvorm\w*|keskkon\w*)"
    r"|сообщите (?:платформ\w*|в поддержку|администрац\w*|об этом)|ziņojiet (?:platform\w*|par to)"
    r"|pranešk\w* (?:platform\w*|apie)|ilmoit(?:a|takaa) (?:siitä|palvelu\w*|alusta\w*|ylläpido\w*)"
    r"|scam\w*|fraud\w*|pettu\w*|petis\w*|мошенн\w*|krāpniek\w*|krapniek\w*|sukč\w*|sukc\w*|huijau\w*"
    r"|huijari\w*)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
_NEG_BEFORE = 40
_NEG_AFTER = 30
_SENTENCE_REACH = 160
_APP_LABELS = frozenset({"paypal", "revolut", "payment app"})
_ACCOUNT_ID = re.compile(
    r"(?<![\w@])@[^\W\d_][\w.]{1,31}|\+?[0-9][0-9 \-]{5,18}[0-9]|(?:paypal|revolut)\.me/\w"
    r"|(?<!\w)(?:revtag|revolut tag|tag)\s?[:=]?\s?@?[^\W\d_][\w.]{2,31}"
)
_PAY_LINK_NAMES = ("paypal", "revolut", "wise", "paysera")  # every _PAY_LINK names one
_PAY_LINK = re.compile(
    r"(?<![\w.])(?:paypal\.me|revolut\.me|paypal\.com/paypalme|wise\.com/pay|paysera\.\w{2,3}/\w+)/?[\w.\-]{2,64}"
)


class PaymentExtractor:
    name = "payment"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def find(self, norm: Normalized) -> list[Finding]:
        findings = self._ibans(norm)
        findings.extend(self._cards(norm, findings))
        findings.extend(self._phrases(norm))
        findings.extend(self._links(norm))
        return findings

    def _links(self, norm: Normalized) -> list[Finding]:
        text = norm.words.text
        if not any(name in text for name in _PAY_LINK_NAMES):
            return []
        return [
            make_finding(
                norm,
                norm.words,
                m.start(),
                m.end(),
                category=OFF_PLATFORM,
                kind="payment",
                normalized=m.group(0),
                source="payment/link",
                score=1.0,
                explanation="personal payment link",
            )
            for m in islice(_PAY_LINK.finditer(norm.words.text), MAX_CANDIDATES)
        ]

    # --- IBAN ------------------------------------------------------------------------
    def _ibans(self, norm: Normalized) -> list[Finding]:
        """IBANs as written (ASCII, any case), then in the digits view (spelled-out digits).

        The original is searched too because the digits view may read a letter group of a
        BBAN as a number word ("... 36UA OH" -> "36ua 0").
        """
        out: list[Finding] = []
        views = [norm.digits]
        if _IBAN.search(norm.original) is not None:  # build the identity view only when needed
            views.insert(0, identity_view(norm.original))
        for view in views:
            for finding in self._ibans_in(norm, view):
                if not any(f.start < finding.end and finding.start < f.end for f in out):
                    out.append(finding)
        return out

    def _ibans_in(self, norm: Normalized, view: TextView) -> list[Finding]:
        text = view.text
        out: list[Finding] = []
        for m in islice(_IBAN.finditer(text), MAX_CANDIDATES):
            country = m.group(0)[:2].lower()
            length = IBAN_LENGTHS.get(country)
            if length is None:
                continue
            chars: list[int] = [i for i in range(m.start(), m.end()) if text[i] != " "]
            if len(chars) < length:
                continue
            end = chars[length - 1] + 1
            if end < len(text) and text[end].isalnum():
                continue  # longer than this country's IBAN: some other code
            iban = "".join(text[i] for i in chars[:length]).upper()
            if not iban_checksum_ok(iban):
                continue
            out.append(
                make_finding(
                    norm,
                    view,
                    m.start(),
                    end,
                    category=OFF_PLATFORM,
                    kind="iban",
                    normalized=iban,
                    source="payment/iban",
                    score=1.0,
                    explanation=f"{country.upper()} IBAN of the registered length, valid mod-97 checksum",
                )
            )
        return out

    # --- cards -------------------------------------------------------------------------
    def _cards(self, norm: Normalized, ibans: list[Finding]) -> list[Finding]:
        view = norm.digits
        text = view.text
        out: list[Finding] = []
        for m in islice(_CARD.finditer(text), MAX_CANDIDATES):
            o_start, o_end = view.original_span(m.start(), m.end())
            if any(f.start <= o_start < f.end for f in ibans):
                continue
            groups = re.split(r"[ \-]", m.group(0))
            lengths = [len(g) for g in groups]
            # the longest prefix of groups that is a card
            for k in range(len(groups), 0, -1):
                digits = "".join(groups[:k])
                if not 13 <= len(digits) <= 19:
                    continue
                grouped = k > 1
                if grouped and tuple(lengths[:k]) not in _CARD_GROUPS:
                    continue
                if not (luhn_valid(digits) and issuer_ok(digits)):
                    continue
                span_end = m.start() + len(" ".join(groups[:k]))
                score = self._card_score(text, m.start(), span_end, digits, grouped)
                if score is None:
                    break
                card_word = score == 1.0
                out.append(
                    make_finding(
                        norm,
                        view,
                        m.start(),
                        span_end,
                        category=OFF_PLATFORM,
                        kind="card",
                        normalized=digits,
                        source="payment/card",
                        score=score,
                        explanation="Luhn-valid number with a card issuer prefix"
                        + (" and card grouping" if grouped else "")
                        + (", card named nearby" if card_word else ""),
                    )
                )
                break
        return out

    @staticmethod
    def _card_score(text: str, start: int, end: int, digits: str, grouped: bool) -> float | None:
        """How sure a Luhn-valid number with an issuer prefix is a card, or None.

        Cards are 15-16 digits (19 for some), written in fours or named ("kaart", "карта").
        1 in 10 random numbers passes Luhn, and EAN-13 barcodes, DPD parcel numbers and bank
        references are 13-20 digits too: so a card word must sit in the same clause, a
        barcode cue ("EAN", "GTIN", "штрихкод") or a valid GS1 barcode of 13 digits without
        a card word rules a card out, and an ungrouped run after a reference cue
        ("viitenumber", "order") is that reference.
        """
        card_word = _card_word_near(text, start, end)
        if _BARCODE_CUE.search(text, max(0, start - _CARD_NEAR), start) and gtin_valid(digits):
            return None
        if len(digits) == 13 and gtin_valid(digits) and not (grouped and card_word):
            return None
        if grouped:
            return 1.0 if card_word else 0.95
        if card_word:
            return 1.0
        if len(digits) in (15, 16, 19) and not _reference_before(text, start):
            return 0.7
        return None

    # --- phrases -----------------------------------------------------------------------
    def _phrases(self, norm: Normalized) -> list[Finding]:
        text = norm.words.text
        if _ANY_PHRASE.search(text) is None:
            return []
        out: list[Finding] = []
        taken: list[tuple[int, int]] = []
        for pattern, rules, kind in (
            (_STRONG_RE, _STRONG, "strong"),
            (_MENTION_RE, _MENTION, "mention"),
            (_NEEDS_CUE_RE, _NEEDS_CUE, "bank"),
        ):
            for m in islice(pattern.finditer(text), MAX_CANDIDATES):
                start, end = m.start(), m.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                label = rules[int((m.lastgroup or "x0")[1:])][0]
                if self._negated(text, start, end):
                    continue
                if (
                    kind != "strong"
                    and label in _APP_LABELS
                    and self._clause_has(_ACCOUNT_ID, text, start, end, exclude=(start, end))
                ):
                    score, why = 1.0, f"{label} with an account handle, number or link"
                elif self._warning(text, start, end):
                    continue
                elif kind == "strong":
                    score, why = 0.9, f"offer or instruction to pay off the platform ({label})"
                elif _NEGATION_AFTER.match(text, end) or self._clause_has(
                    _MENTION_CONTEXT_OK, text, start, end
                ):
                    continue
                elif self._clause_has(_OFFER, text, start, end, exclude=(start, end)):
                    score, why = 0.85, f"{label} offered as a way to pay"
                else:
                    continue  # a payment method merely named: the classifier judges intent
                taken.append((start, end))
                out.append(
                    make_finding(
                        norm,
                        norm.words,
                        start,
                        end,
                        category=OFF_PLATFORM,
                        kind="payment",
                        normalized=label,
                        source=f"payment/{kind}",
                        score=score,
                        explanation=why,
                    )
                )
        return out

    @staticmethod
    def _negated(text: str, start: int, end: int) -> bool:
        """A negation in the phrase's sub-clause, before it or after it: "ära maksa otse",
        "Sularaha me vastu ei võta", "skaidru naudu nepieņemam"."""
        lo, hi = subclause_window(text, start, end, _NEG_BEFORE, _NEG_AFTER)
        return any(not start <= neg.start() < end for neg in _NEGATION.finditer(text, lo, hi))

    @staticmethod
    def _warning(text: str, start: int, end: int) -> bool:
        """The sentence around the phrase is a warning or a policy statement."""
        lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
        for brk in _SENTENCE_END.finditer(text, lo, start):
            lo = brk.end()
        brk = _SENTENCE_END.search(text, end, hi)
        if brk is not None:
            hi = brk.start()
        return _WARNING.search(text, lo, hi) is not None

    @staticmethod
    def _clause_has(
        pattern: re.Pattern[str], text: str, start: int, end: int, exclude: tuple[int, int] | None = None
    ) -> bool:
        lo, hi = max(0, start - 60), min(len(text), end + 60)
        for m in pattern.finditer(text, lo, hi):
            if exclude is not None and exclude[0] <= m.start() < exclude[1]:
                continue
            a, b = (m.end(), start) if m.end() <= start else (end, m.start())
            if a > b or same_clause(text, a, b):
                return True
        return False


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616 mod-97 check of an upper-case IBAN without spaces."""
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def _card_word_near(text: str, start: int, end: int) -> bool:
    """A card word within ``_CARD_NEAR`` characters and in the same clause."""
    lo, hi = max(0, start - _CARD_NEAR), min(len(text), end + _CARD_NEAR)
    for w in _CARD_WORD.finditer(text, lo, hi):
        a, b = (w.end(), start) if w.end() <= start else (end, w.start())
        if a > b or same_clause(text, a, b):
            return True
    return False


def _reference_before(text: str, start: int) -> bool:
    return any(is_cue(w, ORDER_CUES) for w in words_before(text, start, max_words=3))


def issuer_ok(digits: str) -> bool:
    """Known card issuer prefixes: Visa, Mastercard, Amex, Maestro, Discover, JCB, Diners, UnionPay, Mir."""
    two, four = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"
        or 51 <= two <= 55
        or 2221 <= four <= 2720
        or two in (34, 37, 36, 38, 30, 35, 62, 50)
        or 56 <= two <= 69
        or 2200 <= four <= 2204
    )
