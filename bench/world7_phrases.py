"""The narrative phrases of the seventh independent world (bench/independent_world_7.py).

One table per language (ja, ko, zh, th, vi, id, tl, km, en). ``OPENINGS`` start a narrative by
the kind of scam; ``SLOTS`` put one written value ``{v}`` into a sentence by what the value was
to the victim (the scammer's contact, the site, the payee, a caller, a number from the victim's
earlier loss, an innocent line or site the victim cites, the victim's own account); ``{a}`` is
an amount. ``RELAYED`` opens a report written by a relative. Written blind to tipoff's linker.
EVALUATION DATA: never tune tipoff to it.
"""

from __future__ import annotations

OPENINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "invest": (
            "SNSで知り合った女性に暗号資産の投資を勧められました。",
            "投資グループの先生に誘われて取引を始めました。",
        ),
        "recovery": ("以前の詐欺被害を取り戻せると弁護士を名乗る人から連絡がありました。",),
        "impersonation": (
            "警察官を名乗る男から電話があり、口座が犯罪に使われていると言われました。",
        ),
        "marketplace": ("フリマアプリで出品した商品について購入希望の連絡が来ました。",),
        "romance": ("マッチングアプリで知り合った人と毎日やり取りしていました。",),
        "job": ("簡単な副業で稼げるという募集に応募しました。",),
    },
    "ko": {
        "invest": (
            "SNS에서 알게 된 사람이 코인 투자를 권유했습니다.",
            "주식 리딩방에 초대되어 투자를 시작했습니다.",
        ),
        "recovery": ("예전에 당한 사기 피해금을 돌려준다는 변호사라는 사람에게 연락이 왔습니다.",),
        "impersonation": (
            "검찰 수사관이라는 사람이 전화해서 제 계좌가 범죄에 연루됐다고 했습니다.",
        ),
        "marketplace": ("중고거래 앱에 올린 물건을 사겠다는 연락이 왔습니다.",),
        "romance": ("데이팅 앱에서 만난 사람과 매일 연락했습니다.",),
        "job": ("재택 부업 알바 모집 글을 보고 연락했습니다.",),
    },
    "zh": {
        "invest": ("在网上认识的一位老师带我投资虚拟币。", "有人把我拉进一个炒币群，说稳赚不赔。"),
        "recovery": ("有人自称律师，说可以帮我追回之前被骗的钱。",),
        "impersonation": ("一个自称公安局的人打电话说我的账户涉嫌洗钱。",),
        "marketplace": ("我在二手平台上卖东西，有买家联系我。",),
        "romance": ("在交友软件上认识了一个人，每天聊天。",),
        "job": ("看到刷单兼职的广告就联系了对方。",),
    },
    "th": {
        "invest": ("มีคนชวนลงทุนคริปโตผ่านโซเชียล บอกว่าได้กำไรแน่นอน",),
        "recovery": ("มีคนอ้างเป็นทนายบอกว่าช่วยตามเงินที่เคยโดนโกงคืนได้",),
        "impersonation": ("มีคนโทรมาอ้างเป็นตำรวจ บอกว่าบัญชีของฉันพัวพันคดีฟอกเงิน",),
        "marketplace": ("ฉันขายของในเพจซื้อขายมือสอง มีคนทักมาขอซื้อ",),
        "romance": ("รู้จักกับคนหนึ่งในแอปหาคู่ คุยกันทุกวัน",),
        "job": ("เห็นโฆษณางานออนไลน์รายได้ดีเลยสมัคร",),
    },
    "vi": {
        "invest": ("Một người quen trên mạng rủ tôi đầu tư tiền ảo, nói lãi chắc chắn.",),
        "recovery": (
            "Có người tự xưng là luật sư nói có thể lấy lại số tiền tôi bị lừa trước đây.",
        ),
        "impersonation": (
            "Có người gọi tự xưng công an, nói tài khoản của tôi liên quan đến vụ rửa tiền.",
        ),
        "marketplace": ("Tôi đăng bán đồ trên chợ online thì có người nhắn hỏi mua.",),
        "romance": ("Tôi quen một người trên ứng dụng hẹn hò, nói chuyện mỗi ngày.",),
        "job": ("Tôi thấy quảng cáo việc làm online nhẹ nhàng lương cao nên đăng ký.",),
    },
    "id": {
        "invest": ("Saya diajak investasi kripto oleh kenalan dari media sosial.",),
        "recovery": ("Ada yang mengaku pengacara bisa mengembalikan uang saya yang dulu ditipu.",),
        "impersonation": (
            "Ada yang menelepon mengaku polisi, katanya rekening saya terlibat pencucian uang.",
        ),
        "marketplace": ("Saya jual barang di marketplace lalu ada pembeli yang menghubungi.",),
        "romance": ("Saya kenal seseorang di aplikasi kencan dan kami chat setiap hari.",),
        "job": ("Saya melamar kerja paruh waktu online yang katanya gampang.",),
    },
    "tl": {
        "invest": (
            "May nakilala ako online na nag-alok ng crypto investment na siguradong kikita.",
        ),
        "recovery": (
            "May nagpakilalang abogado na kaya raw mabawi ang perang nakuha sa akin dati.",
        ),
        "impersonation": (
            "May tumawag na nagpakilalang pulis, sabi sangkot daw ang account ko sa scam.",
        ),
        "marketplace": ("Nagbenta ako sa online marketplace at may buyer na nag-message.",),
        "romance": ("May nakilala ako sa dating app at araw-araw kaming nag-uusap.",),
        "job": ("Nag-apply ako sa online na trabaho na madali raw kumita.",),
    },
    "km": {
        "invest": ("មានមនុស្សម្នាក់នៅលើបណ្តាញសង្គមបានបបួលខ្ញុំវិនិយោគគ្រីបតូ។",),
        "recovery": ("មានអ្នកអះអាងថាជាមេធាវី ថាអាចយកប្រាក់ដែលខ្ញុំត្រូវគេបោកពីមុនមកវិញ។",),
        "impersonation": ("មាននរណាម្នាក់ទូរស័ព្ទមកអះអាងថាជាប៉ូលិស និយាយថាគណនីខ្ញុំពាក់ព័ន្ធបទល្មើស។",),
        "marketplace": ("ខ្ញុំលក់ទំនិញតាមអនឡាញ ហើយមានអ្នកទិញម្នាក់ផ្ញើសារមក។",),
        "romance": ("ខ្ញុំស្គាល់មនុស្សម្នាក់តាមកម្មវិធីណាត់ជួប ហើយយើងជជែកគ្នារាល់ថ្ងៃ។",),
        "job": ("ខ្ញុំបានដាក់ពាក្យការងារអនឡាញដែលថាស្រួលរកលុយ។",),
    },
    "en": {
        "invest": (
            "A woman I met on social media talked me into a crypto trading platform.",
            "I was added to an investment group run by a so-called mentor.",
        ),
        "recovery": ("Someone claiming to be a lawyer said they could recover my earlier losses.",),
        "impersonation": (
            "A man posing as a police officer called and said my account was used for fraud.",
        ),
        "marketplace": ("I listed an item on an online marketplace and a buyer contacted me.",),
        "romance": ("I met someone on a dating app and we chatted every day.",),
        "job": ("I answered an ad for easy online work from home.",),
    },
}

SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "contact": ("相手の連絡先は{v}でした。", "その後{v}でやり取りしました。"),
        "site": ("取引サイトは{v}でした。", "{v}に登録させられました。"),
        "paid": ("{v}に{a}を振り込みました。", "指示された{v}へ{a}を送金しました。"),
        "caller": ("{v}から電話がありました。",),
        "history": ("以前の被害では{v}とやり取りしていました。", "前回お金を送った先は{v}です。"),
        "hotline": ("警察の相談窓口{v}に電話しました。",),
        "bank_hotline": ("自分の銀行のサポート{v}に連絡して止めてもらいました。",),
        "portal": ("{v}にも被害を届け出ました。",),
        "exchange": ("USDTは{v}で購入しました。",),
        "own": ("自分の口座{v}から送金しました。",),
        "masked": ("画面には{v}と表示されていました。",),
    },
    "ko": {
        "contact": ("상대방 연락처는 {v}였습니다.", "그 후 {v}로 대화했습니다."),
        "site": ("거래 사이트는 {v}였습니다.", "{v}에 가입하라고 했습니다."),
        "paid": ("{v}로 {a}을 이체했습니다.", "시키는 대로 {v}에 {a}을 보냈습니다."),
        "caller": ("{v}에서 전화가 왔습니다.",),
        "history": ("예전 피해 때는 {v}와 연락했습니다.", "그때 돈을 보낸 곳은 {v}입니다."),
        "hotline": ("경찰 {v}에 신고했습니다.",),
        "bank_hotline": ("제 은행 고객센터 {v}에 전화해 지급정지를 요청했습니다.",),
        "portal": ("{v}에도 신고했습니다.",),
        "exchange": ("USDT는 {v}에서 샀습니다.",),
        "own": ("제 계좌 {v}에서 보냈습니다.",),
        "masked": ("화면에는 {v}라고 떴습니다.",),
    },
    "zh": {
        "contact": ("对方的联系方式是{v}。", "之后一直用{v}联系。"),
        "site": ("交易平台是{v}。", "让我在{v}注册。"),
        "paid": ("我向{v}转了{a}。", "按要求把{a}打到{v}。"),
        "caller": ("来电号码是{v}。",),
        "history": ("上次被骗时对方用的是{v}。", "之前的钱转到了{v}。"),
        "hotline": ("我拨打了{v}报警。",),
        "bank_hotline": ("我打了自己银行的客服{v}冻结账户。",),
        "portal": ("我也在{v}上做了举报。",),
        "exchange": ("USDT是在{v}买的。",),
        "own": ("钱是从我自己的账户{v}转出的。",),
        "masked": ("屏幕上显示的是{v}。",),
    },
    "th": {
        "contact": ("ติดต่อกันทาง {v}", "หลังจากนั้นคุยกันทาง {v}"),
        "site": ("เว็บเทรดคือ {v}", "ให้สมัครที่ {v}"),
        "paid": ("โอนเงิน {a} ไปที่ {v}", "โอน {a} เข้า {v} ตามที่บอก"),
        "caller": ("เบอร์ที่โทรมาคือ {v}",),
        "history": ("ตอนโดนครั้งก่อนคุยกับ {v}", "ครั้งก่อนโอนเงินไปที่ {v}"),
        "hotline": ("โทรแจ้งสายด่วน {v} แล้ว",),
        "bank_hotline": ("โทรหาคอลเซ็นเตอร์ธนาคารของฉัน {v} ให้อายัดบัญชี",),
        "portal": ("แจ้งความออนไลน์ที่ {v} แล้ว",),
        "exchange": ("ซื้อ USDT จาก {v}",),
        "own": ("โอนจากบัญชีของฉันเอง {v}",),
        "masked": ("หน้าจอขึ้นว่า {v}",),
    },
    "vi": {
        "contact": ("Họ liên lạc với tôi qua {v}.", "Sau đó chúng tôi nói chuyện qua {v}."),
        "site": ("Sàn giao dịch là {v}.", "Họ bảo tôi đăng ký ở {v}."),
        "paid": ("Tôi chuyển {a} vào {v}.", "Tôi đã chuyển {a} đến {v} theo hướng dẫn."),
        "caller": ("Số gọi đến là {v}.",),
        "history": ("Lần bị lừa trước họ dùng {v}.", "Tiền lần trước tôi chuyển vào {v}."),
        "hotline": ("Tôi đã gọi {v} để trình báo.",),
        "bank_hotline": ("Tôi gọi tổng đài ngân hàng của tôi {v} để khóa tài khoản.",),
        "portal": ("Tôi cũng đã báo cáo trên {v}.",),
        "exchange": ("Tôi mua USDT trên {v}.",),
        "own": ("Tôi chuyển từ tài khoản của mình {v}.",),
        "masked": ("Màn hình hiện {v}.",),
    },
    "id": {
        "contact": ("Dia menghubungi saya lewat {v}.", "Setelah itu kami chat di {v}."),
        "site": ("Platformnya {v}.", "Saya disuruh daftar di {v}."),
        "paid": ("Saya transfer {a} ke {v}.", "Saya kirim {a} ke {v} sesuai arahan."),
        "caller": ("Nomor yang menelepon {v}.",),
        "history": ("Waktu ditipu dulu mereka pakai {v}.", "Uang saya dulu dikirim ke {v}."),
        "hotline": ("Saya sudah lapor ke {v}.",),
        "bank_hotline": ("Saya telepon call center bank saya {v} untuk blokir.",),
        "portal": ("Saya juga lapor di {v}.",),
        "exchange": ("USDT saya beli di {v}.",),
        "own": ("Saya transfer dari rekening saya {v}.",),
        "masked": ("Di layar tertulis {v}.",),
    },
    "tl": {
        "contact": ("Nakipag-usap siya sa akin sa {v}.", "Pagkatapos nag-chat kami sa {v}."),
        "site": ("Ang platform ay {v}.", "Pinag-register ako sa {v}."),
        "paid": (
            "Nagpadala ako ng {a} sa {v}.",
            "Nag-transfer ako ng {a} sa {v} gaya ng sabi nila.",
        ),
        "caller": ("Ang tumawag ay {v}.",),
        "history": (
            "Noong naloko ako dati, {v} ang gamit nila.",
            "Dati ang pera ko ay napunta sa {v}.",
        ),
        "hotline": ("Tumawag ako sa {v} para mag-report.",),
        "bank_hotline": ("Tinawagan ko ang hotline ng bangko ko {v}.",),
        "portal": ("Nag-report din ako sa {v}.",),
        "exchange": ("Bumili ako ng USDT sa {v}.",),
        "own": ("Galing sa sarili kong account {v} ang pera.",),
        "masked": ("Ang nakalagay sa screen ay {v}.",),
    },
    "km": {
        "contact": ("គេទាក់ទងខ្ញុំតាម {v} ។", "បន្ទាប់មកយើងជជែកតាម {v} ។"),
        "site": ("គេហទំព័រជួញដូរគឺ {v} ។", "គេឱ្យខ្ញុំចុះឈ្មោះនៅ {v} ។"),
        "paid": ("ខ្ញុំបានផ្ទេរ {a} ទៅ {v} ។", "ខ្ញុំផ្ញើ {a} ទៅ {v} តាមការណែនាំ។"),
        "caller": ("លេខដែលហៅមកគឺ {v} ។",),
        "history": ("ពេលត្រូវគេបោកលើកមុន គេប្រើ {v} ។", "លើកមុនខ្ញុំផ្ទេរប្រាក់ទៅ {v} ។"),
        "hotline": ("ខ្ញុំបានទូរស័ព្ទទៅ {v} ដើម្បីរាយការណ៍។",),
        "bank_hotline": ("ខ្ញុំបានទូរស័ព្ទទៅធនាគាររបស់ខ្ញុំ {v} ។",),
        "portal": ("ខ្ញុំក៏បានរាយការណ៍នៅ {v} ដែរ។",),
        "exchange": ("ខ្ញុំទិញ USDT នៅ {v} ។",),
        "own": ("ខ្ញុំផ្ទេរពីគណនីខ្លួនឯង {v} ។",),
        "masked": ("នៅលើអេក្រង់បង្ហាញ {v} ។",),
    },
    "en": {
        "contact": ("They contacted me on {v}.", "After that we chatted on {v}."),
        "site": ("The trading site was {v}.", "I was told to sign up at {v}."),
        "paid": ("I sent {a} to {v}.", "As instructed I transferred {a} to {v}."),
        "caller": ("The call came from {v}.",),
        "history": ("When I was scammed before, they used {v}.", "My earlier money went to {v}."),
        "hotline": ("I called the police on {v}.",),
        "bank_hotline": ("I rang my own bank's fraud line {v} to freeze the transfer.",),
        "portal": ("I also reported it at {v}.",),
        "exchange": ("I bought the USDT on {v}.",),
        "own": ("The money left my own account {v}.",),
        "masked": ("The screen showed {v}.",),
    },
}

RELAYED: dict[str, str] = {
    "ja": "母の代わりに届け出ます。",
    "ko": "어머니 대신 신고합니다.",
    "zh": "我替我父亲报案。",
    "th": "แจ้งแทนแม่ของฉัน",
    "vi": "Tôi báo thay cho mẹ tôi.",
    "id": "Saya melapor atas nama ibu saya.",
    "tl": "Nagre-report ako para sa nanay ko.",
    "km": "ខ្ញុំរាយការណ៍ជំនួសម្តាយខ្ញុំ។",
    "en": "I am reporting this on behalf of my mother.",
}
