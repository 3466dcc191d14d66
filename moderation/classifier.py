"""The trained classifier: feature steps, the multi-label estimator and the serving wrapper.

Training (``training/``) builds one sklearn ``Pipeline`` from these classes and pickles it;
the service unpickles it here without importing ``training``. The pipeline maps a list of
``ModelInput`` records to one calibrated probability per category::

    ModelInput -> FeatureUnion(char n-grams of the normalized words view,
                               SignalFeatures: findings per kind, language, evasive cues)
               -> MultiLabelLinear (one logistic regression + Platt scaling per category)

``TrainedClassifier.score`` does not call ``Pipeline.predict_proba`` (about 1 ms of
sklearn overhead per message): it runs the same fitted parameters through a dictionary
lookup and a sparse dot product (``FastScorer``), tested to match ``predict_proba``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from moderation.config import Thresholds
from moderation.normalize import Normalized, normalize
from moderation.types import CATEGORIES, CONTACT_DETAILS, Finding

# Bump when the feature code below changes meaning: a model trained with other features is refused.
FEATURE_VERSION = "5"
LANGUAGES = ("et", "en", "ru", "lv", "lt", "fi", "und")
_MAX_FEATURE_CHARS = 4000  # longer texts are cut for features (the rules still see everything)


@dataclass(frozen=True, slots=True)
class ModelInput:
    """What the model sees of one message: the text, the buyer's message and the rule findings."""

    text: str
    context: str | None = None
    language: str = "und"
    # (category, kind, score) of each finding, computed once by the moderator's extractors
    findings: tuple[tuple[str, str, float], ...] = ()

    @classmethod
    def build(
        cls, text: str, context: str | None, findings: Sequence[Finding], language: str | None
    ) -> ModelInput:
        return cls(
            text=text,
            context=context or None,
            language=language or "und",
            findings=tuple((f.category, f.kind, float(f.score)) for f in findings),
        )


def words_text(text: str) -> str:
    """The normalized ``words`` view the n-grams are taken from (folded, de-obfuscated)."""
    return normalize(text[:_MAX_FEATURE_CHARS]).words.text


# --- cue lexicons: concepts that generalize across templates and languages -----------------
# Each group is one binary feature (any stem present in the folded words view). Stems, so
# inflected forms match; the model weighs them together with the n-grams and each other
# (a "cannot ... outside the platform" keeps-the-rules message has KEEP_RULES cues too).
CUE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "direct",
        (
            "directly",
            "direct ",
            "otse",
            "напрямую",
            "напрямик",
            "tieši",
            "tiesiog",
            "suoraan",
            "without the platform",
            "ilma platvormi",
            "без площадки",
            "bez platformas",
        ),
    ),
    (
        "outside",
        (
            "outside",
            "väljaspool",
            "вне ",
            "вне сайта",
            "ārpus",
            "ne per ",
            "už platformos",
            "ulkopuol",
            "off the site",
            "off-site",
            "mööda",
        ),
    ),
    ("cash", ("cash", "sularaha", "наличн", "skaidr", "grynai", "grynais", "käteinen", "käteisellä")),
    (
        "transfer",
        (
            "bank transfer",
            "transfer",
            "ülekan",
            "kontole",
            "перевод",
            "на карту",
            "на счет",
            "на счёт",
            "pārskait",
            "kontu",
            "pervesk",
            "pavedim",
            "sąskait",
            "tilisiirt",
            "tilille",
            "tililleni",
            "iban",
            "account number",
            "kaardile",
        ),
    ),
    (
        "pay_app",
        (
            "revolut",
            "paypal",
            "mobilepay",
            "wise",
            "skrill",
            "swish",
            "venmo",
            "western union",
            "friends and family",
            "f&f",
            "smart-id",
            "payseraa",
            "paysera",
            "qiwi",
            "юмани",
            "сбп",
        ),
    ),
    (
        "cancel",
        ("cancel", "tühist", "отмен", "atcel", "atšauk", "atšauk", "peru ", "perut", "perua", "peruu"),
    ),
    (
        "cheaper",
        (
            "cheaper",
            "discount for you",
            "odavam",
            "дешевле",
            "lētāk",
            "pigiau",
            "halvemm",
            "halvempi",
            "no fee",
            "vahendustasu",
            "комисси",
            "komisij",
            "mokesč",
            "välityspalk",
            "fees",
        ),
    ),
    (
        "messenger",
        (
            "whatsapp",
            "whats app",
            "вотсап",
            "ватсап",
            "viber",
            "вайбер",
            "telegram",
            "телеграм",
            "signal",
            "messenger",
            "wechat",
            "skype",
        ),
    ),
    (
        "your_number",
        (
            "your number",
            "teie number",
            "ваш номер",
            "jūsu numur",
            "jūsų numer",
            "numerosi",
            "from the parcel",
            "pakil",
            "посылк",
            "paciņ",
            "siuntos",
            "paketissa",
        ),
    ),
    (
        "discount",
        (
            "discount",
            "% off",
            "soodus",
            "allahind",
            "скидк",
            "промокод",
            "atlaid",
            "nuolaid",
            "alennu",
            "ale ",
            "alea",
            "coupon",
            "kupong",
            "kupon",
            "promo",
            "sale ",
            "распродаж",
            "izpārdo",
            "išparduot",
        ),
    ),
    (
        "newsletter",
        (
            "newsletter",
            "subscribe",
            "uudiskir",
            "рассылк",
            "подпиш",
            "jaunum",
            "naujienlai",
            "prenumer",
            "uutiskir",
            "tilaa ",
        ),
    ),
    (
        "follow",
        (
            "follow us",
            "follow me",
            "follow our",
            "jälgige meid",
            "jälgi meid",
            "подписыв",
            "sekojiet mums",
            "sekojiet mūsu",
            "sekite mus",
            "sekite mūsų",
            "seuraa meitä",
            "seuratkaa meitä",
            "seuraa meidän",
            "instagram",
            "facebook",
            "tiktok",
            "youtube",
            "инстаграм",
            "likes",
            "like us",
            "favourite",
            "favorite",
            "lemmik",
            "избранн",
            "izlasei",
            "mėgstam",
            "suosikk",
        ),
    ),
    (
        "review_gift",
        (
            "review",
            "tagasisid",
            "отзыв",
            "atsauksm",
            "atsiliep",
            "arvostel",
            "arvio",
            "5 star",
            "5 tärni",
            "5 звезд",
            "zvaigžņ",
            "žvaigžd",
            "tähden",
            "gift",
            "kingitus",
            "подар",
            "dāvan",
            "dovan",
            "lahja",
            "free ",
            "tasuta",
            "бесплатн",
            "bezmaksas",
            "nemokam",
            "ilmai",
        ),
    ),
    (
        "our_shop",
        (
            "our shop",
            "our store",
            "our website",
            "our collection",
            "meie poe",
            "meie pood",
            "meie kodul",
            "kollektsioon",
            "наш магазин",
            "нашем магазин",
            "коллекци",
            "mūsu veikal",
            "kolekcij",
            "mūsų parduotuv",
            "kaupassamme",
            "mallisto",
            "verkkokaup",
            "new arrivals",
            # cross-selling: the seller's other goods
            "other listings",
            "our other",
            "we also sell",
            "accessor",
            "teisi kuulutusi",
            "meie teisi",
            "müüme ka",
            "lisatarvik",
            "другие наши",
            "наши другие",
            "также продаём",
            "аксессуар",
            "citus mūsu",
            "pārdodam arī",
            "aksesuār",
            "kitus mūsų",
            "taip pat parduodame",
            "priedas",
            "muut ilmoituksemme",
            "muita tuotteitamme",
            "myymme myös",
            "lisävaruste",
        ),
    ),
    (
        "keep_rules",
        (
            "keep all communication",
            "communication here",
            "only through",
            "only here",
            "cannot accept",
            "can't accept",
            "not allowed",
            "ei saa vastu võtta",
            "siin ",
            "siinsamas",
            "не можем",
            "только здесь",
            "только через",
            "nevaram",
            "tikai šeit",
            "negalime",
            "tik čia",
            "emme voi",
            "vain täällä",
            "täällä",
            "platvormi kaudu",
            "checkout",
        ),
    ),
    # Context that turns a channel or price word into product talk, not an invitation.
    (
        "app_feature",
        (
            "app ",
            "apps",
            "application",
            "notification",
            "install",
            "preinstalled",
            "compatible",
            "supports",
            "bluetooth",
            "android",
            "ios ",
            "rakendus",
            "äpp",
            "teavitus",
            "toeta",
            "ühildu",
            "приложени",
            "уведомлен",
            "поддерживает",
            "установлен",
            "совместим",
            "lietotn",
            "paziņojum",
            "atbalsta",
            "instalēt",
            "savietojam",
            "programėl",
            "pranešim",
            "palaiko",
            "įdieg",
            "suderinam",
            "sovellu",
            "ilmoitukse",
            "ilmoitukset",
            "tukee",
            "asennet",
            "yhteensopiv",
        ),
    ),
    (
        "price_calc",
        (
            "included",
            "deducted",
            "applied",
            "difference",
            "total",
            "invoice",
            "arvestatud",
            "maha arvat",
            "hinnavahe",
            "kokku",
            "учтен",
            "учтён",
            "включен",
            "разниц",
            "итог",
            "iekļaut",
            "atskaitīt",
            "piemērot",
            "starpīb",
            "kopā",
            "įskaičiuot",
            "atimt",
            "pritaikyt",
            "skirtum",
            "iš viso",
            "sisältyy",
            "vähennet",
            "erotus",
            "yhteensä",
            "huomioitu",
        ),
    ),
    (
        "safety",
        (
            "safety",
            "security",
            "scam",
            "fraud",
            "report it",
            "turvalisus",
            "pettu",
            "petis",
            "безопасност",
            "мошен",
            "drošīb",
            "krāpn",
            "saugum",
            "sukčiav",
            "turvallisuu",
            "huija",
        ),
    ),
)
N_CUE_FEATURES = len(CUE_GROUPS)


def cue_features(words: str) -> list[float]:
    """One 0/1 per cue group, on the folded words view (``words_text``)."""
    padded = " " + _NON_WORD.sub(" ", words) + " "
    return [1.0 if any(stem in padded for stem in stems) else 0.0 for stems in _CUE_STEMS]


_NON_WORD = re.compile(r"[^\w%&@-]+")
# matched at word starts: " ale " must not fire inside "kohale"
_CUE_STEMS = tuple(tuple(" " + stem.strip() for stem in stems) for _, stems in CUE_GROUPS)


# --- intent: is a cue asserted, or refused / warned against? --------------------------------
# "Pay me directly" and "never pay anyone directly" share every keyword; what differs is a
# negation in the same clause. Cues are therefore counted twice: in clauses without a negation
# ("asserted") and in clauses with one ("negated"). Negation words are per language (Latvian
# and Lithuanian negate by a "ne-" prefix on the verb; "et" is Finnish "you don't" but Estonian
# "that"); an unidentified language gets the unambiguous ones only.
_CLAUSE_BREAK = re.compile(r"[.!?;,:\n()\[\]«»\"“”]+|\s[-–—]\s")
_NEGATION_PATTERNS = {
    "en": r"\b(?:not|never|cannot|nor|neither|nothing|no(?=\s+[^\W\d_]))\b|n['’]t\b",
    "et": r"\b(?:ei|ära|ärge|ärme|mitte|pole|polnud|ega|keelatud)\b",
    "ru": r"\b(?:не|нет|ни|нельзя|никогда|запрещено|запрещается)\b",
    "lv": r"\b(?:ne|nav|nekad|nedrīkst|nevajag)\b|\bne(?!dēļ|del|to\b|kustam)[^\W\d_]{3,}",
    "lt": r"\b(?:ne|nėra|nera|niekada|niekad|negalima|draudžiama)\b"
    r"|\bne(?!š|sen|did|mokam|toli|to\b)[^\W\d_]{3,}",
    "fi": r"\b(?:ei|en|et|emme|ette|eivät|eikä|enkä|emmekä|älä|älkää|ällös|ettei|kielletty\w*)\b",
    "und": r"\b(?:not|never|cannot|не|нет|нельзя|никогда|ei|ära|ärge|älä|älkää|emme|nekad|niekada|nėra)\b"
    r"|n['’]t\b",
}
_NEGATION = {lang: re.compile(p) for lang, p in _NEGATION_PATTERNS.items()}
# Speaker-centred invitations: the seller's own person ("me", "my account") and requests to
# act towards them. Per language, matched at word starts like the cue groups.
INTENT_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (first person singular, invitation to act towards the speaker)
    "en": (
        ("me ", "my ", "i ", "mine "),
        (
            "write me",
            "message me",
            "contact me",
            "text me",
            "call me",
            "send me",
            "let's",
            "let us",
            "add me",
            "buy from me",
            "pay me",
        ),
    ),
    "et": (
        ("mulle", "minu ", "mu ", "mind ", "minult", "minuga", "ma "),
        (
            "kirjuta",
            "võtke ühendust",
            "võta ühendust",
            "helista",
            "saatke mulle",
            "lisa mind",
            "ostke minult",
            "makske mulle",
            "maksate mulle",
            "kannate",
        ),
    ),
    "ru": (
        ("мне ", "мой ", "моя ", "мою ", "моей ", "меня ", "у меня", "я "),
        (
            "напишите",
            "пишите",
            "свяжитесь",
            "звоните",
            "давайте",
            "добавьте",
            "купите у меня",
            "переведите",
            "отдадите",
        ),
    ),
    "lv": (
        ("man ", "mans ", "mana ", "manu ", "manis ", "es "),
        (
            "rakstiet",
            "raksti ",
            "sazinieties",
            "zvaniet",
            "pievienojiet",
            "pērciet no manis",
            "samaksājiet man",
            "pārskaitiet",
        ),
    ),
    "lt": (
        ("man ", "mano ", "manęs", "manimi", "aš "),
        (
            "parašykite",
            "rašykite",
            "susisiekite",
            "skambinkite",
            "pridėkite",
            "pirkite iš manęs",
            "sumokėkite man",
            "perveskite",
        ),
    ),
    "fi": (
        ("minulle", "minun", "minua", "minulta", "mulle", "mun ", "minä ", "mä "),
        (
            "kirjoita",
            "ota yhteyttä",
            "ottakaa yhteyttä",
            "soita",
            "lisää minut",
            "osta suoraan",
            "maksa minulle",
            "siirrä",
        ),
    ),
}
_INTENT_STEMS = {
    lang: tuple(tuple(" " + stem.replace("'", " ") for stem in g) for g in groups)
    for lang, groups in INTENT_GROUPS.items()
}
_INTENT_STEMS["und"] = tuple(
    tuple(sorted({stem for lang in INTENT_GROUPS for stem in _INTENT_STEMS[lang][i] if len(stem) > 4}))
    for i in range(2)
)
_GROUP_INDEX = {name: i for i, (name, _) in enumerate(CUE_GROUPS)}
_OFF_PLATFORM_GROUPS = tuple(_GROUP_INDEX[g] for g in ("direct", "outside", "cash", "transfer", "pay_app"))
# asserted + negated cue groups, intent groups, interactions (see ``intent_features``)
N_INTENT_EXTRA = 2 + 6
N_CUE_FEATURES_ALL = 2 * N_CUE_FEATURES + N_INTENT_EXTRA


def split_clauses(words: str, language: str) -> tuple[str, str]:
    """``(asserted, negated)``: the clauses without and with a negation word, each joined by ' | '."""
    negation = _NEGATION.get(language, _NEGATION["und"])
    if not negation.search(words):
        return words, ""
    asserted: list[str] = []
    negated: list[str] = []
    for clause in _CLAUSE_BREAK.split(words):
        if clause.strip():
            (negated if negation.search(clause) else asserted).append(clause)
    return " | ".join(asserted), " | ".join(negated)


def _padded(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text) + " " if text else ""


def intent_features(words: str, language: str, has_contact: bool) -> list[float]:
    """Cue groups asserted and negated, the speaker's own person and invitations, interactions.

    ``has_contact``: the extractors found a contact channel (a number, address or handle).
    """
    asserted_text, negated_text = split_clauses(words, language)
    asserted_padded = _padded(asserted_text)
    negated_padded = _padded(negated_text)
    asserted = [1.0 if any(s in asserted_padded for s in stems) else 0.0 for stems in _CUE_STEMS]
    if negated_padded:
        negated = [1.0 if any(s in negated_padded for s in stems) else 0.0 for stems in _CUE_STEMS]
    else:
        negated = [0.0] * N_CUE_FEATURES
    first_person, invite = _INTENT_STEMS.get(language, _INTENT_STEMS["und"])
    everything = asserted_padded + negated_padded
    speaker = 1.0 if any(s in everything for s in first_person) else 0.0
    invites = 1.0 if any(s in asserted_padded for s in invite) else 0.0

    def any_of(vector: list[float], name: str) -> bool:
        return vector[_GROUP_INDEX[name]] > 0

    channel = ("messenger", "follow")  # a messenger or a social network named
    messenger = any(any_of(asserted, g) or any_of(negated, g) for g in channel)
    app_feature = any_of(asserted, "app_feature") or any_of(negated, "app_feature")
    discount = any_of(asserted, "discount") or any_of(negated, "discount")
    off_asserted = any(asserted[i] for i in _OFF_PLATFORM_GROUPS)
    off_negated = any(negated[i] for i in _OFF_PLATFORM_GROUPS)
    interactions = [
        1.0 if messenger and not has_contact else 0.0,  # an app named, no channel to reach anyone
        1.0 if messenger and app_feature else 0.0,  # the app as a product feature
        1.0 if discount and any_of(asserted, "price_calc") else 0.0,  # a price breakdown
        1.0 if off_negated and not off_asserted else 0.0,  # only warned against
        1.0 if negated_padded else 0.0,
        1.0 if speaker and (off_asserted or invites) else 0.0,  # "pay me", "buy from me"
    ]
    return [*asserted, *negated, speaker, invites, *interactions]


# --- evasive-answer cues -------------------------------------------------------------------
# Generic phrases that stand in for an answer. Matched on the folded words view, so lower case.
GENERIC_PHRASES = (
    # en
    "we will check",
    "we'll check",
    "will check",
    "we will look into",
    "read the description",
    "see the description",
    "contact the manufacturer",
    "ask the manufacturer",
    "as described",
    "please wait",
    "we will get back",
    "we'll get back",
    "no information",
    "cannot say",
    "not sure",
    "thank you for your message",
    "thanks for your message",
    "noted",
    # et
    "vaatame",
    "kontrollime",
    "uurime",
    "loe kirjeldust",
    "lugege kirjeldust",
    "vaata kirjeldust",
    "vt kirjeldust",
    "pöörduge tootja",
    "võtke ühendust tootjaga",
    "küsige tootjalt",
    "ootame",
    "anname teada",
    "ei oska öelda",
    "täpsustame",
    "tänan kirja eest",
    "aitäh kirja eest",
    # ru
    "проверим",
    "уточним",
    "посмотрим",
    "читайте описание",
    "смотрите описание",
    "см. описание",
    "прочитайте описание",
    "обратитесь к производителю",
    "свяжитесь с производителем",
    "ожидайте",
    "сообщим",
    "не можем сказать",
    "спасибо за сообщение",
    "все в описании",
    "всё в описании",
    # lv
    "pārbaudīsim",
    "noskaidrosim",
    "skatiet aprakstu",
    "izlasiet aprakstu",
    "lasiet aprakstu",
    "sazinieties ar ražotāju",
    "jautājiet ražotājam",
    "gaidiet",
    "paziņosim",
    "paldies par ziņu",
    # lt
    "patikrinsime",
    "pasitikslinsime",
    "perskaitykite aprašymą",
    "žiūrėkite aprašymą",
    "skaitykite aprašymą",
    "kreipkitės į gamintoją",
    "susisiekite su gamintoju",
    "palaukite",
    "informuosime",
    "ačiū už žinutę",
    # fi
    "tarkistamme",
    "selvitämme",
    "katsomme",
    "lue kuvaus",
    "lukekaa kuvaus",
    "katso kuvaus",
    "katso tuotekuvaus",
    "ota yhteyttä valmistajaan",
    "kysy valmistajalta",
    "odottakaa",
    "ilmoitamme",
    "kiitos viestistä",
)
_SHORT_ACKS = frozenset(
    "ok okay okei okey k jah jaa selge hästi да ок хорошо понятно ясно labi skaidrs gerai aišku supratau "
    "selvä joo kyllä yes sure fine noted".split()
)
# Buyer question words, grouped by what kind of answer they call for.
_WHEN = ("millal", "when", "когда", "kad ", "kada", "milloin", "mis päev", "what day", "kuna", "milloinka")
_HOW_MUCH = (
    "kui palju",
    "how much",
    "сколько",
    "cik ",
    "kiek",
    "paljonko",
    "hind",
    "price",
    "цен",
    "cena",
    "kaina",
    "hinta",
    "maksa",
    "cost",
    "kui suur",
    "how many",
    "mitu",
    "cik daudz",
    "montako",
)
_YES_NO_ANSWERS = frozenset(
    "jah ei jaa yes no да нет jā nē taip ne kyllä ei joo sobib tinka der sopii fits suitable подходит "
    "подойдет подойдёт works".split()
)
_WORD = re.compile(r"\w+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_SENTENCE_WITH_QUESTION = re.compile(r"[^.!?\n]*\?")


def _stems(words: Iterable[str]) -> set[str]:
    """Content words cut to 5 characters: a crude stem that survives most inflection."""
    return {w[:5] for w in words if len(w) >= 4 and not w.isdigit()}


def evasive_features(text: str, context: str | None) -> list[float]:
    """How well the reply ``text`` engages with the buyer's ``context``; all values in [0, ~1]."""
    reply = text[:_MAX_FEATURE_CHARS].casefold()
    reply_words = _WORD.findall(reply)
    generic = sum(1 for p in GENERIC_PHRASES if p in reply)
    short_ack = (
        1.0 if reply_words and len(reply_words) <= 3 and all(w in _SHORT_ACKS for w in reply_words) else 0.0
    )
    reply_len = min(math.log1p(len(reply_words)) / 5.0, 1.5)
    reply_digits = 1.0 if _DIGIT.search(reply) else 0.0
    reply_yes_no = 1.0 if any(w in _YES_NO_ANSWERS for w in reply_words[:6]) else 0.0
    if not context or not context.strip():
        return [
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            reply_len,
            min(generic, 3) / 3.0,
            short_ack,
            reply_digits,
            reply_yes_no,
        ]
    ctx = context[:_MAX_FEATURE_CHARS].casefold()
    ctx_words = _WORD.findall(ctx)
    questions = _SENTENCE_WITH_QUESTION.findall(ctx) or [ctx]
    reply_stems = _stems(reply_words)
    ctx_stems = _stems(ctx_words)
    overlap = len(ctx_stems & reply_stems) / len(ctx_stems) if ctx_stems else 0.0
    unanswered = sum(1 for q in questions if not (_stems(_WORD.findall(q)) & reply_stems))
    asks_when = any(w in ctx for w in _WHEN)
    asks_amount = any(w in ctx for w in _HOW_MUCH)
    number_missing = 1.0 if (asks_when or asks_amount) and not reply_digits else 0.0
    ratio = len(reply) / (len(ctx) + 1.0)
    return [
        1.0,
        min(ctx.count("?"), 4) / 4.0,
        overlap,
        unanswered / len(questions),
        1.0 if unanswered else 0.0,
        number_missing,
        min(math.log1p(ratio), 2.0),
        1.0 if ratio < 0.35 else 0.0,
        min(math.log1p(len(ctx_words)) / 5.0, 1.5),
        reply_len,
        min(generic, 3) / 3.0,
        short_ack,
        reply_digits,
        reply_yes_no,
    ]


N_EVASIVE_FEATURES = 14


class WordsView(BaseEstimator, TransformerMixin):
    """ModelInput -> the normalized words view of its text (input of the char n-grams)."""

    def fit(self, X: Sequence[ModelInput], y: object = None) -> WordsView:
        return self

    def transform(self, X: Sequence[ModelInput]) -> list[str]:
        return [words_text(r.text) for r in X]


class SignalFeatures(BaseEstimator, TransformerMixin):
    """Dense features: rule findings per category and kind, language, intent, evasive-answer cues.

    ``fit`` only records which finding kinds exist in the training data (``kinds_``).
    """

    def fit(self, X: Sequence[ModelInput], y: object = None) -> SignalFeatures:
        self.kinds_ = tuple(sorted({f"{c}/{k}" for r in X for c, k, _ in r.findings}))
        self.n_features_out_ = (
            len(CATEGORIES) * 2 + len(self.kinds_) + len(LANGUAGES) + N_CUE_FEATURES_ALL + N_EVASIVE_FEATURES
        )
        return self

    def transform_one(self, r: ModelInput, words: str | None = None) -> np.ndarray:
        """``words``: ``words_text(r.text)`` when the caller has it already."""
        out = np.zeros(self.n_features_out_, dtype=np.float64)
        n_cat = len(CATEGORIES)
        kind_index = {k: i for i, k in enumerate(self.kinds_)}
        for cat, kind, score in r.findings:
            if cat in CATEGORIES:
                ci = CATEGORIES.index(cat)
                out[ci] = min(out[ci] + 0.5, 1.5)
                out[n_cat + ci] = max(out[n_cat + ci], score)
            ki = kind_index.get(f"{cat}/{kind}")
            if ki is not None:
                out[2 * n_cat + ki] = min(out[2 * n_cat + ki] + 0.5, 1.5)
        base = 2 * n_cat + len(self.kinds_)
        lang = r.language if r.language in LANGUAGES else "und"
        out[base + LANGUAGES.index(lang)] = 1.0
        base += len(LANGUAGES)
        has_contact = any(cat == CONTACT_DETAILS for cat, _, _ in r.findings)
        words = words if words is not None else words_text(r.text)
        out[base : base + N_CUE_FEATURES_ALL] = intent_features(words, lang, has_contact)
        out[base + N_CUE_FEATURES_ALL :] = evasive_features(r.text, r.context)
        return out

    def transform(self, X: Sequence[ModelInput]) -> np.ndarray:
        if not X:
            return np.zeros((0, self.n_features_out_))
        return np.vstack([self.transform_one(r) for r in X])


class MultiLabelLinear(BaseEstimator, ClassifierMixin):
    """One L2 logistic regression per category, each calibrated by Platt scaling.

    The Platt map is fitted on out-of-fold decision values; with ``groups`` the folds
    keep every template's examples together, so calibration is not fooled by near-duplicates.
    ``predict_proba`` returns an ``(n, len(categories))`` array of probabilities.
    """

    def __init__(
        self, categories: Sequence[str] = CATEGORIES, C: float = 4.0, cv: int = 4, random_state: int = 0
    ) -> None:
        self.categories = categories
        self.C = C
        self.cv = cv
        self.random_state = random_state

    def _lr(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.C,
            class_weight="balanced",
            solver="liblinear",
            max_iter=2000,
            random_state=self.random_state,
        )

    def fit(
        self, X: sparse.spmatrix | np.ndarray, Y: np.ndarray, groups: Sequence[object] | None = None
    ) -> MultiLabelLinear:
        Y = np.asarray(Y)
        if Y.ndim != 2 or Y.shape[1] != len(self.categories):
            raise ValueError(f"Y must have one column per category ({len(self.categories)})")
        n_features = X.shape[1]
        self.coef_ = np.zeros((len(self.categories), n_features))
        self.intercept_ = np.zeros(len(self.categories))
        self.platt_ = np.zeros((len(self.categories), 2))  # p = 1 / (1 + exp(-(a * f + b)))
        for j in range(len(self.categories)):
            y = Y[:, j].astype(int)
            if y.min() == y.max():
                raise ValueError(f"category {self.categories[j]!r} has a single class in the training data")
            oof = np.zeros(len(y))
            for train, test in self._folds(X, y, groups):
                if np.unique(y[train]).size < 2:
                    continue
                oof[test] = self._lr().fit(X[train], y[train]).decision_function(X[test])
            platt = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000).fit(oof.reshape(-1, 1), y)
            self.platt_[j] = (platt.coef_[0, 0], platt.intercept_[0])
            lr = self._lr().fit(X, y)
            self.coef_[j] = lr.coef_[0]
            self.intercept_[j] = lr.intercept_[0]
        self.n_features_in_ = n_features
        return self

    def _folds(self, X: object, y: np.ndarray, groups: Sequence[object] | None) -> Iterable:
        if groups is not None and len(set(groups)) >= self.cv:
            return GroupKFold(n_splits=self.cv).split(X, y, groups)
        cv = StratifiedKFold(n_splits=self.cv, shuffle=True, random_state=self.random_state)
        return cv.split(X, y)

    def decision_function(self, X: sparse.spmatrix | np.ndarray) -> np.ndarray:
        return np.asarray(X @ self.coef_.T) + self.intercept_

    def predict_proba(self, X: sparse.spmatrix | np.ndarray) -> np.ndarray:
        return platt_map(self.decision_function(X), self.platt_)

    def predict(self, X: sparse.spmatrix | np.ndarray) -> np.ndarray:
        return (self.predict_proba(X) >= 0.5).astype(int)


def platt_map(decision: np.ndarray, platt: np.ndarray) -> np.ndarray:
    z = decision * platt[:, 0] + platt[:, 1]
    return 1.0 / (1.0 + np.exp(-z))


def make_pipeline(max_features: int = 40000, C: float = 4.0, cv: int = 4, seed: int = 0) -> Pipeline:
    """The model's one pipeline, unfitted: records in, one probability per category out."""
    chars = Pipeline(
        [
            ("words", WordsView()),
            (
                "tfidf",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    lowercase=False,
                    min_df=2,
                    max_features=max_features,
                    sublinear_tf=True,
                    dtype=np.float64,
                ),
            ),
        ]
    )
    features = FeatureUnion([("chars", chars), ("signals", SignalFeatures())])
    return Pipeline(
        [("features", features), ("clf", MultiLabelLinear(CATEGORIES, C=C, cv=cv, random_state=seed))]
    )


class FastScorer:
    """The fitted pipeline's arithmetic without sklearn's per-call overhead.

    Same analyzer, vocabulary, idf, coefficients and Platt parameters as the pipeline; only
    the order of operations differs, so results agree with ``predict_proba`` to ~1e-12.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        union: FeatureUnion = pipeline.named_steps["features"]
        chars: Pipeline = dict(union.transformer_list)["chars"]
        self._signals: SignalFeatures = dict(union.transformer_list)["signals"]
        tfidf: TfidfVectorizer = chars.named_steps["tfidf"]
        clf: MultiLabelLinear = pipeline.named_steps["clf"]
        if tfidf.norm != "l2" or not tfidf.sublinear_tf or not tfidf.use_idf or tfidf.binary:
            raise ValueError("FastScorer supports l2-normalized, sublinear, idf-weighted n-grams only")
        self._analyze = tfidf.build_analyzer()  # the fitted vectorizer's own n-gram code
        self._vocabulary: dict[str, int] = dict(tfidf.vocabulary_)
        self._idf = np.asarray(tfidf.idf_, dtype=np.float64)
        n_chars = len(self._idf)
        self._w_chars = np.ascontiguousarray(clf.coef_[:, :n_chars].T)  # (n_ngrams, n_categories)
        self._w_signals = np.ascontiguousarray(clf.coef_[:, n_chars:].T)
        self._intercept = clf.intercept_.copy()
        self._platt = clf.platt_.copy()
        self.categories: tuple[str, ...] = tuple(clf.categories)

    def _chars_decision(self, words: str) -> np.ndarray:
        # count n-grams first (C code), then look up each distinct one once
        grams = Counter(self._analyze(words))
        get = self._vocabulary.get
        index = np.fromiter((get(g, -1) for g in grams), dtype=np.intp, count=len(grams))
        known = index >= 0
        if not known.any():
            return np.zeros(len(self.categories))
        index = index[known]
        counts = np.fromiter(grams.values(), dtype=np.float64, count=len(grams))[known]
        values = (np.log(counts) + 1.0) * self._idf[index]
        values /= math.sqrt(float(values @ values))
        return values @ self._w_chars[index]

    def decision(self, record: ModelInput, words: str | None = None) -> np.ndarray:
        """``words``: ``words_text(record.text)`` when the caller has it (the moderator does)."""
        if words is None:
            words = words_text(record.text)
        signals = self._signals.transform_one(record, words)
        return self._chars_decision(words) + signals @ self._w_signals + self._intercept

    def proba(self, record: ModelInput, words: str | None = None) -> np.ndarray:
        return platt_map(self.decision(record, words), self._platt)

    def proba_many(
        self, records: Sequence[ModelInput], words: Sequence[str | None] | None = None
    ) -> np.ndarray:
        if not records:
            return np.zeros((0, len(self.categories)))
        words = words if words is not None else [None] * len(records)
        rows = [self.decision(r, w) for r, w in zip(records, words, strict=True)]
        return platt_map(np.vstack(rows), self._platt)


def words_of(text: str, norm: Normalized | None) -> str | None:
    """The n-gram input from an already computed ``normalize(text)``; None when it cannot be reused."""
    if norm is None or len(text) > _MAX_FEATURE_CHARS or norm.original != text:
        return None
    return norm.words.text


class TrainedClassifier:
    """Serves a fitted pipeline: implements ``moderation.moderator.ScoringModel``.

    Built by ``moderation.model_store.load_model`` (or by training); immutable afterwards,
    so one instance can be shared between threads.
    """

    def __init__(self, pipeline: Pipeline, version: str, thresholds: Mapping[str, Thresholds]) -> None:
        self.pipeline = pipeline
        self.version = version
        self.thresholds: Mapping[str, Thresholds] = dict(thresholds)
        self._fast = FastScorer(pipeline)
        self.categories = self._fast.categories

    def score(
        self,
        text: str,
        context: str | None,
        findings: Sequence[Finding],
        language: str,
        norm: Normalized | None = None,
    ) -> dict[str, float]:
        """``norm``: ``normalize(text)`` when the caller has it, so the text is not normalized twice."""
        p = self._fast.proba(ModelInput.build(text, context, findings, language), words_of(text, norm))
        return {c: float(v) for c, v in zip(self.categories, p, strict=True)}

    def score_many(
        self,
        items: Iterable[tuple[str, str | None, Sequence[Finding], str]],
        norms: Sequence[Normalized | None] | None = None,
    ) -> list[dict[str, float]]:
        """Score ``(text, context, findings, language)`` items; ``norms``: one per item, like ``score``."""
        records = [ModelInput.build(t, c, f, lang) for t, c, f, lang in items]
        words = None
        if norms is not None:
            words = [words_of(r.text, n) for r, n in zip(records, norms, strict=True)]
        probs = self._fast.proba_many(records, words)
        return [{c: float(v) for c, v in zip(self.categories, row, strict=True)} for row in probs]

    def predict_proba(self, records: Sequence[ModelInput]) -> np.ndarray:
        """The reference path through sklearn (slow; used by training and to test ``score``)."""
        return self.pipeline.predict_proba(list(records))
