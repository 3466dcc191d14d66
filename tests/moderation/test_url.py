from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.config import Settings
from moderation.extractors.url import UrlExtractor
from moderation.normalize import normalize
from tests.moderation._extractor_helpers import BLOCK, best_seconds, found, spans_ok

_SHARED = UrlExtractor(Settings.load(env={}))


@pytest.fixture(scope="module")
def extractor() -> UrlExtractor:
    return _SHARED


POSITIVES = [
    ("en", "see https://myshop.ee/item?id=5.", "https://myshop.ee/item?id=5", "url"),
    ("en", "check www.bestdeals.com for more", "www.bestdeals.com", "url"),
    ("en", "cheaper at shop dot ee", "shop dot ee", "url"),
    ("en", "follow instagram.com/anna_k for news", "instagram.com/anna_k", "social"),
    ("et", "Vaata ww w. pood . lv", "ww w. pood . lv", "url"),
    ("et", "Meie e-pood: myshop.ee", "myshop.ee", "url"),
    ("et", "odavamalt lehel pood(.)ee", "pood(.)ee", "url"),
    ("ru", "заходите на магазин.рф", "магазин.рф", "url"),
    ("ru", "пишите в t.me/ivan_shop", "t.me/ivan_shop", "social"),
    ("ru", "каталог на http://vk.com/club123", "http://vk.com/club123", "social"),
    ("lv", "apskatiet veikals [dot] lv", "veikals [dot] lv", "url"),
    ("lv", "Mūsu lapa: www.veikals.lv/akcija", "www.veikals.lv/akcija", "url"),
    ("lt", "parduotuvė shop [dot] lt", "shop [dot] lt", "url"),
    ("lt", "rašykite wa.me/37061234567", "wa.me/37061234567", "social"),
    ("fi", "katso kauppa piste fi", "kauppa piste fi", "url"),
    ("fi", "Tilaa suoraan https://kauppa.fi/tuote/5", "https://kauppa.fi/tuote/5", "url"),
]

NEGATIVES = [
    ("en", "Delivered on 3.5.2024, see file.txt attached"),
    ("en", "Firmware v1.2 fixes it, e.g. the battery issue"),
    ("en", "Price 12.50eur, model sm-a546b"),
    ("en", "Track it: https://www.omniva.ee/track?barcode=CE123456785EE"),
    ("en", "Order details on https://kaup24.ee/orders/123"),
    ("en", "see you tomorrow.in the morning"),
    ("en", "the dot is red, i.e. it works"),
    ("en", "Contact support via gmail.com? No, via this chat."),
    ("et", "Kaal 1.5 kg, nt. jne. kõik korras"),
    ("et", "Pakk 2 t.sk. saadetud, tel.nr pole vaja"),
    ("et", "Jälgimine: https://www.dpd.ee/et/track?parcel=05812345678902"),
    ("ru", "Всё отправлено, и т.д. и т.п."),
    ("ru", "Версия 2.0.1, размер 42.5"),
    ("lv", "Sūtījums: https://www.pasts.lv/lv/izsekot/RR123456785LV"),
    ("lt", "Siunta: https://lpexpress.lt/track/123, žr. aprašymą"),
    ("lt", "Kaina 19.99 eur, t.y. su PVM"),
    ("fi", "Seuranta https://www.posti.fi/fi/seuranta#/lahetys/JJFI123"),
    ("fi", "Paino 2.3 kg, esim. kuva.jpg liitteenä"),
]


@pytest.mark.parametrize(("lang", "text", "span", "kind"), POSITIVES)
def test_finds_urls_and_domains(extractor: UrlExtractor, lang: str, text: str, span: str, kind: str) -> None:
    findings = found(extractor, text, BLOCK)
    assert [(f.text, f.kind) for f in findings] == [(span, kind)], lang


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_leaves_numbers_files_and_allowed_domains_alone(
    extractor: UrlExtractor, lang: str, text: str
) -> None:
    assert found(extractor, text) == [], lang


def test_scores_by_shape(extractor: UrlExtractor) -> None:
    assert found(extractor, "https://shop.ee")[0].score == 1.0
    assert found(extractor, "www.shop.ee")[0].score == 1.0
    assert found(extractor, "shop dot ee")[0].score == pytest.approx(0.9)
    assert 0.85 <= found(extractor, "shop.ee")[0].score <= 1.0


def test_bare_social_domain_warns(extractor: UrlExtractor) -> None:
    [finding] = found(extractor, "we are on facebook.com")
    assert finding.kind == "social" and finding.score < BLOCK


def test_allowed_domains_come_from_settings() -> None:
    custom = UrlExtractor(Settings.load(env={"MODERATION_ALLOWED_DOMAINS": "myshop.ee"}))
    assert found(custom, "see myshop.ee and sub.myshop.ee/x") == []


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_spans_are_exact(text: str) -> None:
    assert spans_ok(text, _SHARED.find(normalize(text)))


@pytest.mark.parametrize("text", ["a@a." * 250_000, "." * 10_000, "a." * 100_000, "x dot " * 30_000])
def test_adversarial_inputs_finish_quickly(extractor: UrlExtractor, text: str) -> None:
    norm = normalize(text)
    assert best_seconds(lambda: extractor.find(norm), repeat=1) < 2.0
