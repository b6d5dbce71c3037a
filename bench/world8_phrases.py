# ruff: noqa: E501  (data only: one sentence is one string, not wrapped mid-sentence)
"""Phrase tables of the eighth independent world (bench/independent_world_8.py).

Each language maps a *frame* (what a sentence does in a report) to templates. ``{v}`` is the
identifier as written, ``{org}`` an organisation's name, ``{amt}`` an amount with its currency,
``{app}`` a platform's name. Written blind to tipoff's extractor and linker: these are the
ways victims, their families, bank fraud teams and NGOs write, not what any parser expects.
Translations are the author's own (domain.md section 2 for the cue words) and unreviewed.
"""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "earlier": ["Last year I had already lost money to another group, they used {v}."],
        "open_police": [
            "I got a call saying my bank account had been used for money laundering.",
            "A man claiming to be from the police cyber unit called me about a parcel with fake passports.",
        ],
        "open_invest": [
            "I met someone on Facebook who showed me how he trades gold on an app.",
            "A woman from a dating site introduced me to an investment platform called {app}.",
        ],
        "open_task": [
            "I was offered a part-time job rating hotels online for commission.",
            "Someone on Instagram offered me easy money for liking videos.",
        ],
        "caller": [
            "The caller ID showed {v}, which is the number of {org}, so I believed it.",
            "My phone displayed {v} ({org}) when they called.",
        ],
        "handle": [
            "They moved me to Telegram, the officer's account was {v}.",
            "After that I only talked to {v} on Telegram.",
        ],
        "line": ["They asked me to add the LINE ID {v} for the video interview."],
        "callback": [
            "The 'inspector' gave me his direct line {v}.",
            "I could reach them on {v} any time, they said.",
        ],
        "pay_acct": [
            "I transferred {amt} to {v} as they instructed.",
            "In total I sent {amt} to the account {v}.",
        ],
        "pay_wallet": [
            "I bought USDT and sent {amt} to the wallet {v}.",
            "They gave me the deposit address {v} and I sent {amt} there.",
        ],
        "link": [
            "They told me to download the app from {v}.",
            "The trading app link was {v}.",
        ],
        "ref_call": [
            "Afterwards I called {org} on {v} and they told me it was a scam.",
            "I phoned {org} ({v}) to check and they had never called me.",
        ],
        "ref_site": [
            "I also reported it at {v}.",
            "I found a warning about this on {v}.",
        ],
        "mule_self": [
            "Later they said I could earn commission by receiving payments into my own account {v} and forwarding them.",
            "They asked me to lend them my account {v}; money from strangers came in and I sent it on.",
        ],
        "mule_forward": [
            "I forwarded the money to {v} as the handler said.",
            "Each time I had to send it on to {v}.",
        ],
        "wa": [
            "The teacher's WhatsApp was {v}.",
            "They contacted me on WhatsApp from {v}.",
        ],
        "close": [
            "I am now in debt and feel ashamed.",
            "Please help me get my money back.",
            "I stopped when they asked for a 'tax' to withdraw.",
        ],
    },
    "ja": {
        "earlier": ["昨年も別の業者に騙されており、その時は{v}でした。"],
        "open_police": [
            "警察を名乗る男から「あなたの口座がマネーロンダリングに使われている」と電話がありました。",
            "銀行協会の職員を名乗る人物から、キャッシュカードが不正利用されていると電話がありました。",
        ],
        "open_invest": [
            "Instagramで知り合った人に投資アプリ「{app}」を紹介されました。",
            "SNSの広告から投資グループに入り、先生に{app}というアプリを勧められました。",
        ],
        "open_task": [
            "副業として動画に「いいね」をするだけで報酬がもらえると言われました。",
        ],
        "caller": [
            "着信表示は{v}で、{org}の代表番号だったので信じてしまいました。",
            "電話の画面には{org}の番号（{v}）が出ていました。",
        ],
        "handle": ["その後テレグラムに移動し、相手のアカウントは{v}でした。"],
        "line": [
            "「事情聴取のため」と言われ、LINE ID {v} を追加しました。",
            "LINEで{v}という刑事とビデオ通話をしました。",
        ],
        "callback": [
            "担当の刑事の直通番号は{v}だと言われました。",
            "折り返しは{v}に電話するよう指示されました。",
        ],
        "pay_acct": [
            "指示された口座（{v}）に{amt}を振り込みました。",
            "「資金調査」のため{v}へ合計{amt}を送金しました。",
        ],
        "pay_wallet": [
            "USDTを購入して{v}に{amt}相当を送りました。",
        ],
        "link": [
            "アプリは{v}からダウンロードするよう言われました。",
            "ダウンロード用のURLは{v}でした。",
        ],
        "ref_call": [
            "後で{org}（{v}）に確認したところ、そのような電話はしていないとのことでした。",
            "不審に思い{org}の{v}に相談しました。",
        ],
        "ref_site": ["{v}にも情報提供しました。"],
        "mule_self": [
            "その後「報酬を払うので自分の口座{v}で入金を受けて転送してほしい」と頼まれました。",
            "私の口座（{v}）に知らない人からの入金があり、指示どおり送金しました。",
        ],
        "mule_forward": ["受け取ったお金は{v}へ送るよう指示されていました。"],
        "wa": ["WhatsAppの番号は{v}でした。"],
        "close": [
            "家族にも言えず、とても後悔しています。",
            "返金を求めましたが連絡が取れなくなりました。",
        ],
    },
    "ko": {
        "earlier": ["작년에도 다른 곳에 사기를 당했는데 그때는 {v}였습니다."],
        "open_police": [
            "검찰 수사관이라며 제 명의 계좌가 범죄에 연루됐다는 전화를 받았습니다.",
            "금융감독원 직원이라는 사람이 제 통장이 대포통장으로 쓰였다고 했습니다.",
        ],
        "open_invest": [
            "오픈채팅방에서 주식 리딩방을 소개받고 {app} 앱에 가입했습니다.",
        ],
        "open_task": ["유튜브 구독만 하면 수익을 준다는 부업 제안을 받았습니다."],
        "caller": [
            "발신번호가 {v}로 {org} 대표번호라서 믿었습니다.",
            "휴대폰에 {org} 번호 {v}가 떴습니다.",
        ],
        "handle": ["텔레그램으로 옮겨서 {v} 계정과 대화했습니다."],
        "line": ["카카오톡 아이디 {v}를 추가하라고 했습니다."],
        "callback": ["담당 수사관 직통번호라며 {v}를 알려줬습니다."],
        "pay_acct": [
            "안전계좌라며 {v}로 {amt}을 이체했습니다.",
            "{v} 계좌에 총 {amt}을 보냈습니다.",
        ],
        "pay_wallet": ["테더를 사서 {v} 주소로 {amt} 상당을 보냈습니다."],
        "link": ["앱은 {v}에서 설치하라고 했습니다."],
        "ref_call": [
            "나중에 {org}({v})에 확인하니 그런 전화를 한 적이 없다고 했습니다.",
        ],
        "ref_site": ["{v}에도 신고했습니다."],
        "mule_self": [
            "그 후 수수료를 준다며 제 계좌 {v}로 돈을 받아 전달해 달라고 했습니다.",
        ],
        "mule_forward": ["받은 돈은 {v}로 보내라고 했습니다."],
        "wa": ["왓츠앱 번호는 {v}였습니다."],
        "close": [
            "너무 억울합니다. 도와주세요.",
            "출금하려면 세금을 내라고 해서 이상하다고 느꼈습니다.",
        ],
    },
    "th": {
        "earlier": ["ปีที่แล้วฉันก็เคยโดนหลอกจากอีกกลุ่มหนึ่ง ตอนนั้นใช้ {v}"],
        "open_police": [
            "มีคนโทรมาอ้างว่าเป็นตำรวจ บอกว่าบัญชีของฉันเป็นบัญชีม้าที่ใช้ฟอกเงิน",
            "มีคนอ้างว่าเป็นเจ้าหน้าที่ธนาคาร บอกว่าบัตรของฉันถูกใช้ผิดกฎหมาย",
        ],
        "open_invest": ["ฉันรู้จักคนหนึ่งทางเฟซบุ๊ก เขาชวนลงทุนในแอป {app}"],
        "open_task": ["มีคนชวนทำงานเสริมกดไลก์สินค้าได้ค่าคอมมิชชั่น"],
        "caller": [
            "เบอร์ที่โทรมาขึ้นว่า {v} ซึ่งเป็นเบอร์ของ{org} ฉันจึงเชื่อ",
            "หน้าจอโทรศัพท์แสดงเบอร์ {v} ของ{org}",
        ],
        "handle": ["หลังจากนั้นให้คุยทางเทเลแกรมกับ {v}"],
        "line": ["เขาให้แอดไลน์ไอดี {v} เพื่อวิดีโอคอล"],
        "callback": ["เขาให้เบอร์ติดต่อกลับ {v}"],
        "pay_acct": [
            "ฉันโอนเงิน {amt} เข้าบัญชี {v} เพื่อตรวจสอบเส้นทางการเงิน",
            "โอนไปที่ {v} รวม {amt}",
        ],
        "pay_wallet": ["ฉันซื้อ USDT แล้วโอน {amt} ไปที่กระเป๋า {v}"],
        "link": ["เขาส่งลิงก์ให้ดาวน์โหลดแอปที่ {v}"],
        "ref_call": ["ภายหลังฉันโทรไปที่{org} {v} จึงรู้ว่าถูกหลอก"],
        "ref_site": ["ฉันแจ้งความออนไลน์ที่ {v} แล้ว"],
        "mule_self": [
            "ต่อมาเขาขอให้ใช้บัญชีของฉัน {v} รับเงินแล้วโอนต่อ โดยให้ค่าตอบแทน",
        ],
        "mule_forward": ["เงินที่ได้รับต้องโอนต่อไปที่ {v}"],
        "wa": ["เบอร์วอทส์แอปของเขาคือ {v}"],
        "close": ["ตอนนี้ฉันเสียเงินเก็บทั้งหมด ขอความช่วยเหลือด้วย"],
    },
    "zh": {
        "earlier": ["去年我也被另一伙人骗过，当时用的是{v}。"],
        "open_police": [
            "有人自称公安局民警，说我的银行卡涉嫌洗钱，需要配合资金核查。",
            "一个自称银行客服的人说我的账户被冻结了。",
        ],
        "open_invest": [
            "在交友软件上认识一个人，他带我在{app}平台投资。",
            "被拉进炒股群，老师推荐下载{app}。",
        ],
        "open_task": ["有人在抖音上找我做刷单兼职，说可以返佣金。"],
        "caller": [
            "来电显示是{v}，是{org}的号码，所以我相信了。",
            "手机上显示{org}的电话{v}。",
        ],
        "handle": ["后来让我加Telegram，对方账号是{v}。"],
        "line": ["对方让我加微信号{v}视频做笔录。"],
        "callback": ["他说有事打他的专线{v}。"],
        "pay_acct": ["我按要求向安全账户{v}转账{amt}。", "一共往{v}转了{amt}。"],
        "pay_wallet": ["我买了USDT，把{amt}转到地址{v}。"],
        "link": ["对方给我的下载链接是{v}。", "APP下载地址：{v}"],
        "ref_call": ["后来我打{org}的电话{v}核实，才知道被骗了。"],
        "ref_site": ["我已在{v}举报。"],
        "mule_self": ["后来他们让我用自己的卡{v}收款再转出去，说有提成。"],
        "mule_forward": ["收到的钱要转到{v}。"],
        "wa": ["对方WhatsApp号码是{v}。"],
        "close": ["钱全没了，希望警方帮忙追回。"],
    },
    "tl": {
        "earlier": ["Noong nakaraang taon, naloko rin ako ng ibang grupo gamit ang {v}."],
        "open_police": [
            "May tumawag na nagpakilalang pulis, sabi ginamit daw ang account ko sa money laundering."
        ],
        "open_invest": [
            "Nakilala ko siya sa Facebook at tinuruan akong mag-invest sa app na {app}."
        ],
        "open_task": [
            "May nag-alok sa akin ng part-time na trabaho, magla-like lang ng mga video."
        ],
        "caller": ["Ang lumabas sa caller ID ay {v}, numero ng {org}, kaya naniwala ako."],
        "handle": ["Pinalipat ako sa Telegram, ang account niya ay {v}."],
        "line": ["Pinadagdag niya ako sa Viber {v}."],
        "callback": ["Binigay niya ang direct number niya: {v}."],
        "pay_acct": [
            "Nagpadala ako ng {amt} sa {v}.",
            "Nag-transfer ako ng {amt} sa account na {v}.",
        ],
        "pay_wallet": ["Bumili ako ng USDT at pinadala ang {amt} sa wallet na {v}."],
        "link": ["Pinadownload nila ang app sa {v}."],
        "ref_call": ["Tumawag ako sa {org} sa {v} at sinabi nilang scam ito."],
        "ref_site": ["Nag-report na rin ako sa {v}."],
        "mule_self": [
            "Pagkatapos, pinagamit nila ang sarili kong account {v} para tumanggap ng pera at ipasa ito."
        ],
        "mule_forward": ["Ipinapasa ko ang pera sa {v}."],
        "wa": ["Ang WhatsApp niya ay {v}."],
        "close": ["Sana po matulungan ninyo ako."],
    },
    "vi": {
        "earlier": ["Năm ngoái tôi cũng bị một nhóm khác lừa, khi đó họ dùng {v}."],
        "open_police": [
            "Có người tự xưng là công an gọi điện nói tài khoản của tôi liên quan đến rửa tiền."
        ],
        "open_invest": [
            "Tôi quen một người trên Facebook, anh ta hướng dẫn tôi đầu tư trên ứng dụng {app}."
        ],
        "open_task": ["Có người mời tôi làm cộng tác viên, thả tim video để nhận hoa hồng."],
        "caller": ["Số gọi đến hiện {v}, là số của {org}, nên tôi tin."],
        "handle": ["Sau đó họ chuyển sang Telegram, tài khoản là {v}."],
        "line": ["Họ bảo tôi kết bạn Zalo {v}."],
        "callback": ["Họ cho tôi số liên lạc trực tiếp {v}."],
        "pay_acct": [
            "Tôi đã chuyển {amt} vào tài khoản {v}.",
            "Tổng cộng tôi chuyển {amt} đến {v}.",
        ],
        "pay_wallet": ["Tôi mua USDT và gửi {amt} đến ví {v}."],
        "link": ["Họ gửi link tải ứng dụng: {v}"],
        "ref_call": ["Sau đó tôi gọi {org} theo số {v} thì mới biết bị lừa."],
        "ref_site": ["Tôi đã báo cáo trên {v}."],
        "mule_self": [
            "Sau đó họ nhờ tôi dùng tài khoản của mình {v} để nhận tiền rồi chuyển đi, có trả hoa hồng."
        ],
        "mule_forward": ["Tiền nhận được phải chuyển tiếp đến {v}."],
        "wa": ["Số WhatsApp của họ là {v}."],
        "close": ["Mong cơ quan chức năng giúp đỡ."],
    },
    "id": {
        "earlier": ["Tahun lalu saya juga pernah ditipu kelompok lain, waktu itu pakai {v}."],
        "open_police": [
            "Ada yang menelepon mengaku polisi, katanya rekening saya dipakai untuk pencucian uang."
        ],
        "open_invest": [
            "Saya kenal seseorang di Instagram yang mengajak investasi di aplikasi {app}."
        ],
        "open_task": ["Saya ditawari kerja paruh waktu, cukup like video dapat komisi."],
        "caller": ["Nomor yang muncul adalah {v}, nomor resmi {org}, jadi saya percaya."],
        "handle": ["Lalu saya diarahkan ke Telegram, akunnya {v}."],
        "line": ["Saya disuruh menambahkan LINE {v}."],
        "callback": ["Dia memberi nomor langsung {v}."],
        "pay_acct": ["Saya transfer {amt} ke rekening {v}.", "Total saya kirim {amt} ke {v}."],
        "pay_wallet": ["Saya beli USDT lalu kirim {amt} ke dompet {v}."],
        "link": ["Aplikasinya diunduh dari {v}."],
        "ref_call": ["Setelah itu saya menelepon {org} di {v} dan ternyata penipuan."],
        "ref_site": ["Saya sudah lapor di {v}."],
        "mule_self": [
            "Kemudian mereka meminta rekening saya sendiri {v} untuk menerima uang lalu meneruskannya."
        ],
        "mule_forward": ["Uangnya harus saya teruskan ke {v}."],
        "wa": ["Nomor WhatsApp-nya {v}."],
        "close": ["Mohon bantuannya."],
    },
}

# Third parties write in their own register: a bank's fraud team, an NGO caseworker, a relative.
THIRD_PARTY: dict[str, dict[str, list[str]]] = {
    "en": {
        "previous": ["Note: the customer also paid {v} in an earlier, unrelated case."],
        "bank": [
            "Fraud case ref {ref}. Our customer (elderly, 70+) made {n} outbound payments to beneficiary {v} on instruction of a third party claiming to be an investment adviser.",
            "{org} fraud operations: customer reported APP fraud; funds sent to {v}. Recall requested.",
        ],
        "ngo": [
            "Case forwarded by {org} volunteer. The survivor was groomed over several weeks and paid into {v}.",
            "Referral from {org}: client lost savings to a platform; payments went to {v}.",
        ],
        "family": [
            "I am writing on behalf of my mother. She was told to pay into {v}.",
            "My brother was scammed, he sent money to {v}.",
        ],
        "partial": [
            "Customer only remembers the account ending {v}.",
            "Beneficiary account partly masked on the statement (last digits {v}).",
        ],
        "partial_wallet": ["Wallet address partly visible in screenshot: {v}."],
        "signature": [
            "Contact {org} fraud desk {v} for statements.",
            "For follow-up: {org}, {v}.",
        ],
    },
    "ja": {
        "previous": ["なお、顧客は以前にも別件で{v}へ送金しています。"],
        "bank": [
            "【金融機関からの情報提供】受付番号{ref}。当行顧客（70代）が第三者の指示により{v}宛に{n}回振込を行いました。",
            "{org}不正対策室より。顧客が投資名目で{v}へ送金した事案です。",
        ],
        "ngo": ["{org}の相談員からの代理報告です。相談者は{v}に送金していました。"],
        "family": ["母の代わりに報告します。母は{v}に振り込むよう言われていました。"],
        "partial": ["口座番号は下4桁{v}しか覚えていないそうです。"],
        "signature": ["連絡先：{org} 不正検知担当 {v}"],
    },
    "ko": {
        "previous": ["참고: 고객은 이전 별건으로 {v}에도 송금함."],
        "bank": ["[금융회사 제보] 접수번호 {ref}. 고객이 제3자의 지시로 {v} 계좌로 {n}회 이체함."],
        "ngo": ["{org} 상담원이 대신 신고합니다. 피해자는 {v}로 송금했습니다."],
        "family": ["아버지 대신 신고합니다. {v}로 돈을 보내셨습니다."],
        "partial": ["계좌번호 끝자리 {v}만 기억합니다."],
        "signature": ["문의: {org} 이상거래대응팀 {v}"],
    },
    "th": {
        "previous": ["หมายเหตุ ลูกค้าเคยโอนเข้า {v} ในคดีก่อนหน้าซึ่งไม่เกี่ยวข้องกัน"],
        "bank": ["[แจ้งจากธนาคาร] เลขที่ {ref} ลูกค้าโอนเงิน {n} ครั้งเข้าบัญชี {v} ตามคำสั่งของบุคคลที่สาม"],
        "ngo": ["เจ้าหน้าที่{org}แจ้งแทนผู้เสียหาย ผู้เสียหายโอนเงินเข้า {v}"],
        "family": ["แจ้งแทนแม่ค่ะ แม่ถูกหลอกให้โอนเงินเข้า {v}"],
        "partial": ["ลูกค้าจำเลขบัญชีได้แค่ท้าย {v}"],
        "signature": ["ติดต่อ {org} ฝ่ายป้องกันทุจริต {v}"],
    },
}

APP_NAMES = [
    "Apex Gold",
    "Nova FX",
    "BitVantage",
    "Lumen Trade",
    "Quantix",
    "Harbor Capital",
    "Zenith Pro",
    "Kaiyo Invest",
    "Aurum Prime",
    "SkyLedger",
    "Vertex Coin",
    "Mirai Asset",
    "Hanul Stock",
    "Siam Wealth",
    "Pearl Crypto",
    "Lotus Exchange",
    "Orion Markets",
    "Jade Bridge",
]
