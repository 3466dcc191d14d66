"""Social networks and messengers named as a contact channel, on the ``words`` view.

A channel word alone is not a contact: "this phone supports WhatsApp" must pass. A
channel counts when it comes with

* a handle, number or profile link right next to it ("telegram: anna_k", "WhatsApp +372 ...",
  "insta @anna.shop") -> 1.0 (short, ambiguous aliases such as ``tg``, ``ig``, ``wa``, ``vk``
  need the handle or number adjacent, 0.9);
* an invitation to move there in any of the six languages ("write me on WhatsApp",
  "kirjuta mulle WhatsAppi", "напиши в телегу", "add me on insta") -> 0.9, or 0.6 when
  the sentence reads like a product description ("supports", "toetab", ...);
* nothing of the kind -> not reported (internally 0.4; under the warn threshold).

A negation just before the invitation or the channel ("ära kirjuta WhatsAppi", "please don't
contact us via Viber", "mitte WhatsAppis") cancels the invitation. A lone ``@handle`` with no
channel word nearby warns (0.6).

Implementation: one compiled alternation over the aliases (a spaCy ``PhraseMatcher`` would
need a tokenizer pass per message; the regex is several times cheaper and handles inflected
endings -- "WhatsAppi", "телегу", "Viberį" -- with a bounded ``\\w{0,8}`` tail).
"""

from __future__ import annotations

import re
from itertools import islice

from moderation.config import Settings
from moderation.extractors._patterns import MAX_CANDIDATES, SOCIAL_DOMAINS, make_finding, same_clause
from moderation.normalize import Normalized
from moderation.types import CONTACT_DETAILS, Finding

_TAIL = r"\w{0,8}"
# (channel, pattern, strong). Strong aliases are unambiguous names; weak ones are short or
# ordinary words and need a handle or number right next to them.
_ALIASES: tuple[tuple[str, str, bool], ...] = (
    ("whatsapp", rf"(?:whats|wats|vats|vots|wots)\s?app?{_TAIL}|whatapp{_TAIL}", True),
    ("whatsapp", rf"(?:ват|вот|уот|уат)с\s?апп?{_TAIL}|вацап{_TAIL}", True),
    ("whatsapp", r"wa|ва", False),
    ("telegram", rf"telegram{_TAIL}|telega|телег{_TAIL}|телеграм{_TAIL}", True),
    ("telegram", r"tg|тг|тгк", False),
    ("viber", rf"viber{_TAIL}|vaiber{_TAIL}|вайбер{_TAIL}|вибер{_TAIL}", True),
    ("signal", rf"signal{_TAIL}|сигнал{_TAIL}", False),
    ("skype", rf"skype{_TAIL}|skaip{_TAIL}|скайп{_TAIL}", True),
    ("instagram", rf"instagram{_TAIL}|instagr{_TAIL}|insta|instas|instast|инстаграм{_TAIL}|инст[аеуы]", True),
    ("instagram", r"ig|инст", False),
    ("facebook", rf"facebook{_TAIL}|фейсбук{_TAIL}|фэйсбук{_TAIL}|messenger{_TAIL}|мессенджер{_TAIL}", True),
    ("facebook", r"fb|фб", False),
    ("tiktok", rf"tik\s?tok{_TAIL}|тик\s?ток{_TAIL}", True),
    ("snapchat", rf"snap\s?chat{_TAIL}|снэпчат{_TAIL}|снапчат{_TAIL}", True),
    ("snapchat", r"snap", False),
    ("vk", rf"vkontakte|вконтакте|вконтакт{_TAIL}", True),
    ("vk", r"vk|вк", False),
    ("odnoklassniki", rf"odnoklassniki|одноклассник{_TAIL}", True),
    ("discord", rf"discord{_TAIL}|дискорд{_TAIL}", True),
    ("wechat", rf"we\s?chat{_TAIL}|weixin|вичат{_TAIL}", True),
)
_CHANNEL = re.compile(
    r"(?<![\w@.])(?:"
    + "|".join(rf"(?P<a{i}>{pattern})" for i, (_, pattern, _) in enumerate(_ALIASES))
    + r")(?![\w@])"
)

# The same alternation without the named groups: a quicker yes/no for the many messages
# that name no channel at all.
_ANY_CHANNEL = re.compile(
    r"(?<![\w@.])(?:" + "|".join(f"(?:{pattern})" for _, pattern, _ in _ALIASES) + r")(?![\w@])"
)

_HANDLE = re.compile(r"(?<![\w@])@(?P<h>[^\W\d_][\w.]{1,31})")
# "telegram: anna_k", "insta anna.k.shop": a handle-looking token right after the channel.
_AFTER_CHANNEL = re.compile(
    r"(?P<sep>\s?[:=\-–—]\s?|\s(?:is|on|ir|yra|это|ist)\s|\s)(?P<h>(?:live:)?@?[^\W_][\w.]{1,31})"
)
_EXPLICIT_SEP = frozenset({":", "=", "is", "on", "ir", "yra", "это", "ist"})
_HANDLE_LIKE = re.compile(r"[._\d]|^@")
# Ordinary words that follow "WhatsApp:" in prose; a handle is rarely one of these.
_COMMON_WORDS = frozenset(
    """the and not yes works work is are was will can app only too also here there
    ja ei on ka see kas pole töötab tööta ainult
    и не да нет это работает есть только тоже
    un ne jā nav ir strādā tikai arī
    ir ne taip nėra veikia tik irgi
    ja ei kyllä on toimii vain myös""".split()
)
_NUMBER = re.compile(r"\+?\d[\d \-()]{5,20}\d")
_PROFILE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in sorted(SOCIAL_DOMAINS, key=len, reverse=True)) + r")/\w"
)

_INVITE = re.compile(
    r"(?<!\w)(?:"
    # en
    r"write|message|msg|text|dm|pm|contact|reach|add|find|follow|ping|chat|call|send|talk|join"
    r"|(?:me|us) (?:on|via|in|at|through)"
    # et
    r"|kirjut\w*|saat\w*|saad(?:a|an|ame|ke)|anna\w* oma|andke"
    r"|võt\w* ühendust|ühendust|sõnum\w*|lisa\w*|leia\w*|jälgi\w*|helist\w*"
    r"|mulle|meile|suhtl\w*"
    # ru
    r"|напиш\w*|напис\w*|пиш\w*|свяж\w*|связ\w*|добав\w*|найд\w*|звон\w*|отправ\w*|подпис\w*|личк\w*|сообщ\w*"
    r"|стучи\w*|мне|нам"
    # lv
    r"|rakst\w*|sazin\w*|sekoj\w*|seko|pievieno\w*|zvan\w*|ziņ\w*|atrod\w*"
    # lt
    r"|rašyk\w*|parašyk\w*|susisiek\w*|sekit\w*|pridėk\w*|skambin\w*|žinut\w*|rask\w*"
    # fi
    r"|kirjoit\w*|viest\w*|yhteyt\w*|lisää|seuraa\w*|soita\w*|löyd\w*|minulle|meille|laita\w*|laitta\w*"
    r")(?!\w)"
)
_NEGATION = re.compile(
    r"(?<!\w)(?:not|no|never|don't|dont|do not|doesn't|cannot|can't|won't|avoid|instead of|rather than"
    r"|ära|ärge|ei|mitte|pole|не|нет|нельзя|без|ne|nav|nevajag|nedrīkst|negalima|nereikia|nėra"
    r"|älä|älkää|ei|emme|en|ette|eivät)(?!\w)"
    r"|(?<!\w)ne(?:rakst|rašy|parašy|sazin|susisiek|zvan|skambin)\w*"
)
_KEEP_HERE = re.compile(
    r"(?<!\w)(?:only here|here only|in the helpdesk|ainult siin|siin helpdeskis|только здесь|только тут"
    r"|tikai šeit|tik čia|vain täällä)(?!\w)"
)
_PRODUCT = re.compile(
    r"(?<!\w)(?:support\w*|compatible|works with|install\w*|app|apps|toeta\w*|ühildu\w*|rakendus\w*"
    r"|поддерж\w*|приложени\w*|установ\w*|atbalst\w*|lietotn\w*|palaik\w*|programėl\w*|tuke\w*"
    r"|sovellu\w*|asenn\w*|toimi\w*|tööta\w*|работает)(?!\w)"
)
_NEGATION_BEFORE = 25
_NEAR = 40  # characters around a channel word that count as "nearby"
_INVITE_BEFORE = 45
_INVITE_AFTER = 25


class SocialExtractor:
    name = "social"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def find(self, norm: Normalized) -> list[Finding]:
        text = norm.words.text
        findings: list[Finding] = []
        channels = list(islice(_CHANNEL.finditer(text), MAX_CANDIDATES)) if _ANY_CHANNEL.search(text) else []
        found_handles = islice(_HANDLE.finditer(text), MAX_CANDIDATES) if "@" in text else ()
        handles = [m for m in found_handles if not self._handle_is_address(text, m)]
        numbers = self._numbers(norm) if channels else []
        used_handles: set[int] = set()
        for m in channels:
            finding, handle_pos = self._channel(norm, m, handles, numbers)
            if finding is not None:
                findings.append(finding)
                if handle_pos is not None:
                    used_handles.add(handle_pos)
        for h in handles:
            if h.start() in used_handles or any(
                norm.words.starts[h.start()] < f.end and f.start < norm.words.ends[h.end() - 1]
                for f in findings
            ):
                continue
            handle = h.group("h").rstrip(".")
            end = h.start("h") + len(handle)
            findings.append(
                make_finding(
                    norm,
                    norm.words,
                    h.start(),
                    end,
                    category=CONTACT_DETAILS,
                    kind="social",
                    normalized="@" + handle,
                    source="social/handle",
                    score=0.6,
                    explanation="an @handle with no channel named nearby",
                )
            )
        return findings

    @staticmethod
    def _handle_is_address(text: str, m: re.Match[str]) -> bool:
        """'anna @gmail.com' is an e-mail written with a space, not a handle."""
        before = text[: m.start()].rstrip()
        return "." in m.group("h").rstrip(".") and bool(before) and (before[-1].isalnum())

    @staticmethod
    def _numbers(norm: Normalized) -> list[tuple[int, int]]:
        """Original spans of phone-like digit runs (7+ digits) in the digits view."""
        view = norm.digits
        out = []
        for m in islice(_NUMBER.finditer(view.text), MAX_CANDIDATES):
            if sum(c.isdigit() for c in m.group(0)) >= 7:
                out.append(view.original_span(m.start(), m.end()))
        return out

    def _channel(
        self,
        norm: Normalized,
        m: re.Match[str],
        handles: list[re.Match[str]],
        numbers: list[tuple[int, int]],
    ) -> tuple[Finding | None, int | None]:
        view = norm.words
        text = view.text
        group = m.lastgroup or ""
        channel, _, strong = _ALIASES[int(group[1:])]
        start, end = m.start(), m.end()
        o_start, o_end = view.original_span(start, end)
        ev_start, ev_end, evidence, handle_pos, adjacent = start, end, "", None, False
        handle_text = ""

        after = _AFTER_CHANNEL.match(text, end)
        if after is not None:
            token = after.group("h").rstrip(".")
            handle_like = bool(_HANDLE_LIKE.search(token))
            sep = after.group("sep").strip()
            # "signal is weak": a copula only introduces a handle after an unambiguous name
            explicit = sep in (":", "=") or (strong and sep in _EXPLICIT_SEP)
            if (
                len(token) >= 3
                and not token.isdigit()
                and (handle_like or (explicit and token not in _COMMON_WORDS))
                and _CHANNEL.fullmatch(token) is None
            ):
                ev_end = after.start("h") + len(token)
                evidence, adjacent = f"handle '{token}' after the channel", True
                handle_text = token.lstrip("@")
        if not evidence:
            for h in handles:
                if h.start() >= end and h.start() - end <= _NEAR and same_clause(text, end, h.start()):
                    ev_end = h.end()
                elif h.end() <= start and start - h.end() <= _NEAR and same_clause(text, h.end(), start):
                    ev_start = h.start()
                else:
                    continue
                evidence, handle_pos = f"handle {h.group(0)} nearby", h.start()
                handle_text = h.group("h").rstrip(".")
                adjacent = h.start() - end <= 3 or start - h.end() <= 3
                break
        if not evidence:
            for n_start, n_end in numbers:
                if 0 <= n_start - o_end <= _NEAR or 0 <= o_start - n_end <= _NEAR:
                    evidence = "a phone-like number nearby"
                    adjacent = 0 <= n_start - o_end <= 4 or 0 <= o_start - n_end <= 4
                    break
        if not evidence:
            window = text[max(0, start - _NEAR) : end + _NEAR]
            if _PROFILE.search(window):
                evidence, adjacent = "a profile link nearby", True

        negated = self._negated(text, start, end)
        if evidence and (strong or adjacent):
            score = 1.0 if strong else 0.9
            why = f"{channel} with {evidence}"
        else:
            invite = self._invitation(text, start, end)
            if invite is None or negated:
                return None, None
            # the span stays the channel word: the verb is context, not a contact
            distance = start - invite if invite < start else 0
            if not strong and distance > 20:
                return None, None
            product = _PRODUCT.search(text, max(0, start - _NEAR), end + _NEAR) is not None
            score = 0.6 if product else (0.9 if strong else 0.85)
            why = f"invitation to continue on {channel}" + (" (product context)" if product else "")
        finding = make_finding(
            norm,
            view,
            ev_start,
            ev_end,
            category=CONTACT_DETAILS,
            kind="social",
            normalized=f"{channel}:{handle_text}" if handle_text else channel,
            source="social/channel" if evidence else "social/invitation",
            score=score,
            explanation=why,
        )
        return finding, handle_pos

    @staticmethod
    def _invitation(text: str, start: int, end: int) -> int | None:
        """View position of an invitation cue in the same clause as the channel, if any."""
        lo = max(0, start - _INVITE_BEFORE)
        best = None
        for cue in _INVITE.finditer(text, lo, min(len(text), end + _INVITE_AFTER)):
            if start <= cue.start() < end:
                continue
            a, b = (cue.end(), start) if cue.end() <= start else (end, cue.start())
            if not same_clause(text, a, b):
                continue
            if _NEGATION.search(text, max(0, cue.start() - 14), cue.start()) or _NEGATION.match(
                text, cue.start()
            ):
                continue
            best = cue.start()
            if cue.start() > start:
                break
        return best

    @staticmethod
    def _negated(text: str, start: int, end: int) -> bool:
        """A negation right before the channel, or a keep-it-here phrase in the clause."""
        if _NEGATION.search(text, max(0, start - _NEGATION_BEFORE), start):
            return True
        lo, hi = max(0, start - 60), min(len(text), end + 60)
        for keep in _KEEP_HERE.finditer(text, lo, hi):
            if same_clause(text, min(keep.end(), start), max(keep.start(), end)):
                return True
        return False
