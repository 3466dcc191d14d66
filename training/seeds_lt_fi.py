# ruff: noqa: E501  (one seed per line: a table, not code)
"""Hand-written seed messages, Lithuanian and Finnish. Format: see ``training.seeds``."""

LT = r"""
lt-c01 | - | Laba diena! Siunta pakeliui, sekimo numeris {tracking}, pristatymas numatomas {day}.
lt-c02 | - | Užsakymas {order} sukomplektuotas ir šiandien bus perduotas kurjeriui.
lt-c03 | - | Grąžinimą gavome, {price} grąžinsime per 3 darbo dienas.
lt-c04 | - | Atsiprašome už vėlavimą! {product} į sandėlį atkeliavo tik vakar, išsiųsime rytoj ryte.
lt-c05 | - | Garantija {months} mėnesių. Jei {product} sugestų, pateikite garantinę pretenziją čia, užsakymo puslapyje.
lt-c06 | - | Užsakymas atšauktas, mokėjimas bus grąžintas į tą pačią kortelę per 5 darbo dienas.
lt-c07 | - | Išsiuntėme pakaitinę prekę, naujas sekimo kodas {tracking}. Senos prekės grąžinti nereikia.
lt-c08 | - | Deja, {product} baigėsi. Ar lauksite naujos partijos ({date}), ar atšaukiame užsakymą?
lt-c09 | - | Prašome atsiųsti pažeistos pakuotės nuotrauką šiame pokalbyje, kad galėtume pateikti pretenziją vežėjui.
lt-c10 | - | Sąskaita Nr. {order} pridėta prie užsakymo, ją rasite savo paskyroje.
lt-c11 | - | Remontas atliktas, pakeitėme bateriją. Prietaisą išsiųsime atgal {day}.
lt-c12 | - | Matmenys: plotis 45 cm, aukštis 120 cm, svoris 12 kg. Spalva nuotraukoje tikra.
lt-h01 | - | Prašome bendrauti tik čia, platformos žinutėse, taip jūsų pirkinys apsaugotas.
lt-h02 | - | Negalime priimti mokėjimo už platformos ribų, prašome apmokėti užsakymą įprastai.
lt-h03 | - | Telefonas {phone_model} yra sandėlyje, išsiųsime šiandien. Dėžutėje yra kroviklis ir instrukcija.
lt-h04 | - | Telefono ekrano keitimas kainuoja {price}, remontas trunka apie {days} darbo dienas.
lt-h05 | - | Prekės EAN {ean}, serijos numeris {serial}. Garantija galioja iki {date}.
lt-h06 | - | Gavote platformos el. laišką su grąžinimo nuoroda, mūsų el. pašto nereikia.
lt-k01 | C | Geriau paskambinkite man, {phone}, greičiau susitarsime.
lt-k02 | C | Rašykite man tiesiai {email}, ten atsakau greičiau.
lt-k03 | C | Turiu WhatsApp {phone}, siųskite nuotraukas ten.
lt-k04 | C | Daugiau informacijos mūsų svetainėje {url}
lt-k05 | C | Rasite mane Telegram: {handle}
lt-k06 | C | mano numeris {phone} skambinkit vakare
lt-k07 | C | Atsiųskite dokumentus el. paštu {email}, peržiūrėsiu.
lt-o01 | OC | Atšaukite užsakymą, parduosiu jums tiesiogiai 10% pigiau, rašykite {email}.
lt-o02 | O | Galite mokėti tiesiai į mano sąskaitą {iban}, tada nėra mokesčių.
lt-o03 | O | Geriau mokėkite grynaisiais atsiimant, per platformą nereikia.
lt-o04 | O | Perveskite pinigus per Revolut, taip greičiau nei čia.
lt-o05 | OC | Jūsų numeris yra ant siuntos, parašysiu jums WhatsApp ir susitarsime tiesiogiai.
lt-o06 | O | Jei atšauksite užsakymą, tą pačią prekę galiu parduoti {price} pigiau ne per svetainę.
lt-o07 | O | Tiesioginis banko pavedimas man paprastesnis, užsakymą galite atšaukti.
lt-m01 | M | Peržiūrėkite ir mūsų naują kolekciją, visos žieminės striukės -30%!
lt-m02 | M | Kitam pirkiniui 15% nuolaida su kodu {coupon}.
lt-m03 | M | Palikite 5 žvaigždučių atsiliepimą ir atsiųsime mažą dovanėlę!
lt-m04 | M | Užsiprenumeruokite mūsų naujienlaiškį ir pirmi sužinokite apie nuolaidas.
lt-m05 | CM | Sekite mus Instagram {handle}, kas savaitę žaidimai su prizais!
lt-m06 | M | Mūsų parduotuvėje dabar didelis išpardavimas, užsukite.
"""

LT_QA = r"""
lt-q01 | Ar šis kroviklis tinka iPhone 13? Ir kokia garantija? || Taip, tinka iPhone 13 (USB-C į Lightning). Garantija 24 mėnesiai. || Garantija 24 mėnesiai. ~~ Prašome perskaityti aprašymą.
lt-q02 | Kada atkeliaus siunta? Užsakiau prieš {days} dienas. || Siunta vakar perduota kurjeriui, sekimas {tracking}, pristatymas {day}. || Patikrinsime ir informuosime. ~~ Užsakymas vykdomas.
lt-q03 | Prekė atėjo su suskilusiu ekranu. Ar atsiųsite naują ar grąžinsite pinigus? || Atsiprašome! Naują įrenginį išsiųsime rytoj, sugadinto grąžinti nereikia. Jei norite pinigų, patvirtinkite čia ir grąžinsime šiandien. || Atsiųsime naują. ~~ Kreipkitės į gamintoją.
lt-q04 | Koks šios striukės dydis, ar M atitinka 50? || Striukė M dydžio, krūtinės apimtis 104 cm, tai atitinka Europos 48–50. || Dydžiai nurodyti aprašyme.
lt-q05 | Ar galiu atšaukti užsakymą? Radau pigiau. || Taip, užsakymas {order} atšauktas, pinigai grįš per 3 darbo dienas. || Gerai.
lt-q06 | Kiek kainuoja pristatymas į Klaipėdą ir kiek dienų užtrunka? || Pristatymas į Klaipėdą kainuoja 3,99 € ir užtrunka 1–2 darbo dienas. || Pristatymas užtrunka kelias dienas.
"""

LT_GENERIC = r"""
lt-g01 | Patikrinsime ir informuosime.
lt-g02 | Prašome perskaityti aprašymą.
lt-g03 | Kreipkitės į gamintoją.
lt-g04 | Gerai.
lt-g05 | Ačiū už žinutę, ji perduota.
lt-g06 | Pasitikslinsime.
lt-g07 | Viskas parašyta aprašyme.
"""

FI = r"""
fi-c01 | - | Hei! Paketti on matkalla, seurantanumero {tracking}, toimitus arviolta {day}.
fi-c02 | - | Tilaus {order} on pakattu ja luovutetaan kuljetusliikkeelle tänään.
fi-c03 | - | Palautus vastaanotettu tänään, hyvitys {price} käsitellään 3 arkipäivän kuluessa.
fi-c04 | - | Pahoittelemme viivettä! {product} saapui varastoon vasta eilen, lähetämme sen huomenna aamulla.
fi-c05 | - | Takuu on {months} kuukautta. Jos {product} hajoaa, tee takuuvaatimus täällä tilaussivulla.
fi-c06 | - | Tilaus on peruttu ja maksu palautetaan samalle kortille 5 arkipäivän kuluessa.
fi-c07 | - | Lähetimme korvaavan tuotteen, uusi seurantakoodi on {tracking}. Vanhaa ei tarvitse palauttaa.
fi-c08 | - | Valitettavasti {product} on loppu. Odotatteko uutta erää ({date}) vai perummeko tilauksen?
fi-c09 | - | Lähetä kuva vaurioituneesta pakkauksesta tähän keskusteluun, niin teemme reklamaation kuljetusyhtiölle.
fi-c10 | - | Lasku nro {order} on liitetty tilaukseen, löydät sen tililtäsi.
fi-c11 | - | Korjaus on tehty, vaihdoimme akun. Laite lähetetään takaisin {day}.
fi-c12 | - | Mitat: leveys 45 cm, korkeus 120 cm, paino 12 kg. Kuvan väri vastaa todellista.
fi-h01 | - | Pidetään kaikki viestintä täällä palvelun viesteissä, niin ostoksesi on suojattu.
fi-h02 | - | Emme voi ottaa vastaan maksua alustan ulkopuolella, maksa tilaus tavalliseen tapaan.
fi-h03 | - | Puhelin {phone_model} on varastossa, lähetämme tänään. Laatikossa on laturi ja ohjeet.
fi-h04 | - | Puhelimen näytön vaihto maksaa {price}, korjaus kestää noin {days} arkipäivää.
fi-h05 | - | Tuotteen EAN on {ean}, sarjanumero {serial}. Takuu voimassa {date} asti.
fi-h06 | - | Sait palvelulta sähköposti-ilmoituksen, jossa on palautuslinkki. Meidän sähköpostia ei tarvita.
fi-k01 | C | Soita mieluummin minulle, {phone}, sovitaan nopeammin.
fi-k02 | C | Kirjoita suoraan minulle {email}, vastaan siellä nopeammin.
fi-k03 | C | Minulla on WhatsApp {phone}, lähetä kuvat sinne.
fi-k04 | C | Lisätietoa kotisivuillamme {url}
fi-k05 | C | Löydät minut Telegramista: {handle}
fi-k06 | C | mun numero on {phone} soita illalla
fi-k07 | C | Lähetä paperit sähköpostiin {email}, katson ne.
fi-o01 | OC | Peru tilaus, myyn sinulle suoraan 10% halvemmalla, kirjoita {email}.
fi-o02 | O | Voit maksaa suoraan tililleni {iban}, niin ei tule välityspalkkiota.
fi-o03 | O | Maksa mieluummin käteisellä noudettaessa, palvelun kautta ei tarvitse.
fi-o04 | O | Lähetä rahat MobilePaylla, nopeampaa kuin täällä.
fi-o05 | OC | Numerosi on paketissa, laitan sinulle WhatsAppia ja sovitaan suoraan.
fi-o06 | O | Jos perut tilauksen, voin myydä saman tuotteen {price} halvemmalla sivuston ulkopuolella.
fi-o07 | O | Suora tilisiirto minulle on helpompi, tilauksen voit perua.
fi-m01 | M | Katso myös uusi mallistomme, kaikki talvitakit -30%!
fi-m02 | M | Seuraavasta ostoksesta 15% alennus koodilla {coupon}.
fi-m03 | M | Jätä meille 5 tähden arvostelu, niin lähetämme pienen lahjan!
fi-m04 | M | Tilaa uutiskirjeemme, niin kuulet alennuksista ensimmäisenä.
fi-m05 | CM | Seuraa meitä Instagramissa {handle}, arvontoja joka viikko!
fi-m06 | M | Kaupassamme on nyt iso ale, kannattaa käydä.
"""

FI_QA = r"""
fi-q01 | Sopiiko tämä laturi iPhone 13:lle? Ja kuinka pitkä takuu on? || Kyllä, sopii iPhone 13:lle (USB-C–Lightning). Takuu on 24 kuukautta. || Takuu on 24 kuukautta. ~~ Lue tuotekuvaus.
fi-q02 | Milloin paketti tulee? Tilasin {days} päivää sitten. || Paketti luovutettiin kuljetukseen eilen, seuranta {tracking}, toimitus {day}. || Tarkistamme ja ilmoitamme. ~~ Tilaus on käsittelyssä.
fi-q03 | Tuote tuli haljenneella näytöllä. Lähetättekö uuden vai palautatteko rahat? || Pahoittelut! Lähetämme uuden laitteen huomenna, rikkinäistä ei tarvitse palauttaa. Jos haluat hyvityksen, vahvista täällä ja hyvitämme tänään. || Lähetämme uuden. ~~ Ota yhteyttä valmistajaan.
fi-q04 | Mikä koko tämä takki on, vastaako M kokoa 50? || Takki on kokoa M, rinnanympärys 104 cm, vastaa eurooppalaista kokoa 48–50. || Koot ovat kuvauksessa.
fi-q05 | Voinko perua tilauksen? Löysin halvemman. || Kyllä, tilaus {order} on peruttu, rahat palautuvat 3 arkipäivässä. || Ok.
fi-q06 | Paljonko toimitus Ouluun maksaa ja montako päivää se kestää? || Toimitus Ouluun maksaa 3,99 € ja kestää 1–2 arkipäivää. || Toimitus kestää muutaman päivän.
"""

FI_GENERIC = r"""
fi-g01 | Tarkistamme ja palaamme asiaan.
fi-g02 | Lue tuotekuvaus.
fi-g03 | Ota yhteyttä valmistajaan.
fi-g04 | Ok.
fi-g05 | Kiitos viestistä, se on välitetty eteenpäin.
fi-g06 | Selvitämme.
fi-g07 | Kaikki lukee kuvauksessa.
"""
