"""Phrase tables of the eleventh independent world (bench/independent_world_11.py).

Nine languages (ja, zh, ko, th, vi, id, tl, en, ms). ``SLOTS`` are the sentences that carry one
value (``{v}``; ``{app}`` the messenger's name as victims write it); ``STORIES`` open a report of
each theme; ``MESSAGES`` are scammer messages that carry a link or a number. Written for this
world by hand, from how victims in each country describe these scams; evaluation data.
"""

from __future__ import annotations

LANGUAGES = ("ja", "zh", "ko", "th", "vi", "id", "tl", "en", "ms")

SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "phone": (
            "相手の電話番号は{v}です。",
            "{v}から何度も電話がありました。",
            "連絡先として{v}を教えられました。",
        ),
        "handle": (
            "{app}のIDは{v}でした。",
            "{app}で{v}という人とやり取りしました。",
            "「{app}追加して」と言われ、{v}を登録しました。",
        ),
        "payee": ("{v}に振り込みました。", "指定された口座は{v}でした。", "振込先：{v}"),
        "wallet": ("USDTを{v}に送金しました。", "送金先アドレスは{v}です。"),
        "site": ("サイトは{v}でした。", "{v}というページに誘導されました。"),
        "email": ("{v}からメールが届きました。", "連絡用メールは{v}でした。"),
        "police": ("警察相談専用電話{v}に相談しました。", "最寄りの警察署（{v}）に届け出ました。"),
        "bankline": ("自分の銀行のコールセンター{v}に電話しました。",),
        "gov": ("{v}で注意喚起を確認しました。",),
        "platform": ("{v}で見つけました。", "最初は{v}で知り合いました。"),
        "own": ("自分の口座{v}から送金しました。",),
        "realco": (
            "本物の会社の連絡先は{v}でした。",
            "後で{v}に確認したら、そんな話はないと言われました。",
        ),
    },
    "zh": {
        "phone": ("对方电话是{v}。", "{v}多次打来电话。", "对方留的联系电话：{v}"),
        "handle": ("对方{app}号是{v}。", "加了{app} {v}之后一直聊天。", "他让我加{app}：{v}"),
        "payee": ("我转账到{v}。", "对方指定的收款账户是{v}。", "收款账号：{v}"),
        "wallet": ("我把USDT转到{v}。", "充值地址是{v}。"),
        "site": ("网站是{v}。", "对方发来链接{v}。"),
        "email": ("对方用邮箱{v}联系我。", "邮件来自{v}。"),
        "police": ("我已拨打{v}报警。", "向当地派出所（{v}）报案。"),
        "bankline": ("我打了自己银行的客服{v}。",),
        "gov": ("在{v}上看到了防骗提醒。",),
        "platform": ("我是在{v}上看到的。", "最早在{v}认识的。"),
        "own": ("从我自己的账户{v}转出。",),
        "realco": ("真正公司的官网是{v}。", "后来联系了{v}，对方说根本没有这回事。"),
    },
    "ko": {
        "phone": (
            "상대방 번호는 {v}입니다.",
            "{v}에서 여러 번 전화가 왔습니다.",
            "연락처로 {v}를 받았습니다.",
        ),
        "handle": (
            "{app} 아이디는 {v}였습니다.",
            "{app} {v}로 대화했습니다.",
            "{app} 추가하라고 해서 {v} 친구 추가했습니다.",
        ),
        "payee": ("{v}로 이체했습니다.", "입금 계좌는 {v}였습니다.", "송금한 계좌: {v}"),
        "wallet": ("USDT를 {v}로 보냈습니다.", "입금 주소는 {v}입니다."),
        "site": ("사이트 주소는 {v}였습니다.", "{v} 링크를 받았습니다."),
        "email": ("{v}에서 메일이 왔습니다.", "연락 메일은 {v}였습니다."),
        "police": ("경찰 {v}에 신고했습니다.", "관할 경찰서({v})에 접수했습니다."),
        "bankline": ("제 은행 고객센터 {v}에 전화했습니다.",),
        "gov": ("{v}에서 피해 예방 안내를 봤습니다.",),
        "platform": ("{v}에서 보고 연락했습니다.", "처음에는 {v}에서 알게 됐습니다."),
        "own": ("제 계좌 {v}에서 보냈습니다.",),
        "realco": (
            "진짜 회사 연락처는 {v}입니다.",
            "나중에 {v}에 확인하니 그런 일은 없다고 했습니다.",
        ),
    },
    "th": {
        "phone": ("เบอร์ของคนร้ายคือ {v}", "มีคนโทรมาจากเบอร์ {v} หลายครั้ง", "เขาให้เบอร์ติดต่อ {v}"),
        "handle": ("ไอดี{app}ของเขาคือ {v}", "คุยกันทาง{app} {v}", "เขาบอกให้แอด{app} {v}"),
        "payee": ("ฉันโอนเงินเข้าบัญชี {v}", "บัญชีที่ให้โอนคือ {v}", "โอนไปที่ {v}"),
        "wallet": ("โอน USDT ไปที่ {v}", "กระเป๋าเงินที่ให้โอนคือ {v}"),
        "site": ("เว็บไซต์คือ {v}", "เขาส่งลิงก์ {v} มาให้"),
        "email": ("ได้รับอีเมลจาก {v}", "อีเมลติดต่อคือ {v}"),
        "police": ("ได้แจ้งสายด่วน {v} แล้ว", "แจ้งความที่สถานีตำรวจ ({v}) แล้ว"),
        "bankline": ("ได้โทรหาคอลเซ็นเตอร์ธนาคารของฉัน {v}",),
        "gov": ("ตรวจสอบคำเตือนที่ {v}",),
        "platform": ("เจอประกาศใน {v}", "รู้จักกันครั้งแรกใน {v}"),
        "own": ("โอนจากบัญชีของฉันเอง {v}",),
        "realco": ("ช่องทางจริงของบริษัทคือ {v}", "ภายหลังโทรถาม {v} เขาบอกว่าไม่มีเรื่องนี้"),
    },
    "vi": {
        "phone": (
            "Số điện thoại của đối tượng là {v}.",
            "Số {v} gọi cho tôi nhiều lần.",
            "Họ cho số liên hệ {v}.",
        ),
        "handle": (
            "{app} của họ là {v}.",
            "Tôi nhắn tin qua {app} với {v}.",
            "Họ bảo kết bạn {app} {v}.",
        ),
        "payee": ("Tôi đã chuyển khoản vào {v}.", "Tài khoản nhận tiền là {v}.", "Chuyển tới: {v}"),
        "wallet": ("Tôi chuyển USDT tới ví {v}.", "Địa chỉ ví nạp tiền là {v}."),
        "site": ("Trang web là {v}.", "Họ gửi đường link {v}."),
        "email": ("Tôi nhận email từ {v}.", "Email liên hệ là {v}."),
        "police": ("Tôi đã gọi {v} để trình báo.", "Đã trình báo công an phường ({v})."),
        "bankline": ("Tôi đã gọi tổng đài ngân hàng của mình {v}.",),
        "gov": ("Tôi đã xem cảnh báo trên {v}.",),
        "platform": ("Tôi thấy tin đăng trên {v}.", "Lúc đầu quen nhau trên {v}."),
        "own": ("Tôi chuyển từ tài khoản của mình {v}.",),
        "realco": (
            "Liên hệ thật của công ty là {v}.",
            "Sau đó tôi hỏi {v} thì họ nói không có chuyện đó.",
        ),
    },
    "id": {
        "phone": (
            "Nomor pelaku {v}.",
            "Saya ditelepon berkali-kali dari {v}.",
            "Dia memberi nomor kontak {v}.",
        ),
        "handle": (
            "Akun {app} pelaku {v}.",
            "Kami chat lewat {app} {v}.",
            "Disuruh tambah {app} {v}.",
        ),
        "payee": ("Saya transfer ke {v}.", "Rekening tujuan {v}.", "Ditransfer ke: {v}"),
        "wallet": ("Saya kirim USDT ke {v}.", "Alamat dompet deposit {v}."),
        "site": ("Situsnya {v}.", "Saya dikirimi link {v}."),
        "email": ("Saya dapat email dari {v}.", "Email kontaknya {v}."),
        "police": ("Sudah lapor ke {v}.", "Sudah lapor ke polsek ({v})."),
        "bankline": ("Saya sudah telepon call center bank saya {v}.",),
        "gov": ("Saya cek peringatan di {v}.",),
        "platform": ("Saya lihat iklannya di {v}.", "Awalnya kenal di {v}."),
        "own": ("Saya transfer dari rekening saya sendiri {v}.",),
        "realco": (
            "Kontak asli perusahaannya {v}.",
            "Setelah saya tanya ke {v}, katanya tidak ada hal seperti itu.",
        ),
    },
    "tl": {
        "phone": (
            "Ang number ng scammer ay {v}.",
            "Tumawag sa akin ang {v} nang ilang beses.",
            "Binigay niya ang contact number na {v}.",
        ),
        "handle": (
            "Ang {app} niya ay {v}.",
            "Nag-usap kami sa {app} {v}.",
            "Pinaadd niya ako sa {app} {v}.",
        ),
        "payee": ("Nagpadala ako sa {v}.", "Ang account na pinagpadalhan ay {v}.", "Send to: {v}"),
        "wallet": ("Nagpadala ako ng USDT sa {v}.", "Ang wallet address ay {v}."),
        "site": ("Ang website ay {v}.", "Pinadalhan niya ako ng link {v}."),
        "email": ("Nag-email siya mula sa {v}.", "Ang email niya ay {v}."),
        "police": ("Nag-report na ako sa {v}.", "Nagpa-blotter ako sa presinto ({v})."),
        "bankline": ("Tinawagan ko ang hotline ng bangko ko {v}.",),
        "gov": ("Nabasa ko ang babala sa {v}.",),
        "platform": ("Nakita ko ito sa {v}.", "Nagkakilala kami sa {v}."),
        "own": ("Galing sa sarili kong account {v}.",),
        "realco": (
            "Ang totoong contact ng kumpanya ay {v}.",
            "Tinanong ko ang {v} at wala raw ganoon.",
        ),
    },
    "en": {
        "phone": (
            "Their number was {v}.",
            "I got several calls from {v}.",
            "The contact number they gave me was {v}.",
        ),
        "handle": (
            "Their {app} was {v}.",
            "We chatted on {app} with {v}.",
            "He asked me to add him on {app}: {v}",
        ),
        "payee": (
            "I transferred the money to {v}.",
            "The account they gave me: {v}.",
            "Paid to {v}.",
        ),
        "wallet": ("I sent USDT to {v}.", "The deposit address was {v}."),
        "site": ("The website was {v}.", "They sent me the link {v}."),
        "email": ("I got an email from {v}.", "Their email was {v}."),
        "police": ("I reported it to the police on {v}.", "I called {v} to report."),
        "bankline": ("I called my own bank's fraud line {v}.",),
        "gov": ("I read the warning on {v}.",),
        "platform": ("I found it on {v}.", "We first met on {v}."),
        "own": ("I paid from my own account {v}.",),
        "realco": (
            "The real company's contact is {v}.",
            "Later I checked with {v} and they knew nothing about it.",
        ),
    },
    "ms": {
        "phone": (
            "Nombor suspek ialah {v}.",
            "Saya terima panggilan dari {v} beberapa kali.",
            "Dia beri nombor {v}.",
        ),
        "handle": (
            "{app} suspek ialah {v}.",
            "Kami berbual di {app} {v}.",
            "Dia minta saya add {app} {v}.",
        ),
        "payee": ("Saya buat pindahan ke {v}.", "Akaun penerima ialah {v}.", "Bayar kepada: {v}"),
        "wallet": ("Saya hantar USDT ke {v}.", "Alamat dompet ialah {v}."),
        "site": ("Laman webnya {v}.", "Dia hantar pautan {v}."),
        "email": ("Saya terima emel dari {v}.", "Emel suspek {v}."),
        "police": ("Saya telah lapor kepada {v}.", "Saya buat laporan di balai polis ({v})."),
        "bankline": ("Saya telefon talian bank saya sendiri {v}.",),
        "gov": ("Saya baca amaran di {v}.",),
        "platform": ("Saya jumpa iklan di {v}.", "Mula-mula kenal di {v}."),
        "own": ("Saya bayar dari akaun saya sendiri {v}.",),
        "realco": (
            "Hubungan sebenar syarikat ialah {v}.",
            "Bila saya tanya {v}, mereka kata tiada perkara begitu.",
        ),
    },
}

STORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "mule_jobs": {
        "ja": (
            "ネットショップで家電を注文し、代金を個人名義の口座に振り込みましたが商品が届きません。",
            "在宅の「決済代行アシスタント」の求人に応募し、自分の口座に入ったお金を指示通りに送金していました。後で詐欺の被害金だと知りました。",
        ),
        "zh": (
            "在网上商城买了手机，按要求转账到个人账户，之后一直没发货。",
            "我应聘了在家做的“支付助理”兼职，用自己的银行卡收款再转出去，后来才知道是诈骗赃款。",
        ),
        "ko": (
            "온라인 쇼핑몰에서 물건을 샀는데 개인 계좌로 입금하라고 해서 보냈고 물건은 오지 않았습니다.",
            "재택 '결제 대행 알바'에 지원해 제 계좌로 들어온 돈을 지시대로 보냈는데 사기 피해금이었습니다.",
        ),
        "th": (
            "สั่งซื้อของออนไลน์ ให้โอนเข้าบัญชีบุคคล แต่ไม่ได้รับของ",
            "ฉันสมัครงานพาร์ทไทม์ 'ผู้ช่วยรับชำระเงิน' ใช้บัญชีของตัวเองรับเงินแล้วโอนต่อ ภายหลังรู้ว่าเป็นเงินจากการหลอกลวง",
        ),
        "vi": (
            "Tôi mua hàng online, họ bảo chuyển khoản vào tài khoản cá nhân nhưng không giao hàng.",
            "Tôi nhận việc cộng tác viên 'hỗ trợ thanh toán' tại nhà, nhận tiền vào tài khoản của mình rồi chuyển đi, sau mới biết là tiền lừa đảo.",
        ),
        "id": (
            "Saya beli barang online, disuruh transfer ke rekening pribadi, barang tidak dikirim.",
            "Saya melamar kerja paruh waktu 'asisten pembayaran', rekening saya dipakai menerima uang lalu saya teruskan. Ternyata uang hasil penipuan.",
        ),
        "tl": (
            "Bumili ako online at pinagbayad sa personal na account pero walang dumating na item.",
            "Nag-apply ako bilang 'payment assistant' na work from home; ginamit ang account ko para tumanggap at magpasa ng pera. Scam pala iyon.",
        ),
        "en": (
            "I bought a laptop from an online store and paid into a personal account, nothing was delivered.",
            "I took a remote 'payment processing assistant' job and forwarded money that landed in my account; it turned out to be scam money.",
        ),
        "ms": (
            "Saya beli barang dalam talian dan bayar ke akaun peribadi, barang tidak sampai.",
            "Saya ambil kerja 'pembantu pemprosesan bayaran' dari rumah dan pindahkan wang yang masuk ke akaun saya. Rupanya wang penipuan.",
        ),
    },
    "bec_invoices": {
        "ja": (
            "取引先から「口座が変わった」という請求書メールが届き、新しい口座に支払いましたが、取引先は送っていませんでした。",
            "社長を名乗るビデオ会議で至急の送金を指示されました。",
        ),
        "zh": (
            "供应商发邮件说收款账户变更，我们按新发票付款，后来发现邮件是伪造的。",
            "有人冒充老板开视频会议，要求财务紧急转账。",
        ),
        "ko": (
            "거래처에서 계좌가 변경됐다는 인보이스 메일을 받고 송금했는데 가짜 메일이었습니다.",
            "대표를 사칭한 화상회의에서 긴급 송금 지시를 받았습니다.",
        ),
        "th": (
            "ได้รับอีเมลใบแจ้งหนี้จากคู่ค้าว่าเปลี่ยนบัญชี จึงโอนไป แต่คู่ค้าไม่ได้ส่งอีเมลนั้น",
            "มีคนปลอมเป็นผู้บริหารในวิดีโอคอลสั่งให้โอนเงินด่วน",
        ),
        "vi": (
            "Nhận email hóa đơn từ đối tác báo đổi tài khoản, chúng tôi đã thanh toán nhưng email là giả.",
            "Có người giả giám đốc trong cuộc gọi video yêu cầu chuyển tiền gấp.",
        ),
        "id": (
            "Kami terima email invoice dari pemasok bahwa rekening berubah, kami bayar, ternyata email palsu.",
            "Ada yang menyamar sebagai direktur lewat video call dan minta transfer mendesak.",
        ),
        "tl": (
            "Nakatanggap kami ng invoice email na nagbago raw ang account ng supplier; nagbayad kami pero peke pala.",
            "May nagpanggap na CEO sa video call at nag-utos ng urgent na transfer.",
        ),
        "en": (
            "We received an invoice from our supplier saying their bank details had changed and paid it; the supplier never sent it.",
            "Someone posing as our CEO on a video call told finance to wire money urgently.",
        ),
        "ms": (
            "Kami terima emel invois kononnya pembekal tukar akaun bank, kami bayar tetapi emel itu palsu.",
            "Seseorang menyamar sebagai CEO dalam panggilan video dan minta pindahan segera.",
        ),
    },
    "rental_deposits": {
        "ja": (
            "賃貸物件の掲載を見て問い合わせ、内見前に手付金を払うよう言われて振り込みましたが、物件は他人のものでした。",
        ),
        "zh": ("在网上看到出租房源，对方说要先交定金才能看房，我转了押金后联系不上了。",),
        "ko": (
            "전월세 매물을 보고 연락했더니 가계약금을 먼저 보내라고 해서 보냈는데 집주인이 아니었습니다.",
        ),
        "th": ("เห็นประกาศห้องเช่า เขาให้โอนมัดจำก่อนดูห้อง โอนไปแล้วติดต่อไม่ได้",),
        "vi": (
            "Thấy tin cho thuê nhà, họ bảo đặt cọc trước khi xem nhà, chuyển xong thì bị chặn.",
        ),
        "id": (
            "Lihat iklan kos/rumah sewa, disuruh bayar DP dulu sebelum survei, setelah transfer pemilik menghilang.",
        ),
        "tl": (
            "Nakita ko ang paupahan online; pinagbayad ako ng reservation at deposit bago tumingin, tapos nawala siya.",
        ),
        "en": (
            "I saw a flat for rent and the 'landlord' asked for the deposit and first month before a viewing; the listing was copied.",
        ),
        "ms": (
            "Saya nampak iklan rumah sewa, tuan rumah minta deposit sebelum lihat rumah, lepas bayar dia hilang.",
        ),
    },
    "qr_stickers": {
        "ja": (
            "駐車場の精算機に貼られたQRコードを読み取って支払いましたが、偽のステッカーでした。",
        ),
        "zh": ("停车场缴费机上贴的二维码扫码付款后，才发现二维码是被人覆盖的假码。",),
        "ko": ("주차 정산기에 붙은 QR코드로 결제했는데 누군가 붙여 놓은 가짜였습니다.",),
        "th": ("สแกนคิวอาร์ที่ติดบนตู้จ่ายค่าจอดรถ จ่ายเงินไปแล้วพบว่าเป็นสติกเกอร์ปลอม",),
        "vi": (
            "Tôi quét mã QR dán ở máy thu phí bãi đỗ xe để thanh toán, hóa ra là mã giả dán đè.",
        ),
        "id": (
            "Saya scan QRIS yang ditempel di mesin parkir/meja restoran, ternyata stiker palsu.",
        ),
        "tl": (
            "Nag-scan ako ng QR sa parking meter para magbayad, peke pala ang sticker na nakadikit.",
        ),
        "en": (
            "I scanned the QR code stuck on the parking meter to pay; it was a fake sticker over the real one.",
        ),
        "ms": ("Saya imbas kod QR DuitNow yang dilekat di meter parkir, rupanya pelekat palsu.",),
    },
    "charity_appeals": {
        "ja": (
            "地震の被災者支援の募金を呼びかける投稿を見て寄付しましたが、団体は存在しませんでした。",
        ),
        "zh": ("看到为洪灾灾民募捐的帖子，我捐了款，后来发现这个慈善机构是假的。",),
        "ko": ("태풍 피해 이재민 모금 글을 보고 기부했는데 가짜 단체였습니다.",),
        "th": ("เห็นโพสต์รับบริจาคช่วยผู้ประสบภัยน้ำท่วม โอนบริจาคไปแล้วพบว่าเป็นมูลนิธิปลอม",),
        "vi": (
            "Tôi thấy bài kêu gọi quyên góp cho đồng bào bị bão lũ và đã chuyển tiền, sau đó biết quỹ là giả.",
        ),
        "id": (
            "Saya lihat ajakan donasi untuk korban gempa dan banjir, saya transfer, ternyata yayasannya palsu.",
        ),
        "tl": (
            "Nakita ko ang donation drive para sa mga nasalanta ng bagyo; nag-donate ako pero peke pala ang foundation.",
        ),
        "en": (
            "I donated to an appeal for the earthquake victims posted online; the charity does not exist.",
        ),
        "ms": (
            "Saya derma kepada kutipan untuk mangsa banjir yang dikongsi dalam talian, rupanya pertubuhan palsu.",
        ),
    },
    "romance_app": {
        "ja": (
            "マッチングアプリで知り合った人に別のアプリへ誘われ、急な手術代を頼まれて送金しました。",
        ),
        "zh": ("在交友软件认识的人让我换到别的聊天软件，后来说急需手术费，我转了钱。",),
        "ko": (
            "데이팅 앱에서 만난 사람이 다른 메신저로 옮기자고 하더니 급한 병원비를 요구해서 보냈습니다.",
        ),
        "th": ("รู้จักกันในแอปหาคู่ เขาชวนไปคุยแอปอื่น แล้วขอยืมเงินค่ารักษาด่วน",),
        "vi": (
            "Quen qua ứng dụng hẹn hò, người đó rủ chuyển sang app khác rồi xin tiền viện phí gấp.",
        ),
        "id": (
            "Kenalan di aplikasi kencan, diajak pindah ke aplikasi lain, lalu minta uang untuk operasi darurat.",
        ),
        "tl": (
            "Nakilala ko siya sa dating app, lumipat kami sa ibang app, tapos nanghingi ng pera para sa ospital.",
        ),
        "en": (
            "A match on a dating app moved us to another messenger and then needed money for an emergency operation.",
        ),
        "ms": (
            "Kenal di aplikasi temu janji, dia ajak pindah ke aplikasi lain dan minta wang untuk pembedahan kecemasan.",
        ),
    },
    "teacher_group": {
        "ja": (
            "投資の先生のグループに招待され、アプリで株を買うよう勧められましたが出金できません。",
        ),
        "zh": ("被拉进荐股群，老师让我在APP里买股票，现在提现不了。",),
        "ko": ("주식 리딩방에 초대받아 앱으로 투자했는데 출금이 안 됩니다.",),
        "th": ("ถูกดึงเข้ากลุ่มอาจารย์สอนเทรด ให้ลงทุนผ่านแอป แต่ถอนเงินไม่ได้",),
        "vi": (
            "Tôi được mời vào nhóm chuyên gia dẫn dắt đầu tư, nạp tiền vào sàn nhưng không rút được.",
        ),
        "id": (
            "Saya masuk grup VIP mentor saham, disuruh deposit di aplikasi, dana tidak bisa ditarik.",
        ),
        "tl": (
            "Sinali ako sa investment group ng isang 'mentor'; nag-deposit ako sa app pero hindi ako makapag-withdraw.",
        ),
        "en": (
            "I was added to a stock 'mentor' group, deposited on their app, and cannot withdraw.",
        ),
        "ms": (
            "Saya dimasukkan ke kumpulan mentor saham, deposit dalam aplikasi, tetapi tidak boleh keluarkan wang.",
        ),
    },
    "loan_fee": {
        "ja": ("融資の審査に通ったと言われ、保証金を先に振り込みましたが融資はありませんでした。",),
        "zh": ("对方说贷款已审批，要先交保证金，交完后没有放款。",),
        "ko": ("저금리 대환대출이 승인됐다며 선입금을 요구해서 보냈는데 대출은 없었습니다.",),
        "th": ("เขาบอกว่ากู้ผ่านแล้ว ให้โอนค่าค้ำประกันก่อน แต่ไม่ได้เงินกู้",),
        "vi": (
            "Họ nói khoản vay đã duyệt, bắt đóng phí bảo đảm trước, đóng xong không được giải ngân.",
        ),
        "id": (
            "Katanya pinjaman sudah disetujui, harus bayar biaya jaminan dulu, dana tidak cair.",
        ),
        "tl": (
            "Sinabing approved na ang loan ko pero kailangan munang magbayad ng processing fee; walang loan na dumating.",
        ),
        "en": (
            "They said my loan was approved but I had to pay a guarantee fee first; no loan came.",
        ),
        "ms": (
            "Mereka kata pinjaman lulus tetapi perlu bayar yuran jaminan dahulu; pinjaman tidak masuk.",
        ),
    },
    "fake_police": {
        "ja": (
            "警察を名乗る男から電話があり、口座が犯罪に使われたので資金調査のため送金するよう言われました。",
        ),
        "zh": ("自称公安的人来电说我涉嫌洗钱，要把钱转到安全账户配合调查。",),
        "ko": ("검사를 사칭한 사람이 제 계좌가 범죄에 연루됐다며 안전계좌로 이체하라고 했습니다.",),
        "th": ("มีคนอ้างเป็นตำรวจโทรมาบอกว่าบัญชีของฉันเกี่ยวกับการฟอกเงิน ให้โอนเงินเพื่อตรวจสอบ",),
        "vi": (
            "Người xưng là công an gọi nói tôi liên quan đường dây rửa tiền, bắt chuyển tiền vào tài khoản tạm giữ.",
        ),
        "id": (
            "Orang yang mengaku polisi menelepon, katanya rekening saya terkait pencucian uang dan harus verifikasi dana.",
        ),
        "tl": (
            "May tumawag na nagpapanggap na pulis; sangkot daw ang account ko sa money laundering at kailangan kong magpadala.",
        ),
        "en": (
            "A caller claiming to be the police said my account was used for laundering and I had to move my money for verification.",
        ),
        "ms": (
            "Pemanggil mengaku polis kata akaun saya terlibat pengubahan wang haram dan saya perlu pindahkan wang untuk siasatan.",
        ),
    },
}

# Scammer messages quoted by the victim: one carries a link or number ({v}).
MESSAGES: dict[str, tuple[str, ...]] = {
    "ja": ("こちらから手続きしてください {v}", "至急ご確認ください：{v}"),
    "zh": ("请点击链接办理 {v}", "请尽快处理：{v}"),
    "ko": ("아래 링크에서 진행해 주세요 {v}", "빨리 확인 바랍니다: {v}"),
    "th": ("กรุณาดำเนินการที่ลิงก์นี้ {v}", "โปรดตรวจสอบด่วน: {v}"),
    "vi": ("Vui lòng làm theo đường link {v}", "Xác nhận gấp: {v}"),
    "id": ("Silakan proses lewat link ini {v}", "Mohon segera cek: {v}"),
    "tl": ("Paki-proseso dito {v}", "Urgent, paki-check: {v}"),
    "en": ("Please complete it here {v}", "Urgent, please check: {v}"),
    "ms": ("Sila lengkapkan di sini {v}", "Segera semak: {v}"),
}

# How victims name the messengers, per language.
APPS: dict[str, dict[str, str]] = {
    "telegram": {
        "ja": "テレグラム",
        "zh": "电报",
        "ko": "텔레그램",
        "th": "เทเลแกรม",
        "vi": "Telegram",
        "id": "Telegram",
        "tl": "Telegram",
        "en": "Telegram",
        "ms": "Telegram",
    },
    "line": {
        "ja": "LINE",
        "zh": "LINE",
        "ko": "라인",
        "th": "ไลน์",
        "vi": "LINE",
        "id": "LINE",
        "tl": "LINE",
        "en": "LINE",
        "ms": "LINE",
    },
    "kakao": {
        "ja": "カカオトーク",
        "zh": "KakaoTalk",
        "ko": "카카오톡",
        "th": "KakaoTalk",
        "vi": "KakaoTalk",
        "id": "KakaoTalk",
        "tl": "KakaoTalk",
        "en": "KakaoTalk",
        "ms": "KakaoTalk",
    },
    "wechat": {
        "ja": "WeChat",
        "zh": "微信",
        "ko": "위챗",
        "th": "WeChat",
        "vi": "WeChat",
        "id": "WeChat",
        "tl": "WeChat",
        "en": "WeChat",
        "ms": "WeChat",
    },
    "whatsapp": {
        "ja": "WhatsApp",
        "zh": "WhatsApp",
        "ko": "왓츠앱",
        "th": "WhatsApp",
        "vi": "WhatsApp",
        "id": "WA",
        "tl": "WhatsApp",
        "en": "WhatsApp",
        "ms": "WhatsApp",
    },
    "signal": {
        "ja": "Signal",
        "zh": "Signal",
        "ko": "시그널",
        "th": "Signal",
        "vi": "Signal",
        "id": "Signal",
        "tl": "Signal",
        "en": "Signal",
        "ms": "Signal",
    },
    "zalo": {
        "ja": "Zalo",
        "zh": "Zalo",
        "ko": "Zalo",
        "th": "Zalo",
        "vi": "Zalo",
        "id": "Zalo",
        "tl": "Zalo",
        "en": "Zalo",
        "ms": "Zalo",
    },
    "viber": {
        "ja": "Viber",
        "zh": "Viber",
        "ko": "Viber",
        "th": "Viber",
        "vi": "Viber",
        "id": "Viber",
        "tl": "Viber",
        "en": "Viber",
        "ms": "Viber",
    },
}
