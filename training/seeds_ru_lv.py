# ruff: noqa: E501  (one seed per line: a table, not code)
"""Hand-written seed messages, Russian and Latvian. Format: see ``training.seeds``."""

RU = r"""
ru-c01 | - | Здравствуйте! Посылка в пути, трек-номер {tracking}, доставка ожидается {day}.
ru-c02 | - | Заказ {order} собран и сегодня будет передан курьеру.
ru-c03 | - | Возврат получен, деньги {price} вернутся в течение 3 рабочих дней.
ru-c04 | - | Извините за задержку! {product} пришел на склад только вчера, отправим завтра утром.
ru-c05 | - | Гарантия {months} месяцев. Если {product} сломается, оформите гарантийную заявку здесь на странице заказа.
ru-c06 | - | Заказ отменен, оплата вернется на ту же карту в течение 5 рабочих дней.
ru-c07 | - | Мы отправили замену, новый трек-код {tracking}. Старый товар возвращать не нужно.
ru-c08 | - | К сожалению, {product} закончился. Подождете новую партию ({date}) или отменим заказ?
ru-c09 | - | Пришлите, пожалуйста, фото поврежденной упаковки в этот чат, мы оформим претензию перевозчику.
ru-c10 | - | Счет № {order} прикреплен к заказу, он есть в вашем аккаунте.
ru-c11 | - | Ремонт выполнен, заменили аккумулятор. Устройство отправим обратно {day}.
ru-c12 | - | Размеры: ширина 45 см, высота 120 см, вес 12 кг. Цвет на фото соответствует.
ru-h01 | - | Пожалуйста, давайте общаться только здесь, в чате площадки, так ваша покупка защищена.
ru-h02 | - | Мы не можем принять оплату вне платформы, оплатите заказ как обычно.
ru-h03 | - | Телефон {phone_model} в наличии, отправим сегодня. В коробке зарядка и инструкция.
ru-h04 | - | Замена экрана телефона стоит {price}, ремонт займет около {days} рабочих дней.
ru-h05 | - | EAN товара {ean}, серийный номер {serial}. Гарантия действует до {date}.
ru-h06 | - | Вам пришло уведомление от площадки на почту, там ссылка на возврат. Наш email не нужен.
ru-k01 | C | Лучше позвоните мне, {phone}, так быстрее договоримся.
ru-k02 | C | Напишите мне напрямую на {email}, там отвечу быстрее.
ru-k03 | C | У меня есть WhatsApp {phone}, присылайте фото туда.
ru-k04 | C | Подробнее на нашем сайте {url}
ru-k05 | C | Найдите меня в телеграме: {handle}
ru-k06 | C | мой номер {phone} звоните вечером
ru-k07 | C | Скиньте документы на почту {email}, я посмотрю.
ru-o01 | OC | Отмените заказ, продам вам напрямую на 10% дешевле, пишите на {email}.
ru-o02 | O | Можно оплатить переводом напрямую на карту, так дешевле.
ru-o03 | O | Оплатите лучше наличными при получении, через площадку не надо.
ru-o04 | O | Переведите деньги на мой счет {iban}, без комиссии сайта.
ru-o05 | OC | Ваш номер есть на посылке, напишу вам в вотсап и договоримся напрямую.
ru-o06 | O | Если отмените заказ, отдам этот же товар на {price} дешевле вне сайта.
ru-o07 | O | Скиньте деньги через Revolut, так быстрее, а заказ можно отменить.
ru-m01 | M | Посмотрите нашу новую коллекцию, все зимние куртки -30%!
ru-m02 | M | На следующую покупку скидка 15% по промокоду {coupon}.
ru-m03 | M | Оставьте отзыв на 5 звезд, и мы пришлем вам подарок!
ru-m04 | M | Подпишитесь на нашу рассылку, чтобы первыми узнавать о скидках.
ru-m05 | CM | Подписывайтесь на наш инстаграм {handle}, каждую неделю розыгрыши!
ru-m06 | M | Сейчас в нашем магазине большая распродажа, заходите.
"""

RU_QA = r"""
ru-q01 | Подойдет ли эта зарядка к iPhone 13? И какая гарантия? || Да, подходит для iPhone 13 (USB-C — Lightning). Гарантия 24 месяца. || Гарантия 24 месяца. ~~ Читайте описание товара.
ru-q02 | Когда придет посылка? Заказал {days} дней назад. || Посылку передали курьеру вчера, трек {tracking}, доставка {day}. || Проверим и сообщим. ~~ Заказ в обработке.
ru-q03 | Товар пришел с разбитым экраном. Пришлете новый или вернете деньги? || Извините! Новый отправим завтра, разбитый возвращать не нужно. Если хотите возврат денег, подтвердите здесь, и мы вернем сегодня. || Пришлем новый. ~~ Обратитесь к производителю.
ru-q04 | Какой размер у куртки, M соответствует 50? || Куртка размера M, обхват груди 104 см, это европейский 48–50. || Размеры указаны в описании.
ru-q05 | Можно отменить заказ? Нашел дешевле. || Да, заказ {order} отменен, деньги вернутся за 3 рабочих дня. || Хорошо.
ru-q06 | Сколько стоит доставка в Нарву и сколько дней? || Доставка в Нарву стоит 3,99 € и занимает 1–2 рабочих дня. || Доставка занимает несколько дней.
"""

RU_GENERIC = r"""
ru-g01 | Проверим и сообщим.
ru-g02 | Читайте описание.
ru-g03 | Обратитесь к производителю.
ru-g04 | Ок.
ru-g05 | Спасибо за сообщение, оно передано.
ru-g06 | Уточним.
ru-g07 | Всё есть в описании.
"""

LV = r"""
lv-c01 | - | Labdien! Sūtījums ir ceļā, izsekošanas numurs {tracking}, piegāde gaidāma {day}.
lv-c02 | - | Pasūtījums {order} ir nokomplektēts un šodien tiks nodots kurjeram.
lv-c03 | - | Atgriešana saņemta, nauda {price} tiks atmaksāta 3 darba dienu laikā.
lv-c04 | - | Atvainojamies par kavēšanos! {product} noliktavā ieradās tikai vakar, nosūtīsim rīt no rīta.
lv-c05 | - | Garantija ir {months} mēneši. Ja {product} saplīst, noformējiet garantijas pieteikumu šeit pasūtījuma lapā.
lv-c06 | - | Pasūtījums ir atcelts, maksājums tiks atgriezts uz to pašu karti 5 darba dienu laikā.
lv-c07 | - | Nosūtījām aizstājēju preci, jaunais izsekošanas kods {tracking}. Veco preci nav jāsūta atpakaļ.
lv-c08 | - | Diemžēl {product} nav noliktavā. Vai gaidīsiet jauno partiju ({date}) vai atcelsim pasūtījumu?
lv-c09 | - | Lūdzu, atsūtiet bojātā iepakojuma foto šajā sarakstē, lai varam iesniegt pretenziju kurjeram.
lv-c10 | - | Rēķins Nr. {order} ir pievienots pasūtījumam, to atradīsiet savā kontā.
lv-c11 | - | Remonts pabeigts, nomainījām akumulatoru. Ierīci nosūtīsim atpakaļ {day}.
lv-c12 | - | Izmēri: platums 45 cm, augstums 120 cm, svars 12 kg. Krāsa bildē ir pareiza.
lv-h01 | - | Lūdzu, sazināsimies tikai šeit platformas ziņās, tā jūsu pirkums ir aizsargāts.
lv-h02 | - | Mēs nevaram pieņemt maksājumu ārpus platformas, lūdzu apmaksājiet pasūtījumu kā parasti.
lv-h03 | - | Telefons {phone_model} ir noliktavā, nosūtīsim šodien. Kastē ir lādētājs un instrukcija.
lv-h04 | - | Telefona ekrāna maiņa maksā {price}, remonts aizņem apmēram {days} darba dienas.
lv-h05 | - | Preces EAN ir {ean}, sērijas numurs {serial}. Garantija derīga līdz {date}.
lv-h06 | - | Jūs saņēmāt e-pasta paziņojumu no platformas ar atgriešanas saiti, mūsu e-pasts nav vajadzīgs.
lv-k01 | C | Labāk piezvaniet man, {phone}, tā ātrāk vienosimies.
lv-k02 | C | Rakstiet man tieši uz {email}, tur atbildu ātrāk.
lv-k03 | C | Man ir WhatsApp {phone}, sūtiet bildes tur.
lv-k04 | C | Vairāk informācijas mūsu mājaslapā {url}
lv-k05 | C | Atrodiet mani Telegram: {handle}
lv-k06 | C | mans numurs ir {phone} zvaniet vakarā
lv-k07 | C | Sūtiet dokumentus uz e-pastu {email}, es apskatīšu.
lv-o01 | OC | Atceliet pasūtījumu, pārdošu jums tieši par 10% lētāk, rakstiet {email}.
lv-o02 | O | Varat maksāt tieši uz manu kontu {iban}, tad nav komisijas.
lv-o03 | O | Labāk maksājiet skaidrā naudā saņemot, caur platformu nevajag.
lv-o04 | O | Pārskaitiet naudu caur Revolut, tā ir ātrāk nekā šeit.
lv-o05 | OC | Jūsu numurs ir uz paciņas, uzrakstīšu jums WhatsApp un vienosimies tieši.
lv-o06 | O | Ja atcelsiet pasūtījumu, varu to pašu preci dot par {price} lētāk ārpus vietnes.
lv-o07 | O | Tiešs bankas pārskaitījums man ir vienkāršāks, pasūtījumu varat atcelt.
lv-m01 | M | Apskatiet arī mūsu jauno kolekciju, visas ziemas jakas -30%!
lv-m02 | M | Nākamajam pirkumam 15% atlaide ar kodu {coupon}.
lv-m03 | M | Atstājiet mums 5 zvaigžņu atsauksmi, un mēs nosūtīsim nelielu dāvanu!
lv-m04 | M | Pierakstieties mūsu jaunumiem, lai pirmie uzzinātu par atlaidēm.
lv-m05 | CM | Sekojiet mums Instagram {handle}, tur ir atlaides jaunajai kolekcijai!
lv-m06 | M | Mūsu veikalā tagad liela izpārdošana, ieskatieties.
"""

LV_QA = r"""
lv-q01 | Vai šis lādētājs der iPhone 13? Un cik ilga ir garantija? || Jā, der iPhone 13 (USB-C uz Lightning). Garantija ir 24 mēneši. || Garantija ir 24 mēneši. ~~ Lūdzu, izlasiet preces aprakstu.
lv-q02 | Kad pienāks sūtījums? Pasūtīju pirms {days} dienām. || Sūtījums vakar nodots kurjeram, izsekošana {tracking}, piegāde {day}. || Pārbaudīsim un paziņosim. ~~ Pasūtījums tiek apstrādāts.
lv-q03 | Prece atnāca ar saplīsušu ekrānu. Varat atsūtīt jaunu vai atmaksāt? || Atvainojamies! Jaunu ierīci nosūtīsim rīt, bojāto nav jāsūta atpakaļ. Ja vēlaties atmaksu, apstipriniet šeit, un atmaksāsim šodien. || Atsūtīsim jaunu. ~~ Sazinieties ar ražotāju.
lv-q04 | Kāds izmērs ir šai jakai, vai M atbilst 50? || Jaka ir M izmērā, krūšu apkārtmērs 104 cm, tas atbilst Eiropas 48–50. || Izmēri ir aprakstā.
lv-q05 | Vai varu atcelt pasūtījumu? Atradu lētāk. || Jā, pasūtījums {order} atcelts, nauda atgriezīsies 3 darba dienās. || Labi.
lv-q06 | Cik maksā piegāde uz Daugavpili un cik dienas tā aizņem? || Piegāde uz Daugavpili maksā 3,99 € un aizņem 1–2 darba dienas. || Piegāde aizņem dažas dienas.
"""

LV_GENERIC = r"""
lv-g01 | Pārbaudīsim un paziņosim.
lv-g02 | Lūdzu, izlasiet aprakstu.
lv-g03 | Sazinieties ar ražotāju.
lv-g04 | Ok.
lv-g05 | Paldies par ziņu, tā ir nodota tālāk.
lv-g06 | Noskaidrosim.
lv-g07 | Viss ir aprakstā.
"""
