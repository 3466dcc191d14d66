"""URLs and bare domains, plain and obfuscated, on the ``words`` view.

Three candidate shapes, tried in this order, each validated by a real public suffix:

* ``scheme`` -- ``https://host/...`` (also ``hxxp``), score 1.0;
* ``www`` -- ``www.host``, also written ``ww w. shop . lv`` or ``www dot shop dot ee``, 1.0;
* ``domain`` -- a bare ``name.tld``: 0.9 when the suffix is a common one in this market
  (``COMMON_TLDS``) and the name is plausible, 0.6 with a rarer suffix and a path or
  subdomain, not reported otherwise (``tomorrow.in``, ``tel.nr``, ``t.sk.`` are prose);
  obfuscated ``shop dot ee`` / ``shop(.)ee`` / ``shop [dot] lt`` / ``shop . lv`` need a common
  suffix and score 0.9.

Platform and carrier domains (and their subdomains) are allowed: a tracking link is a
status report. A bare mail-provider domain ("gmail.com") is not a contact by itself.
Links to profile and chat domains (facebook.com/..., t.me/..., wa.me/...) are reported with
kind ``social`` (the channel is what a reviewer needs to see); a bare social domain with
no path ("facebook.com") warns (0.6).
"""

from __future__ import annotations

import re
from itertools import islice

from moderation.config import Settings
from moderation.extractors._patterns import (
    COMMON_TLDS,
    DOT_SEP,
    MAX_CANDIDATES,
    PROVIDER_DOMAINS,
    SOCIAL_DOMAINS,
    SuffixCheck,
    canonical,
    host_matches,
    label_ends,
    make_finding,
)
from moderation.normalize import Normalized
from moderation.types import CONTACT_DETAILS, Finding

_PLAIN_SEP = re.compile(r"\.")
_WWW_SEP = re.compile(rf"\s?\.\s?|{DOT_SEP}")
_ANY_SEP = re.compile(DOT_SEP)
_SCHEME = re.compile(r"(?<![\w])(?:https?|hxxps?|ftp)\s?:\s?//\s?")
_WWW = re.compile(rf"(?<![\w.@/])w\s?w\s?w(?=\s?\.|{DOT_SEP})")
# A label is a whole run of [\w-] (no separator starts with one), so the run is taken
# possessively: same matches as LABEL + lookahead, without trying every shorter label. A
# bare domain has a second label, so the separator must be followed by one ("teel. Pakk"
# is no candidate).
_BARE_START = re.compile(rf"(?<![\w@.\-/:])[^\W_][\w-]{{0,61}}+(?<![_-])(?={DOT_SEP}[^\W_])")
_IPV4 = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_PORT = re.compile(r":\d{1,5}")
_PATH = re.compile(r"[/?#][^\s<>\"'`{}|\\^]{0,2000}")
_PATH_TRAILING = ".,;:!?)]}'\"»"
_MAX_LABELS = 10
# Suffixes that are mostly file extensions in messages ("manual.pdf" is not one, "photo.zip" is).
_FILE_SUFFIXES = frozenset({"zip", "mov", "md", "py", "sh", "ps", "rs", "ai", "pl", "cs", "exe", "jar"})
_DOT_HINT = re.compile(rf"\.|{DOT_SEP}")
_LAST_LABEL_DIGITS = re.compile(r"(?<![\w-])\d+\Z")


class UrlExtractor:
    name = "url"

    def __init__(self, settings: Settings) -> None:
        self._allowed = settings.allowed_domains
        self._suffix = SuffixCheck()

    def find(self, norm: Normalized) -> list[Finding]:
        text = norm.words.text
        if _DOT_HINT.search(text) is None:
            return []
        findings: list[Finding] = []
        covered: list[tuple[int, int]] = []

        def free(pos: int) -> bool:
            return not any(s <= pos < e for s, e in covered)

        # substring tests first: a scheme needs "/", "www" needs "ww" or "w w" (one space:
        # the words view has no other whitespace)
        schemes = _SCHEME.finditer(text) if "/" in text else ()
        for m in islice(schemes, MAX_CANDIDATES):
            self._emit(norm, m.start(), m.end(), _PLAIN_SEP, "scheme", findings, covered)
        wwws = _WWW.finditer(text) if "ww" in text or "w w" in text else ()
        for m in islice(wwws, MAX_CANDIDATES):
            if free(m.start()):
                sep = _WWW_SEP.match(text, m.end())
                if sep is not None:
                    self._emit(norm, m.start(), sep.end(), _WWW_SEP, "www", findings, covered)
        for m in islice(_BARE_START.finditer(text), MAX_CANDIDATES):
            if free(m.start()):
                self._emit(norm, m.start(), m.start(), _ANY_SEP, "domain", findings, covered)
        return findings

    def _emit(
        self,
        norm: Normalized,
        start: int,
        host_start: int,
        sep: re.Pattern[str],
        shape: str,
        findings: list[Finding],
        covered: list[tuple[int, int]],
    ) -> None:
        text = norm.words.text
        parsed = self._host(text, host_start, sep)
        if parsed is None and shape == "scheme":
            ip = _IPV4.match(text, host_start)
            parsed = None if ip is None else (ip.end(), ip.group(0), ip.end())
        if parsed is None:
            return
        host_end, host, full_end = parsed
        if full_end < len(text) and text[full_end] in "@":
            return  # the local part of an e-mail address
        obfuscated = canonical(text[host_start:host_end]) != text[host_start:host_end]
        end = host_end
        path = ""
        if not obfuscated or shape != "domain":
            port = _PORT.match(text, end)
            if port is not None:
                end = port.end()
            p = _PATH.match(text, end)
            if p is not None:
                path = p.group(0).rstrip(_PATH_TRAILING)
                end += len(path)
        covered.append((start, end))
        if host_matches(host, self._allowed):
            return
        if shape == "scheme" and _IPV4.fullmatch(host):
            scored: tuple[float, str, str, str] | None = (1.0, "url", "scheme-ip", "web address on an IP")
        else:
            scored = self._score(host, bool(path.strip("/")), shape, obfuscated)
        if scored is None:
            return
        score, kind, rule, why = scored
        prefix = ("https://" if text.startswith("https", start) else "http://") if shape == "scheme" else ""
        findings.append(
            make_finding(
                norm,
                norm.words,
                start,
                end,
                category=CONTACT_DETAILS,
                kind=kind,
                normalized=(prefix or ("www." if shape == "www" else "")) + host + path,
                source=f"url/{rule}",
                score=score,
                explanation=why,
            )
        )

    def _host(self, text: str, pos: int, sep: re.Pattern[str]) -> tuple[int, str, int] | None:
        """Longest run of labels from ``pos`` ending in a public suffix: (end, host, run end)."""
        ends = label_ends(text, pos, sep, _MAX_LABELS)
        if not ends:
            return None
        cursor = ends[-1]
        if len(ends) < 2 and sep is _ANY_SEP:
            return None
        for end in reversed(ends if sep is not _ANY_SEP else ends[1:]):
            if text[end - 1].isdigit() and _LAST_LABEL_DIGITS.search(text, pos, end):
                continue  # no public suffix is a number: "25.01.2025", "49.99", "1.5"
            host = canonical(text[pos:end]).replace(" ", "")
            if self._suffix.split(host) is not None:
                return end, host, cursor
        return None

    def _score(
        self, host: str, has_path: bool, shape: str, obfuscated: bool
    ) -> tuple[float, str, str, str] | None:
        parts = self._suffix.split(host)
        if parts is None:
            return None
        sub, name, suffix = parts
        registrable = f"{name}.{suffix}"
        if host_matches(host, SOCIAL_DOMAINS):
            if has_path:
                return 1.0, "social", "social-profile", f"link to a profile or chat on {registrable}"
            return 0.6, "social", "social-domain", f"social network domain {registrable} without a profile"
        if shape in ("scheme", "www"):
            return 1.0, "url", shape, f"web address on public suffix .{suffix}"
        if host_matches(host, PROVIDER_DOMAINS) and not has_path:
            return None  # "gmail.com" alone names a provider, not an address
        if not any(c.isalpha() for c in name) or len(name) < 2:
            return None
        if suffix in _FILE_SUFFIXES and not has_path:
            return None
        common = suffix in COMMON_TLDS or suffix.rsplit(".", 1)[-1] in COMMON_TLDS
        if obfuscated:
            if not common:
                return None
            return 0.9, "url", "obfuscated-domain", f"domain .{suffix} written with a spelled-out dot"
        if common and len(name) >= 3:
            return (1.0 if has_path else 0.9), "url", "domain", f"bare domain on common suffix .{suffix}"
        if common or has_path or sub:
            return 0.6, "url", "domain-uncertain", f"possible domain on .{suffix}"
        return None
