from evaluation.identifiers import ean13, grouped, iban, s10

LANG = "fi"
PHONES = [("+358 40 739 2218", "FI"), ("040 739 2218", "FI"), ("050 482 1937", "FI", "spelled"),
          ("+358 44 561 2083", "FI"), ("0451234567", "FI"), ("09 4242 1234", "FI")]
_IBAN = iban("FI", "21234560000785")
_IBAN2 = iban("FI", "40500011234567")


def _ytunnus(first7: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2)
    rem = sum(int(d) * w for d, w in zip(first7, weights, strict=True)) % 11
    return f"{first7}-{0 if rem == 0 else 11 - rem}"


ITEMS = [
    # contact_details
    ("C", "Moi! Nopeammin saat vastauksen soittamalla +358 40 739 2218.", None, "intl FI mobile"),
    ("C", "soita 040 739 2218 sovitaan", "Saako hinnasta tinkiä?", "national FI mobile"),
    ("C", "numeroni on nolla viisi nolla neljä kahdeksan kaksi yksi yhdeksän kolme seitsemän", None, "spelled-out Finnish digits"),
    ("C", "laita viestiä: 0 5 0 neljä 8 2 yksi 9 3 7", None, "mixed digits/words"),
    ("C", "Ota yhteyttä:\n+358 44 561\n2083", None, "split over lines"),
    ("C", "Lähetä kuvat sähköpostiin mikko.virtanen@gmail.com, täällä ei lataudu", None, "plain email"),
    ("C", "sposti mikko piste virtanen miukumauku gmail piste com", None, "Finnish miukumauku/piste"),
    ("C", "Kaikki koot löytyy meidän sivuilta www.lastenkauppa24.fi", None, "shop domain"),
    ("C", "Laita WhatsAppia +358 44 561 2083, vastaan siellä nopeammin", None, "WhatsApp + number"),
    ("C", "oon telegramissa @mikko_virt, laita sinne", None, "Telegram handle"),
    ("C", "Signal 045 1234567 milloin vaan", None, "Signal + national"),
    ("C", "Sähköposti: mіkkо.vіrtаnеn@gmаіl.cоm", None, "Cyrillic homoglyphs"),
    ("C", "s - p o s t i :  m i k k o v @ s u o m i 2 4 . f i", None, "spaced letters"),
    ("C", "Löydät mut Facebookista: facebook.com/mikko.virtanen.85", None, "Facebook profile"),
    ("C", "soittakaa toimistolle 09 4242 1234 arkisin 9-16", "Miten haen takuukorjausta?", "Helsinki landline"),
    # off_platform
    ("O", f"Voit maksaa suoraan tililleni {grouped(_IBAN)}, lähetän heti", None, "FI IBAN grouped"),
    ("O", "Peru tilaus, myyn sinulle suoraan 20 euroa halvemmalla", None, "cancel and buy directly"),
    ("O", "Maksa MobilePaylla suoraan minulle, niin säästyy palvelumaksu", None, "MobilePay"),
    ("O", "Laita rahat Revolutilla, nopeampi", None, "Revolut"),
    ("O", "käteisellä kun haet, ei tarvi maksaa alustan maksuja", None, "cash"),
    ("O", "Puhelinnumerosi on paketissa, laitan tekstarin ja sovitaan keskenämme", None, "number from parcel"),
    ("O", "Seuraavalla kerralla tilaa suoraan multa ilman välikättä, tulee halvemmaksi", None, "buy directly next time"),
    ("O", f"Tilisiirto {_IBAN2}, saaja M. Virtanen, viestiksi nimesi", None, "IBAN ungrouped"),
    ("O", "paypal friends and family kiitos, ettei tule maksuja", None, "PayPal F&F"),
    ("O", "Sulje riita täällä, palautan rahat henkilökohtaisesti tilisiirrolla", None, "private refund"),
    # marketing
    ("M", "Katso myös muut tuotteemme, uusi talvimallisto tuli juuri!", None, "other products"),
    ("M", "Alennuskoodilla TALVI20 seuraavasta ostoksesta -20%", None, "coupon"),
    ("M", "Vain tällä viikolla kaikki kengät -30%, älä missaa!", None, "sale"),
    ("M", "Tilaa uutiskirjeemme ja kuulet tarjouksista ensimmäisenä", None, "newsletter"),
    ("MC", "Seuraa meitä Instagramissa @lastenkauppa24, arvontoja joka kuukausi", None, "follow us + handle"),
    ("M", "Jätä 5 tähden arvostelu niin saat lahjan", None, "review for gift"),
    ("M", "Positiivisesta palautteesta 10% alennus seuraavasta tilauksesta", None, "review for discount"),
    ("ME", "Meiltä löytyy myös suojakuoria ja panssarilaseja tähän puhelimeen, kurkkaa kauppamme", "Onko panssarilasi mukana?", "upsell"),
    ("M", "Black Friday! Koko kauppa -40% 24.-27.11.", None, "sale dates"),
    ("M", "koodi KIITOS15 käy kaikkiin tuotteisiin vuoden loppuun asti", None, "coupon"),
    # evasive
    ("E", "Tarkistetaan.", "Hei, paketti ei ole vieläkään tullut, tilasin 2 viikkoa sitten. Missä se on?", "we will check"),
    ("E", "Lue tuotekuvaus.", "Sopiiko takki 180 cm pitkälle? Mikä on hihan pituus?", "read description"),
    ("E", "Ota yhteyttä valmistajaan.", "Kahvinkeitin vuotaa pohjasta, mitä teen?", "contact manufacturer"),
    ("E", "Kyllä sopii.", "Sopiiko Samsung S23:een ja onko mustana?", "one of two"),
    ("E", "Kiitos ostoksestasi! Toivottavasti tuote miellyttää. Mukavaa päivää!", "Maljakko tuli rikki, lähetin kuvan. Lähetättekö uuden vai palautatteko rahat?", "template ignores complaint"),
    ("E", "ok", "Milloin lähetätte? Oon odottanut jo 5 päivää", "OK"),
    ("E", "Selvitetään ja palataan asiaan.", "Koskeeko takuu myös akkua?", "look into it"),
    ("E", "Kaikki tuotteemme ovat laadukkaita ja tarkastettu ennen lähetystä.", "Miksi lähetitte väärän koon? Tilasin M, sain XL.", "template ignores complaint"),
    ("E", "Palautus onnistuu.", "Voiko palauttaa jos ei sovi? Ja kuka maksaa palautuksen postikulut?", "one of two"),
    ("E", "En tiedä.", "Laturi ei toimi ollenkaan, valo palaa mutta puhelin ei lataa. Mitä teen?", "non-answer"),
    # legit with context
    ("", f"Hei! Paketti jätettiin Postiin 12.11, seurantatunnus {s10('RR', '83920174', 'FI')}. Voit seurata sitä posti.fi:ssä, perillä torstaihin mennessä.", "Missä pakettini on?", "FI S10 tracking"),
    ("", "Kyllä, Samsung Galaxy A54 (SM-A546B) tukee 5G:tä, muistia 128 Gt ja muistikortilla voi laajentaa 1 Tt:hen.", "Tukeeko puhelin 5G:tä ja paljonko siinä on muistia?", "phone product"),
    ("", "Lähetämme huomenna aamulla Matkahuollolla, seurantakoodi tulee sähköpostiin. Tilausnumero 2024-660429.", "Milloin lähetätte?", "order number"),
    ("", f"Kyllä, hinta 149,90 € sisältää alv 25,5 %. Laskutamme yritystä, kirjoita tähän yrityksen nimi ja Y-tunnus. Meidän Y-tunnus on {_ytunnus('2345678')}.", "Sisältääkö hinta alv:n? Tarvitsen laskun yritykselle.", "Y-tunnus with check digit"),
    ("", "Pahoittelut! Palauta tuote mistä tahansa Postin automaatista, palautuskoodi 64019283. Kun saamme sen, lähetämme oikean värin (tummansininen) 2 arkipäivässä, postikulut maksamme me.", "Tuli väärä väri. Mitä nyt?", "return code"),
    ("", f"EAN on {ean13('641012345678')}, se on painettu myös laatikon pohjaan. Tuote on aito, virallisen maahantuojan kautta.", "Mikä tuotteen EAN on? Haluan tarkistaa onko aito.", "EAN-13"),
    ("", "Kyllä voi: Mannerheimintie 12, 00100 Helsinki, ma-pe 10-18. Ota tilausnumero mukaan.", "Voiko noutaa itse ja missä varasto on?", "address postcode"),
    ("", "Kyllä, kellossa on ilmainen sovellus (Android ja iOS), siitä näkee askeleet ja unen. WhatsApp- ja Telegram-ilmoitukset näkyvät myös kellon näytöllä.", "Onko kellossa sovellus ja tuleeko ilmoitukset kelloon?", "apps as features"),
    ("", "Valitettavasti ei, maksu pitää tehdä alustan kautta, niin ostoksesi on suojattu. Tee tilaus normaalisti.", "Voinko maksaa suoraan sinulle tilisiirrolla?", "rule-keeping"),
    ("", "Kirjoita tänne helpdeskiin, vastaamme yleensä parin tunnin sisällä, ja koko keskustelu jää tilauksen yhteyteen.", "Voinko soittaa teille?", "rule-keeping"),
    ("", "Takuu on 24 kk, akulle 12 kk. Takuukorjausta varten lähetä tuote meille tilausnumeron kanssa, kulut maksamme me.", "Kuinka pitkä takuu on ja kuuluuko akku takuuseen?", "warranty"),
    ("", "Pöydän mitat 120 x 80 cm, korkeus 75 cm, paino 28 kg. Kokoaminen vie noin 30 min, työkalut mukana.", "Mitkä on pöydän mitat ja onko kokoaminen vaikeaa?", "dimensions"),
    ("", "Palautus saapui meille 3.12.2024, 39,99 € palautettiin samalle kortille 4.12. Pankista riippuen 1-3 arkipäivää.", "Milloin saan rahat takaisin?", "refund dates"),
    ("", "Kyllä, lähetämme Postin pakettiautomaattiin, lähetystunnus JJFI64302910007795211, seuranta posti.fi.", "Voiko lähettää pakettiautomaattiin?", "Posti JJFI"),
    ("", "puhelin on uusi tehdaspakkauksessa, laturi 25W USB-C on laatikossa. IMEI tarrassa", "Onko puhelin uusi vai käytetty? Tuleeko laturi?", "phone product informal"),
    # legit without context
    ("", "Hei! Tilauksesi #558251 on pakattu ja lähtee kuriirille tänään.", None, "order number"),
    ("", "Paketti odottaa sinua Kampin pakettiautomaatissa, koodi on voimassa 7 päivää.", None, "parcel locker"),
    ("", "Kiitos tilauksesta! Lähetämme 2-3 arkipäivän kuluessa.", None, "thanks"),
    ("", "Muistutuksena: kaikki viestintä ja maksut hoidetaan täällä alustalla, niin molemmat osapuolet ovat turvassa.", None, "rule-keeping"),
    ("", "Myydään puhelin iPhone 13 128GB, akun kunto 89%, ei naarmuja, laatikko ja kuitti mukana.", None, "phone product"),
    ("", "Kuriiri soittaa sinulle ennen toimitusta tilaukseen merkittyyn numeroon.", None, "mentions number"),
    ("", "Lasku nro 2024/1244 summa 89,00 € on liitetty tilaukseen, alv 18,09 €.", None, "invoice"),
    ("", f"Postin kansainvälinen paketti {s10('CP', '10293847', 'FI')}, toimitus 14.-15.3.", None, "S10 parcel CP..FI"),
    ("", f"Tuote: Philips HD9252/90 airfryer, EAN {ean13('871010392170')}, hinta 79,99 €.", None, "EAN model"),
    ("", "Valitettavasti koko loppui, palautimme 25,50 € maksutavallesi. Pahoittelut vaivasta!", None, "refund"),
]
