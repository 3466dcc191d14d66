"""Pieces shared by the e-mail, URL, social and payment extractors.

Everything here is either a compiled pattern (module level, built once) or a small
object built by an extractor's constructor. Patterns are linear: every repetition is
bounded or separated by a character the repeated part cannot contain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import tldextract

from moderation.normalize import Normalized, TextView
from moderation.types import Finding

# --- separators used by obfuscated addresses ---------------------------------------------
# Words people write instead of "@" and ".", in the six languages (already case-folded).
# Finnish calls "@" "miukumauku" or "kissanhäntä" (cat's tail), Russian "собака" (dog).
_AT_NICKNAMES = ("miukumauku", "miuku-mauku", "kissanhäntä", "kissanhanta", "собачка", "sobachka")
AT_WORDS = ("at", "ät", "aet", "eta", "et", "a", "собака", "sobaka", "ат", "эт", *_AT_NICKNAMES)
DOT_WORDS = (
    "dot",
    "punkt",
    "punkts",
    "punktas",
    "taškas",
    "taskas",
    "piste",
    "точка",
    "tochka",
    "пункт",
    "tšk",
)
_OPEN = r"[(\[{<]"
_CLOSE = r"[)\]}>]"

# "(at)", "[ät]", "{собака}", "<at>", "(@)"; bare word forms need spaces on both sides and
# are restricted to words that are not ordinary short words in prose ("a", "et" only bracketed).
_AT_BRACKETED = rf"\s?{_OPEN}\s?(?:@|{'|'.join(AT_WORDS)})\s?{_CLOSE}\s?"
AT_BARE_WORDS = ("at", "ät", "aet", "eta", "et", "собака", "sobaka", *_AT_NICKNAMES)
AT_SEP = rf"(?:\s?@\s?|{_AT_BRACKETED}|\s(?:{'|'.join(AT_BARE_WORDS)})\s)"
# "." unspaced, " . " spaced on both sides (prose never writes that), "(.)", "[dot]", " dot ".
DOT_SEP = (
    rf"(?:\.|\s\.\s?|\s?{_OPEN}\s?(?:\.|{'|'.join(DOT_WORDS)})\s?{_CLOSE}\s?|\s(?:{'|'.join(DOT_WORDS)})\s)"
)
# Same, but tells apart the plain "." (group-free check done by callers on the matched text).
PLAIN_DOT = re.compile(r"\.")

LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"  # a DNS label (Unicode letters allowed: IDN)
LABEL_RE = re.compile(LABEL)
MAX_LABELS = 8


def label_ends(text: str, pos: int, sep: re.Pattern[str], max_labels: int = MAX_LABELS) -> list[int]:
    """Where each label of the run ``label(sep label)*`` starting at ``pos`` ends (at most
    ``max_labels`` + 1 labels); empty when no label starts there."""
    first = LABEL_RE.match(text, pos)
    if first is None:
        return []
    ends = [first.end()]
    for _ in range(max_labels):
        s = sep.match(text, ends[-1])
        label = LABEL_RE.match(text, s.end()) if s is not None else None
        if label is None:
            break
        ends.append(label.end())
    return ends


_SEP_CLEAN = re.compile(rf"{_AT_BRACKETED}|\s?@\s?|\s(?:{'|'.join(AT_BARE_WORDS)})\s|{DOT_SEP}")
_AT_ONLY = re.compile(rf"^(?:{AT_SEP})$")


def canonical(obfuscated: str) -> str:
    """Turn a matched obfuscated address into its plain form: separators become '@' / '.'."""

    def repl(m: re.Match[str]) -> str:
        return "@" if _AT_ONLY.match(m.group(0)) else "."

    return _SEP_CLEAN.sub(repl, obfuscated)


def is_obfuscated(matched: str) -> bool:
    """True when the match used anything but a plain '@' or '.' as separator."""
    return bool(re.search(r"[\s(\[{<]", matched))


# --- domains -------------------------------------------------------------------------------
# Country and generic TLDs common in Baltic / Nordic / Russian-language e-commerce, that are
# not also everyday short words (at, be, in, is, it, me, no, to, ...): a bare "name.<tld>" with
# one of these is a domain with high confidence.
COMMON_TLDS = frozenset(
    """
    ee lv lt fi com net org eu ru ua by kz pl de se dk uk co.uk fr es nl ch cz sk hu ro bg gr pt
    info biz io shop store online site xyz top club pro su рф app dev shop.lv com.ua com.pl
    website space live tech page link click email market """.split()
)
# Well-known mail providers: a bare provider domain is not a contact; a local part on it is.
MAIL_PROVIDERS: dict[str, str] = {
    "gmail": "gmail.com",
    "googlemail": "googlemail.com",
    "inbox.lv": "inbox.lv",
    "inbox.lt": "inbox.lt",
    "mail.ru": "mail.ru",
    "mail.ee": "mail.ee",
    "yandex": "yandex.ru",
    "yandex.ru": "yandex.ru",
    "yandex.com": "yandex.com",
    "outlook": "outlook.com",
    "hotmail": "hotmail.com",
    "icloud": "icloud.com",
    "yahoo": "yahoo.com",
    "online.ee": "online.ee",
    "hot.ee": "hot.ee",
    "one.lt": "one.lt",
    "protonmail": "protonmail.com",
    "proton": "proton.me",
    "gmx": "gmx.com",
    "live.com": "live.com",
    "rambler": "rambler.ru",
    "bk.ru": "bk.ru",
    "list.ru": "list.ru",
    "ukr.net": "ukr.net",
    "zoho": "zoho.com",
    "suomi24": "suomi24.fi",
    "luukku": "luukku.com",
    "delfi.lt": "delfi.lt",
    "mail.com": "mail.com",
    "гмейл": "gmail.com",
    "гмайл": "gmail.com",
    "джимейл": "gmail.com",
    "гмэйл": "gmail.com",
    "яндекс": "yandex.ru",
    "мейл.ру": "mail.ru",
    "me.com": "me.com",
    "aol": "aol.com",
    "tut.by": "tut.by",
}
PROVIDER_DOMAINS = frozenset(MAIL_PROVIDERS.values()) | {"gmail.com", "yahoo.co.uk", "outlook.lv"}

# Profile / chat domains: a link to them is a social contact (kind "social").
SOCIAL_DOMAINS = frozenset(
    """
    facebook.com fb.com fb.me m.me messenger.com instagram.com instagr.am t.me telegram.me telegram.org
    wa.me whatsapp.com chat.whatsapp.com vk.com vk.me vkontakte.ru ok.ru tiktok.com vm.tiktok.com
    snapchat.com discord.gg discord.com twitter.com x.com viber.com invite.viber.com signal.me
    signal.group skype.com join.skype.com wechat.com weixin.qq.com linkedin.com threads.net
    """.split()
)


def host_matches(host: str, domains: Iterable[str]) -> bool:
    """``host`` is one of ``domains`` or a subdomain of one."""
    host = host.rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


class SuffixCheck:
    """Public-suffix lookup over tldextract's bundled snapshot (no network, no cache dir).

    Built once per extractor; the first lookup parses the bundled list (~20 ms), so the
    constructor does that once instead of the first message paying for it.
    """

    def __init__(self, cache_size: int = 4096) -> None:
        self._extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        self._extract("example.com")
        # hosts repeat (carrier links, the same shop); a lookup costs ~20 us
        self._cache: dict[str, tuple[str, str, str] | None] = {}
        self._cache_size = cache_size

    def split(self, host: str) -> tuple[str, str, str] | None:
        """(subdomain, registrable name, public suffix), or None if the suffix is not real."""
        host = host.strip(".")
        if not host or len(host) > 253:
            return None
        try:
            return self._cache[host]
        except KeyError:
            pass
        result = self._extract(host)
        parts = (result.subdomain, result.domain, result.suffix) if result.suffix and result.domain else None
        if len(self._cache) >= self._cache_size:
            self._cache.clear()  # bounded; a dict swap is atomic, so threads may share it
        self._cache[host] = parts
        return parts


# A message with more candidates than this is junk or an attack; the first ones decide.
MAX_CANDIDATES = 256


# --- spans ---------------------------------------------------------------------------------
def make_finding(
    norm: Normalized,
    view: TextView,
    start: int,
    end: int,
    *,
    category: str,
    kind: str,
    normalized: str,
    source: str,
    score: float,
    explanation: str,
) -> Finding:
    """A finding for the view span ``[start, end)``, mapped to the original text."""
    o_start, o_end = view.original_span(start, end)
    return Finding(
        category=category,
        kind=kind,
        start=o_start,
        end=o_end,
        text=norm.original[o_start:o_end],
        normalized=normalized,
        source=source,
        score=round(min(1.0, max(0.0, score)), 4),
        explanation=explanation,
    )


SENTENCE_BREAK = re.compile(r"[.!?\n;]\s|[\n]")
# Ends a sub-clause: punctuation, or a "but" in any of the six languages.
SUBCLAUSE_BREAK = re.compile(r"[,;:.!?\n()]|\s(?:but|aga|vaid|kuid|но|а|bet|taču|tačiau|mutta|vaan)\s")


def subclause_window(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """The sub-clause around ``[start, end)``: at most ``before``/``after`` characters on each
    side, cut at the nearest sub-clause breaks (a negation elsewhere does not reach the span)."""
    lo, hi = max(0, start - before), min(len(text), end + after)
    for brk in SUBCLAUSE_BREAK.finditer(text, lo, start):
        lo = brk.end()
    brk = SUBCLAUSE_BREAK.search(text, end, hi)
    if brk is not None:
        hi = brk.start()
    return lo, hi


def same_clause(text: str, a: int, b: int) -> bool:
    """No sentence break between view positions ``a`` < ``b``."""
    lo, hi = (a, b) if a <= b else (b, a)
    return SENTENCE_BREAK.search(text, lo, hi) is None
