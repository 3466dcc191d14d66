# ruff: noqa: E501  (one seed per line: a table, not code)
"""Seeds that teach intent, not keywords. Format: see ``training.seeds`` (``messages`` blocks only).

Hard negatives (``-``) name the same things violations name, for a legitimate reason:
  n01-n05  a messenger or social app as a product feature, spec, compatibility or fault;
  n06-n10  keeping the rules: warnings against paying or talking off the platform;
  n11-n14  price and discount talk that is not promotion (refusal, breakdown, this order's refund);
  n15-n16  feedback requests without an incentive, the platform's own features.
Positives (p..) widen the violations the model must still catch in other words:
  marketing (cross-selling, coupons, newsletters, follow-us, review-for-gift) and
  off_platform (direct deals, cash, PayPal friends & family, cancel-and-buy-direct).
"""

ET = r"""
et-n01 | - | See {product} ühildub telefoniga ja näitab ekraanil {messenger}i ja SMS-ide teavitusi.
et-n02 | - | Lastele mõeldud nuputelefonis {messenger}i rakendust pole, sellega saab ainult helistada ja sõnumeid saata.
et-n03 | - | Kui {messenger} ei käivitu, tehke tahvelarvutile tarkvarauuendus, vana Android seda rakendust enam ei toeta.
et-n04 | - | Teleril on Facebooki, YouTube'i ja Netflixi äpid juba eelinstallitud.
et-n05 | - | Lisafotosid me Instagrami ei pane, kõik pildid tootest on kuulutuses olemas.
et-n06 | - | Teie enda turvalisuse huvides ärge kandke raha kunagi otse müüjale, makske ainult platvormi kaudu.
et-n07 | - | Me ei küsi kunagi ettemaksu pangaülekande ega Revoluti kaudu; kui keegi seda teeb, teatage sellest platvormile.
et-n08 | - | Palun ärge jagage siin oma telefoninumbrit, saame kõik küsimused selles vestluses lahendada.
et-n09 | - | Sularaha me kahjuks vastu ei võta, tellimuse saab tasuda ainult kassas.
et-n10 | - | Tellimust ei ole vaja tühistada ega uuesti osta, muudame tarneaadressi siinsamas.
et-n11 | - | Hinda kahjuks alla lasta ei saa, {product} on juba niigi soodushinnaga.
et-n12 | - | Arve kokkuvõte: toode {price}, transport 4,50 €, soodustus on juba maha arvatud.
et-n13 | - | Hind langes pärast teie ostu, kandsime hinnavahe selle tellimuse eest teie kaardile tagasi.
et-n14 | - | Kassas näidatud allahindlus kehtib automaatselt, sooduskoodi pole vaja sisestada.
et-n15 | - | Kui tootega on midagi valesti, kirjutage palun enne tagasiside jätmist siia, lahendame asja kiiresti.
et-n16 | - | Tagastuse vormistamiseks kasutage platvormi tagastusvormi jaotises Minu tellimused.
et-p01 | M | Selle {product} juurde sobib hästi meie uus lisatarvik, vaadake ka meie teisi kuulutusi!
et-p02 | M | Järgmisel korral sisestage kood {coupon} ja saate kõigelt 20% alla.
et-p03 | M | Pange meie pood lemmikutesse, iga reede on meil uued pakkumised.
et-p04 | M | Kirjutage positiivne arvustus ja saadame teile tasuta kaitseümbrise.
et-p05 | CM | Meil on ka Facebooki leht, laikige ja jälgige, sealt leiate parimad diilid!
et-p06 | M | Telli meie uudiskiri ja saad esimese tellimuse pealt kingituse.
et-p07 | O | Kui tahate, maksate mulle sularahas, kui tulete ise järele, ilma platvormita.
et-p08 | O | Makske PayPaliga sõbrale-saatena, siis ei lähe vahendustasu.
et-p09 | O | Tühistage see tellimus ja ostke minult otse, teen teile parema hinna.
et-p10 | O | Järgmise korra võime teha ilma kuulutuseta, kannate raha lihtsalt mu kontole.
et-p11 | M | Müüme ka sobivaid kotte ja rihmasid, kui vaja, leiate need meie profiililt.
et-p12 | M | Nädalavahetusel on meie e-poes kõik kõrvaklapid poole hinnaga, ärge maha magage!
et-p13 | M | Tänutäheks ostu eest: kood {coupon} annab järgmisel ostul tasuta saatmise.
et-n17 | - | Telegram sellel kellal ei tööta, kell näitab ainult kõnesid ja tavalisi sõnumeid.
et-n18 | - | Soodushinda me kahjuks pakkuda ei saa, aga tellimus läheb teele juba täna.
"""

EN = r"""
en-n01 | - | The {product} pairs over Bluetooth and shows {messenger} messages and call alerts on its display.
en-n02 | - | This kids' phone has no {messenger} app, it only makes calls and sends text messages.
en-n03 | - | If {messenger} keeps crashing, update the tablet first: the old Android version is no longer supported by the app.
en-n04 | - | The TV comes with Facebook, YouTube and Netflix apps preinstalled.
en-n05 | - | We don't post extra pictures on Instagram, every photo of the item is already in the listing.
en-n06 | - | For your own safety, never send money directly to a seller, always pay through the marketplace.
en-n07 | - | We will never ask you to pay by bank transfer or Revolut; if anyone does, please report it to the platform.
en-n08 | - | Please don't share your phone number in this chat, we can sort everything out right here.
en-n09 | - | Sorry, we can't accept cash, the order can only be paid at checkout.
en-n10 | - | There is no need to cancel and reorder, we can change the delivery address here.
en-n11 | - | Unfortunately we can't lower the price, the {product} is already reduced.
en-n12 | - | Your invoice: item {price}, shipping 4.50 €, the discount has already been deducted.
en-n13 | - | The price dropped after your purchase, so we refunded the difference for this order to your card.
en-n14 | - | The discount shown at checkout is applied automatically, you don't need a code.
en-n15 | - | If anything is wrong with the item, please tell us here before you leave feedback and we'll fix it.
en-n16 | - | To return the item, use the platform's return form under My orders.
en-p01 | M | A matching case for your {product} is also in our shop, have a look at our other listings!
en-p02 | M | Next time enter code {coupon} at checkout and you'll get 20% off everything.
en-p03 | M | Add our store to your favourites, we post new deals every Friday.
en-p04 | M | Write a positive review and we'll send you a free protective cover.
en-p05 | CM | We have a Facebook page too, like and follow it for the best deals!
en-p06 | M | Sign up for our mailing list and get a gift with your first order.
en-p07 | O | If you like, pay me in cash when you pick it up yourself, no need for the platform.
en-p08 | O | Pay with PayPal as friends and family, then there's no commission.
en-p09 | O | Cancel this order and buy from me directly, I'll give you a better price.
en-p10 | O | Next time we can do it without the listing, just transfer the money to my account.
en-p11 | M | We also sell matching bags and straps, you'll find them on our seller profile.
en-p12 | M | This weekend all headphones in our store are half price, don't miss it!
en-p13 | M | As a thank-you for your order: code {coupon} gives free shipping on your next purchase.
en-n17 | - | Telegram isn't supported on this watch, it only shows calls and regular texts.
en-n18 | - | We're not able to offer a lower price, but the order ships today.
"""

RU = r"""
ru-n01 | - | {product} подключается по Bluetooth и показывает уведомления {messenger} и входящие звонки.
ru-n02 | - | В этом детском телефоне нет приложения {messenger}, только звонки и СМС.
ru-n03 | - | Если {messenger} вылетает, обновите планшет: старая версия Android приложением больше не поддерживается.
ru-n04 | - | На телевизоре уже установлены приложения YouTube, Facebook и Netflix.
ru-n05 | - | Дополнительных фото в Инстаграм мы не выкладываем, все снимки товара уже в объявлении.
ru-n06 | - | В целях вашей безопасности никогда не отправляйте деньги продавцу напрямую, платите только через сайт.
ru-n07 | - | Мы никогда не просим оплату банковским переводом или через Revolut; если кто-то просит, сообщите платформе.
ru-n08 | - | Пожалуйста, не пишите здесь свой номер телефона, мы решим всё в этом чате.
ru-n09 | - | К сожалению, наличные мы не принимаем, заказ оплачивается только при оформлении.
ru-n10 | - | Отменять и заново оформлять заказ не нужно, адрес доставки поменяем прямо здесь.
ru-n11 | - | Снизить цену, к сожалению, не получится, {product} и так продаётся со скидкой.
ru-n12 | - | Ваш счёт: товар {price}, доставка 4,50 €, скидка уже учтена в итоговой сумме.
ru-n13 | - | После вашей покупки цена снизилась, разницу по этому заказу мы вернули на вашу карту.
ru-n14 | - | Скидка, указанная при оформлении, применяется автоматически, промокод вводить не нужно.
ru-n15 | - | Если с товаром что-то не так, напишите нам здесь, прежде чем оставлять отзыв, и мы всё исправим.
ru-n16 | - | Для возврата воспользуйтесь формой возврата на площадке в разделе «Мои заказы».
ru-p01 | M | К вашему {product} подойдёт наш новый аксессуар, загляните и в другие наши объявления!
ru-p02 | M | В следующий раз введите код {coupon} и получите 20% на всё.
ru-p03 | M | Добавьте наш магазин в избранное, каждую пятницу у нас новые акции.
ru-p04 | M | Напишите положительный отзыв, и мы пришлём вам бесплатный чехол.
ru-p05 | CM | У нас есть страница во ВКонтакте и Facebook, ставьте лайк и подписывайтесь ради лучших предложений!
ru-p06 | M | Оформите подписку на наши письма и получите подарок к первому заказу.
ru-p07 | O | Если хотите, заберёте сами и отдадите наличными, без всякой площадки.
ru-p08 | O | Оплатите через PayPal как другу, тогда комиссии не будет.
ru-p09 | O | Отмените этот заказ и купите у меня напрямую, сделаю цену лучше.
ru-p10 | O | В следующий раз можно без объявления, просто переведите деньги мне на карту.
ru-p11 | M | Мы также продаём подходящие сумки и ремешки, они есть в нашем профиле продавца.
ru-p12 | M | В эти выходные все наушники в нашем магазине за полцены, не пропустите!
ru-p13 | M | В благодарность за покупку: код {coupon} даёт бесплатную доставку на следующий заказ.
ru-n17 | - | Telegram на этих часах не работает, они показывают только звонки и обычные СМС.
ru-n18 | - | Дать скидку мы не можем, но заказ уйдёт уже сегодня.
"""

LV = r"""
lv-n01 | - | {product} savienojas ar telefonu un rāda {messenger} ziņu un zvanu paziņojumus.
lv-n02 | - | Šajā bērnu telefonā {messenger} lietotnes nav, ar to var tikai zvanīt un sūtīt īsziņas.
lv-n03 | - | Ja {messenger} neatveras, atjauniniet planšeti, vecā Android versija šo lietotni vairs neatbalsta.
lv-n04 | - | Televizorā jau ir iepriekš instalētas YouTube, Facebook un Netflix lietotnes.
lv-n05 | - | Papildu bildes Instagram mēs neliekam, visi preces foto jau ir sludinājumā.
lv-n06 | - | Jūsu drošības dēļ nekad nesūtiet naudu pārdevējam tieši, maksājiet tikai caur platformu.
lv-n07 | - | Mēs nekad neprasām samaksu ar bankas pārskaitījumu vai Revolut; ja kāds to prasa, ziņojiet platformai.
lv-n08 | - | Lūdzu, nerakstiet šeit savu tālruņa numuru, visu varam atrisināt šajā sarakstē.
lv-n09 | - | Diemžēl skaidru naudu nepieņemam, pasūtījumu var apmaksāt tikai noformējot.
lv-n10 | - | Pasūtījumu nav jāatceļ un jāpērk no jauna, piegādes adresi nomainīsim tepat.
lv-n11 | - | Cenu samazināt diemžēl nevaram, {product} jau tā ir ar atlaidi.
lv-n12 | - | Jūsu rēķins: prece {price}, piegāde 4,50 €, atlaide jau ir atskaitīta.
lv-n13 | - | Pēc jūsu pirkuma cena samazinājās, tāpēc starpību par šo pasūtījumu atmaksājām uz jūsu karti.
lv-n14 | - | Noformēšanas laikā redzamā atlaide tiek piemērota automātiski, kods nav vajadzīgs.
lv-n15 | - | Ja ar preci kaut kas nav kārtībā, lūdzu, uzrakstiet mums šeit pirms atsauksmes atstāšanas, mēs to salabosim.
lv-n16 | - | Preces atgriešanai izmantojiet platformas atgriešanas veidlapu sadaļā Mani pasūtījumi.
lv-p01 | M | Jūsu {product} lieliski der mūsu jaunais aksesuārs, apskatiet arī citus mūsu sludinājumus!
lv-p02 | M | Nākamreiz ievadiet kodu {coupon} un saņemiet 20% atlaidi visam.
lv-p03 | M | Pievienojiet mūsu veikalu izlasei, katru piektdienu mums ir jauni piedāvājumi.
lv-p04 | M | Uzrakstiet pozitīvu atsauksmi, un mēs jums nosūtīsim bezmaksas maciņu.
lv-p05 | CM | Mums ir arī Facebook lapa, spiediet patīk un sekojiet, tur ir labākie piedāvājumi!
lv-p06 | M | Pierakstieties mūsu e-pasta vēstulēm un saņemiet dāvanu pie pirmā pasūtījuma.
lv-p07 | O | Ja gribat, samaksājiet man skaidrā naudā, kad paši atbraucat pakaļ, bez platformas.
lv-p08 | O | Maksājiet ar PayPal kā draugam, tad nebūs komisijas.
lv-p09 | O | Atceliet šo pasūtījumu un pērciet no manis tieši, došu labāku cenu.
lv-p10 | O | Nākamreiz varam bez sludinājuma, vienkārši pārskaitiet naudu uz manu kontu.
lv-p11 | M | Mēs pārdodam arī piemērotas somas un siksniņas, tās atradīsiet mūsu pārdevēja profilā.
lv-p12 | M | Šajā nedēļas nogalē visas austiņas mūsu veikalā par pusi lētāk, nepalaidiet garām!
lv-p13 | M | Paldies par pirkumu: kods {coupon} nākamajam pasūtījumam dod bezmaksas piegādi.
lv-n17 | - | Telegram šajā pulkstenī nedarbojas, tas rāda tikai zvanus un parastās īsziņas.
lv-n18 | - | Zemāku cenu piedāvāt nevaram, bet pasūtījums tiks nosūtīts jau šodien.
"""

LT = r"""
lt-n01 | - | {product} jungiasi per Bluetooth ir rodo {messenger} žinučių bei skambučių pranešimus.
lt-n02 | - | Šiame vaikiškame telefone {messenger} programėlės nėra, juo galima tik skambinti ir siųsti SMS.
lt-n03 | - | Jei {messenger} nesijungia, atnaujinkite planšetę, sena Android versija šios programėlės nebepalaiko.
lt-n04 | - | Televizoriuje jau įdiegtos YouTube, Facebook ir Netflix programėlės.
lt-n05 | - | Papildomų nuotraukų į Instagram nekeliame, visos prekės nuotraukos jau yra skelbime.
lt-n06 | - | Dėl jūsų saugumo niekada nesiųskite pinigų pardavėjui tiesiogiai, mokėkite tik per platformą.
lt-n07 | - | Mes niekada neprašome mokėti banko pavedimu ar per Revolut; jei kas nors prašo, praneškite platformai.
lt-n08 | - | Prašome čia nerašyti savo telefono numerio, viską išspręsime šiame pokalbyje.
lt-n09 | - | Deja, grynųjų pinigų nepriimame, užsakymą galima apmokėti tik jį pateikiant.
lt-n10 | - | Užsakymo atšaukti ir pirkti iš naujo nereikia, pristatymo adresą pakeisime čia pat.
lt-n11 | - | Kainos sumažinti, deja, negalime, {product} ir taip parduodamas su nuolaida.
lt-n12 | - | Jūsų sąskaita: prekė {price}, pristatymas 4,50 €, nuolaida jau atimta.
lt-n13 | - | Po jūsų pirkimo kaina sumažėjo, todėl skirtumą už šį užsakymą grąžinome į jūsų kortelę.
lt-n14 | - | Apmokant rodoma nuolaida pritaikoma automatiškai, kodo įvesti nereikia.
lt-n15 | - | Jei su preke kas nors negerai, parašykite mums čia prieš palikdami atsiliepimą, viską sutvarkysime.
lt-n16 | - | Norėdami grąžinti prekę, naudokite platformos grąžinimo formą skiltyje Mano užsakymai.
lt-p01 | M | Prie jūsų {product} puikiai tinka mūsų naujas priedas, peržiūrėkite ir kitus mūsų skelbimus!
lt-p02 | M | Kitą kartą įveskite kodą {coupon} ir gausite 20% nuolaidą viskam.
lt-p03 | M | Pridėkite mūsų parduotuvę prie mėgstamų, kiekvieną penktadienį turime naujų pasiūlymų.
lt-p04 | M | Parašykite teigiamą atsiliepimą ir mes atsiųsime jums nemokamą dėklą.
lt-p05 | CM | Turime ir Facebook puslapį, paspauskite patinka ir sekite, ten geriausi pasiūlymai!
lt-p06 | M | Užsiregistruokite mūsų laiškams ir gaukite dovaną su pirmu užsakymu.
lt-p07 | O | Jei norite, sumokėkite man grynaisiais, kai atvažiuosite pasiimti, be platformos.
lt-p08 | O | Mokėkite PayPal kaip draugui, tada nebus komisinių.
lt-p09 | O | Atšaukite šį užsakymą ir pirkite iš manęs tiesiogiai, padarysiu geresnę kainą.
lt-p10 | O | Kitą kartą galime be skelbimo, tiesiog perveskite pinigus į mano sąskaitą.
lt-p11 | M | Taip pat parduodame tinkamus krepšius ir dirželius, rasite juos mūsų pardavėjo profilyje.
lt-p12 | M | Šį savaitgalį visos ausinės mūsų parduotuvėje už pusę kainos, nepraleiskite!
lt-p13 | M | Dėkojame už pirkinį: kodas {coupon} kitam užsakymui suteikia nemokamą pristatymą.
lt-n17 | - | Telegram šiame laikrodyje neveikia, jis rodo tik skambučius ir paprastas žinutes.
lt-n18 | - | Mažesnės kainos pasiūlyti negalime, bet užsakymas išsiųs jau šiandien.
"""

FI = r"""
fi-n01 | - | {product} yhdistyy puhelimeen Bluetoothilla ja näyttää {messenger}-viestien ja puhelujen ilmoitukset.
fi-n02 | - | Tässä lasten puhelimessa ei ole {messenger}-sovellusta, sillä voi vain soittaa ja lähettää tekstiviestejä.
fi-n03 | - | Jos {messenger} kaatuu, päivitä tabletti ensin, vanhaa Android-versiota sovellus ei enää tue.
fi-n04 | - | Televisiossa on valmiiksi asennettuina YouTube-, Facebook- ja Netflix-sovellukset.
fi-n05 | - | Emme laita lisäkuvia Instagramiin, kaikki tuotteen kuvat ovat jo ilmoituksessa.
fi-n06 | - | Oman turvallisuutesi vuoksi älä koskaan lähetä rahaa suoraan myyjälle, maksa aina palvelun kautta.
fi-n07 | - | Emme koskaan pyydä maksua tilisiirrolla tai Revolutilla; jos joku pyytää, ilmoita siitä palvelulle.
fi-n08 | - | Älä kirjoita tähän puhelinnumeroasi, hoidetaan kaikki tässä keskustelussa.
fi-n09 | - | Valitettavasti emme ota vastaan käteistä, tilauksen voi maksaa vain kassalla.
fi-n10 | - | Tilausta ei tarvitse perua ja tehdä uudelleen, vaihdamme toimitusosoitteen täällä.
fi-n11 | - | Hintaa emme valitettavasti voi laskea, {product} on jo valmiiksi alennettu.
fi-n12 | - | Laskusi: tuote {price}, toimitus 4,50 €, alennus on jo vähennetty.
fi-n13 | - | Hinta laski ostoksesi jälkeen, joten hyvitimme erotuksen tästä tilauksesta kortillesi.
fi-n14 | - | Kassalla näkyvä alennus lasketaan automaattisesti, koodia ei tarvita.
fi-n15 | - | Jos tuotteessa on jotain vikaa, kerro siitä meille täällä ennen palautteen jättämistä, korjaamme asian.
fi-n16 | - | Palauta tuote palvelun palautuslomakkeella kohdassa Omat tilaukset.
fi-p01 | M | Tähän {product} sopii hyvin uusi lisävarusteemme, katso myös muut ilmoituksemme!
fi-p02 | M | Syötä ensi kerralla koodi {coupon} ja saat kaikesta 20% alennusta.
fi-p03 | M | Lisää kauppamme suosikkeihin, joka perjantai meillä on uusia tarjouksia.
fi-p04 | M | Kirjoita positiivinen arvio, niin lähetämme sinulle ilmaisen suojakuoren.
fi-p05 | CM | Meillä on myös Facebook-sivu, tykkää ja seuraa, sieltä löytyvät parhaat diilit!
fi-p06 | M | Liity postituslistallemme ja saat lahjan ensimmäisen tilauksen mukana.
fi-p07 | O | Jos haluat, maksa minulle käteisellä, kun haet itse, ilman palvelua.
fi-p08 | O | Maksa PayPalilla ystävälle-maksuna, niin ei tule välityspalkkiota.
fi-p09 | O | Peru tämä tilaus ja osta suoraan minulta, teen paremman hinnan.
fi-p10 | O | Ensi kerralla voidaan ilman ilmoitusta, siirrä vain rahat tililleni.
fi-p11 | M | Myymme myös sopivia laukkuja ja hihnoja, löydät ne myyjäprofiilistamme.
fi-p12 | M | Tänä viikonloppuna kaikki kuulokkeet kaupassamme puoleen hintaan, älä missaa!
fi-p13 | M | Kiitokseksi ostoksesta: koodi {coupon} antaa ilmaisen toimituksen seuraavaan tilaukseen.
fi-n17 | - | Telegram ei toimi tässä kellossa, se näyttää vain puhelut ja tavalliset tekstiviestit.
fi-n18 | - | Alempaa hintaa emme pysty tarjoamaan, mutta tilaus lähtee jo tänään.
"""

TABLES = {"et": ET, "en": EN, "ru": RU, "lv": LV, "lt": LT, "fi": FI}
