from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.checksums import luhn_valid
from moderation.config import Settings
from moderation.extractors.payment import IBAN_LENGTHS, PaymentExtractor, iban_checksum_ok
from moderation.normalize import normalize
from tests.moderation._extractor_helpers import BLOCK, REPORTED, best_seconds, found, spans_ok

_SHARED = PaymentExtractor(Settings.load(env={}))


@pytest.fixture(scope="module")
def extractor() -> PaymentExtractor:
    return _SHARED


POSITIVES = [
    ("et", "Konto EE38 2200 2210 2014 5685, aitäh", "EE38 2200 2210 2014 5685", "iban"),
    ("lv", "LV80BANK0000435195001 ir mans konts", "LV80BANK0000435195001", "iban"),
    ("lt", "sąskaita LT12 1000 0111 0100 1000", "LT12 1000 0111 0100 1000", "iban"),
    ("fi", "tilille FI21 1234 5600 0007 85 kiitos", "FI21 1234 5600 0007 85", "iban"),
    ("en", "card 4111 1111 1111 1111 works", "4111 1111 1111 1111", "card"),
    ("en", "Pay via PayPal friends and family please", "friends and family", "payment"),
    ("en", "Revolut me @tomdeals and cancel the order here", "Revolut", "payment"),
    ("en", "Can pay cash on pickup", "pay cash on pickup", "payment"),
    ("en", "send money to paypal.me/tomdeals", "paypal.me/tomdeals", "payment"),
    ("et", "Makske otse kontole, nii odavam", "Makske otse", "payment"),
    ("et", "sõbrad ja pere valikuga PayPal", "sõbrad ja pere", "payment"),
    (
        "ru",
        "Можно оплатить переводом напрямую на карту, так дешевле",
        "переводом напрямую на карту",
        "payment",
    ),
    ("ru", "наличными при встрече", "наличными при встрече", "payment"),
    ("lv", "pārskaitījums uz kontu, lūdzu", "pārskaitījums uz kontu", "payment"),
    ("lv", "atceliet pasūtījumu, pārdošu lētāk tieši", "pārdošu lētāk tieši", "payment"),
    ("lt", "pervedimu į sąskaitą, ačiū", "pervedimu į sąskaitą", "payment"),
    ("fi", "tilisiirto suoraan on halvempi", "tilisiirto suoraan", "payment"),
    ("fi", "MobilePay numeroon 040 123 4567", "MobilePay", "payment"),
    # instructions and offers to pay the seller off the platform, six languages
    ("en", "Just pay me via Revolut, it's quicker", "Revolut", "payment"),
    ("en", "cancel the order and I'll sell it cheaper directly", "sell it cheaper directly", "payment"),
    ("et", "Saatke raha Revoluti kaudu, nii on kiirem", "Revoluti", "payment"),
    ("ru", "Переведите на карту, пожалуйста", "Переведите на карту", "payment"),
    ("ru", "Оплатите через PayPal как другу", "как другу", "payment"),
    ("lv", "Samaksājiet man uz kontu, lūdzu", "Samaksājiet man uz kontu", "payment"),
    ("lt", "Sumokėkite man į sąskaitą", "Sumokėkite man į sąskaitą", "payment"),
    ("lt", "Mokėkite grynaisiais, kai atvažiuosite", "grynaisiais", "payment"),
    ("fi", "Maksa suoraan tilille, niin säästät", "Maksa suoraan", "payment"),
    ("fi", "Lähetä rahat MobilePaylla", "MobilePaylla", "payment"),
    # a payment handle
    ("en", "my revtag is @annak, send it there", "revtag", "payment"),
]

NEGATIVES = [
    ("en", "We cannot accept payment outside the platform"),
    ("en", "Please pay only through the platform"),
    ("en", "Refund will be made to your original payment method"),
    ("en", "Payment is processed by the platform"),
    ("en", "EAN 4006381333931, parcel 05812345678902"),
    ("en", "Order 4111111111111112 is on its way"),
    ("en", "Swedbank is my bank, but you paid through the site already"),
    ("et", "Ära maksa otse müüjale"),
    ("et", "Pangaülekannet pole vaja teha, makse tehti kaup24 kaudu"),
    ("et", "Konto EE38 2200 2210 2014 5686 on vale number"),  # checksum fails
    ("ru", "Не переводите деньги на карту продавцу"),
    ("ru", "Возврат поступит на карту, которой вы платили"),
    ("lv", "Lūdzu, nepārskaitiet naudu tieši pārdevējam, maksājiet tikai caur platformu."),
    ("lt", "Nemokėkite tiesiogiai, mokėjimas vyksta per platformą"),
    ("lt", "Grąžinimas bus atliktas į jūsų sąskaitą per 3 dienas"),
    ("fi", "älä maksa suoraan myyjälle"),
    ("fi", "Hyvitys tehdään tilisiirtona 3 päivän kuluessa"),
    # warnings, refusals and policy statements that name a payment method
    ("en", "We never ask for payment by bank transfer or PayPal, only through the checkout."),
    ("en", "We will never ask you to pay by Revolut; if anyone does, report it to the platform."),
    ("en", "For your safety, do not send money by PayPal to anyone."),
    ("en", "You can pay with PayPal at checkout."),
    ("et", "Sularaha me kahjuks vastu ei võta, tellimuse saab tasuda ainult kassas."),
    ("et", "Me ei küsi kunagi ettemaksu Revoluti kaudu; kui keegi küsib, teatage sellest platvormile."),
    ("ru", "Наличные мы не принимаем, заказ оплачивается только при оформлении."),
    ("ru", "Мы никогда не просим оплату через Revolut; если кто-то просит, сообщите платформе."),
    ("lv", "Diemžēl skaidru naudu nepieņemam, pasūtījumu var apmaksāt tikai noformējot."),
    ("lv", "Mēs nevaram pieņemt maksājumu ārpus platformas, lūdzu apmaksājiet pasūtījumu kā parasti."),
    ("lt", "Mes niekada neprašome mokėti per Revolut; jei kas nors prašo, praneškite platformai."),
    ("lt", "Negalime priimti mokėjimo už platformos ribų."),
    ("fi", "Emme koskaan pyydä maksua Revolutilla; jos joku pyytää, ilmoita siitä palvelulle."),
    ("fi", "Älkää siirtäkö rahaa suoraan myyjälle."),
    ("fi", "Valitettavasti emme ota vastaan käteistä, tilauksen voi maksaa vain kassalla."),
    # a payment method merely named: the classifier judges intent
    ("en", "Revolut"),
    ("et", "Kas PayPal on teil olemas?"),
]


@pytest.mark.parametrize(("lang", "text", "span", "kind"), POSITIVES)
def test_finds_off_platform_payment(
    extractor: PaymentExtractor, lang: str, text: str, span: str, kind: str
) -> None:
    findings = found(extractor, text, BLOCK)
    assert (span, kind) in [(f.text, f.kind) for f in findings], lang
    assert all(f.category == "off_platform" for f in findings)


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_hard_negatives_stay_allowed(extractor: PaymentExtractor, lang: str, text: str) -> None:
    assert found(extractor, text, REPORTED) == [], lang


def test_offer_with_a_mention_blocks_below_evidence(extractor: PaymentExtractor) -> None:
    [offer] = found(extractor, "You can pay me with Revolut")
    [evidence] = found(extractor, "Revolut @annak")
    assert BLOCK <= offer.score < evidence.score == 1.0


def test_ungrouped_card_without_card_word_warns(extractor: PaymentExtractor) -> None:
    [finding] = found(extractor, "4111111111111111")
    assert finding.kind == "card" and REPORTED <= finding.score < BLOCK


def test_checksums() -> None:
    assert iban_checksum_ok("GB82WEST12345698765432")
    assert not iban_checksum_ok("GB82WEST12345698765433")
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def _with_checksum(country: str, bban: str) -> str:
    rest = int("".join(str(int(c, 36)) for c in bban + country.upper() + "00"))
    return f"{country.upper()}{98 - rest % 97:02d}{bban}"


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LENGTHS)))
    length = IBAN_LENGTHS[country] - 4
    bban = draw(st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=length, max_size=length))
    return _with_checksum(country, bban)


@given(ibans(), st.booleans(), st.sampled_from(["{}", "konto {} aitäh", "IBAN: {}.", "счёт {}, спасибо"]))
@settings(max_examples=200, deadline=None)
def test_random_valid_ibans_are_found(iban: str, spaced: bool, template: str) -> None:
    assert iban_checksum_ok(iban)
    written = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban
    findings = [f for f in found(_SHARED, template.format(written), BLOCK) if f.kind == "iban"]
    assert [f.normalized for f in findings] == [iban]
    assert findings[0].text == written


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_spans_are_exact(text: str) -> None:
    assert spans_ok(text, _SHARED.find(normalize(text)))


@pytest.mark.parametrize("text", ["1" * 100_000, "ee12 " * 50_000, "4111 " * 50_000, "paypal " * 30_000])
def test_adversarial_inputs_finish_quickly(extractor: PaymentExtractor, text: str) -> None:
    norm = normalize(text)
    assert best_seconds(lambda: extractor.find(norm), repeat=1) < 2.0


def _with_gtin_check(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _luhn_and_gtin_13(prefix: str) -> str:
    """A 13-digit number valid as an EAN-13 and under Luhn, with a card issuer prefix."""
    for n in range(10**6):
        candidate = _with_gtin_check(f"{prefix}{n:09d}"[:12])
        if luhn_valid(candidate):
            return candidate
    raise AssertionError


@pytest.mark.parametrize("prefix", ["475", "477", "640", "590", "400"])
@pytest.mark.parametrize(
    "template",
    [
        "Nauda tiks atgriezta uz to pašu karti 5 darba dienu laikā. EAN {n}, modelis RX-V385.",
        "Refund goes back to your card. EAN: {n}",
        "Штрихкод {n}, деньги вернутся на карту",
        "{n}",
        "kortti palautetaan. Tuote {n}",
    ],
)
def test_ean13_is_not_a_card(extractor: PaymentExtractor, prefix: str, template: str) -> None:
    number = _luhn_and_gtin_13(prefix)
    assert not [f for f in found(extractor, template.format(n=number)) if f.kind == "card"]


@pytest.mark.parametrize(
    "text",
    [
        "Käytä maksaessa viitenumeroa 624754871923718.",  # 15 digits, Luhn-valid
        "order 4556737586899855 shipped",
        "Tellimus 4556737586899855 on teel",
    ],
)
def test_reference_numbers_are_not_cards(extractor: PaymentExtractor, text: str) -> None:
    digits = "".join(c for c in text if c.isdigit())
    assert luhn_valid(digits)
    assert not [f for f in found(extractor, text) if f.kind == "card"]


def test_card_word_in_another_sentence_does_not_make_a_card(extractor: PaymentExtractor) -> None:
    # 14 digits, Luhn-valid: a card only when a card is named in the same clause
    assert not found(extractor, "Raha läheb tagasi kaardile. Saadetis 40000000000002 on teel.")
    (f,) = found(extractor, "kaardi number 4000 0000 0000 0002")
    assert f.score == 1.0
