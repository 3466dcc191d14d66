# ruff: noqa: E501  (one seed per line: a table, not code)
"""Hand-written seed messages, Estonian and English. Format: see ``training.seeds``."""

ET = r"""
# --- clean: everyday after-sales
et-c01 | - | Tere! Pakk on teel, jälgimisnumber {tracking}, kohale eeldatavasti {day}.
et-c02 | - | Tellimus {order} on komplekteeritud ja antakse täna kullerile üle.
et-c03 | - | Tagastus on kätte saadud, raha {price} kantakse tagasi 3 tööpäeva jooksul.
et-c04 | - | Vabandame viivituse pärast! {product} saabus meie lattu alles eile, saadame selle homme hommikul.
et-c05 | - | Garantii on {months} kuud. Kui {product} läheb katki, vormistage garantiinõue siinsamas tellimuse lehel.
et-c06 | - | Tellimus on tühistatud ja makse tagastatakse samale kaardile 5 tööpäeva jooksul.
et-c07 | - | Saatsime asendustoote, uus jälgimiskood on {tracking}. Vana toodet ei pea tagasi saatma.
et-c08 | - | Kahjuks on {product} laost otsas. Kas soovite oodata uut partiid ({date}) või tühistame tellimuse?
et-c09 | - | Palun saatke foto kahjustatud pakendist siia vestlusesse, siis saame kahjunõude kulleriga lahendada.
et-c10 | - | Arve nr {order} on lisatud tellimuse juurde, selle leiate oma konto alt.
et-c11 | - | Remont on tehtud, vahetasime aku. Seade saadetakse tagasi {day} Omnivaga.
et-c12 | - | Mõõdud: laius 45 cm, kõrgus 120 cm, kaal 12 kg. Värv on pildil õige.
# --- hard negatives: mention rules, numbers that are not contacts, "telefon"
et-h01 | - | Palun hoidkem kogu suhtlus siin kaupluse sõnumites, nii on ka teie ost kaitstud.
et-h02 | - | Me ei saa vastu võtta makset väljaspool platvormi, palun tasuge tellimus tavapäraselt.
et-h03 | - | Telefon {phone_model} on laos, saadame selle täna. Karbis on laadija ja juhend.
et-h04 | - | Telefoni ekraani vahetus maksab {price}, remont võtab umbes {days} tööpäeva.
et-h05 | - | Kauba EAN kood on {ean}, seerianumber {serial}. Garantii kehtib kuni {date}.
et-h06 | - | Te saite teavituse e-postiga platvormilt, seal on tagastuse link. Meie e-posti aadressi pole vaja.
# --- contact_details
et-k01 | C | Helistage mulle parem, {phone}, nii saame kiiremini kokku leppida.
et-k02 | C | Kirjutage mulle otse {email}, seal vastan kiiremini.
et-k03 | C | Mul on WhatsApp {phone}, saatke sinna pildid.
et-k04 | C | Rohkem infot meie kodulehel {url}
et-k05 | C | Leiate mind Telegramist: {handle}
et-k06 | C | minu number on {phone} helista õhtul
et-k07 | C | Saatke dokumendid meilile {email} ja ma vaatan üle.
# --- off_platform
et-o01 | OC | Tühistage tellimus, müün teile otse 10% odavamalt, kirjutage {email}.
et-o02 | O | Võite maksta otse minu kontole {iban}, siis pole vahendustasu.
et-o03 | O | Makske parem sularahas kohale toimetamisel, platvormi kaudu pole vaja.
et-o04 | O | Saatke raha Revoluti kaudu, nii läheb kiiremini kui siin.
et-o05 | OC | Teie number on pakil olemas, kirjutan teile WhatsAppi ja lepime otse kokku.
et-o06 | O | Kui tühistate tellimuse, saan anda sama toote {price} odavamalt väljaspool keskkonda.
et-o07 | O | Ülekanne otse minu pangakontole on lihtsam, tellimuse võite tühistada.
# --- marketing
et-m01 | M | Vaadake ka meie uut kollektsiooni, kõik talvejoped -30%!
et-m02 | M | Järgmiselt ostult saate 15% soodustust koodiga {coupon}.
et-m03 | M | Jätke meile 5 tärni tagasiside ja saadame väikese kingituse!
et-m04 | M | Liituge meie uudiskirjaga, et saada esimesena teada allahindlustest.
et-m05 | CM | Jälgige meid Instagramis {handle}, seal on iga nädal loosimised!
et-m06 | M | Meie poes on praegu suur sooduskampaania, tasub sisse astuda.
"""

ET_QA = r"""
# question sets: id | buyer question || full answer || partial/evasive answer(s), separated by ' ~~ '
et-q01 | Kas see laadija sobib iPhone 13-le? Ja kui pikk on garantii? || Jah, sobib iPhone 13-le (USB-C kuni Lightning). Garantii on 24 kuud. || Garantii on 24 kuud. ~~ Palun lugege toote kirjeldust.
et-q02 | Millal pakk kohale jõuab? Tellisin juba {days} päeva tagasi. || Pakk anti kullerile üle eile, jälgimisnumber {tracking}, kohale jõuab {day}. || Vaatame ja anname teada. ~~ Tellimus on töötlemisel.
et-q03 | Toode tuli katkise ekraaniga. Kas saate uue saata või raha tagasi? || Vabandame! Saadame uue seadme homme, katkist ei pea tagasi saatma. Kui soovite raha tagasi, kinnitage siin ja teeme tagastuse täna. || Saadame uue. ~~ Pöörduge palun tootja poole.
et-q04 | Mis suurus see jope on, kas M vastab 50 suurusele? || Jope on suurus M, rinnaümbermõõt 104 cm, see vastab Euroopa suurusele 48–50. || Suurused on kirjelduses.
et-q05 | Kas saan tellimuse tühistada? Leidsin odavama. || Jah, tühistasime tellimuse {order}, raha tuleb kontole 3 tööpäeva jooksul. || Ok.
et-q06 | Kui palju maksab saatmine Tartusse ja mitu päeva see võtab? || Saatmine Tartusse maksab 3,99 € ja võtab 1–2 tööpäeva. || Saatmine võtab paar päeva.
"""

ET_GENERIC = r"""
et-g01 | Vaatame üle ja anname teada.
et-g02 | Lugege palun toote kirjeldust.
et-g03 | Pöörduge tootja poole.
et-g04 | Ok.
et-g05 | Täname kirja eest, teie sõnum on edastatud.
et-g06 | Kontrollime.
et-g07 | Kõik on kirjelduses kirjas.
"""

EN = r"""
en-c01 | - | Hi! Your parcel is on its way, tracking number {tracking}, expected delivery {day}.
en-c02 | - | Order {order} has been packed and will be handed to the courier today.
en-c03 | - | We received your return; the refund of {price} will be processed within 3 business days.
en-c04 | - | Sorry for the delay! The {product} only arrived at our warehouse yesterday, we ship it tomorrow morning.
en-c05 | - | The warranty is {months} months. If the {product} breaks, please file a warranty claim on the order page here.
en-c06 | - | Your order has been cancelled and the payment will be returned to the same card within 5 business days.
en-c07 | - | We sent a replacement, the new tracking code is {tracking}. You don't need to send the old one back.
en-c08 | - | Unfortunately the {product} is out of stock. Would you like to wait for the next batch ({date}) or shall we cancel?
en-c09 | - | Please send a photo of the damaged packaging in this chat so we can file a claim with the carrier.
en-c10 | - | Invoice no. {order} is attached to the order, you can find it in your account.
en-c11 | - | The repair is done, we replaced the battery. The device will be sent back {day}.
en-c12 | - | Dimensions: width 45 cm, height 120 cm, weight 12 kg. The colour in the picture is accurate.
en-h01 | - | Please keep all communication here in the helpdesk, that way your purchase stays protected.
en-h02 | - | We cannot accept payment outside the platform, please pay for the order as usual.
en-h03 | - | The phone {phone_model} is in stock and ships today. Charger and manual are in the box.
en-h04 | - | Replacing the phone screen costs {price}, the repair takes about {days} business days.
en-h05 | - | The EAN is {ean}, serial number {serial}. Warranty valid until {date}.
en-h06 | - | You got an e-mail notification from the marketplace with the return link; you don't need our e-mail address.
en-h07 | - | For security reasons we never ask for payment by bank transfer or PayPal, only through the checkout.
en-k01 | C | Better call me on {phone}, we can sort it out faster.
en-k02 | C | Email me directly at {email}, I answer faster there.
en-k03 | C | I'm on WhatsApp {phone}, send the photos there.
en-k04 | C | More info on our website {url}
en-k05 | C | You can find me on Telegram: {handle}
en-k06 | C | my number is {phone} text me tonight
en-k07 | C | email me: {email}, faster than here
en-o01 | OC | Cancel the order and I'll sell it to you 10% cheaper directly, write to {email}.
en-o02 | O | You can pay straight to my account {iban}, then there are no fees.
en-o03 | O | Better pay cash on delivery, no need to go through the platform.
en-o04 | O | Send the money via PayPal friends and family, it's quicker than here.
en-o05 | OC | I have your number from the parcel, I'll message you on WhatsApp and we agree directly.
en-o06 | O | If you cancel the order I can give you the same item {price} cheaper outside the site.
en-o07 | O | A direct bank transfer to me is easier, you can cancel the order here.
en-m01 | M | Check out our new collection too, all winter jackets -30%!
en-m02 | M | Get 15% off your next purchase with code {coupon}.
en-m03 | M | Leave us a 5-star review and we'll send you a small gift!
en-m04 | M | Subscribe to our newsletter to be the first to hear about sales.
en-m05 | CM | Follow us on Instagram {handle}, giveaways every week!
en-m06 | M | Big sale in our shop right now, worth a visit.
"""

EN_QA = r"""
en-q01 | Does this charger fit an iPhone 13? And how long is the warranty? || Yes, it fits the iPhone 13 (USB-C to Lightning). The warranty is 24 months. || The warranty is 24 months. ~~ Please read the product description.
en-q02 | When will the parcel arrive? I ordered {days} days ago. || It was handed to the courier yesterday, tracking {tracking}, delivery expected {day}. || We will check and let you know. ~~ Your order is being processed.
en-q03 | The product arrived with a cracked screen. Can you send a new one or refund me? || We're sorry! We'll send a new unit tomorrow, no need to return the broken one. If you prefer a refund, confirm here and we refund today. || We will send a new one. ~~ Please contact the manufacturer.
en-q04 | What size is this jacket, does M correspond to 50? || The jacket is size M, chest 104 cm, which is European size 48–50. || Sizes are in the description.
en-q05 | Can I cancel the order? I found it cheaper. || Yes, we cancelled order {order}, the money will be back within 3 business days. || OK.
en-q06 | How much is shipping to Tartu and how many days does it take? || Shipping to Tartu costs 3.99 € and takes 1–2 business days. || Shipping takes a few days.
"""

EN_GENERIC = r"""
en-g01 | We will check and get back to you.
en-g02 | Please read the description.
en-g03 | Contact the manufacturer.
en-g04 | OK.
en-g05 | Thank you for your message, it has been forwarded.
en-g06 | We'll look into it.
en-g07 | Everything is in the description.
"""
