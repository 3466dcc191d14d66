from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.config import Settings
from moderation.extractors.email import EmailExtractor
from moderation.normalize import normalize
from tests.moderation._extractor_helpers import BLOCK, best_seconds, found, spans_ok


@pytest.fixture(scope="module")
def extractor() -> EmailExtractor:
    return EmailExtractor(Settings.load(env={}))


POSITIVES = [
    (
        "en",
        "email me: anna dot k at gmail dot com, faster than here",
        "anna dot k at gmail dot com",
        "anna.k@gmail.com",
    ),
    ("en", "Write to Anna.K@Gmail.com please", "Anna.K@Gmail.com", "anna.k@gmail.com"),
    (
        "en",
        "reach me at john.smith(at)outlook(dot)com",
        "john.smith(at)outlook(dot)com",
        "john.smith@outlook.com",
    ),
    ("en", "my gmail is tom.deals88", "gmail is tom.deals88", "tom.deals88@gmail.com"),
    ("en", "tom_deals on gmail, ping me", "tom_deals on gmail", "tom_deals@gmail.com"),
    ("en", "e-mail is tom_deals88 at yahoo com", "tom_deals88 at yahoo com", "tom_deals88@yahoo.com"),
    ("et", "Kirjuta mulle anna.k ät gmail punkt com", "anna.k ät gmail punkt com", "anna.k@gmail.com"),
    ("et", "e-post: mari.tamm@online.ee.", "mari.tamm@online.ee", "mari.tamm@online.ee"),
    ("et", "minu gmail on kaisa.m, kirjuta sinna", "gmail on kaisa.m", "kaisa.m@gmail.com"),
    ("et", "saada pildid aadressile pood [at] hot [dot] ee", "pood [at] hot [dot] ee", "pood@hot.ee"),
    ("ru", "пишите на ivan собака mail точка ru", "ivan собака mail точка ru", "ivan@mail.ru"),
    ("ru", "почта ivan.p{at}yandex(.)ru", "ivan.p{at}yandex(.)ru", "ivan.p@yandex.ru"),
    ("ru", "гмейл: ivanshop88, пишите туда", "гмейл: ivanshop88", "ivanshop88@gmail.com"),
    (
        "lv",
        "rakstiet uz janis punkts berzins et inbox punkts lv",
        "janis punkts berzins et inbox punkts lv",
        "janis.berzins@inbox.lv",
    ),
    ("lv", "inbox.lv: janis_b", "inbox.lv: janis_b", "janis_b@inbox.lv"),
    ("lv", "sūti uz janis_b@gmail .com", "janis_b@gmail .com", "janis_b@gmail.com"),
    ("lt", "rašykite jonas eta gmail taškas com", "jonas eta gmail taškas com", "jonas@gmail.com"),
    ("lt", "mano paštas jonas.p @ one.lt", "jonas.p @ one.lt", "jonas.p@one.lt"),
    ("fi", "laita sähköpostia matti(a)suomi24 piste fi", "matti(a)suomi24 piste fi", "matti@suomi24.fi"),
    ("fi", "sposti matti.v@luukku.com kiitos", "matti.v@luukku.com", "matti.v@luukku.com"),
]

NEGATIVES = [
    ("en", "Please look at the package photo again"),
    ("en", "The courier comes at 5 pm tomorrow"),
    ("en", "You will get a notification from noreply@kaup24.ee when it ships"),
    ("en", "Gmail is down today, sorry for the late reply"),
    ("en", "Sent it at 10.30 this morning"),
    ("en", "Look at the manual, section 3.2"),
    ("et", "Pakk jõuab pakiautomaati kell 17.00"),
    ("et", "Teavitus tuleb aadressilt info@hobbyhall.fi"),
    ("et", "Vaata toote kirjeldust, punkt 4"),
    ("et", "Ma arvan, et see sobib"),
    ("ru", "Посылка будет в пункте выдачи завтра"),
    ("ru", "Смотрите инструкцию, точка 3"),
    ("lv", "Paka būs pakomātā rīt, paldies"),
    ("lv", "Es domāju, et tas der"),
    ("lt", "Siunta bus paštomate rytoj"),
    ("lt", "Prašome perskaityti aprašymą, taškas 2"),
    ("fi", "Paketti on noudettavissa klo 12.00"),
    ("fi", "Katso ohjeen piste 5"),
    ("en", "a@b"),
]


@pytest.mark.parametrize(("lang", "text", "span", "address"), POSITIVES)
def test_finds_addresses(extractor: EmailExtractor, lang: str, text: str, span: str, address: str) -> None:
    findings = found(extractor, text, BLOCK)
    assert [(f.text, f.normalized, f.kind) for f in findings] == [(span, address, "email")], lang
    assert findings[0].category == "contact_details"


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_leaves_prose_alone(extractor: EmailExtractor, lang: str, text: str) -> None:
    assert found(extractor, text) == [], lang


def test_plain_address_outscores_provider_named(extractor: EmailExtractor) -> None:
    plain = found(extractor, "anna.k@gmail.com")[0]
    named = found(extractor, "gmail: anna.k")[0]
    assert plain.score == 1.0
    assert BLOCK <= named.score < plain.score


def test_word_at_before_a_plain_domain_is_not_blocked_alone(extractor: EmailExtractor) -> None:
    # "sales at shop.ee" -- may be an address, the URL extractor reports the domain anyway
    findings = found(extractor, "sales at shop.ee", 0.0)
    assert all(f.score < BLOCK for f in findings)


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_spans_are_exact(text: str) -> None:
    extractor = _shared()
    assert spans_ok(text, extractor.find(normalize(text)))


@given(
    st.from_regex(r"[a-z]{1,8}(\.[a-z0-9]{1,6})?", fullmatch=True),
    st.sampled_from(["gmail.com", "inbox.lv", "mail.ru", "online.ee", "one.lt", "luukku.com"]),
    st.sampled_from(["{} ", "write to {} now", "e-post: {}."]),
)
@settings(max_examples=100, deadline=None)
def test_generated_addresses_are_found(local: str, domain: str, template: str) -> None:
    address = f"{local}@{domain}"
    findings = found(_shared(), template.format(address), BLOCK)
    assert [f.normalized for f in findings] == [address]


_CACHE: dict[str, EmailExtractor] = {}


def _shared() -> EmailExtractor:
    if "x" not in _CACHE:
        _CACHE["x"] = EmailExtractor(Settings.load(env={}))
    return _CACHE["x"]


@pytest.mark.parametrize(
    "text", ["a@a." * 250_000, "." * 10_000, "at " * 50_000, bytes(range(256)).decode("latin-1") * 400]
)
def test_adversarial_inputs_finish_quickly(extractor: EmailExtractor, text: str) -> None:
    norm = normalize(text)
    assert best_seconds(lambda: extractor.find(norm), repeat=1) < 2.0


def test_at_hints_cover_every_separator() -> None:
    """The cheap pre-test must say yes whenever the separator pattern can match."""
    import re

    from moderation.extractors._patterns import AT_SEP, AT_WORDS
    from moderation.extractors.email import _may_have_at

    samples = ["a@b", "a @ b", "x (at) y", "x [ät] y", "x {собака} y", "x <@> y", "x at y", "x собака y"]
    samples += [f"x ({w}) y" for w in AT_WORDS]
    for text in samples:
        assert re.search(AT_SEP, text), text
        assert _may_have_at(text), text
    assert not _may_have_at("Tere, tellimus 12345 on teel, jõuab homme.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("sposti: mari piste mets miukumauku gmail piste com", "mari.mets@gmail.com"),
        ("laita viesti osoitteeseen pekka.k kissanhäntä hotmail.com", "pekka.k@hotmail.com"),
    ],
)
def test_finnish_nicknames_for_at(text, address):
    assert address in [f.normalized for f in EmailExtractor(Settings.load(env={})).find(normalize(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("почта ольга точка ким собака майл точка ру", "ольга.ким@mail.ru"),
        ("пишите petrov77 собака яндекс точка ру", "petrov77@yandex.ru"),
    ],
)
def test_domain_dictated_in_cyrillic(text, address):
    assert address in [f.normalized for f in EmailExtractor(Settings.load(env={})).find(normalize(text))]


def test_unknown_cyrillic_domain_words_are_not_an_address():
    assert EmailExtractor(Settings.load(env={})).find(normalize("кот собака дом точка ру")) == []
