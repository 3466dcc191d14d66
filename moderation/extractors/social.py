"""Social networks and messengers named as a contact channel, on the ``words`` view.

Division of labour: this extractor finds hard EVIDENCE of an off-platform channel and blocks
on it; the trained classifier judges INTENT. A channel word alone is not a contact: "this
phone supports WhatsApp", "shows Telegram messages and call alerts", "Facebook ir Netflix
programėlės" must pass. A channel counts when it comes with

* a handle, number or profile link right next to it ("telegram: anna_k", "WhatsApp +372 ...",
  "insta @anna.shop", "Instagram kasutajanimi anna") -> 1.0 (short, ambiguous aliases such as
  ``tg``, ``ig``, ``wa``, ``vk`` need the handle or number adjacent, 0.9). A handle is marked:
  an '@', a "nick/username/kasutajanimi/ник/lietotājvārds/slapyvardis/käyttäjänimi" label, or
  a token shaped like one (digits, '_', inner dots); a plain or capitalised word is prose;
* an invitation addressed to the buyer to contact the seller there, in any of the six
  languages ("write me on WhatsApp", "kirjuta mulle WhatsAppi", "напишите мне в телегу",
  "rakstiet man Viber", "parašykite man per Viber", "laita viestiä WhatsAppiin") -> 0.9 (0.85
  for weak aliases), or 0.6 when the sentence reads like a product description. An
  invitation is a verb form (imperative, "let's ...", "I'll send/write ..."), never a noun:
  "messages", "call alerts", "ziņu", "звонки", "viestien" name a feature;
* nothing of the kind -> not reported.

A negation in the sub-clause of the channel and its invitation, before or after it, cancels
the invitation ("ära kirjuta WhatsAppi", "Instagrami me ei pane", "nerakstiet uz WhatsApp",
"älkää kirjoittako WhatsAppiin"); "not here" negates the platform, not the channel. A lone
``@handle`` with no channel word nearby warns (0.6).

Implementation: one compiled alternation over the aliases with a bounded ``\\w{0,8}`` tail
for inflected endings ("WhatsAppi", "телегу", "Viberį"). A spaCy ``PhraseMatcher`` was
considered: the blank tokenizer is cheap (~10 µs for 300 characters), but it matches whole
tokens, so every inflected form of every alias in six languages would have to be listed;
the regex states "alias + ending" once.
"""

from __future__ import annotations

import re
from itertools import islice

from moderation.config import Settings
from moderation.extractors._patterns import (
    MAX_CANDIDATES,
    SOCIAL_DOMAINS,
    make_finding,
    same_clause,
    subclause_window,
)
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
_NUMBER = re.compile(r"\+?\d[\d \-()]{5,20}\d")
_PROFILE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in sorted(SOCIAL_DOMAINS, key=len, reverse=True)) + r")/\w"
)

# An invitation is a verb addressed to the buyer (or a first-person offer to move there), not
# a noun: "shows WhatsApp messages and call alerts", "rāda Viber ziņu un zvanu paziņojumus",
# "уведомления Viber и входящие звонки" name a product feature. Ambiguous verb/noun words
# ("message", "text", "call", "chat") count only addressed ("message me") or followed by a
# preposition ("chat on").
_ME = r"(?:me|us)"
_INVITE = re.compile(
    r"(?<!\w)(?:"
    # en
    rf"(?:write|message|msg|text|dm|pm|contact|reach|add|find|follow|ping|call|ring|chat|talk|hit|send|join)"
    rf"(?: to| with)? {_ME}"
    r"|(?:write|message|msg|text|dm|pm|contact|ping|chat|talk|reach out|continue|move|switch|connect)"
    r"(?: the)?(?: conversation| chat)? (?:on|via|in|over|through|using|to)"
    rf"|dm|pm|{_ME} (?:on|via|in|at|through)"
    r"|let'?s (?:talk|chat|continue|move|switch|connect|text)|like (?:and|&) follow|follow (?:and|&) like"
    r"|(?:i'?ll|i will|i can|we can|we'll|we will|let me) (?:send|text|message|call|write|add|dm)"
    # et
    r"|kirjut(?:a|age|ad|ate|ada|an|ame|ke)|võt(?:a|ke|ta|ame|an)(?: \w+){0,3} ühendust"
    r"|ühendust (?:võtta|võtma)|saa(?:da|tke|dan|dame) (?:mulle|meile|sõnum\w*|teade\w*)|saadan|saadame"
    r"|(?:anna|andke|andsite) (?:mulle )?oma|lisa(?:ge)? (?:mind|meid)|(?:mind|meid) sõbraks"
    r"|lei(?:a|ad|ate|dke) (?:mind|meid|meie)|jälgi(?:ge|d)? (?:mind|meid|meie)"
    r"|helist(?:a|age|ad|ate|an|ame)|suhtle(?:me|ge|ks)|räägi(?:me|ks)|jälgige|laiki(?:ge)?"
    # ru
    r"|напиш(?:и|ите|у|ем)|написать|пиш(?:и|ите|у|ем)|свяж(?:ись|итесь|усь|емся)|связаться"
    r"|добав(?:ь|ьте|лю|им)|найд(?:и|ите) (?:меня|нас)|(?:по)?звон(?:и|ите|ю)|стучи(?:те)?"
    r"|подпиш(?:ись|итесь)|скин(?:у|ем|ь|ьте)|отправ(?:лю|им)|вышл(?:ю|ем)|в личк\w*"
    r"|перейд(?:ем|ём|ите)|пообща(?:емся|ться)|общаться|подписыва(?:йся|йтесь)|ставьте лайк"
    # lv
    r"|(?:uz)?rakst(?:i|iet|[iī]sim|[iī][sš]u)|sazin(?:ies|ieties|[aā]simies|[aā]ties)"
    r"|pievieno(?:jiet)? (?:mani|m[uū]s)|seko(?:jiet)?(?: mums| man)?|atrod(?:iet|i) (?:mani|m[uū]s)"
    r"|(?:pie)?zvan(?:i|iet|[iī][sš]u|[iī]sim)|(?:no)?s[uū]t(?:iet|[iī][sš]u|[iī]sim)"
    # lt
    r"|(?:pa)?ra[sš]yk(?:ite|it)?|(?:pa)?ra[sš]ys(?:iu|ime)|susisiek(?:ite|ime|it|ti)?"
    r"|prid[eė]k(?:ite|it)? (?:mane|mus)|(?:pa)?skambink(?:ite|it)?|sekite|sekit|sek (?:mus|mane)"
    r"|rask(?:ite)? (?:mus|mane)|(?:at|nu)si[uų]s(?:iu|ime)"
    # fi
    r"|kirjoit(?:a|takaa|at|atte)|lait(?:a|takaa) (?:viesti\w*|minulle|meille)|laitan|laitamme"
    r"|lähetä(?:kää)? (?:viesti\w*|minulle|meille)|lähetän|lähetämme|(?:ota|ottakaa) yhteyttä"
    r"|lisää (?:minut|meidät)|lisätkää|soit(?:a|takaa|an|amme)|seura(?:a|tkaa)|tykkää|tykätkää"
    r"|löydät(?:te)? (?:minut|meidät)"
    r")(?!\w)"
)
# "my WhatsApp", "meie Instagramis", "наш инстаграм": the seller's own account, offered.
_POSSESSIVE_BEFORE = re.compile(
    r"(?<!\w)(?:my|our|mu|minu|meie|мой|мою|моём|моем|наш|нашу|нашем|mans|manu|m[uū]su|mano|m[uū]s[uų]"
    r"|minun|meidän)\s$"
)
_NEGATION = re.compile(
    r"(?<!\w)(?:not|no|never|don't|dont|do not|doesn't|cannot|can't|won't|avoid|instead of|rather than"
    r"|ära|ärge|ei|mitte|pole|kunagi|не|нет|нельзя|без|никогда|ne|nav|nevajag|nedrīkst|nekad"
    r"|negalima|nereikia|nėra|niekada"
    r"|älä|älkää|emme|en|ette|eivät|koskaan)(?!\w)"
    r"|(?<!\w)ne(?:rakst|rašy|parašy|rasy|parasy|sazin|susisiek|zvan|piezvan|skambin|paskambin|sūt|sut|pievieno"
    r"|pridė|pride|sek)\w*"
)
# "not here, write me on WhatsApp" / "mitte siin": the negation is of the platform, not the channel.
_HERE_AFTER = re.compile(r"\s(?:here|siin|siia|здесь|тут|šeit|seit|čia|cia|täällä|tänne)(?!\w)")
_KEEP_HERE = re.compile(
    r"(?<!\w)(?:only here|here only|in the helpdesk|ainult siin|siin helpdeskis|только здесь|только тут"
    r"|tikai šeit|tik čia|vain täällä)(?!\w)"
)
_PRODUCT = re.compile(
    r"(?<!\w)(?:support\w*|compatible|works with|install\w*|app|apps|toeta\w*|ühildu\w*|rakendus\w*"
    r"|поддерж\w*|приложени\w*|установ\w*|atbalst\w*|lietotn\w*|palaik\w*|programėl\w*|tuke\w*"
    r"|sovellu\w*|asenn\w*|toimi(?:i|vat|va)|tööta\w*|работает"
    # notifications and alerts a device shows: the channel is a feature
    r"|notification\w*|alert\w*|teavitus\w*|märguan\w*|уведомлени\w*|оповещени\w*|paziņojum\w*"
    r"|pazinojum\w*|pranešim\w*|pranesim\w*|ilmoitu\w*)(?!\w)"
)
# "nick: anna", "kasutajanimi anna", "ник anna": a label that makes the next word a handle.
_LABELLED = re.compile(
    r"\s?(?:[\w]{1,12}\s)?(?:nick(?:name)?|username|user ?name|kasutaja(?:nimi|nimega|nimeks)?|ник(?:нейм)?"
    r"|логин|lietot[aā]jv[aā]rd[sā]?|slapyvard(?:is|žiu|ziu)|vartotojo vardas|k[aä]ytt[aä]j[aä]nimi\w{0,3}"
    r"|nimimerkki\w{0,3})\s?(?:is|on|ir|yra|это)?\s?[:=\-–—]?\s?(?P<h>@?[^\W_][\w.]{1,31})"
)
_NEGATION_BEFORE = 30
_NEGATION_AFTER = 30
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

        token = self._handle_after(text, end)
        if token is not None:
            ev_end = token[1]
            handle_text = token[0].lstrip("@")
            evidence, adjacent = f"handle '{token[0]}' after the channel", True
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

        if evidence and (strong or adjacent):
            score = 1.0 if strong else 0.9
            why = f"{channel} with {evidence}"
        else:
            invite = self._invitation(text, start, end)
            if invite is None or self._negated(text, start, end, invite):
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
    def _handle_after(text: str, end: int) -> tuple[str, int] | None:
        """A handle right after the channel word: (handle, view end), or None.

        A handle is marked: an '@', a "nick/kasutajanimi/ник:" label, or a token shaped like
        one (digits, '_' or inner dots: "anna_k", "tomdeals_88", "anna.k.shop"). A plain word
        is prose, whatever the separator: "Facebook ir Netflix", "WhatsApp: works great".
        """
        labelled = _LABELLED.match(text, end)
        if labelled is not None:
            token = labelled.group("h").rstrip(".")
            if len(token) >= 2 and _CHANNEL.fullmatch(token) is None:
                return token, labelled.start("h") + len(token)
        after = _AFTER_CHANNEL.match(text, end)
        if after is None:
            return None
        token = after.group("h").rstrip(".")
        if len(token) >= 3 and _handle_shaped(token) and _CHANNEL.fullmatch(token) is None:
            return token, after.start("h") + len(token)
        return None

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
            best = cue.start()
            if cue.start() > start:
                break
        if best is None and _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start):
            best = start - 1
        return best

    @staticmethod
    def _negated(text: str, start: int, end: int, cue: int | None = None) -> bool:
        """A negation in the sub-clause holding the channel (and its invitation cue), before
        or after it ("ära kirjuta WhatsAppi", "Instagrami me ei pane", "WhatsApp ei tööta"),
        or a keep-it-here phrase in the clause. "not here" negates the platform, not the channel.
        """
        lo_pos = min(start, cue) if cue is not None else start
        hi_pos = max(end, cue + 1) if cue is not None else end
        lo, hi = subclause_window(text, lo_pos, hi_pos, _NEGATION_BEFORE, _NEGATION_AFTER)
        for neg in _NEGATION.finditer(text, lo, hi):
            if start <= neg.start() < end or _HERE_AFTER.match(text, neg.end()):
                continue
            return True
        lo, hi = max(0, start - 60), min(len(text), end + 60)
        for keep in _KEEP_HERE.finditer(text, lo, hi):
            if same_clause(text, min(keep.end(), start), max(keep.start(), end)):
                return True
        return False


def _handle_shaped(token: str) -> bool:
    if token.startswith(("@", "live:")):
        return True
    letters = sum(c.isalpha() for c in token)
    if letters >= 2 and any(c.isdigit() or c == "_" for c in token):
        return True
    inner = token.strip(".")
    return letters >= 3 and "." in inner and not inner.endswith(".")
