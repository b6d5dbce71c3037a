"""Phrases of the third independent world (bench/independent_world_3.py), one table per language.

Data only. Each sentence has slots: {x} the identifier as the victim wrote it, {amt} an amount,
{holder} an account holder's name, {code} an invite code, {rel} a relative. EVALUATION DATA:
never tune tipoff to these words.
"""

from __future__ import annotations

INTRO = {
    "ja": {
        "compound": [
            "Facebookで知り合った女性から暗号資産の投資に誘われました。",
            "間違いメッセージから始まり、仲良くなった相手に投資サイトを紹介されました。",
        ],
        "teacher": [
            "Instagramの広告から株の勉強会のLINEグループに参加しました。先生とアシスタントがいました。",
            "有名な経済評論家を名乗る広告から投資グループに誘導されました。",
        ],
        "police": [
            "警察官を名乗る男から電話があり、私の口座が犯罪に使われていると言われました。",
            "銀行の職員を名乗る電話で、口座を守るために安全な口座へ移すよう言われました。",
        ],
        "task": [
            "副業の募集で、商品にいいねを押すだけで報酬がもらえると言われました。",
            "ホテルの予約を評価するだけの在宅ワークだと言われ、最初は少し報酬が出ました。",
        ],
        "loan": [
            "ネットで見つけた融資アプリで借りたら、高額な返済を要求され脅されました。",
        ],
        "romance": [
            "マッチングアプリで知り合った外国人男性と恋愛関係になり、お金を送ってしまいました。",
        ],
    },
    "zh": {
        "compound": [
            "我在社交软件上认识一个人，聊了几个月后他带我投资虚拟币。",
            "一开始是加错微信，后来对方介绍我一个交易平台，说稳赚不赔。",
        ],
        "teacher": [
            "我在抖音看到炒股广告，被拉进一个股票群，群里有老师和助理。",
            "有人以带单老师的名义拉我进投资群，说跟着买一定赚钱。",
        ],
        "police": [
            "有人冒充公安打电话给我，说我的银行卡涉嫌洗钱，要我配合调查。",
            "对方自称是检察院的，说有逮捕令，要求我把钱转到安全账户。",
        ],
        "task": [
            "我在网上看到刷单兼职，说点赞就能赚佣金，开始还返了一点钱。",
        ],
        "loan": [
            "我在网上下载了一个贷款APP，借了钱以后被要求高额还款并被威胁。",
        ],
        "romance": [
            "我在交友网站认识一个男的，说是在国外工作，后来找各种理由让我打钱。",
        ],
    },
    "ko": {
        "compound": [
            "SNS에서 알게 된 사람이 코인 투자를 권해서 시작했습니다.",
            "잘못 온 문자로 대화를 시작했는데 나중에 투자 사이트를 소개받았습니다.",
        ],
        "teacher": [
            "유튜브 광고를 보고 주식 리딩방에 들어갔습니다. 교수님과 비서가 있었습니다.",
        ],
        "police": [
            "검찰 수사관이라는 사람이 전화해서 제 계좌가 범죄에 연루됐다고 했습니다.",
            "금융감독원 직원이라며 안전계좌로 돈을 옮기라고 했습니다.",
        ],
        "task": [
            "부업으로 좋아요만 누르면 수익을 준다고 해서 시작했습니다.",
        ],
        "loan": [
            "대출 앱에서 돈을 빌렸는데 높은 이자를 요구하며 협박했습니다.",
        ],
        "romance": [
            "데이팅 앱에서 만난 외국인 남성이 결혼하자며 돈을 요구했습니다.",
        ],
    },
    "th": {
        "compound": [
            "ดิฉันรู้จักกับชายคนหนึ่งทางเฟซบุ๊ก เขาชวนลงทุนคริปโต",
            "เริ่มจากมีคนทักผิด แล้วคุยกันจนเขาแนะนำเว็บลงทุน",
        ],
        "teacher": [
            "เห็นโฆษณาในเฟซบุ๊กแล้วถูกดึงเข้ากลุ่มไลน์สอนเล่นหุ้น มีอาจารย์และผู้ช่วย",
        ],
        "police": [
            "มีคนโทรมาอ้างว่าเป็นตำรวจ บอกว่าบัญชีของผมเกี่ยวข้องกับการฟอกเงิน",
            "มีคนอ้างเป็นเจ้าหน้าที่ธนาคาร ให้โอนเงินไปบัญชีปลอดภัยเพื่อตรวจสอบ",
        ],
        "task": [
            "มีคนชวนทำงานออนไลน์กดไลก์สินค้า ได้ค่าคอมมิชชั่น ตอนแรกได้เงินจริง",
        ],
        "loan": [
            "กู้เงินผ่านแอปออนไลน์ แล้วถูกทวงหนี้และข่มขู่ให้จ่ายเพิ่ม",
        ],
        "romance": [
            "รู้จักผู้ชายต่างชาติในแอปหาคู่ เขาขอให้ส่งเงินไปช่วย",
        ],
    },
    "vi": {
        "compound": [
            "Tôi quen một người trên Facebook, sau đó người này rủ tôi đầu tư tiền ảo.",
            "Ban đầu có người nhắn nhầm số, rồi làm quen và giới thiệu sàn đầu tư.",
        ],
        "teacher": [
            "Tôi thấy quảng cáo trên Facebook và được thêm vào nhóm Zalo chứng khoán có chuyên gia.",
        ],
        "police": [
            "Có người gọi điện tự xưng là công an, nói tôi liên quan đến đường dây rửa tiền.",
        ],
        "task": [
            "Tôi được mời làm cộng tác viên online, chỉ cần like sản phẩm để nhận hoa hồng.",
            "Người ta tuyển việc làm thêm tại nhà, làm nhiệm vụ đánh giá khách sạn.",
        ],
        "loan": [
            "Tôi vay tiền qua một ứng dụng, sau đó bị đòi nợ và đe dọa.",
        ],
        "romance": [
            "Tôi quen một người nước ngoài trên ứng dụng hẹn hò, người đó nói gửi quà cho tôi.",
        ],
    },
    "id": {
        "compound": [
            "Saya kenal seseorang di Instagram, lalu dia mengajak investasi kripto.",
        ],
        "teacher": [
            "Saya lihat iklan di Facebook lalu masuk grup WhatsApp saham dengan mentor.",
        ],
        "police": [
            "Ada yang menelepon mengaku polisi, katanya rekening saya terlibat pencucian uang.",
        ],
        "task": [
            "Saya ditawari kerja paruh waktu, cukup like produk dan dapat komisi.",
            "Saya diajak kerja online menyelesaikan misi, awalnya komisi dibayar.",
        ],
        "loan": [
            "Saya pinjam uang lewat aplikasi pinjol ilegal, lalu diteror dan diancam.",
            "Setelah pinjam di aplikasi, data kontak saya disebar dan saya diancam.",
        ],
        "romance": [
            "Saya kenal pria asing di aplikasi kencan, dia bilang mau kirim paket.",
        ],
    },
    "en": {
        "compound": [
            "I met someone on Instagram who slowly got me into crypto investing.",
            "It started with a wrong-number text; we became friends and she showed me a trading site.",
        ],
        "teacher": [
            "I clicked an ad and was added to a stock tips group with a professor and an assistant.",
        ],
        "police": [
            "A man called saying he was a police officer and that my account was used for money laundering.",
            "Someone claiming to be from my bank's fraud team said my money had to go to a safe account.",
        ],
        "task": [
            "I was offered a part-time remote job rating products for commission.",
            "A recruiter offered me a job completing app optimisation tasks.",
        ],
        "loan": [
            "I borrowed money from a loan app and then they harassed and threatened me.",
        ],
        "romance": [
            "I met a man on a dating site who said he was an engineer working offshore.",
            "My online boyfriend asked me to help him with money for customs fees.",
        ],
    },
    "tl": {
        "compound": [
            "May nakilala ako sa Facebook at niyaya niya akong mag-invest sa crypto.",
        ],
        "teacher": [
            "Nakakita ako ng ad at sumali sa group chat ng stock trading na may mentor.",
        ],
        "police": [
            "May tumawag na nagpakilalang pulis at sinabing ginamit ang account ko sa krimen.",
        ],
        "task": [
            "May nag-alok sa akin ng part time job, mag-like lang daw ng produkto.",
            "Na-recruit ako sa online task job, noong una may bayad talaga.",
        ],
        "loan": [
            "Nangutang ako sa online lending app at pinagbantaan ako pagkatapos.",
        ],
        "romance": [
            "May nakilala akong foreigner sa dating app at humingi siya ng pera.",
        ],
    },
}

# fact -> sentences; one is chosen per mention
FACT = {
    "ja": {
        "contact": [
            "相手の連絡先は{x}です。",
            "{x}とやり取りしていました。",
            "連絡は{x}から来ました。",
        ],
        "cs": ["カスタマーサポートは{x}でした。", "サポート窓口 {x} に出金を相談しました。"],
        "site": ["{x}というサイトに登録させられました。", "取引サイトは {x} です。"],
        "app": ["アプリは{x}からダウンロードしました。"],
        "group": ["グループの招待リンクは{x}でした。"],
        "payee_bank": [
            "{amt}を{x}（名義 {holder}）に振り込みました。",
            "振込先 {x} {holder} に{amt}。",
        ],
        "payee_wallet": ["USDT {amt}相当を{x}に送金しました。", "送金先アドレス：{x}"],
        "payee_ewallet": ["{x}に{amt}を送りました。"],
        "caller": ["{x}から電話がありました。", "着信番号は{x}でした。"],
        "spoofed": [
            "着信表示は{x}で、本物の警察署の番号でした。",
            "{x}からの着信で、警察だと信じました。",
        ],
        "otc": ["USDTは{x}という業者から買うように言われました。"],
        "otc_bank": ["業者の口座{x}に{amt}を振り込みました。"],
        "email": ["{x}からメールが来ました。"],
        "ref_police": ["警察（{x}）に相談しました。", "{x}に電話して相談しました。"],
        "ref_bank": ["自分の銀行のコールセンター{x}に電話しました。"],
        "ref_site": ["{x}に情報提供しました。", "{x}で確認しました。"],
        "news": ["後で{x}のニュースで同じ手口を知りました。"],
        "exchange": ["USDTは{x}で購入しました。"],
        "brand": ["相手は{x}と提携していると言っていました。"],
        "atm": ["{x}のビットコインATMに現金を入れました。"],
        "store": ["アプリは{x}にはありませんでした。"],
        "victim_own": ["自分の口座{x}から送金しました。"],
    },
    "zh": {
        "contact": ["对方的联系方式是{x}。", "一直和{x}聊天。", "他让我加{x}。"],
        "cs": ["客服是{x}。", "提现的时候客服{x}说要交保证金。"],
        "site": ["让我在{x}注册账号。", "平台网址：{x}"],
        "app": ["APP是从{x}下载的。"],
        "group": ["群链接是{x}。"],
        "payee_bank": ["我往{x}（户名{holder}）转了{amt}。", "收款账户 {x} {holder}，转账{amt}。"],
        "payee_wallet": ["转了{amt}的USDT到{x}。", "充值地址：{x}"],
        "payee_ewallet": ["通过{x}付了{amt}。"],
        "caller": ["{x}打来电话。", "来电号码是{x}。"],
        "spoofed": ["来电显示是{x}，是真的公安局号码。"],
        "otc": ["他们让我找币商{x}买U。"],
        "otc_bank": ["我给币商账户{x}转了{amt}。"],
        "email": ["对方用{x}发邮件。"],
        "ref_police": ["我打了{x}报警。", "后来拨打{x}咨询。"],
        "ref_bank": ["我打了银行客服{x}。"],
        "ref_site": ["已经在{x}举报。"],
        "news": ["后来在{x}看到类似的新闻。"],
        "exchange": ["我在{x}买的USDT。"],
        "brand": ["对方说平台和{x}合作。"],
        "atm": ["在{x}的比特币ATM存了现金。"],
        "store": ["{x}上找不到这个APP。"],
        "victim_own": ["从我自己的账户{x}转出。"],
    },
    "ko": {
        "contact": ["상대 연락처는 {x}입니다.", "{x}로 대화했습니다."],
        "cs": ["고객센터는 {x}였습니다.", "출금하려고 하니 {x} 상담원이 수수료를 요구했습니다."],
        "site": ["{x} 사이트에 가입하라고 했습니다.", "거래소 주소: {x}"],
        "app": ["앱은 {x}에서 받았습니다."],
        "group": ["리딩방 링크는 {x}입니다."],
        "payee_bank": [
            "{x} (예금주 {holder})로 {amt} 이체했습니다.",
            "입금 계좌 {x} {holder}, {amt}.",
        ],
        "payee_wallet": ["{amt} 상당의 USDT를 {x}로 보냈습니다."],
        "payee_ewallet": ["{x}로 {amt} 보냈습니다."],
        "caller": ["{x}에서 전화가 왔습니다.", "발신번호는 {x}였습니다."],
        "spoofed": ["발신번호가 {x}로 떠서 진짜 검찰인 줄 알았습니다."],
        "otc": ["코인은 {x}라는 사람에게서 사라고 했습니다."],
        "otc_bank": ["그 사람 계좌 {x}로 {amt} 보냈습니다."],
        "email": ["{x}에서 메일이 왔습니다."],
        "ref_police": ["{x}에 신고했습니다."],
        "ref_bank": ["제 은행 고객센터 {x}에 전화했습니다."],
        "ref_site": ["{x}에 신고했습니다."],
        "news": ["나중에 {x} 기사에서 같은 수법을 봤습니다."],
        "exchange": ["USDT는 {x}에서 샀습니다."],
        "brand": ["{x}와 제휴했다고 했습니다."],
        "atm": ["{x} 비트코인 ATM에 현금을 넣었습니다."],
        "store": ["{x}에는 없는 앱이었습니다."],
        "victim_own": ["제 계좌 {x}에서 보냈습니다."],
    },
    "th": {
        "contact": ["ติดต่อกับเขาทาง {x}", "คนร้ายใช้ {x}"],
        "cs": ["ฝ่ายบริการลูกค้าคือ {x}", "แอดมิน {x} บอกให้จ่ายภาษีก่อนถอน"],
        "site": ["ให้สมัครในเว็บ {x}", "เว็บไซต์ {x}"],
        "app": ["โหลดแอปจาก {x}"],
        "group": ["ลิงก์กลุ่ม {x}"],
        "payee_bank": [
            "โอนเงิน {amt} เข้าบัญชี {x} ชื่อ {holder}",
            "บัญชีปลายทาง {x} ({holder}) ยอด {amt}",
        ],
        "payee_wallet": ["โอน USDT มูลค่า {amt} ไปที่ {x}"],
        "payee_ewallet": ["จ่ายผ่าน {x} จำนวน {amt}"],
        "caller": ["มีเบอร์ {x} โทรมา", "เบอร์ที่โทรมาคือ {x}"],
        "spoofed": ["เบอร์ที่โทรมาขึ้นว่า {x} ซึ่งเป็นเบอร์สถานีตำรวจจริง"],
        "otc": ["เขาให้ซื้อ USDT จากพ่อค้า {x}"],
        "otc_bank": ["โอนเงินให้พ่อค้าที่บัญชี {x} จำนวน {amt}"],
        "email": ["ได้อีเมลจาก {x}"],
        "ref_police": ["แจ้งความที่ {x}", "โทรไปที่ {x} เพื่อปรึกษา"],
        "ref_bank": ["โทรหาคอลเซ็นเตอร์ธนาคารของตัวเอง {x}"],
        "ref_site": ["แจ้งความออนไลน์ที่ {x}"],
        "news": ["ต่อมาเห็นข่าวใน {x} ว่าเป็นมิจฉาชีพ"],
        "exchange": ["ซื้อ USDT จาก {x}"],
        "brand": ["เขาอ้างว่าเป็นพาร์ทเนอร์ของ {x}"],
        "atm": ["เอาเงินสดเข้าตู้บิตคอยน์ของ {x}"],
        "store": ["แอปนี้ไม่มีใน {x}"],
        "victim_own": ["โอนจากบัญชีของตัวเอง {x}"],
    },
    "vi": {
        "contact": ["Liên hệ với đối tượng qua {x}.", "Đối tượng dùng {x}."],
        "cs": ["Chăm sóc khách hàng là {x}.", "CSKH {x} bảo phải nộp phí mới rút được."],
        "site": ["Họ bảo tôi đăng ký trên {x}.", "Sàn: {x}"],
        "app": ["Tải ứng dụng từ {x}."],
        "group": ["Link nhóm: {x}"],
        "payee_bank": [
            "Tôi chuyển {amt} vào tài khoản {x} tên {holder}.",
            "STK {x} chủ TK {holder}, số tiền {amt}.",
        ],
        "payee_wallet": ["Tôi chuyển USDT trị giá {amt} tới ví {x}."],
        "payee_ewallet": ["Tôi thanh toán qua {x} {amt}."],
        "caller": ["Số {x} gọi cho tôi.", "Số gọi đến: {x}"],
        "spoofed": ["Số hiện lên là {x}, đúng số của công an."],
        "otc": ["Họ bảo tôi mua USDT từ người bán {x}."],
        "otc_bank": ["Tôi chuyển {amt} vào tài khoản người bán {x}."],
        "email": ["Họ gửi email từ {x}."],
        "ref_police": ["Tôi đã gọi {x} để trình báo.", "Tôi trình báo công an qua {x}."],
        "ref_bank": ["Tôi gọi tổng đài ngân hàng của mình {x}."],
        "ref_site": ["Tôi đã báo cáo trên {x}."],
        "news": ["Sau đó tôi đọc trên {x} thấy đây là lừa đảo."],
        "exchange": ["Tôi mua USDT trên {x}."],
        "brand": ["Họ nói là đối tác của {x}."],
        "atm": ["Tôi nộp tiền mặt vào máy ATM bitcoin của {x}."],
        "store": ["Ứng dụng này không có trên {x}."],
        "victim_own": ["Tôi chuyển từ tài khoản của tôi {x}."],
    },
    "id": {
        "contact": ["Pelaku menghubungi saya lewat {x}.", "Kontak pelaku: {x}"],
        "cs": ["CS-nya {x}.", "Waktu mau tarik dana, CS {x} minta bayar pajak."],
        "site": ["Saya disuruh daftar di {x}.", "Situsnya {x}"],
        "app": ["Aplikasinya diunduh dari {x}."],
        "group": ["Link grup: {x}"],
        "payee_bank": [
            "Saya transfer {amt} ke rekening {x} a.n. {holder}.",
            "Rek tujuan {x} atas nama {holder}, {amt}.",
        ],
        "payee_wallet": ["Saya kirim USDT senilai {amt} ke alamat {x}."],
        "payee_ewallet": ["Saya bayar {amt} lewat {x}."],
        "caller": ["Nomor {x} menelepon saya.", "Saya ditelepon dari {x}."],
        "spoofed": ["Yang muncul di layar {x}, nomor kantor polisi asli."],
        "otc": ["Saya disuruh beli USDT dari penjual {x}."],
        "otc_bank": ["Saya transfer {amt} ke rekening penjual {x}."],
        "email": ["Mereka kirim email dari {x}."],
        "ref_police": ["Saya sudah lapor ke {x}."],
        "ref_bank": ["Saya telepon call center bank saya {x}."],
        "ref_site": ["Sudah saya laporkan di {x}."],
        "news": ["Belakangan saya baca di {x} ternyata ini penipuan."],
        "exchange": ["Saya beli USDT di {x}."],
        "brand": ["Katanya mereka mitra resmi {x}."],
        "atm": ["Saya setor tunai ke ATM bitcoin {x}."],
        "store": ["Aplikasinya tidak ada di {x}."],
        "victim_own": ["Saya transfer dari rekening saya {x}."],
    },
    "en": {
        "contact": [
            "The person contacted me from {x}.",
            "I chatted with them at {x}.",
            "Their contact: {x}",
        ],
        "cs": [
            "Customer service was {x}.",
            "When I tried to withdraw, support at {x} asked for a tax.",
        ],
        "site": ["They had me register on {x}.", "The trading site was {x}"],
        "app": ["I downloaded their app from {x}."],
        "group": ["Group link: {x}"],
        "payee_bank": [
            "I transferred {amt} to {x} ({holder}).",
            "Paid {amt} to account {x}, name {holder}.",
        ],
        "payee_wallet": ["I sent {amt} in USDT to {x}.", "Deposit address they gave: {x}"],
        "payee_ewallet": ["I paid {amt} via {x}."],
        "caller": ["I got a call from {x}.", "The caller's number was {x}."],
        "spoofed": ["The call showed {x}, which is the real police station number."],
        "otc": ["They told me to buy USDT from a merchant, {x}."],
        "otc_bank": ["I paid the merchant's account {x} {amt}."],
        "email": ["They emailed me from {x}."],
        "ref_police": ["I called the police on {x}.", "I reported it to {x}."],
        "ref_bank": ["I rang my bank's hotline {x}."],
        "ref_site": ["I filed a report at {x}.", "I checked the site on {x}."],
        "news": ["Later I read on {x} that this is a known scam."],
        "exchange": ["I bought the USDT on {x}."],
        "brand": ["They claimed to be partners of {x}."],
        "atm": ["I fed cash into a {x} bitcoin machine."],
        "store": ["The app was not on {x}."],
        "victim_own": ["I sent it from my own account {x}."],
    },
    "tl": {
        "contact": ["Nakipag-usap siya sa akin gamit ang {x}.", "Contact niya: {x}"],
        "cs": ["Ang customer service ay {x}.", "Nung mag-withdraw ako, humingi ng fee si {x}."],
        "site": ["Pinag-register ako sa {x}.", "Yung site ay {x}"],
        "app": ["Dinownload ko ang app sa {x}."],
        "group": ["Link ng group: {x}"],
        "payee_bank": [
            "Nagpadala ako ng {amt} sa {x} ({holder}).",
            "Account na pinadalhan: {x} {holder}, {amt}",
        ],
        "payee_wallet": ["Nagpadala ako ng USDT na {amt} sa {x}."],
        "payee_ewallet": ["Nagbayad ako ng {amt} sa {x}."],
        "caller": ["Tumawag sa akin ang {x}.", "Numero ng tumawag: {x}"],
        "spoofed": ["Lumabas sa phone ang {x}, totoong numero ng pulis."],
        "otc": ["Pinabili ako ng USDT sa merchant na {x}."],
        "otc_bank": ["Nagbayad ako ng {amt} sa account ng merchant {x}."],
        "email": ["Nag-email sila mula sa {x}."],
        "ref_police": ["Tumawag ako sa {x} para mag-report."],
        "ref_bank": ["Tinawagan ko ang hotline ng bangko ko {x}."],
        "ref_site": ["Nag-report ako sa {x}."],
        "news": ["Nabasa ko sa {x} na scam pala ito."],
        "exchange": ["Bumili ako ng USDT sa {x}."],
        "brand": ["Sabi nila partner daw sila ng {x}."],
        "atm": ["Naghulog ako ng cash sa bitcoin ATM ng {x}."],
        "store": ["Wala sa {x} ang app."],
        "victim_own": ["Galing sa sarili kong account {x}."],
    },
}

CLOSING = {
    "ja": [
        "出金しようとすると手数料を要求されました。",
        "その後連絡が取れなくなりました。",
        "詐欺だと気づきました。",
    ],
    "zh": [
        "提现时要求先交税，后来就联系不上了。",
        "发现被骗后立即报警。",
        "平台关闭了，钱取不出来。",
    ],
    "ko": ["출금하려니 세금을 먼저 내라고 했습니다.", "그 후 연락이 끊겼습니다."],
    "th": ["พอจะถอนเงินก็ให้จ่ายค่าธรรมเนียมเพิ่ม", "หลังจากนั้นติดต่อไม่ได้อีกเลย"],
    "vi": ["Khi rút tiền thì bị yêu cầu nộp thêm phí.", "Sau đó họ chặn liên lạc."],
    "id": ["Waktu mau tarik dana diminta bayar biaya lagi.", "Setelah itu nomor saya diblokir."],
    "en": [
        "When I tried to withdraw they asked for more fees.",
        "Then they blocked me.",
        "I realised it was a scam.",
    ],
    "tl": ["Nung mag-withdraw ako, humingi pa sila ng bayad.", "Tapos blinock na nila ako."],
}

SECOND_HAND = {
    "ja": "{rel}の代わりに報告します。",
    "zh": "我替我{rel}报案。",
    "ko": "{rel} 대신 신고합니다.",
    "th": "แจ้งแทน{rel}ค่ะ",
    "vi": "Tôi báo cáo thay cho {rel} tôi.",
    "id": "Saya melapor atas nama {rel} saya.",
    "en": "I am reporting this for my {rel}.",
    "tl": "Nagre-report ako para sa {rel} ko.",
}

RELATIVES = {
    "ja": ["母", "父", "祖母", "夫", "妻"],
    "zh": ["妈妈", "爸爸", "奶奶", "老公"],
    "ko": ["어머니", "아버지", "할머니", "남편"],
    "th": ["แม่", "พ่อ", "ยาย", "สามี"],
    "vi": ["mẹ", "bố", "bà", "chồng"],
    "id": ["ibu", "ayah", "nenek", "suami"],
    "en": ["mother", "father", "grandmother", "husband", "aunt"],
    "tl": ["nanay", "tatay", "lola", "asawa"],
}

DUPLICATE = {
    "ja": "先日届け出た件の追加情報です。",
    "zh": "之前已经报过案，现在补充材料。",
    "ko": "이전에 신고한 건에 대한 추가 내용입니다.",
    "th": "เคยแจ้งไปแล้ว ขอเพิ่มข้อมูล",
    "vi": "Tôi đã báo trước đây, nay bổ sung thông tin.",
    "id": "Saya sudah pernah lapor, ini tambahan informasi.",
    "en": "I reported this earlier; adding more details.",
    "tl": "Nag-report na ako dati, dagdag na detalye ito.",
}

# what the scammer wrote (messages); {x} as sent
SCAMMER = {
    "ja": {
        "site": "こちらから登録してください {x} 招待コード：{code}",
        "app": "専用アプリはこちら {x}",
        "group": "こちらのグループに参加してください {x}",
        "payee_wallet": "入金アドレス（TRC20）{x} 必ずこのアドレスに送金してください",
        "payee_bank": "お振込先：{x} 名義：{holder}",
        "payee_ewallet": "こちらにお支払いください {x}",
        "cs": "出金はカスタマーサポート {x} にご連絡ください",
        "contact": "今後はこちらで連絡します {x}",
        "otc": "USDTはこちらの業者から購入してください {x}",
    },
    "zh": {
        "site": "请在这里注册 {x} 邀请码 {code}",
        "app": "下载APP：{x}",
        "group": "进群：{x}",
        "payee_wallet": "充值地址（TRC20）：{x}",
        "payee_bank": "收款账户：{x} 户名：{holder}",
        "payee_ewallet": "付款到 {x}",
        "cs": "提现请联系在线客服 {x}",
        "contact": "以后加这个联系 {x}",
        "otc": "找这个币商买U {x}",
    },
    "ko": {
        "site": "여기서 가입하세요 {x} 추천코드 {code}",
        "app": "전용 앱 다운로드 {x}",
        "group": "리딩방 입장 {x}",
        "payee_wallet": "입금 주소(TRC20) {x}",
        "payee_bank": "입금 계좌 {x} 예금주 {holder}",
        "payee_ewallet": "여기로 보내주세요 {x}",
        "cs": "출금 문의는 고객센터 {x}",
        "contact": "앞으로 여기로 연락 주세요 {x}",
        "otc": "코인은 여기서 구매하세요 {x}",
    },
    "th": {
        "site": "สมัครที่ {x} รหัสเชิญ {code}",
        "app": "ดาวน์โหลดแอป {x}",
        "group": "เข้ากลุ่ม {x}",
        "payee_wallet": "ที่อยู่ฝาก USDT (TRC20) {x}",
        "payee_bank": "โอนเข้าบัญชี {x} ชื่อบัญชี {holder}",
        "payee_ewallet": "ชำระผ่าน {x}",
        "cs": "ติดต่อฝ่ายบริการ {x}",
        "contact": "แอดไลน์นี้นะคะ {x}",
        "otc": "ซื้อเหรียญกับพ่อค้าคนนี้ {x}",
    },
    "vi": {
        "site": "Đăng ký tại {x} mã mời {code}",
        "app": "Tải app tại {x}",
        "group": "Vào nhóm: {x}",
        "payee_wallet": "Địa chỉ nạp USDT TRC20: {x}",
        "payee_bank": "STK: {x} Chủ TK: {holder}",
        "payee_ewallet": "Thanh toán qua {x}",
        "cs": "Liên hệ CSKH {x} để rút tiền",
        "contact": "Kết bạn với mình qua {x} nhé",
        "otc": "Mua USDT tại người bán này {x}",
    },
    "id": {
        "site": "Daftar di {x} kode undangan {code}",
        "app": "Unduh aplikasi di {x}",
        "group": "Gabung grup: {x}",
        "payee_wallet": "Alamat deposit USDT TRC20: {x}",
        "payee_bank": "Transfer ke rek {x} a/n {holder}",
        "payee_ewallet": "Bayar ke {x}",
        "cs": "Hubungi CS kami {x}",
        "contact": "Chat saya di sini ya {x}",
        "otc": "Beli USDT di seller ini {x}",
    },
    "en": {
        "site": "Register here {x} invitation code {code}",
        "app": "Download our app: {x}",
        "group": "Join the group: {x}",
        "payee_wallet": "Deposit address (USDT TRC20): {x}",
        "payee_bank": "Please transfer to {x}, account name {holder}",
        "payee_ewallet": "Send payment to {x}",
        "cs": "For withdrawals contact customer service {x}",
        "contact": "Add me here, honey {x}",
        "otc": "Buy USDT from this merchant {x}",
    },
    "tl": {
        "site": "Mag-register dito {x} code {code}",
        "app": "I-download ang app dito {x}",
        "group": "Sumali sa group {x}",
        "payee_wallet": "Deposit address USDT TRC20: {x}",
        "payee_bank": "Magpadala sa {x} account name {holder}",
        "payee_ewallet": "Magbayad sa {x}",
        "cs": "Para sa withdrawal, contact CS {x}",
        "contact": "Dito mo na ako i-chat {x}",
        "otc": "Bumili ng USDT sa merchant na ito {x}",
    },
}

# how a messenger account is introduced, per platform and language ({x} the bare id)
HANDLE_FORMS = {
    "telegram": {
        "*": ["@{x}", "t.me/{x}", "https://t.me/{x}", "Telegram: @{x}", "Telegram @{x}", "TG @{x}"],
        "zh": ["飞机 @{x}", "纸飞机：@{x}", "TG：@{x}", "t.me/{x}"],
        "th": ["เทเลแกรม @{x}", "Telegram @{x}"],
    },
    "line": {
        "*": ["LINE ID: {x}", "ID LINE {x}", "line.me/ti/p/~{x}", "LINE: {x}"],
        "ja": ["LINE ID：{x}", "ライン ID {x}", "LINEのID {x}"],
        "th": ["ไลน์ไอดี {x}", "ID Line: {x}", "ไอดีไลน์ {x}"],
    },
    "wechat": {
        "*": ["WeChat ID: {x}"],
        "zh": ["微信号：{x}", "微信 {x}", "vx：{x}", "V信 {x}"],
    },
    "kakaotalk": {
        "*": ["KakaoTalk ID: {x}"],
        "ko": ["카톡 아이디 {x}", "카카오톡 ID: {x}", "카톡 ID {x}"],
    },
}
