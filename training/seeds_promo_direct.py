# ruff: noqa: E501  (one seed per line: a table, not code)
"""Seeds for promotion and direct-deal types a blind evaluation found weak. Format: see ``training.seeds``.

Positives (w..):
  w01-w04  time-limited shop-wide sales (Black Friday, Cyber Monday, Christmas, "this week / today only");
  w05-w06  coupon codes for the next purchase or valid on the whole shop;
  w07      newsletters and mailing lists;  w08-w09  a discount or gift for a review;
  w10-w12  other listings of the shop and upsells of another product it sells;
  w13-w14  "I have your number / address from the order, I'll text or call you";
  w15-w16  "close the dispute or claim here and I'll refund you privately";
  w17      "next time order from me directly, without the middleman";
  w18-w20  payment apps in inflected or transliterated forms.
Hard negatives (z..) talk about the same things for THIS order or inside the platform:
  a discount or coupon already applied, coupons that cannot be combined, an accessory in the box,
  refunds and claims through the platform, the address used only for delivery, sale-season delays,
  a refund back to the payment account the buyer used, a sale that has ended,
  a review asked for with no incentive.
"""

ET = r"""
et-w01 | M | Black Friday on käes! Reedest esmaspäevani kogu poes -40%, kõik kaubad.
et-w02 | M | Jõulumüük meie poes: kõik tooted -25% kuni 23. detsembrini, tulge vaatama!
et-w03 | M | Ainult sel nädalal kõik kõrvaklapid ja laadijad -30%, järgmisel nädalal enam ei ole.
et-w04 | M | Psst, ainult täna terve pood -20%, kiirustage!
et-w05 | M | Järgmisel ostul kasutage kassas koodi {coupon}, saate 15% soodsamalt.
et-w06 | M | Kood {coupon} kehtib kõigele meie poes, lihtsalt sisestage see maksmisel.
et-w07 | M | Liitu meie meililistiga, saadame kord kuus parimad pakkumised.
et-w08 | M | Kui jätate arvustuse, teeme järgmiselt tellimuselt 10% alla.
et-w09 | M | Pange pilt ja 5 tärni tagasisidesse, saadame väikese kingi järgmise pakiga.
et-w10 | M | Vaadake ka meie teisi tooteid, meil on samast sarjast veel palju asju.
et-w11 | M | Selle {product} juurde sobiks väga hästi kaitseümbris, meil on neid ka müügil, ainult {price}.
et-w12 | M | Kas soovite ka ekraanikaitset? Müüme neid samuti, panen ühe pakki juurde, kui tellite.
et-w13 | O | Teie telefoninumber on pakil kirjas, saadan teile sõnumi ja räägime edasi seal.
et-w14 | O | Mul on teie aadress tellimusest olemas, helistan õhtul ja lepime kokku.
et-w15 | O | Sulgege siin vaidlus ära, ma kannan raha teile otse tagasi.
et-w16 | O | Kui võtate kaebuse platvormil tagasi, maksan hüvitise omalt poolt eraldi.
et-w17 | O | Järgmine kord tellige otse minult, ilma vahendajata on odavam.
et-w18 | O | Maksa Revolutiga, saadan sulle lingi, nii on kiirem kui siin.
et-w19 | O | Võid raha PayPal'iga otse mulle saata, siis panen kohe teele.
et-w20 | O | kanna summa revolutisse ja asi ants, pole vaja siin kassas maksta
et-z01 | - | Hind sisaldab juba Black Friday soodustust, mille te ostu ajal saite.
et-z02 | - | Kassas kasutatud sooduskood rakendus korrektselt, see on arvel eraldi real näha.
et-z03 | - | Kahjuks ei saa kahte sooduskoodi ühe tellimuse peale kombineerida.
et-z04 | - | Kaitseümbris on karbis kaasas, eraldi seda ostma ei pea.
et-z05 | - | Teeme tagasimakse platvormi kaudu, raha jõuab samale kaardile.
et-z06 | - | Palun avage pretensioon siin platvormil, siis saame selle kiiresti lahendada.
et-z07 | - | Teie aadressi kasutame ainult tarne jaoks, kuller võib enne kohaletoimetamist helistada.
et-z08 | - | Black Friday tõttu on pakke palju, tarne võib võtta 1–2 päeva kauem.
et-z09 | - | Tagasimakse läheb samale PayPali kontole, millega te tellimuse eest tasusite.
et-z10 | - | Jõulusoodustus lõppes pühapäeval, kuulutuses olev hind on praegu kehtiv.
et-z11 | - | Vaidlus on platvormil avatud, palun lisage sinna fotod ja me vastame seal.
et-z12 | - | Kui kõik sobis, oleksime tänulikud tagasiside eest, aga see on täiesti teie otsustada.
"""

EN = r"""
en-w01 | M | Black Friday is here! Whole shop -40% from Friday to Monday, don't miss it.
en-w02 | M | Cyber Monday deal: everything in our store 30% off, today and tomorrow only.
en-w03 | M | This week only, all chargers and cables -30% in our shop.
en-w04 | M | Christmas sale starts on {date}, the whole shop will be 25% off until New Year.
en-w05 | M | Use code {coupon} at checkout on your next order and save 15%.
en-w06 | M | Here's a little something: {coupon} works on everything in our shop, no minimum.
en-w07 | M | Join our newsletter and you'll be the first to hear about new drops and sales.
en-w08 | M | Leave us a review and we'll give you 10% off your next order.
en-w09 | M | Post a photo review and we'll pop a free gift in your next parcel.
en-w10 | M | Check out our other listings too, we've got the whole range in stock.
en-w11 | M | This case would go great with your {product}, we sell it too, only {price}.
en-w12 | M | btw if you need a screen protector we sell those as well, just add one to the cart.
en-w13 | O | Your number's on the parcel, I'll text you and we can sort it out there.
en-w14 | O | I've got your address from the order, I'll give you a ring tonight to arrange it.
en-w15 | O | Close the dispute here and I'll refund you privately, promise.
en-w16 | O | If you cancel the claim on the platform I'll send you the money directly.
en-w17 | O | Next time just order directly from me, no middleman, it's cheaper for both of us.
en-w18 | O | Easiest is per Revolut, I'll send you my tag and you pay right away.
en-w19 | O | You can send it via paypal instead, skip the checkout and I'll ship the same day.
en-w20 | O | cheaper if u pay me on revolut instead of through the site
en-z01 | - | The price already includes the Black Friday discount you got at checkout.
en-z02 | - | The coupon you used at checkout was applied, you can see it on the invoice.
en-z03 | - | Sorry, we can't combine two coupons on one order.
en-z04 | - | The case is included in the box, you don't need to buy it separately.
en-z05 | - | We'll refund you through the platform, the money goes back to your card.
en-z06 | - | Please open the claim here on the platform so we can handle it quickly.
en-z07 | - | We have your address only for delivery; the courier may call before dropping it off.
en-z08 | - | Because of Black Friday volumes, delivery may take a day or two longer.
en-z09 | - | The refund goes back to the same PayPal account you paid with.
en-z10 | - | The Christmas discount ended on Sunday, the listing shows the current price.
en-z11 | - | The dispute is open on the platform, please add the photos there and we'll answer there.
en-z12 | - | If everything's fine, a review would be appreciated, but it's entirely up to you.
"""

RU = r"""
ru-w01 | M | Чёрная пятница! С пятницы по понедельник весь магазин -40%, успевайте.
ru-w02 | M | Киберпонедельник: на всё в нашем магазине скидка 30%, только сегодня и завтра.
ru-w03 | M | Только на этой неделе все зарядки и кабели -30%.
ru-w04 | M | С {date} у нас новогодняя распродажа, весь магазин -25% до самого Нового года.
ru-w05 | M | При следующей покупке введите промокод {coupon} при оформлении и получите 15% скидки.
ru-w06 | M | Дарим вам код {coupon}, действует на все товары в нашем магазине.
ru-w07 | M | Подпишитесь на нашу рассылку, первыми узнаете о скидках и новинках.
ru-w08 | M | Оставьте отзыв, и на следующий заказ сделаем скидку 10%.
ru-w09 | M | За отзыв с фото положим вам подарок в следующую посылку.
ru-w10 | M | Посмотрите и другие наши товары, у нас вся линейка в наличии.
ru-w11 | M | К вашему {product} отлично подойдёт чехол, мы их тоже продаём, всего {price}.
ru-w12 | M | кстати защитные стёкла у нас тоже есть, можете добавить в корзину.
ru-w13 | O | Ваш номер есть на посылке, я вам напишу смс и договоримся там.
ru-w14 | O | Адрес ваш у меня есть из заказа, вечером позвоню и всё решим.
ru-w15 | O | Закройте спор здесь, а деньги я вам верну лично.
ru-w16 | O | Если отмените претензию на площадке, переведу вам компенсацию напрямую.
ru-w17 | O | В следующий раз заказывайте сразу у меня без посредника, выйдет дешевле.
ru-w18 | O | Можно оплатить через ревolut, скину вам ссылку, так быстрее.
ru-w19 | O | Скиньте деньги на пейпал напрямую, и я отправлю сегодня же.
ru-w20 | O | дешевле выйдет если переведёте на револют, а не через сайт
ru-z01 | - | Цена уже включает скидку Чёрной пятницы, которую вы получили при покупке.
ru-z02 | - | Промокод, который вы ввели при оформлении, применён, это видно в счёте.
ru-z03 | - | К сожалению, два промокода в одном заказе объединить нельзя.
ru-z04 | - | Чехол входит в комплект, отдельно покупать его не нужно.
ru-z05 | - | Деньги вернём через платформу, они придут на вашу карту.
ru-z06 | - | Пожалуйста, откройте претензию здесь, на площадке, так мы быстрее её решим.
ru-z07 | - | Ваш адрес мы используем только для доставки, курьер может позвонить перед приездом.
ru-z08 | - | Из-за Чёрной пятницы посылок очень много, доставка может занять на 1–2 дня больше.
ru-z09 | - | Возврат придёт на тот же счёт PayPal, с которого вы оплачивали заказ.
ru-z10 | - | Новогодняя скидка закончилась в воскресенье, в объявлении сейчас актуальная цена.
ru-z11 | - | Спор открыт на площадке, добавьте туда фото, и мы ответим там же.
ru-z12 | - | Если всё в порядке, будем благодарны за отзыв, но это полностью на ваше усмотрение.
"""

LV = r"""
lv-w01 | M | Melnā piektdiena! No piektdienas līdz pirmdienai viss veikals -40%.
lv-w02 | M | Kiberpirmdiena: visām precēm mūsu veikalā 30% atlaide, tikai šodien un rīt.
lv-w03 | M | Tikai šonedēļ visi lādētāji un vadi -30%, nepalaidiet garām!
lv-w04 | M | No {date} sākas Ziemassvētku izpārdošana, viss veikals -25% līdz Jaunajam gadam.
lv-w05 | M | Nākamajā pirkumā ievadiet kodu {coupon} pie apmaksas un saņemsiet 15% atlaidi.
lv-w06 | M | Dāvinām jums kodu {coupon}, tas der visam mūsu veikalā.
lv-w07 | M | Pierakstieties mūsu jaunumu vēstulei, pirmie uzzināsiet par atlaidēm.
lv-w08 | M | Atstājiet atsauksmi, un nākamajam pasūtījumam dosim 10% atlaidi.
lv-w09 | M | Par atsauksmi ar bildi ieliksim dāvaniņu nākamajā sūtījumā.
lv-w10 | M | Apskatiet arī mūsu citus sludinājumus, mums ir visa sērija.
lv-w11 | M | Jūsu {product} ļoti labi derētu maciņš, mēs tos arī pārdodam, tikai {price}.
lv-w12 | M | starp citu, aizsargstikli mums arī ir, varat pielikt grozam.
lv-w13 | O | Jūsu numurs ir uz paciņas, uzrakstīšu jums īsziņu un sarunāsim tur.
lv-w14 | O | Jūsu adrese man ir no pasūtījuma, vakarā piezvanīšu un visu sarunāsim.
lv-w15 | O | Aizveriet strīdu šeit, un naudu es jums atdošu personīgi.
lv-w16 | O | Ja atsauksiet sūdzību platformā, kompensāciju pārskaitīšu jums tieši.
lv-w17 | O | Nākamreiz pasūtiet tieši no manis bez starpnieka, būs lētāk.
lv-w18 | O | Var samaksāt ar Revolutu, atsūtīšu saiti, tā ir ātrāk.
lv-w19 | O | Pārskaitiet naudu uz manu PayPalu tieši, un es šodien pat nosūtīšu.
lv-w20 | O | lētāk sanāks ja samaksāsiet revolutā nevis caur lapu
lv-z01 | - | Cenā jau ir iekļauta Melnās piektdienas atlaide, ko saņēmāt pirkuma brīdī.
lv-z02 | - | Atlaides kods, ko izmantojāt pie apmaksas, tika piemērots, tas redzams rēķinā.
lv-z03 | - | Diemžēl divus atlaides kodus vienā pasūtījumā apvienot nevar.
lv-z04 | - | Maciņš ir iekļauts komplektā, atsevišķi tas nav jāpērk.
lv-z05 | - | Naudu atmaksāsim caur platformu, tā nonāks jūsu kartē.
lv-z06 | - | Lūdzu, atveriet pretenziju šeit platformā, tad to ātrāk atrisināsim.
lv-z07 | - | Jūsu adresi izmantojam tikai piegādei, kurjers var piezvanīt pirms ierašanās.
lv-z08 | - | Melnās piektdienas dēļ sūtījumu ir ļoti daudz, piegāde var aizņemt 1–2 dienas ilgāk.
lv-z09 | - | Atmaksa tiks veikta uz to pašu PayPal kontu, ar kuru apmaksājāt pasūtījumu.
lv-z10 | - | Ziemassvētku atlaide beidzās svētdien, sludinājumā ir pašreizējā cena.
lv-z11 | - | Strīds ir atvērts platformā, lūdzu, pievienojiet tur bildes, un mēs atbildēsim tur.
lv-z12 | - | Ja viss ir kārtībā, būsim pateicīgi par atsauksmi, bet tas ir pilnībā jūsu ziņā.
"""

LT = r"""
lt-w01 | M | Juodasis penktadienis! Nuo penktadienio iki pirmadienio visa parduotuvė -40%.
lt-w02 | M | Kibernetinis pirmadienis: visoms prekėms mūsų parduotuvėje 30% nuolaida, tik šiandien ir rytoj.
lt-w03 | M | Tik šią savaitę visi įkrovikliai ir laidai -30%, nepraleiskite!
lt-w04 | M | Nuo {date} prasideda kalėdinis išpardavimas, visa parduotuvė -25% iki Naujųjų metų.
lt-w05 | M | Kitą kartą apmokėdami įveskite kodą {coupon} ir gausite 15% nuolaidą.
lt-w06 | M | Dovanojame jums kodą {coupon}, jis galioja viskam mūsų parduotuvėje.
lt-w07 | M | Užsiprenumeruokite mūsų naujienlaiškį ir pirmieji sužinosite apie akcijas.
lt-w08 | M | Palikite atsiliepimą ir kitam užsakymui duosime 10% nuolaidą.
lt-w09 | M | Už atsiliepimą su nuotrauka įdėsime dovanėlę į kitą siuntinį.
lt-w10 | M | Peržiūrėkite ir kitas mūsų prekes, turime visą seriją.
lt-w11 | M | Prie jūsų {product} labai tiktų dėklas, mes juos irgi parduodame, tik {price}.
lt-w12 | M | beje, apsauginių stiklų irgi turime, galite įsidėti į krepšelį.
lt-w13 | O | Jūsų numeris yra ant siuntinio, parašysiu jums žinutę ir susitarsime ten.
lt-w14 | O | Jūsų adresą turiu iš užsakymo, vakare paskambinsiu ir viską aptarsime.
lt-w15 | O | Uždarykite ginčą čia, o pinigus aš jums grąžinsiu asmeniškai.
lt-w16 | O | Jei atšauksite pretenziją platformoje, kompensaciją pervesiu jums tiesiogiai.
lt-w17 | O | Kitą kartą užsakykite tiesiai iš manęs be tarpininko, bus pigiau.
lt-w18 | O | Galite sumokėti per Revolutą, atsiųsiu nuorodą, taip greičiau.
lt-w19 | O | Perveskite pinigus į mano PayPalą tiesiogiai ir šiandien pat išsiųsiu.
lt-w20 | O | pigiau bus jei sumokėsit revolutu o ne per svetainę
lt-z01 | - | Į kainą jau įskaičiuota Juodojo penktadienio nuolaida, kurią gavote pirkdami.
lt-z02 | - | Nuolaidos kodas, kurį panaudojote apmokėdami, pritaikytas, tai matyti sąskaitoje.
lt-z03 | - | Deja, dviejų nuolaidos kodų viename užsakyme sujungti negalima.
lt-z04 | - | Dėklas yra komplekte, atskirai jo pirkti nereikia.
lt-z05 | - | Pinigus grąžinsime per platformą, jie grįš į jūsų kortelę.
lt-z06 | - | Prašome atidaryti pretenziją čia, platformoje, tada greičiau ją išspręsime.
lt-z07 | - | Jūsų adresą naudojame tik pristatymui, kurjeris gali paskambinti prieš atvykdamas.
lt-z08 | - | Dėl Juodojo penktadienio siuntinių labai daug, pristatymas gali užtrukti 1–2 dienas ilgiau.
lt-z09 | - | Pinigai bus grąžinti į tą pačią PayPal paskyrą, kuria apmokėjote užsakymą.
lt-z10 | - | Kalėdinė nuolaida baigėsi sekmadienį, skelbime nurodyta dabartinė kaina.
lt-z11 | - | Ginčas atidarytas platformoje, prašome ten pridėti nuotraukas, ir mes ten atsakysime.
lt-z12 | - | Jei viskas gerai, būsime dėkingi už atsiliepimą, bet tai visiškai jūsų sprendimas.
"""

FI = r"""
fi-w01 | M | Black Friday on täällä! Perjantaista maanantaihin koko kauppa -40 %.
fi-w02 | M | Cyber Monday: kaikki kaupassamme 30 % alennuksella, vain tänään ja huomenna.
fi-w03 | M | Vain tällä viikolla kaikki laturit ja johdot -30 %, älä missaa!
fi-w04 | M | Joulualennusmyynti alkaa {date}, koko kauppa -25 % uuteen vuoteen asti.
fi-w05 | M | Käytä seuraavalla ostokerralla kassalla koodia {coupon}, saat 15 % alennusta.
fi-w06 | M | Annamme sinulle koodin {coupon}, se käy kaikkeen kaupassamme.
fi-w07 | M | Tilaa uutiskirjeemme, niin kuulet alennuksista ensimmäisenä.
fi-w08 | M | Jätä arvostelu, niin saat seuraavasta tilauksesta 10 % alennusta.
fi-w09 | M | Kuvallisesta arvostelusta laitamme pienen lahjan seuraavaan pakettiin.
fi-w10 | M | Katso myös muut tuotteemme, meillä on koko sarja varastossa.
fi-w11 | M | Tähän {product} sopisi tosi hyvin suojakotelo, myymme niitäkin, vain {price}.
fi-w12 | M | muuten, suojalaseja löytyy meiltäkin, voit lisätä yhden ostoskoriin.
fi-w13 | O | Numerosi on paketissa, laitan sinulle tekstiviestin ja sovitaan siellä.
fi-w14 | O | Osoitteesi on minulla tilauksesta, soitan illalla ja sovitaan kaikki.
fi-w15 | O | Sulje riita täällä, niin palautan rahat sinulle henkilökohtaisesti.
fi-w16 | O | Jos perut reklamaation palvelussa, maksan hyvityksen suoraan sinulle.
fi-w17 | O | Ensi kerralla tilaa suoraan minulta ilman välikättä, tulee halvemmaksi.
fi-w18 | O | Voit maksaa Revolutilla, lähetän linkin, se on nopeampaa.
fi-w19 | O | Laita rahat PayPalilla suoraan mulle, niin lähetän vielä tänään.
fi-w20 | O | halvemmaks tulee jos maksat revolutiin eikä sivun kautta
fi-z01 | - | Hinta sisältää jo Black Friday -alennuksen, jonka sait ostaessasi.
fi-z02 | - | Kassalla käyttämäsi alennuskoodi huomioitiin, sen näkee laskulta.
fi-z03 | - | Valitettavasti kahta alennuskoodia ei voi yhdistää samaan tilaukseen.
fi-z04 | - | Suojakotelo tulee pakkauksen mukana, sitä ei tarvitse ostaa erikseen.
fi-z05 | - | Hyvitämme palvelun kautta, rahat palaavat kortillesi.
fi-z06 | - | Avaa reklamaatio tässä palvelussa, niin hoidamme sen nopeasti.
fi-z07 | - | Käytämme osoitettasi vain toimitukseen, kuljettaja voi soittaa ennen toimitusta.
fi-z08 | - | Black Fridayn takia paketteja on paljon, toimitus voi kestää 1–2 päivää pidempään.
fi-z09 | - | Hyvitys palautuu samalle PayPal-tilille, jolla maksoit tilauksen.
fi-z10 | - | Jouluale päättyi sunnuntaina, ilmoituksessa on nyt voimassa oleva hinta.
fi-z11 | - | Riita on avattu palvelussa, lisää kuvat sinne, niin vastaamme siellä.
fi-z12 | - | Jos kaikki on kunnossa, arvostaisimme palautetta, mutta se on täysin sinun päätöksesi.
"""

TABLES = {"et": ET, "en": EN, "ru": RU, "lv": LV, "lt": LT, "fi": FI}
