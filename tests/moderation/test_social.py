from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.config import Settings
from moderation.extractors.social import SocialExtractor
from moderation.normalize import normalize
from tests.moderation._extractor_helpers import BLOCK, REPORTED, best_seconds, found, spans_ok

_SHARED = SocialExtractor(Settings.load(env={}))


@pytest.fixture(scope="module")
def extractor() -> SocialExtractor:
    return _SHARED


POSITIVES = [
    ("en", "write me on WhatsApp, it's faster", "WhatsApp", "whatsapp"),
    ("en", "add me on insta", "insta", "instagram"),
    ("en", "telegram: anna_k", "telegram: anna_k", "telegram:anna_k"),
    ("en", "my snapchat is tomdeals_88 if u want videos", "snapchat is tomdeals_88", "snapchat:tomdeals_88"),
    ("en", "skype live:tom.deals_1", "skype live:tom.deals_1", "skype:live:tom.deals_1"),
    ("en", "Follow us on TikTok for new drops", "TikTok", "tiktok"),
    ("et", "kirjuta mulle WhatsAppi", "WhatsAppi", "whatsapp"),
    ("et", "Saadan pildid Viberisse, andke oma number", "Viberisse", "viber"),
    ("ru", "напиши в телегу", "телегу", "telegram"),
    ("ru", "Я в телеге @ivan_petrov", "телеге @ivan_petrov", "telegram:ivan_petrov"),
    ("ru", "Можно в вотсап написать", "вотсап", "whatsapp"),
    ("lv", "rakstiet man WhatsApp", "WhatsApp", "whatsapp"),
    ("lv", "Sekojiet mums Instagram, tur ir atlaides", "Instagram", "instagram"),
    ("lt", "parašykite per Viber", "Viber", "viber"),
    ("lt", "IG: anna.k.shop", "IG: anna.k.shop", "instagram:anna.k.shop"),
    ("fi", "laita viestiä WhatsAppiin", "WhatsAppiin", "whatsapp"),
    ("fi", "tg @matti_v", "tg @matti_v", "telegram:matti_v"),
    # invitations addressed to the buyer, six languages
    ("en", "Text me on Telegram tonight and we sort it out", "Telegram", "telegram"),
    ("en", "Let's continue on Signal, I answer faster there", "Signal", "signal"),
    ("et", "lisa mind Facebookis sõbraks, siis saadan pildid", "Facebookis", "facebook"),
    ("et", "Võtke minuga Telegramis ühendust", "Telegramis", "telegram"),
    ("ru", "Напишите мне в телегу, так быстрее", "телегу", "telegram"),
    ("ru", "добавь меня в вайбер", "вайбер", "viber"),
    ("lv", "Lūdzu, sazinieties ar mani Telegram", "Telegram", "telegram"),
    ("lv", "uzrakstīšu jums WhatsApp un vienosimies", "WhatsApp", "whatsapp"),
    ("lt", "parašykite man per Viber", "Viber", "viber"),
    ("lt", "rašykit į WhatsApp, susitarsim", "WhatsApp", "whatsapp"),
    ("fi", "Kirjoita minulle Telegramissa", "Telegramissa", "telegram"),
    ("fi", "Ottakaa yhteyttä Viberissä, vastaan heti", "Viberissä", "viber"),
    # a labelled handle
    ("et", "Instagram kasutajanimi annapood", "Instagram kasutajanimi annapood", "instagram:annapood"),
]

NEGATIVES = [
    ("en", "This phone supports WhatsApp and Telegram"),
    ("en", "What app do you use for tracking?"),
    ("en", "The signal is weak in the basement"),
    ("en", "WhatsApp: works great on this model"),
    ("en", "Please do not contact us via Viber, keep it here"),
    ("en", "the tg is 5cm long"),
    ("et", "WhatsApp ei tööta telefonis"),
    ("et", "Ära kirjuta WhatsAppi, suhtleme siin"),
    ("et", "Telefon toetab WhatsAppi ja Viberit"),
    ("ru", "Телефон поддерживает вотсап и телеграм"),
    ("ru", "Вайбер на этой модели не работает"),
    ("lv", "Viedpulkstenis rāda WhatsApp un Telegram paziņojumus."),
    ("lv", "Lūdzu, nerakstiet uz WhatsApp, sazināsimies šeit"),
    ("lt", "Išmanusis laikrodis rodo WhatsApp ir Telegram pranešimus."),
    ("lt", "Telefonas palaiko Viber ir Signal"),
    ("fi", "Älykello näyttää WhatsApp- ja Telegram-ilmoitukset."),
    ("fi", "Puhelin tukee WhatsAppia"),
    # product features: messages, calls and notifications a device shows
    ("en", "The watch pairs over Bluetooth and shows Telegram messages and call alerts."),
    ("en", "You can install the app and write messages in WhatsApp"),
    ("et", "Kell näitab WhatsAppi sõnumeid ja kõnede teavitusi."),
    ("ru", "Часы показывают уведомления Viber и входящие звонки."),
    ("lv", "Pulkstenis rāda Signal ziņu un zvanu paziņojumus."),
    ("lt", "Televizoriuje įdiegtos YouTube, Facebook ir Netflix programėlės."),
    ("fi", "Kello näyttää Viber-viestien ja puhelujen ilmoitukset."),
    # a channel named in a refusal or a statement, negated before or after
    ("en", "We don't post extra photos on Instagram, all of them are in the listing."),
    ("et", "Lisapilte me Instagrami ei pane, kõik on kuulutuses."),
    ("ru", "В телеграм мы не пишем, отвечаем только здесь."),
    ("lv", "Mēs nekad nerakstām klientiem WhatsApp."),
    ("lt", "Mes niekada nerašome pirkėjams per Viber."),
    ("fi", "Emme laita kuvia Instagramiin, kaikki kuvat ovat ilmoituksessa."),
    ("fi", "Älkää kirjoittako meille WhatsAppiin."),
    # a capitalised word or plain prose after the channel is no handle
    ("en", "Telegram: Also works on the tablet"),
    ("lt", "Facebook ir Instagram programėlės veikia"),
]


@pytest.mark.parametrize(("lang", "text", "span", "normalized"), POSITIVES)
def test_finds_channels_used_as_contacts(
    extractor: SocialExtractor, lang: str, text: str, span: str, normalized: str
) -> None:
    findings = found(extractor, text, BLOCK)
    assert [(f.text, f.normalized, f.kind) for f in findings] == [(span, normalized, "social")], lang


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_bare_mentions_do_not_block(extractor: SocialExtractor, lang: str, text: str) -> None:
    assert found(extractor, text, REPORTED) == [], lang


def test_lone_handle_warns(extractor: SocialExtractor) -> None:
    [finding] = found(extractor, "find me: @anna_k")
    assert finding.text == "@anna_k"
    assert REPORTED <= finding.score < BLOCK


def test_handle_with_channel_nearby_blocks(extractor: SocialExtractor) -> None:
    [finding] = found(extractor, "@anna_k on Telegram")
    assert finding.score >= BLOCK and finding.text == "@anna_k on Telegram"


def test_invitation_in_product_context_only_warns(extractor: SocialExtractor) -> None:
    [finding] = found(extractor, "Install the app and write me on WhatsApp")
    assert REPORTED <= finding.score < BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Write me on WhatsApp, not here",
        "Mitte siin, kirjuta mulle WhatsAppi",
    ],
)
def test_not_here_negates_the_platform_not_the_channel(extractor: SocialExtractor, text: str) -> None:
    assert found(extractor, text, BLOCK)


def test_channel_with_number_nearby(extractor: SocialExtractor) -> None:
    [finding] = found(extractor, "WhatsApp +372 5123 4567")
    assert finding.score == 1.0 and finding.normalized == "whatsapp"


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_spans_are_exact(text: str) -> None:
    assert spans_ok(text, _SHARED.find(normalize(text)))


@pytest.mark.parametrize("text", ["@a " * 100_000, "whatsapp " * 20_000, "." * 10_000, "1" * 100_000])
def test_adversarial_inputs_finish_quickly(extractor: SocialExtractor, text: str) -> None:
    norm = normalize(text)
    assert best_seconds(lambda: extractor.find(norm), repeat=1) < 2.0
