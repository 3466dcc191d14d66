"""E-mail addresses, plain and obfuscated, on the ``words`` view.

Match, then validate: find an "@"-like separator ("@", "(at)", " ät ", " собака "), read the
local part backwards and the domain forwards (dots may be " dot ", "(.)", " punkt ", ...),
keep the longest domain whose suffix is a real public suffix, and check the rebuilt
address with ``email_validator`` (syntax only, no DNS). A second rule catches a mail
provider named without its domain: "gmail: anna.k", "my gmail is anna.k", "anna.k on gmail".
"""

from __future__ import annotations

import re
from itertools import islice

from email_validator import EmailNotValidError, validate_email

from moderation.config import Settings
from moderation.extractors._patterns import (
    AT_BARE_WORDS,
    AT_SEP,
    DOT_SEP,
    MAIL_PROVIDERS,
    MAX_CANDIDATES,
    PROVIDER_DOMAINS,
    SuffixCheck,
    canonical,
    host_matches,
    label_ends,
    make_finding,
)
from moderation.normalize import Normalized
from moderation.types import CONTACT_DETAILS, Finding

_LOCAL_ATOM = r"[\w+\-]{1,64}"
_AT = re.compile(AT_SEP)
_LOCAL_AT_END = re.compile(rf"{_LOCAL_ATOM}(?:{DOT_SEP}{_LOCAL_ATOM}){{0,6}}\Z")
_DOT = re.compile(DOT_SEP)
_LOOKBACK = 90  # characters of context read backwards for the local part

# Words that are not a local part when the separator is the bare word " at ".
_PROSE_WORDS = frozenset(
    """look looking looked me us it you him her them this that here there arrive arrived arrives
    arriving be is are was were pick picked meet stay get got see shop store available sold buy
    bought delivered ready open closed home work office""".split()
)

_PROVIDER_NAMES = sorted(set(MAIL_PROVIDERS) | set(MAIL_PROVIDERS.values()), key=len, reverse=True)
_PROV = "|".join(re.escape(p) for p in _PROVIDER_NAMES)
# Substring tests say the same as searching _PROV (an alternation of literal names), faster;
# a name that contains another listed name is covered by it.
_PROV_HINTS = tuple(
    sorted(name for name in _PROVIDER_NAMES if not any(o != name and o in name for o in _PROVIDER_NAMES))
)
_HANDLE = r"[^\W_][\w.+\-]{1,63}"
# "tom at yahoo com": the provider's suffix written as a separate word, no dot at all
_BARE_TLDS = "com|ru|lv|lt|ee|fi|net"
_POSSESSIVE = r"my|our|minu|meie|mu|мой|моя|мою|наш|наша|mans|mana|mūsu|mano|mūsų|minun|meidän"
_COPULA = r"is|on|ir|yra|это|ist|:|-|—"
_PROVIDER_RULES = (
    # "gmail: anna.k", "gmail aadress: anna.k"
    (
        "provider-colon",
        re.compile(
            rf"(?<![\w.@])(?P<prov>{_PROV})(?![\w.@])"
            r"(?:\s?(?:address|aadress|адрес|adrese|adresas|osoite|account|konto))?"
            rf"\s?[:=]\s?(?P<local>{_HANDLE})"
        ),
    ),
    # "my gmail is anna.k", "minu gmail on anna.k", "мой gmail anna.k"
    (
        "provider-possessive",
        re.compile(
            rf"(?<!\w)(?:{_POSSESSIVE})\s(?P<prov>{_PROV})(?![\w.@])\s(?:(?:{_COPULA})\s?)?(?P<local>{_HANDLE})"
        ),
    ),
    # "anna.k on gmail", "anna_k в yandex"
    (
        "provider-after",
        re.compile(
            rf"(?<![\w.@])(?P<local>{_HANDLE})\s(?:on|at|in|@|в|на|per)\s(?P<prov>{_PROV})"
            rf"(?P<tld>\s(?:{_BARE_TLDS}))?(?![\w.@])"
        ),
    ),
)
_HANDLE_LIKE = re.compile(r"[._\d-]")

# A domain dictated in Cyrillic: "собака майл точка ру" is mail.ru. Only whole labels that
# name a mail provider or a suffix are read; any other Cyrillic label leaves the host alone.
_SPOKEN_DOMAIN_LABELS = {
    "майл": "mail",
    "мейл": "mail",
    "маил": "mail",
    "мэйл": "mail",
    "гмейл": "gmail",
    "гмайл": "gmail",
    "гмаил": "gmail",
    "джимейл": "gmail",
    "жмейл": "gmail",
    "яндекс": "yandex",
    "рамблер": "rambler",
    "инбокс": "inbox",
    "аутлук": "outlook",
    "хотмейл": "hotmail",
    "айклауд": "icloud",
    "яху": "yahoo",
    "ру": "ru",
    "ком": "com",
    "нет": "net",
    "орг": "org",
    "ее": "ee",
    "лв": "lv",
    "лт": "lt",
    "фи": "fi",
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _spoken_host(host: str) -> str | None:
    """``майл.ру`` -> ``mail.ru``; None unless every Cyrillic label is a known provider or suffix."""
    if not _CYRILLIC.search(host):
        return None
    labels = []
    for label in host.split("."):
        if _CYRILLIC.search(label):
            if label not in _SPOKEN_DOMAIN_LABELS:
                return None
            label = _SPOKEN_DOMAIN_LABELS[label]
        labels.append(label)
    return ".".join(labels)


# Every AT_SEP match holds "@", an opening bracket, or one of the bare words between spaces.
_AT_HINTS = ("@", "(", "[", "{", "<", *(f" {w} " for w in AT_BARE_WORDS))


def _may_have_at(text: str) -> bool:
    """A cheap test (substring searches) that lets most messages skip the separator scan."""
    return any(h in text for h in _AT_HINTS)


class EmailExtractor:
    name = "email"

    def __init__(self, settings: Settings) -> None:
        self._allowed = settings.allowed_domains
        self._suffix = SuffixCheck()

    def find(self, norm: Normalized) -> list[Finding]:
        view = norm.words
        text = view.text
        findings: list[Finding] = []
        covered_until = -1
        ats = _AT.finditer(text) if _may_have_at(text) else ()
        for at in islice(ats, MAX_CANDIDATES):
            if at.start() < covered_until:
                continue
            found = self._address_at(norm, at)
            if found is not None:
                findings.append(found[0])
                covered_until = found[1]
        if not any(name in text for name in _PROV_HINTS):
            return findings  # every provider rule names a provider
        for rule, pattern in _PROVIDER_RULES:
            for m in islice(pattern.finditer(text), MAX_CANDIDATES):
                finding = self._provider_named(norm, m, rule)
                if finding is not None and not any(f.start <= finding.start < f.end for f in findings):
                    findings.append(finding)
        return findings

    # --- full addresses ----------------------------------------------------------------
    def _address_at(self, norm: Normalized, at: re.Match[str]) -> tuple[Finding, int] | None:
        view = norm.words
        text = view.text
        window_start = max(0, at.start() - _LOOKBACK)
        local = _LOCAL_AT_END.search(text, window_start, at.start())
        if local is None:
            return None
        if local.start() > 0 and text[local.start() - 1] in ".@":  # "x.@" or part of another address
            return None
        host_end = self._domain_end(text, at.end())
        if host_end is None:
            return None
        end, host = host_end
        local_text = canonical(local.group(0))
        address = f"{local_text}@{host}"
        try:
            validate_email(address, check_deliverability=False, allow_smtputf8=True)
        except EmailNotValidError:
            return None
        if host_matches(host, self._allowed):
            return None
        matched = text[local.start() : end]
        bare_word_at = at.group(0).strip() not in ("@",) and not re.search(r"[(\[{<]", at.group(0))
        obfuscated = matched != address
        if not obfuscated:
            score, rule, why = 1.0, "address", "well-formed address with a real public suffix"
        elif bare_word_at and "." in text[at.end() : end] and " " not in text[at.end() : end]:
            # "look at shop.ee": the domain is plain, only the word "at" joins it to a word.
            if local_text in _PROSE_WORDS:
                return None
            if host_matches(host, PROVIDER_DOMAINS) or _HANDLE_LIKE.search(local_text):
                score, rule = 0.95, "obfuscated"
            else:
                score, rule = 0.6, "word-at"
            why = "address written with the word 'at'"
        else:
            score, rule, why = 0.95, "obfuscated", "address with spelled-out or bracketed separators"
        finding = make_finding(
            norm,
            view,
            local.start(),
            end,
            category=CONTACT_DETAILS,
            kind="email",
            normalized=address,
            source=f"email/{rule}",
            score=score,
            explanation=why,
        )
        return finding, end

    def _domain_end(self, text: str, pos: int) -> tuple[int, str] | None:
        """Longest ``label(sep label)+`` from ``pos`` whose suffix is public: (view end, host)."""
        ends = label_ends(text, pos, _DOT)
        for end in reversed(ends[1:]):
            host = canonical(text[pos:end])
            if self._suffix.split(host) is not None:
                return end, host
            spoken = _spoken_host(host)
            if spoken is not None and self._suffix.split(spoken) is not None:
                return end, spoken
        return None

    # --- provider named without its domain ------------------------------------------------
    def _provider_named(self, norm: Normalized, m: re.Match[str], rule: str) -> Finding | None:
        local = m.group("local").rstrip(".-+")
        if len(local) < 3 or local in _PROSE_WORDS:
            return None
        handle_like = bool(_HANDLE_LIKE.search(local))
        if rule == "provider-after" and not handle_like:
            return None
        provider = m.group("prov")
        domain = MAIL_PROVIDERS.get(provider, provider)
        address = f"{local}@{domain}"
        try:
            validate_email(address, check_deliverability=False, allow_smtputf8=True)
        except EmailNotValidError:
            return None
        start = min(m.start("prov"), m.start("local"))
        prov_end = m.end("tld") if rule == "provider-after" and m.group("tld") else m.end("prov")
        end = max(prov_end, m.start("local") + len(local))
        return make_finding(
            norm,
            norm.words,
            start,
            end,
            category=CONTACT_DETAILS,
            kind="email",
            normalized=address,
            source=f"email/{rule}",
            score=0.9 if handle_like else 0.85,
            explanation=f"mail provider '{provider}' named with a user name",
        )
