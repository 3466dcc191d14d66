"""Reasons shown to the seller, in the seller's language (English when we have no translation).

Kind names are inflected for the template they go into: Estonian partitive after "sisaldab",
Latvian and Lithuanian nominative after "ir"/"yra", Russian accusative after "содержит".
"""

from __future__ import annotations

_KIND_NAMES = {
    "phone": {"en": "a phone number", "et": "telefoninumbrit", "ru": "номер телефона", "lv": "tālruņa numurs",
              "lt": "telefono numeris", "fi": "puhelinnumeron"},
    "email": {"en": "an e-mail address", "et": "e-posti aadressi", "ru": "адрес электронной почты",
              "lv": "e-pasta adrese", "lt": "el. pašto adresas", "fi": "sähköpostiosoitteen"},
    "url": {"en": "a link to an outside website", "et": "linki välisele veebilehele",
            "ru": "ссылку на сторонний сайт", "lv": "saite uz ārēju vietni", "lt": "nuoroda į išorinę svetainę",
            "fi": "linkin ulkopuoliselle sivustolle"},
    "social": {"en": "a social media or messenger contact", "et": "sotsiaalmeedia või sõnumirakenduse kontakti",
               "ru": "контакт в соцсети или мессенджере", "lv": "sociālā tīkla vai ziņapmaiņas kontakts",
               "lt": "socialinio tinklo ar pokalbių programėlės kontaktas",
               "fi": "sosiaalisen median tai pikaviestimen yhteystiedon"},
}

_TEMPLATES = {
    "contact": {
        "en": "The message contains {what} (\"{text}\"). Contact details outside the Helpdesk are not allowed: "
              "keep the conversation here.",
        "et": "Sõnum sisaldab {what} (\"{text}\"). Kontaktandmete jagamine väljaspool Helpdeski ei ole lubatud: "
              "jätkake suhtlust siin.",
        "ru": "Сообщение содержит {what} (\"{text}\"). Передавать контакты вне Helpdesk запрещено: "
              "продолжайте общение здесь.",
        "lv": "Ziņojumā ir {what} (\"{text}\"). Kontaktinformācijas nodošana ārpus Helpdesk nav atļauta: "
              "turpiniet saziņu šeit.",
        "lt": "Žinutėje yra {what} (\"{text}\"). Kontaktų teikti už Helpdesk ribų negalima: bendraukite čia.",
        "fi": "Viesti sisältää {what} (\"{text}\"). Yhteystietojen jakaminen Helpdeskin ulkopuolelle ei ole "
              "sallittua: jatka keskustelua täällä.",
    },
    "off_platform": {
        "en": "The message moves payment or the agreement off the platform (\"{text}\"). Payment, delivery and "
              "terms must stay on the platform.",
        "et": "Sõnum viib makse või kokkuleppe platvormilt välja (\"{text}\"). Makse, tarne ja tingimused "
              "peavad jääma platvormile.",
        "ru": "Сообщение выводит оплату или договорённость за пределы платформы (\"{text}\"). Оплата, доставка "
              "и условия должны оставаться на платформе.",
        "lv": "Ziņojums pārceļ maksājumu vai vienošanos ārpus platformas (\"{text}\"). Maksājumam, piegādei un "
              "noteikumiem jāpaliek platformā.",
        "lt": "Žinutė perkelia mokėjimą ar susitarimą už platformos ribų (\"{text}\"). Mokėjimas, pristatymas ir "
              "sąlygos turi likti platformoje.",
        "fi": "Viesti siirtää maksun tai sopimuksen alustan ulkopuolelle (\"{text}\"). Maksun, toimituksen ja "
              "ehtojen on pysyttävä alustalla.",
    },
    "off_platform_model": {
        "en": "The message appears to arrange payment, delivery or the deal outside the platform.",
        "et": "Sõnum näib kokku leppivat makse, tarne või tehingu väljaspool platvormi.",
        "ru": "Похоже, сообщение договаривается об оплате, доставке или сделке вне платформы.",
        "lv": "Šķiet, ka ziņojums vienojas par maksājumu, piegādi vai darījumu ārpus platformas.",
        "lt": "Panašu, kad žinute tariamasi dėl mokėjimo, pristatymo ar sandorio už platformos ribų.",
        "fi": "Viesti näyttää sopivan maksusta, toimituksesta tai kaupasta alustan ulkopuolella.",
    },
    "contact_model": {
        "en": "The message appears to ask the buyer to get in touch outside the Helpdesk.",
        "et": "Sõnum näib kutsuvat ostjat suhtlema väljaspool Helpdeski.",
        "ru": "Похоже, сообщение предлагает покупателю связаться вне Helpdesk.",
        "lv": "Šķiet, ka ziņojums aicina pircēju sazināties ārpus Helpdesk.",
        "lt": "Panašu, kad žinute pirkėjas kviečiamas susisiekti už Helpdesk ribų.",
        "fi": "Viesti näyttää pyytävän ostajaa ottamaan yhteyttä Helpdeskin ulkopuolella.",
    },
    "marketing": {
        "en": "The message looks like marketing (other products, discounts, follow-us or review-for-reward "
              "offers). Marketing to buyers is not allowed.",
        "et": "Sõnum näib olevat turundus (muud tooted, allahindlused, jälgimiskutse või tasu arvustuse eest). "
              "Ostjatele turundamine ei ole lubatud.",
        "ru": "Сообщение похоже на рекламу (другие товары, скидки, призыв подписаться или награда за отзыв). "
              "Реклама покупателям запрещена.",
        "lv": "Ziņojums izskatās pēc mārketinga (citas preces, atlaides, aicinājums sekot vai atlīdzība par "
              "atsauksmi). Mārketings pircējiem nav atļauts.",
        "lt": "Žinutė panaši į rinkodarą (kitos prekės, nuolaidos, kvietimas sekti ar atlygis už atsiliepimą). "
              "Rinkodara pirkėjams neleidžiama.",
        "fi": "Viesti näyttää markkinoinnilta (muut tuotteet, alennukset, seuraa meitä tai palkkio arvostelusta). "
              "Markkinointi ostajille ei ole sallittua.",
    },
    "evasive": {
        "en": "The answer may not address the buyer's question fully. Please answer every question clearly "
              "and completely.",
        "et": "Vastus ei pruugi ostja küsimusele täielikult vastata. Palun vastake igale küsimusele selgelt ja "
              "täielikult.",
        "ru": "Ответ, возможно, не отвечает на вопрос покупателя полностью. Ответьте, пожалуйста, на каждый "
              "вопрос ясно и полностью.",
        "lv": "Atbilde, iespējams, pilnībā neatbild uz pircēja jautājumu. Lūdzu, atbildiet uz katru jautājumu "
              "skaidri un pilnīgi.",
        "lt": "Atsakymas gali ne iki galo atsakyti į pirkėjo klausimą. Atsakykite į kiekvieną klausimą aiškiai ir "
              "išsamiai.",
        "fi": "Vastaus ei ehkä vastaa ostajan kysymykseen kokonaan. Vastaa jokaiseen kysymykseen selkeästi ja "
              "kattavasti.",
    },
}


def _pick(table: dict[str, str], language: str) -> str:
    return table.get(language) or table["en"]


def contact_message(kind: str, text: str, language: str) -> str:
    what = _pick(_KIND_NAMES.get(kind, _KIND_NAMES["social"]), language)
    return _pick(_TEMPLATES["contact"], language).format(what=what, text=_clip(text))


def template_message(key: str, language: str, text: str = "") -> str:
    return _pick(_TEMPLATES[key], language).format(text=_clip(text))


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
