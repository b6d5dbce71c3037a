"""Phrase banks of the fifth independent world (bench/independent_world_5.py).

Written directly in each language by the "world5" engineer session, 2026-12-06 13:50-14:00 UTC,
blind to the linker (see independent_world_5.py). EVALUATION DATA: never tune tipoff to it.

Slots: ``{v}`` the value written, ``{a}`` an amount with its currency, ``{n}`` a brand name.
"""

from __future__ import annotations

# config -> language -> opening sentences
INTRO: dict[str, dict[str, list[str]]] = {
    "fake_apps": {
        "en": [
            "A woman messaged me by mistake, we became friends and she showed me her trading "
            "profits on an app called {n}.",
            "Met someone on a dating site who taught me to trade gold on the {n} platform.",
        ],
        "zh": ["一个自称在香港做金融的男生加我好友，带我在{n}平台上做合约，说稳赚不赔。"],
        "ja": [
            "マッチングアプリで知り合った人に、{n}という取引アプリで一緒に投資しようと誘われました。"
        ],
        "ko": ["잘못 온 문자로 알게 된 여성이 {n} 앱에서 코인 선물 거래를 알려줬습니다."],
        "th": ["มีคนทักผิดเบอร์มาแล้วคุยกันจนสนิท เขาชวนให้ลงทุนในแอป {n}"],
        "vi": ["Một người quen qua mạng hướng dẫn tôi đầu tư vào sàn {n}, hứa lãi 3% mỗi ngày."],
        "de": [
            "Eine Frau schrieb mir angeblich versehentlich und brachte mich zur Trading-App {n}."
        ],
        "es": ["Conocí a un hombre en una app de citas que me enseñó a invertir en la app {n}."],
        "ar": ["تعرفت على شخص عبر الإنترنت أقنعني بالاستثمار في تطبيق تداول اسمه {n}."],
    },
    "safe_account": {
        "zh": [
            "接到自称公安局的电话，说我的身份证涉嫌洗钱案，要把钱转到安全账户配合资金核查。",
            "对方冒充检察院，给我看了通缉令，让我签保密协议，不许告诉家人。",
        ],
        "ja": [
            "警察を名乗る男から電話があり、私の口座が詐欺に使われていると言われ資金調査を求められました。",
            "ニセ警察からLINEのビデオ通話で逮捕状を見せられ、守秘義務だと言われました。",
        ],
        "ko": [
            "검찰청 수사관이라며 제 명의 통장이 범죄에 연루됐다고 안전계좌로 옮기라고 했습니다."
        ],
        "th": ["มีคนโทรมาอ้างเป็นตำรวจ บอกว่าบัญชีของฉันเป็นบัญชีม้า ให้โอนเงินไปตรวจสอบ"],
        "en": [
            "A caller claiming to be from the police said my bank account was used for money "
            "laundering and that I must move my savings to a safe account."
        ],
        "vi": [
            "Người gọi xưng là công an nói tài khoản của tôi liên quan đến vụ rửa tiền, yêu cầu "
            "chuyển tiền để xác minh."
        ],
        "id": ["Ada yang menelepon mengaku polisi, katanya rekening saya dipakai pencucian uang."],
        "km": ["មានអ្នកហៅទូរស័ព្ទអះអាងថាជាប៉ូលីស ហើយប្រាប់ថាគណនីរបស់ខ្ញុំពាក់ព័ន្ធនឹងការលាងលុយ។"],
    },
    "loan_app": {
        "id": [
            "Saya pinjam lewat aplikasi {n}, cair cuma setengah, sekarang ditagih tiga kali lipat "
            "dan kontak saya disebar.",
        ],
        "hi": ["मैंने {n} ऐप से लोन लिया, अब वे मेरी फोटो एडिट करके मेरे रिश्तेदारों को भेज रहे हैं।"],
        "en": [
            "I took a small loan on the {n} app; after 7 days they started calling all my "
            "contacts and threatening me."
        ],
        "tl": [
            "Nag-loan ako sa {n} app, tapos tinatawagan na nila lahat ng contacts ko at "
            "pinapahiya ako."
        ],
        "th": ["กู้เงินผ่านแอป {n} ได้เงินไม่ครบ แต่ถูกทวงดอกเบี้ยสูงและโทรประจานคนรู้จัก"],
        "vi": ["Tôi vay qua app {n}, bị tính lãi cắt cổ và bị gọi điện khủng bố người thân."],
        "es": ["Pedí un préstamo en la app {n} y ahora me amenazan y escriben a mis contactos."],
    },
    "shops": {
        "en": [
            "I ordered from a seller on Instagram who also sells on Carousell; paid but never "
            "received the item."
        ],
        "de": [
            "Ich habe in einem Onlineshop bestellt und per Überweisung bezahlt, die Ware kam nie."
        ],
        "es": [
            "Compré unas zapatillas en una tienda online, pagué por transferencia y no llegó nada."
        ],
        "pt": ["Comprei um celular numa loja do Instagram, paguei no Pix e nunca recebi."],
        "tl": ["Bumili ako sa online seller, nagbayad sa GCash pero hindi dumating ang order."],
        "th": ["สั่งของจากร้านออนไลน์ในเฟซบุ๊ก โอนเงินแล้วแต่ไม่ได้ของ ร้านบล็อกไปเลย"],
        "ja": ["SNSの通販サイトで注文し振り込みましたが、商品は届かず連絡も取れません。"],
        "ko": ["중고거래로 물건을 샀는데 입금 후 판매자가 연락을 끊었습니다."],
        "id": [
            "Saya beli barang dari toko online di Instagram, sudah transfer tapi barang tidak "
            "dikirim."
        ],
    },
    "whatsapp_clubs": {
        "en": [
            "A friend added me to a WhatsApp stock club run by a 'professor' who gives daily "
            "signals."
        ],
        "zh": ["朋友拉我进了一个股票群，群里有老师每天带单，助理让我下载{n}。"],
        "hi": ["एक दोस्त ने मुझे व्हाट्सऐप स्टॉक ग्रुप में जोड़ा, जहाँ एक 'सर' रोज़ टिप्स देते थे।"],
        "es": ["Un amigo me metió en un grupo de WhatsApp de inversiones con un 'profesor'."],
        "pt": ["Uma amiga me adicionou num grupo de WhatsApp de investimentos com um mentor."],
        "de": [
            "Über eine Anzeige kam ich in eine WhatsApp-Gruppe, in der ein 'Professor' "
            "Aktientipps gab."
        ],
        "ar": ["أضافني صديق إلى مجموعة واتساب للاستثمار يديرها شخص يدعي أنه خبير أسهم."],
        "ja": ["友人の紹介で株の勉強会のLINEグループに入り、先生の指示で{n}に入金しました。"],
        "ko": ["지인이 주식 리딩방에 초대했고 교수라는 사람이 매일 종목을 찍어줬습니다."],
        "vi": ["Bạn tôi mời vào nhóm WhatsApp đầu tư chứng khoán, có 'giáo sư' hướng dẫn."],
    },
}

# language -> slot -> sentence templates
PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        "friend": ["My friend {v} forwarded me the group invite."],
        "contact": ["They contacted me on {v}.", "Her number was {v}.", "He used {v} to chat."],
        "site": ["The platform was {v}.", "I downloaded the app from {v}.", "Website: {v}"],
        "pay": ["I sent {a} to {v}.", "Paid {a} into account {v}.", "Transferred {a} to {v}."],
        "ref": [
            "I called {v} afterwards.",
            "My bank ({v}) told me to report it.",
            "I reported it at {v}.",
        ],
        "svc": ["They told me to buy through {v}.", "The payment page said {v}."],
        "quote": ["A warning post listed {v} as a scam, but that was not the one I dealt with."],
        "family": ["I am reporting for my mother, who does not speak English well."],
        "dup": ["I already reported this last week, adding details."],
        "recruit": [
            "I answered a job ad for a payment assistant and let them use my account {v}; "
            "now it is frozen."
        ],
        "own": ["My own number is {v}."],
    },
    "zh": {
        "friend": ["是朋友{v}把群链接转给我的。"],
        "contact": ["对方联系方式：{v}", "他的电话是{v}", "加了对方{v}"],
        "site": ["平台网址{v}", "让我在{v}下载APP", "网站是{v}"],
        "pay": ["我转了{a}到{v}", "向账户{v}汇款{a}", "分次转入{v}共{a}"],
        "ref": ["后来我打了{v}", "银行客服{v}让我报警", "已在{v}举报"],
        "svc": ["让我通过{v}买U", "付款页面显示{v}"],
        "quote": ["网上有人曝光过{v}，但不是骗我的那个"],
        "family": ["我替我父亲报案，他不会用手机。"],
        "dup": ["上周已经报过一次，现在补充材料。"],
        "recruit": ["我在网上找兼职，对方让我用自己的卡{v}帮忙走账，现在卡被冻结了。"],
        "own": ["我本人电话{v}"],
    },
    "ja": {
        "friend": ["友人（{v}）からグループの招待が転送されてきました。"],
        "contact": [
            "相手の連絡先は{v}です。",
            "{v}から電話がありました。",
            "LINEで{v}とやり取りしました。",
        ],
        "site": ["サイトは{v}でした。", "{v}からアプリを入れました。"],
        "pay": ["{v}に{a}を振り込みました。", "振込先：{v}（{a}）"],
        "ref": ["その後{v}に相談しました。", "銀行({v})に電話して止めてもらいました。"],
        "svc": ["{v}経由で購入するよう言われました。"],
        "quote": ["ネットの注意喚起に{v}が載っていましたが、私の件とは別です。"],
        "family": ["高齢の母に代わって届け出ます。"],
        "dup": ["先日届け出た件の追加です。"],
        "recruit": ["高額バイトに応募し、自分の口座{v}を貸してしまいました。"],
        "own": ["私の電話番号は{v}です。"],
    },
    "ko": {
        "friend": ["친구({v})가 단톡방 링크를 보내줬습니다."],
        "contact": ["연락처는 {v}였습니다.", "{v}로 카톡 대화를 했습니다."],
        "site": ["사이트 주소는 {v}입니다.", "{v}에서 앱을 설치했습니다."],
        "pay": ["{v}로 {a} 이체했습니다.", "입금 계좌 {v}, 금액 {a}"],
        "ref": ["이후 {v}에 신고했습니다.", "은행 고객센터 {v}에 지급정지 요청했습니다."],
        "svc": ["{v}에서 코인을 사라고 했습니다."],
        "quote": ["인터넷 피해 글에 {v}가 나와 있었지만 저와는 다른 곳입니다."],
        "family": ["어머니 대신 신고합니다."],
        "dup": ["지난주 신고 건에 추가합니다."],
        "recruit": ["구매대행 알바라고 해서 제 통장 {v}를 빌려줬는데 지금 정지됐습니다."],
        "own": ["제 번호는 {v}입니다."],
    },
    "th": {
        "contact": ["ติดต่อผ่าน {v}", "เบอร์ของเขาคือ {v}"],
        "site": ["เว็บไซต์ {v}", "ให้โหลดแอปจาก {v}"],
        "pay": ["โอนเงิน {a} เข้าบัญชี {v}", "โอนไป {v} จำนวน {a}"],
        "ref": ["ได้โทรแจ้ง {v} แล้ว", "แจ้งความที่ {v}"],
        "svc": ["ให้ซื้อเหรียญผ่าน {v}"],
        "quote": ["เห็นโพสต์เตือนว่า {v} เป็นมิจฉาชีพ แต่ไม่ใช่รายที่หลอกฉัน"],
        "family": ["แจ้งแทนพ่อซึ่งอายุมากแล้ว"],
        "dup": ["เคยแจ้งไปแล้ว ขอเพิ่มข้อมูล"],
        "recruit": ["สมัครงานออนไลน์ เขาให้ใช้บัญชี {v} ของฉันรับโอนเงิน ตอนนี้บัญชีถูกอายัด"],
        "own": ["เบอร์ของฉัน {v}"],
    },
    "vi": {
        "friend": ["Bạn tôi ({v}) đã chuyển tiếp link nhóm cho tôi."],
        "contact": ["Họ liên lạc qua {v}.", "Số điện thoại của họ là {v}."],
        "site": ["Trang web là {v}.", "Tải ứng dụng tại {v}."],
        "pay": ["Tôi đã chuyển {a} vào tài khoản {v}.", "Chuyển khoản {a} tới {v}."],
        "ref": ["Tôi đã gọi {v}.", "Đã báo cáo tại {v}."],
        "svc": ["Họ bảo mua USDT qua {v}."],
        "quote": ["Có bài cảnh báo nhắc đến {v} nhưng không phải bên lừa tôi."],
        "family": ["Tôi báo thay cho mẹ tôi."],
        "dup": ["Tôi đã báo trước đó, nay bổ sung."],
        "recruit": ["Tôi nhận việc làm thêm, cho họ mượn tài khoản {v}, giờ bị phong tỏa."],
        "own": ["Số của tôi là {v}."],
    },
    "id": {
        "contact": ["Dia menghubungi saya lewat {v}.", "Nomor penagih: {v}", "WA dia {v}"],
        "site": ["Aplikasinya dari {v}.", "Situsnya {v}"],
        "pay": ["Saya transfer {a} ke {v}.", "Bayar {a} ke rekening {v}"],
        "ref": ["Saya sudah lapor ke {v}.", "Sudah telepon {v}."],
        "svc": ["Disuruh bayar lewat {v}."],
        "quote": ["Ada postingan peringatan soal {v}, tapi bukan yang menipu saya."],
        "family": ["Saya melapor untuk kakak saya."],
        "dup": ["Sudah pernah lapor, ini tambahan."],
        "recruit": [
            "Saya ditawari kerja jadi admin pembayaran dan rekening saya {v} dipakai mereka."
        ],
        "own": ["Nomor saya {v}"],
    },
    "tl": {
        "contact": ["Nag-message sila sa akin gamit ang {v}.", "Ang number nila ay {v}."],
        "site": ["Ang website ay {v}.", "Dinownload ko ang app sa {v}."],
        "pay": ["Nagpadala ako ng {a} sa {v}.", "Nagbayad ako ng {a} sa {v}."],
        "ref": ["Tumawag na ako sa {v}.", "Nag-report na ako sa {v}."],
        "svc": ["Pinabayad nila ako sa {v}."],
        "quote": ["May warning post tungkol sa {v} pero iba iyon sa nanloko sa akin."],
        "family": ["Nagre-report ako para sa tita ko."],
        "dup": ["Nag-report na ako dati, dagdag lang ito."],
        "recruit": ["Nag-apply ako bilang payment assistant at ginamit nila ang account ko {v}."],
        "own": ["Ang number ko ay {v}."],
    },
    "km": {
        "contact": ["ពួកគេទាក់ទងខ្ញុំតាម {v}", "លេខទូរស័ព្ទរបស់គេ {v}"],
        "site": ["គេហទំព័រ {v}"],
        "pay": ["ខ្ញុំបានផ្ទេរ {a} ទៅគណនី {v}"],
        "ref": ["ខ្ញុំបានរាយការណ៍ទៅ {v}"],
        "svc": ["គេប្រាប់ឲ្យបង់តាម {v}"],
        "quote": ["មានការព្រមានអំពី {v} ប៉ុន្តែមិនមែនអ្នកបោកខ្ញុំទេ"],
        "family": ["ខ្ញុំរាយការណ៍ជំនួសម្ដាយខ្ញុំ"],
        "dup": ["ខ្ញុំធ្លាប់រាយការណ៍ហើយ"],
        "recruit": ["ខ្ញុំបានឲ្យគេប្រើគណនី {v} របស់ខ្ញុំ"],
        "own": ["លេខរបស់ខ្ញុំ {v}"],
    },
    "es": {
        "friend": ["Mi amiga {v} me reenvió la invitación al grupo."],
        "contact": ["Me escribían desde el {v}.", "Su número era {v}.", "Hablábamos por {v}."],
        "site": ["La página era {v}.", "Descargué la app desde {v}."],
        "pay": ["Transferí {a} a la cuenta {v}.", "Pagué {a} a {v}."],
        "ref": ["Llamé a {v}.", "Lo denuncié en {v}."],
        "svc": ["Me dijeron que comprara a través de {v}."],
        "quote": ["Un aviso en redes mencionaba {v}, pero no era el mío."],
        "family": ["Denuncio en nombre de mi padre."],
        "dup": ["Ya lo denuncié antes, agrego datos."],
        "recruit": ["Acepté un trabajo de 'gestor de pagos' y usaron mi cuenta {v}."],
        "own": ["Mi número es {v}."],
    },
    "pt": {
        "friend": ["Minha amiga {v} me encaminhou o convite do grupo."],
        "contact": ["O contato era {v}.", "Falava comigo pelo {v}."],
        "site": ["O site era {v}.", "Baixei o app em {v}."],
        "pay": ["Fiz um Pix de {a} para {v}.", "Transferi {a} para {v}."],
        "ref": ["Liguei para {v}.", "Registrei reclamação em {v}."],
        "svc": ["Mandaram comprar pelo {v}."],
        "quote": ["Vi um alerta sobre {v}, mas não era o mesmo golpe."],
        "family": ["Estou denunciando pela minha avó."],
        "dup": ["Já fiz denúncia antes, estou complementando."],
        "recruit": ["Aceitei um trabalho de receber pagamentos na minha conta {v}."],
        "own": ["Meu número é {v}."],
    },
    "de": {
        "friend": ["Ein Bekannter ({v}) hat mir den Gruppenlink weitergeleitet."],
        "contact": ["Kontakt lief über {v}.", "Ihre Nummer war {v}."],
        "site": ["Die Seite hieß {v}.", "Die App kam von {v}."],
        "pay": ["Ich habe {a} auf {v} überwiesen.", "Überweisung über {a} an {v}."],
        "ref": ["Ich habe bei {v} angerufen.", "Gemeldet bei {v}."],
        "svc": ["Ich sollte über {v} kaufen."],
        "quote": ["In einer Warnung stand {v}, das war aber nicht meins."],
        "family": ["Ich melde das für meinen Vater."],
        "dup": ["Ich hatte das schon gemeldet, hier Ergänzungen."],
        "recruit": ["Ich habe als 'Finanzagent' mein Konto {v} zur Verfügung gestellt."],
        "own": ["Meine Nummer: {v}"],
    },
    "ar": {
        "friend": ["صديقي {v} أرسل لي رابط المجموعة."],
        "contact": ["تواصلوا معي عبر {v}", "رقمه كان {v}"],
        "site": ["الموقع هو {v}", "حملت التطبيق من {v}"],
        "pay": ["حولت {a} إلى {v}", "دفعت {a} إلى الحساب {v}"],
        "ref": ["اتصلت بـ {v}", "أبلغت عبر {v}"],
        "svc": ["طلبوا مني الشراء عبر {v}"],
        "quote": ["رأيت تحذيرا عن {v} لكنه ليس من احتال علي"],
        "family": ["أبلغ نيابة عن والدي"],
        "dup": ["سبق أن أبلغت، هذه إضافة"],
        "recruit": ["قبلت وظيفة واستخدموا حسابي {v}"],
        "own": ["رقمي {v}"],
    },
    "hi": {
        "friend": ["मेरे दोस्त {v} ने मुझे ग्रुप का लिंक भेजा था।"],
        "contact": ["उन्होंने {v} से संपर्क किया।", "रिकवरी एजेंट का नंबर {v} था।"],
        "site": ["ऐप {v} से डाउनलोड किया।", "वेबसाइट {v} थी।"],
        "pay": ["मैंने {v} पर {a} भेजे।", "{a} का भुगतान {v} को किया।"],
        "ref": ["मैंने {v} पर शिकायत की।", "{v} पर कॉल किया।"],
        "svc": ["उन्होंने {v} से पेमेंट करने को कहा।"],
        "quote": ["एक चेतावनी पोस्ट में {v} था, पर वो मेरा मामला नहीं है।"],
        "family": ["मैं अपने भाई की तरफ से शिकायत कर रहा हूँ।"],
        "dup": ["पहले भी शिकायत की थी, यह अतिरिक्त जानकारी है।"],
        "recruit": ["पार्ट-टाइम जॉब के नाम पर मेरा खाता {v} इस्तेमाल हुआ।"],
        "own": ["मेरा नंबर {v} है।"],
    },
}

# spelled-out digits, per language (an unrecoverable way to write a number)
DIGIT_WORDS: dict[str, list[str]] = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "zh": ["零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"],
}

# how a victim names a third party: a line they called, a site, an exchange wallet
REF: dict[str, dict[str, list[str]]] = {
    "en": {
        "via": ["Their links all came through {v}."],
        "approve": ["My wallet had approved a contract {v} on the airdrop page."],
        "line": ["I called {v} afterwards.", "My bank's hotline {v} told me to report it."],
        "site": ["I reported it at {v}.", "I checked {v} and found warnings."],
        "wallet": ["I bought the USDT on an exchange; its address was {v}."],
    },
    "zh": {
        "via": ["他们发的链接都是{v}的"],
        "approve": ["在空投页面授权了合约{v}"],
        "line": ["后来我打了{v}", "银行客服{v}让我报警"],
        "site": ["已在{v}举报", "在{v}上查到了提醒"],
        "wallet": ["我是在交易所买的U，交易所地址{v}"],
    },
    "ja": {
        "via": ["リンクはすべて{v}経由でした。"],
        "approve": ["エアドロップのページでコントラクト{v}を承認してしまいました。"],
        "line": ["その後{v}に相談しました。", "銀行の窓口（{v}）に電話しました。"],
        "site": ["{v}で注意喚起を見ました。"],
        "wallet": ["取引所で買ったUSDTで、取引所のアドレスは{v}でした。"],
    },
    "ko": {
        "via": ["링크는 모두 {v}를 통해 왔습니다."],
        "approve": ["에어드랍 페이지에서 {v} 컨트랙트를 승인했습니다."],
        "line": ["이후 {v}에 신고했습니다.", "은행 고객센터 {v}에 지급정지 요청했습니다."],
        "site": ["{v}에 신고서를 냈습니다."],
        "wallet": ["거래소에서 산 코인이고 거래소 주소는 {v}입니다."],
    },
    "th": {
        "via": ["ลิงก์ที่ส่งมาผ่าน {v} ทั้งหมด"],
        "approve": ["ฉันกดอนุมัติสัญญา {v} ในหน้าแอร์ดรอป"],
        "line": ["ได้โทรแจ้ง {v} แล้ว"],
        "site": ["แจ้งความออนไลน์ที่ {v}"],
        "wallet": ["ซื้อ USDT จากกระดานเทรด ที่อยู่ของกระดานคือ {v}"],
    },
    "vi": {
        "via": ["Các đường link đều qua {v}."],
        "approve": ["Tôi đã cấp quyền cho hợp đồng {v} trên trang airdrop."],
        "line": ["Tôi đã gọi {v}."],
        "site": ["Đã báo cáo tại {v}."],
        "wallet": ["Tôi mua USDT trên sàn, địa chỉ của sàn là {v}."],
    },
    "id": {
        "via": ["Link-nya semua lewat {v}."],
        "approve": ["Dompet saya menyetujui kontrak {v} di halaman airdrop."],
        "line": ["Sudah telepon {v}."],
        "site": ["Saya sudah lapor ke {v}."],
        "wallet": ["USDT saya beli di exchange, alamatnya {v}."],
    },
    "tl": {
        "via": ["Lahat ng link ay galing sa {v}."],
        "approve": ["Na-approve ng wallet ko ang contract {v} sa airdrop page."],
        "line": ["Tumawag na ako sa {v}."],
        "site": ["Nag-report na ako sa {v}."],
        "wallet": ["Bumili ako ng USDT sa exchange, address nila {v}."],
    },
    "km": {
        "via": ["តំណទាំងអស់មកតាម {v}"],
        "approve": ["កាបូបរបស់ខ្ញុំបានអនុញ្ញាតកិច្ចសន្យា {v}"],
        "line": ["ខ្ញុំបានហៅទៅ {v}"],
        "site": ["ខ្ញុំបានរាយការណ៍ទៅ {v}"],
        "wallet": ["អាសយដ្ឋានផ្សារប្តូរប្រាក់គឺ {v}"],
    },
    "es": {
        "via": ["Los enlaces llegaban siempre por {v}."],
        "approve": ["Mi billetera aprobó el contrato {v} en la página del airdrop."],
        "line": ["Llamé a {v}.", "El banco ({v}) me dijo que lo denunciara."],
        "site": ["Lo denuncié en {v}.", "Encontré avisos en {v}."],
        "wallet": ["Compré los USDT en un exchange; su dirección era {v}."],
    },
    "pt": {
        "via": ["Os links vinham sempre pelo {v}."],
        "approve": ["Minha carteira aprovou o contrato {v} na página do airdrop."],
        "line": ["Liguei para {v}."],
        "site": ["Registrei reclamação em {v}."],
        "wallet": ["Comprei USDT numa corretora, o endereço dela era {v}."],
    },
    "de": {
        "via": ["Die Links kamen alle über {v}."],
        "approve": ["Meine Wallet hatte auf der Airdrop-Seite den Vertrag {v} freigegeben."],
        "line": ["Ich habe bei {v} angerufen."],
        "site": ["Gemeldet bei {v}.", "Auf {v} fand ich eine Warnung."],
        "wallet": ["Die USDT kaufte ich an einer Börse, deren Adresse {v} ist."],
    },
    "ar": {
        "via": ["كانت الروابط تأتي عبر {v}"],
        "approve": ["وافقت محفظتي على العقد {v} في صفحة التوزيع المجاني"],
        "line": ["اتصلت بـ {v}"],
        "site": ["أبلغت عبر {v}"],
        "wallet": ["اشتريت USDT من منصة تداول وعنوانها {v}"],
    },
    "hi": {
        "via": ["सारे लिंक {v} से आते थे।"],
        "approve": ["मेरे वॉलेट ने एयरड्रॉप पेज पर कॉन्ट्रैक्ट {v} को मंज़ूरी दी।"],
        "line": ["{v} पर कॉल किया।"],
        "site": ["मैंने {v} पर शिकायत की।"],
        "wallet": ["मैंने एक्सचेंज से USDT खरीदा, उसका पता {v} था।"],
    },
}
