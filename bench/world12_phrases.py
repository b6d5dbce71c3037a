# ruff: noqa: E501
"""Report text templates of the twelfth independent world (bench/independent_world_12.py).

Written the way victims write: first person, short, sometimes in broken order. Placeholders:
``{v}`` the value as the victim wrote it, ``{amt}`` an amount with its currency, ``{brand}`` the
fake brand (platform, shop, agency, event), ``{bank}`` a bank's name, ``{name}`` a holder name,
``{org}`` the real body the victim turned to. Languages: en, ja, zh, ko, th, vi, id, tl.

Slots per language:
- ``open``: per configuration, the opening of the story.
- ``contact``: per kind (phone, whatsapp, telegram, line, email, url), a sentence naming a
  scammer's value.
- ``pay_account``, ``pay_wallet``: a sentence naming where the victim paid; ``incoming``:
  the account a "mistaken" transfer came from.
- ``service``: per configuration, a sentence naming a service the victim bought from or went
  through that is not the crew's own (an OTC desk, a payment aggregator, a resale platform).
- ``police``, ``bankline``, ``own``, ``platform``: innocent values (a hotline the victim called,
  the victim's own account, a real platform the crew borrowed).
- ``close``: the end of the story.
- ``msg``: per configuration, lines the scammers wrote (``{v}`` a link or an account).
"""

from __future__ import annotations

CONFIG_NAMES = (
    "exchange_crews",
    "ticket_resale",
    "gateway_stores",
    "subsidy_smish",
    "wrong_transfer",
)

PHRASES: dict[str, dict] = {
    "en": {
        "open": {
            "exchange_crews": [
                "A woman messaged me by mistake and we became friends, after a few weeks she showed me her profits on {brand}.",
                "met a guy on a dating app, he said his uncle is an analyst and got me trading on {brand}",
            ],
            "ticket_resale": [
                "I was looking for tickets to {brand} that were sold out and someone in a fan group said he had 2 spare.",
                "bought concert tickets for {brand} from a reseller on social media, never received them",
            ],
            "gateway_stores": [
                "I ordered from an online shop called {brand} that I saw in an ad, the price was very cheap.",
                "saw {brand} store on facebook with 70% off, paid but nothing came and the shop is gone",
            ],
            "subsidy_smish": [
                "I got an SMS saying I am eligible for the {brand} and must verify my details before the deadline.",
                "text message said my tax refund ({brand}) is pending, I clicked and entered my card",
            ],
            "wrong_transfer": [
                "Money came into my account from someone I don't know, then a man called saying it was sent by mistake.",
                "a stranger transferred money to me 'by accident' and then pressured me to send it back to another account",
            ],
        },
        "contact": {
            "phone": [
                "He called me from {v}.",
                "the number that called me was {v}",
                "they texted from {v}",
            ],
            "whatsapp": ["We moved to WhatsApp {v}.", "she chatted on whatsapp: {v}"],
            "telegram": ["He asked me to add him on Telegram {v}.", "telegram contact {v}"],
            "line": ["We talked on LINE, ID {v}.", "added LINE {v}"],
            "email": ["The emails came from {v}.", "email {v}"],
            "url": ["The website was {v}", "link: {v}", "I logged in at {v}"],
        },
        "pay_account": [
            "I transferred {amt} to {bank} account {v} ({name}).",
            "sent {amt} to {v} {bank}, name {name}",
        ],
        "incoming": [
            "The money came in from {bank} account {v} ({name}).",
            "sender of the money: {v} {bank} {name}",
        ],
        "pay_wallet": ["I sent {amt} in USDT to the wallet {v}.", "deposit address {v} ({amt})"],
        "service": {
            "exchange_crews": ["I bought the USDT from an OTC seller {v} that they recommended."],
            "ticket_resale": ["Payment went through the resale escrow {v} they insisted on."],
            "gateway_stores": ["The checkout page was from the payment company {v}."],
            "subsidy_smish": ["The SMS came through a bulk sender {v}."],
            "wrong_transfer": ["He told me to use the money changer {v} to send it."],
        },
        "police": ["I reported to the police hotline {v}.", "called {org} at {v} afterwards"],
        "bankline": [
            "I called my bank's hotline {v} to block the transfer.",
            "my bank ({org}) {v} said they cannot reverse it",
        ],
        "own": ["The money left my own account {v}.", "from my account {v}"],
        "platform": ["They used the name of {v} to look legit.", "they said it was linked to {v}"],
        "close": [
            "Please help me get my money back.",
            "I lost everything.",
            "pls help",
            "I feel so stupid.",
        ],
        "msg": {
            "exchange_crews": [
                "Deposit now, the market is good today. {v}",
                "Withdrawal needs 20% tax first. Pay to {v}",
            ],
            "ticket_resale": [
                "Tickets are real, send payment to {v} and I transfer them",
                "last 2 tickets, pay {v} now",
            ],
            "gateway_stores": [
                "Your order is confirmed, pay here: {v}",
                "Flash sale ends today {v}",
            ],
            "subsidy_smish": [
                "Your subsidy will expire. Verify now: {v}",
                "Refund pending, confirm at {v}",
            ],
            "wrong_transfer": [
                "Please return the money to {v}, it was my mistake",
                "If you don't refund to {v} I will report you",
            ],
        },
    },
    "ja": {
        "open": {
            "exchange_crews": [
                "間違いメッセージから知り合った女性に{brand}という取引所を勧められました。",
                "マッチングアプリで知り合った男性から{brand}で投資すれば儲かると言われた",
            ],
            "ticket_resale": ["{brand}のチケットをSNSで譲ってもらう約束をしましたが届きません。"],
            "gateway_stores": [
                "広告で見た{brand}という通販サイトで注文しましたが商品が届きません。"
            ],
            "subsidy_smish": [
                "「{brand}の給付金の手続き」というSMSが届き、リンクから入力してしまいました。"
            ],
            "wrong_transfer": [
                "知らない人から口座に振込があり、その後「間違えて送金した」と電話がありました。"
            ],
        },
        "contact": {
            "phone": ["{v}から電話がありました。", "電話番号は{v}"],
            "whatsapp": ["WhatsApp {v} でやり取りしました。"],
            "telegram": ["テレグラム {v} に誘導されました。"],
            "line": ["LINEのIDは{v}です。", "ライン {v} を追加しました"],
            "email": ["メールアドレスは{v}でした。"],
            "url": ["サイトは{v}です。", "リンク {v}"],
        },
        "pay_account": [
            "{bank}の口座{v}（{name}）に{amt}を振り込みました。",
            "振込先 {bank} {v} {name} {amt}",
        ],
        "incoming": ["入金元は{bank}の口座{v}（{name}）でした。"],
        "pay_wallet": ["USDTで{amt}をアドレス{v}に送りました。"],
        "service": {
            "exchange_crews": ["USDTは紹介された業者{v}から買いました。"],
            "ticket_resale": ["支払いは指定された仲介サービス{v}経由でした。"],
            "gateway_stores": ["決済画面は決済代行会社{v}のものでした。"],
            "subsidy_smish": ["SMSは配信業者{v}から来ていました。"],
            "wrong_transfer": ["両替業者{v}を使って返金するよう言われました。"],
        },
        "police": ["警察相談専用電話{v}に相談しました。", "{org}（{v}）に連絡しました"],
        "bankline": ["銀行の窓口{v}に電話しましたが組戻しできないと言われました。"],
        "own": ["自分の口座{v}から振り込みました。"],
        "platform": ["{v}と提携していると言っていました。"],
        "close": ["お金を取り戻したいです。", "よろしくお願いします。"],
        "msg": {
            "exchange_crews": [
                "今日は相場がいいので入金してください {v}",
                "出金には税金の支払いが必要です {v}",
            ],
            "ticket_resale": ["本物のチケットです。{v}に振込お願いします"],
            "gateway_stores": ["ご注文ありがとうございます。お支払いはこちら {v}"],
            "subsidy_smish": ["給付金の期限が迫っています。手続きはこちら {v}"],
            "wrong_transfer": ["間違えて振り込みました。{v}に返金してください"],
        },
    },
    "zh": {
        "open": {
            "exchange_crews": ["一个加错微信的女生跟我聊了几个星期，然后带我在{brand}平台上投资。"],
            "ticket_resale": ["我在粉丝群里找{brand}的门票，有人说可以转让两张。"],
            "gateway_stores": ["在广告里看到{brand}网店打折，下单付款后一直没发货。"],
            "subsidy_smish": ["收到短信说我可以领取{brand}补贴，要点链接核实信息。"],
            "wrong_transfer": ["有陌生人往我卡里转了一笔钱，然后有人打电话说是转错了要我退回。"],
        },
        "contact": {
            "phone": ["对方电话{v}。", "给我打电话的号码是{v}"],
            "whatsapp": ["后来用WhatsApp {v}聊。"],
            "telegram": ["让我加飞机 {v}", "纸飞机号{v}"],
            "line": ["LINE账号{v}"],
            "email": ["邮箱是{v}"],
            "url": ["网址是{v}", "链接{v}"],
        },
        "pay_account": [
            "我转了{amt}到{bank}账户{v}，户名{name}。",
            "收款账号{v} {bank} {name} 共{amt}",
        ],
        "incoming": ["转给我钱的是{bank}账户{v}，户名{name}。"],
        "pay_wallet": ["用USDT转了{amt}到地址{v}。"],
        "service": {
            "exchange_crews": ["USDT是在他们推荐的币商{v}那里买的。"],
            "ticket_resale": ["付款走的是他们指定的担保平台{v}。"],
            "gateway_stores": ["付款页面是支付公司{v}的。"],
            "subsidy_smish": ["短信是群发平台{v}发的。"],
            "wrong_transfer": ["他让我通过换汇商{v}退款。"],
        },
        "police": ["我已经打{v}报警了。", "联系了{org}，电话{v}"],
        "bankline": ["打了银行客服{v}，说没法撤回。"],
        "own": ["钱是从我自己的账户{v}转出去的。"],
        "platform": ["他们说和{v}有合作。"],
        "close": ["请帮帮我。", "希望能追回损失。"],
        "msg": {
            "exchange_crews": ["今天行情好，赶紧充值 {v}", "提现需要先交20%的税 {v}"],
            "ticket_resale": ["票是真的，先转账到{v}"],
            "gateway_stores": ["订单已确认，请付款 {v}"],
            "subsidy_smish": ["您的补贴即将过期，请尽快核实 {v}"],
            "wrong_transfer": ["不好意思转错了，请退回到{v}"],
        },
    },
    "ko": {
        "open": {
            "exchange_crews": [
                "잘못 온 문자로 알게 된 여자가 {brand}라는 거래소에서 코인 투자를 권했습니다."
            ],
            "ticket_resale": [
                "{brand} 콘서트 티켓을 SNS에서 양도받기로 했는데 입금 후 연락이 끊겼어요."
            ],
            "gateway_stores": ["광고에서 본 {brand} 쇼핑몰에서 주문했는데 물건이 안 옵니다."],
            "subsidy_smish": [
                "{brand} 지원금 신청 대상이라는 문자를 받고 링크에 정보를 입력했습니다."
            ],
            "wrong_transfer": [
                "모르는 사람이 제 통장에 돈을 보내고 잘못 보냈다며 다른 계좌로 돌려달라고 했어요."
            ],
        },
        "contact": {
            "phone": ["{v} 번호로 전화가 왔습니다.", "연락처 {v}"],
            "whatsapp": ["왓츠앱 {v}로 대화했어요."],
            "telegram": ["텔레그램 {v} 추가하라고 했어요."],
            "line": ["라인 아이디 {v}"],
            "email": ["이메일 {v}"],
            "url": ["사이트 주소 {v}", "링크 {v}"],
        },
        "pay_account": [
            "{bank} {v} ({name}) 계좌로 {amt} 입금했습니다.",
            "입금 계좌 {bank} {v} 예금주 {name} {amt}",
        ],
        "incoming": ["입금한 사람은 {bank} {v} ({name}) 계좌였어요."],
        "pay_wallet": ["USDT {amt}를 지갑 주소 {v}로 보냈습니다."],
        "service": {
            "exchange_crews": ["USDT는 그들이 소개한 장외거래 업자 {v}에게서 샀어요."],
            "ticket_resale": ["결제는 그들이 지정한 안전거래 서비스 {v}를 통했습니다."],
            "gateway_stores": ["결제창은 결제대행사 {v} 것이었어요."],
            "subsidy_smish": ["문자는 대량발송 업체 {v}에서 왔습니다."],
            "wrong_transfer": ["환전상 {v}를 통해 돌려보내라고 했어요."],
        },
        "police": ["경찰 {v}에 신고했습니다.", "{org} {v}에 전화했어요"],
        "bankline": ["은행 고객센터 {v}에 지급정지 요청했어요."],
        "own": ["제 계좌 {v}에서 이체했습니다."],
        "platform": ["{v}와 제휴했다고 했어요."],
        "close": ["도와주세요.", "돈을 돌려받고 싶습니다."],
        "msg": {
            "exchange_crews": [
                "오늘 장이 좋아요 지금 입금하세요 {v}",
                "출금하려면 세금을 먼저 내야 합니다 {v}",
            ],
            "ticket_resale": ["진짜 티켓이에요 {v}로 입금해주세요"],
            "gateway_stores": ["주문 확인되었습니다 결제는 여기서 {v}"],
            "subsidy_smish": ["지원금 신청 마감 임박 {v}"],
            "wrong_transfer": ["실수로 보냈어요 {v}로 돌려주세요"],
        },
    },
    "th": {
        "open": {
            "exchange_crews": ["มีผู้หญิงทักมาผิดคนแล้วคุยกันจนสนิท เธอชวนลงทุนในแพลตฟอร์ม {brand}"],
            "ticket_resale": ["ซื้อบัตรคอนเสิร์ต {brand} ต่อจากคนในกลุ่มเฟซบุ๊ก โอนเงินแล้วไม่ได้บัตร"],
            "gateway_stores": ["สั่งของจากร้านออนไลน์ {brand} ที่เห็นในโฆษณา จ่ายเงินแล้วไม่ได้ของ"],
            "subsidy_smish": ["ได้รับ SMS ว่าได้สิทธิ์ {brand} ให้กดลิงก์ยืนยันตัวตน"],
            "wrong_transfer": ["มีคนโอนเงินเข้าบัญชีฉันโดยไม่รู้จัก แล้วโทรมาบอกว่าโอนผิดให้โอนคืนอีกบัญชี"],
        },
        "contact": {
            "phone": ["โทรมาจากเบอร์ {v}", "เบอร์มิจฉาชีพ {v}"],
            "whatsapp": ["คุยทาง WhatsApp {v}"],
            "telegram": ["ให้แอด Telegram {v}"],
            "line": ["ไลน์ไอดี {v}", "แอดไลน์ {v}"],
            "email": ["อีเมล {v}"],
            "url": ["เว็บ {v}", "ลิงก์ {v}"],
        },
        "pay_account": [
            "โอนเงิน {amt} เข้าบัญชี {bank} {v} ชื่อ {name}",
            "บช {bank} {v} {name} โอนไป {amt}",
        ],
        "incoming": ["เงินเข้ามาจากบัญชี {bank} {v} ชื่อ {name}"],
        "pay_wallet": ["โอน USDT {amt} ไปที่กระเป๋า {v}"],
        "service": {
            "exchange_crews": ["ซื้อ USDT จากร้านแลกเหรียญ {v} ที่เขาแนะนำ"],
            "ticket_resale": ["จ่ายผ่านบริการตัวกลาง {v} ที่เขาบอก"],
            "gateway_stores": ["หน้าชำระเงินเป็นของบริษัทรับชำระเงิน {v}"],
            "subsidy_smish": ["SMS ส่งมาจากระบบส่งข้อความ {v}"],
            "wrong_transfer": ["เขาให้โอนคืนผ่านร้านแลกเงิน {v}"],
        },
        "police": ["แจ้งความที่สายด่วน {v} แล้ว", "โทรหา {org} {v}"],
        "bankline": ["โทรแจ้งธนาคาร {v} ให้อายัดบัญชี"],
        "own": ["โอนจากบัญชีของฉันเอง {v}"],
        "platform": ["เขาอ้างว่าเป็นพาร์ทเนอร์กับ {v}"],
        "close": ["ช่วยด้วยค่ะ", "อยากได้เงินคืน"],
        "msg": {
            "exchange_crews": ["วันนี้ตลาดดี รีบเติมเงินเลย {v}", "ถอนเงินต้องจ่ายภาษีก่อน {v}"],
            "ticket_resale": ["บัตรจริงค่ะ โอนมาที่ {v}"],
            "gateway_stores": ["ยืนยันคำสั่งซื้อแล้ว ชำระเงินที่ {v}"],
            "subsidy_smish": ["สิทธิ์ของท่านใกล้หมดอายุ ยืนยันที่ {v}"],
            "wrong_transfer": ["โอนผิดครับ ช่วยโอนคืนที่ {v}"],
        },
    },
    "vi": {
        "open": {
            "exchange_crews": [
                "Một người nhắn nhầm số rồi làm quen, sau đó rủ tôi đầu tư trên sàn {brand}."
            ],
            "ticket_resale": [
                "Tôi mua lại vé concert {brand} trên mạng, chuyển khoản xong thì bị chặn."
            ],
            "gateway_stores": [
                "Tôi đặt hàng ở shop {brand} thấy trên quảng cáo, đã thanh toán mà không nhận được hàng."
            ],
            "subsidy_smish": [
                "Tôi nhận tin nhắn nói được hỗ trợ {brand}, bấm link và nhập thông tin thẻ."
            ],
            "wrong_transfer": [
                "Có người lạ chuyển nhầm tiền vào tài khoản tôi, rồi gọi bắt chuyển trả vào tài khoản khác."
            ],
        },
        "contact": {
            "phone": ["Số gọi cho tôi là {v}", "sđt {v}"],
            "whatsapp": ["Nhắn qua WhatsApp {v}"],
            "telegram": ["Bảo tôi kết bạn Telegram {v}"],
            "line": ["LINE {v}"],
            "email": ["Email {v}"],
            "url": ["Trang web {v}", "link {v}"],
        },
        "pay_account": [
            "Tôi chuyển {amt} vào tài khoản {bank} {v} tên {name}.",
            "stk {v} {bank} {name} số tiền {amt}",
        ],
        "incoming": ["Tiền chuyển đến từ tài khoản {bank} {v} tên {name}."],
        "pay_wallet": ["Tôi chuyển {amt} USDT tới ví {v}."],
        "service": {
            "exchange_crews": ["Tôi mua USDT từ người bán OTC {v} do họ giới thiệu."],
            "ticket_resale": ["Thanh toán qua dịch vụ trung gian {v} mà họ chỉ định."],
            "gateway_stores": ["Trang thanh toán là của cổng thanh toán {v}."],
            "subsidy_smish": ["Tin nhắn gửi qua dịch vụ nhắn tin hàng loạt {v}."],
            "wrong_transfer": ["Họ bảo tôi chuyển qua tiệm đổi tiền {v}."],
        },
        "police": ["Tôi đã báo công an qua số {v}.", "gọi {org} {v}"],
        "bankline": ["Tôi gọi tổng đài ngân hàng {v} nhưng không hoàn được."],
        "own": ["Tiền chuyển từ tài khoản của tôi {v}."],
        "platform": ["Họ nói hợp tác với {v}."],
        "close": ["Mong được giúp đỡ.", "Xin giúp tôi lấy lại tiền."],
        "msg": {
            "exchange_crews": [
                "Hôm nay thị trường tốt, nạp tiền ngay {v}",
                "Muốn rút phải đóng thuế trước {v}",
            ],
            "ticket_resale": ["Vé thật, chuyển khoản vào {v}"],
            "gateway_stores": ["Đơn hàng đã xác nhận, thanh toán tại {v}"],
            "subsidy_smish": ["Khoản hỗ trợ sắp hết hạn, xác nhận tại {v}"],
            "wrong_transfer": ["Tôi chuyển nhầm, trả lại vào {v} giúp"],
        },
    },
    "id": {
        "open": {
            "exchange_crews": [
                "Ada wanita salah kirim pesan lalu kami jadi akrab, dia ajak saya investasi di {brand}."
            ],
            "ticket_resale": [
                "Saya beli tiket konser {brand} dari orang di grup fans, sudah transfer tiket tidak dikirim."
            ],
            "gateway_stores": [
                "Saya pesan di toko online {brand} dari iklan, sudah bayar barang tidak datang."
            ],
            "subsidy_smish": [
                "Saya dapat SMS katanya dapat bantuan {brand}, disuruh klik link dan isi data."
            ],
            "wrong_transfer": [
                "Ada orang salah transfer ke rekening saya, lalu ditelepon disuruh kembalikan ke rekening lain."
            ],
        },
        "contact": {
            "phone": ["Dia telepon dari {v}", "no hp penipu {v}"],
            "whatsapp": ["Chat lewat WA {v}", "whatsapp {v}"],
            "telegram": ["Disuruh add Telegram {v}"],
            "line": ["LINE {v}"],
            "email": ["Email {v}"],
            "url": ["Websitenya {v}", "link {v}"],
        },
        "pay_account": [
            "Saya transfer {amt} ke rekening {bank} {v} a.n. {name}.",
            "rek {bank} {v} an {name} {amt}",
        ],
        "incoming": ["Uang masuk dari rekening {bank} {v} a.n. {name}."],
        "pay_wallet": ["Saya kirim {amt} USDT ke alamat {v}."],
        "service": {
            "exchange_crews": ["USDT saya beli dari penjual OTC {v} yang mereka rekomendasikan."],
            "ticket_resale": ["Bayarnya lewat rekber {v} yang mereka tunjuk."],
            "gateway_stores": ["Halaman pembayaran dari payment gateway {v}."],
            "subsidy_smish": ["SMS dikirim lewat layanan SMS massal {v}."],
            "wrong_transfer": ["Disuruh kembalikan lewat money changer {v}."],
        },
        "police": ["Saya sudah lapor polisi di {v}.", "hubungi {org} {v}"],
        "bankline": ["Saya telepon call center bank {v} minta blokir."],
        "own": ["Uang keluar dari rekening saya sendiri {v}."],
        "platform": ["Mereka bilang kerja sama dengan {v}."],
        "close": ["Mohon bantuannya.", "Tolong uang saya kembali."],
        "msg": {
            "exchange_crews": [
                "Hari ini pasar bagus, segera deposit {v}",
                "Penarikan harus bayar pajak dulu {v}",
            ],
            "ticket_resale": ["Tiket asli kak, transfer ke {v}"],
            "gateway_stores": ["Pesanan dikonfirmasi, bayar di {v}"],
            "subsidy_smish": ["Bantuan Anda segera kedaluwarsa, verifikasi di {v}"],
            "wrong_transfer": ["Maaf salah transfer, tolong kembalikan ke {v}"],
        },
    },
    "tl": {
        "open": {
            "exchange_crews": [
                "May babaeng nag-message sa akin by mistake tapos naging close kami, inalok niya ako mag-invest sa {brand}."
            ],
            "ticket_resale": [
                "Bumili ako ng ticket sa {brand} concert sa isang seller sa FB group, nagbayad ako pero walang ticket."
            ],
            "gateway_stores": [
                "Umorder ako sa online shop na {brand} na nakita ko sa ad, bayad na pero walang dumating."
            ],
            "subsidy_smish": [
                "Nakatanggap ako ng text na qualified daw ako sa {brand} ayuda, pinindot ko yung link."
            ],
            "wrong_transfer": [
                "May nagpadala ng pera sa account ko na hindi ko kilala, tapos tumawag at pinapabalik sa ibang account."
            ],
        },
        "contact": {
            "phone": ["Tumawag siya gamit ang {v}", "number niya {v}"],
            "whatsapp": ["Nag-usap kami sa WhatsApp {v}"],
            "telegram": ["Pinapa-add ako sa Telegram {v}"],
            "line": ["LINE {v}"],
            "email": ["Email niya {v}"],
            "url": ["Yung website ay {v}", "link {v}"],
        },
        "pay_account": [
            "Nag-transfer ako ng {amt} sa {bank} account {v} ({name}).",
            "pinadala ko {amt} sa {v} {bank} name {name}",
        ],
        "incoming": ["Galing ang pera sa {bank} account {v} ({name})."],
        "pay_wallet": ["Nagpadala ako ng {amt} USDT sa wallet {v}."],
        "service": {
            "exchange_crews": ["Bumili ako ng USDT sa OTC seller na {v} na nirekomenda nila."],
            "ticket_resale": ["Dumaan ang bayad sa escrow na {v} na sinabi nila."],
            "gateway_stores": ["Yung payment page ay galing sa payment company na {v}."],
            "subsidy_smish": ["Galing ang text sa bulk SMS na {v}."],
            "wrong_transfer": ["Pinadaan niya sa remittance na {v}."],
        },
        "police": ["Nag-report na ako sa pulis {v}.", "tinawagan ko ang {org} {v}"],
        "bankline": ["Tumawag ako sa hotline ng bangko {v} pero hindi na raw mababawi."],
        "own": ["Galing ang pera sa sarili kong account {v}."],
        "platform": ["Sabi nila partner sila ng {v}."],
        "close": ["Sana po matulungan ako.", "Pakitulong po."],
        "msg": {
            "exchange_crews": [
                "Maganda market ngayon, mag-deposit ka na {v}",
                "Kailangan magbayad ng tax bago mag-withdraw {v}",
            ],
            "ticket_resale": ["Legit po ticket, send payment sa {v}"],
            "gateway_stores": ["Confirmed na order mo, bayad dito {v}"],
            "subsidy_smish": ["Mag-expire na ang ayuda mo, verify dito {v}"],
            "wrong_transfer": ["Nagkamali ako ng send, pakibalik sa {v}"],
        },
    },
}
