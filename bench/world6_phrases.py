"""Phrase banks of the sixth independent world (bench/independent_world_6.py).

EVALUATION DATA, written blind to the linker: never copy these phrases, names, numbers or
domains into tipoff (lexicons, cues, seeds, tests), and never tune tipoff to them.

Per language: OPEN[lang][story] opens a narrative; SLOT[lang][slot] states one value ``{v}``
in its role; SECOND[lang] opens a report written by a relative. All brands, banks' account
numbers, names, hotlines and domains in the worlds are invented.
"""

from __future__ import annotations

LANGS = ("ja", "zh-Hans", "zh-Hant", "ko", "th", "vi", "id", "km", "tl", "en", "ms", "my")

OPEN: dict[str, dict[str, str]] = {
    "ja": {
        "romance": "マッチングアプリで知り合った人と毎日やり取りしていました。",
        "task": "スマホに「いいねするだけの副業」という案内が届きました。",
        "invest": "SNSで知り合った先生に暗号資産の投資を勧められました。",
        "brand": "{brand}を名乗るSMSが届き、手続きが必要と言われました。",
        "job": "海外の高収入の仕事だと言われて渡航し、施設から出られなくなりました。",
    },
    "zh-Hans": {
        "romance": "我在交友软件上认识了一个人，每天聊天。",
        "task": "收到一条兼职刷单点赞的短信，说每天能赚几百元。",
        "invest": "网上认识的老师带我投资虚拟币，说稳赚不赔。",
        "brand": "收到自称{brand}的短信，说账户异常需要处理。",
        "job": "说是去国外做客服高薪工作，到了以后被关在园区里。",
    },
    "zh-Hant": {
        "romance": "我在交友軟體上認識一個人，每天都聊天。",
        "task": "收到一則兼職按讚的簡訊，說每天可以賺幾千元。",
        "invest": "網路上認識的老師帶我投資虛擬貨幣。",
        "brand": "收到自稱{brand}的簡訊，說帳戶異常要處理。",
        "job": "說是去國外做高薪客服，到了以後被關在園區。",
    },
    "ko": {
        "romance": "데이팅 앱에서 만난 사람과 매일 연락했습니다.",
        "task": "좋아요만 누르면 돈을 준다는 부업 문자를 받았습니다.",
        "invest": "SNS에서 알게 된 선생님이 코인 투자를 권했습니다.",
        "brand": "{brand}라며 문자가 왔고 확인이 필요하다고 했습니다.",
        "job": "해외 고수익 일자리라고 해서 갔는데 단지에 갇혔습니다.",
    },
    "th": {
        "romance": "ฉันรู้จักเขาจากแอปหาคู่ และคุยกันทุกวัน",
        "task": "ได้รับข้อความชวนทำงานเสริมกดไลก์ได้เงินทุกวัน",
        "invest": "มีคนในโซเชียลชวนลงทุนคริปโตบอกว่ากำไรแน่นอน",
        "brand": "ได้รับ SMS อ้างว่าเป็น{brand} บอกว่าต้องยืนยันข้อมูล",
        "job": "ถูกหลอกไปทำงานต่างประเทศ แล้วถูกกักตัวในตึก",
    },
    "vi": {
        "romance": "Tôi quen một người qua ứng dụng hẹn hò và nhắn tin mỗi ngày.",
        "task": "Tôi nhận tin nhắn mời làm nhiệm vụ like video kiếm tiền.",
        "invest": "Một người quen trên mạng rủ tôi đầu tư tiền ảo.",
        "brand": "Tôi nhận tin nhắn tự xưng là {brand}, nói tài khoản có vấn đề.",
        "job": "Tôi được hứa việc lương cao ở nước ngoài rồi bị giữ trong khu.",
    },
    "id": {
        "romance": "Saya kenal dia dari aplikasi kencan dan chat setiap hari.",
        "task": "Saya dapat pesan kerja sampingan like dan subscribe dibayar.",
        "invest": "Ada mentor di medsos yang mengajak investasi kripto.",
        "brand": "Saya dapat SMS mengaku dari {brand}, katanya akun bermasalah.",
        "job": "Saya dijanjikan kerja gaji tinggi di luar negeri lalu ditahan.",
    },
    "km": {
        "romance": "ខ្ញុំស្គាល់គាត់តាមកម្មវិធីណាត់ជួប ហើយជជែករាល់ថ្ងៃ។",
        "task": "ខ្ញុំទទួលសារផ្តល់ការងារចុចឡាយក៍រកលុយ។",
        "invest": "មានគ្រូម្នាក់នៅលើបណ្តាញសង្គមបបួលវិនិយោគគ្រីបតូ។",
        "brand": "ខ្ញុំទទួលសារអះអាងថាជា {brand} ថាគណនីមានបញ្ហា។",
        "job": "គេសន្យាការងារប្រាក់ខែខ្ពស់ ប៉ុន្តែត្រូវគេឃុំក្នុងអគារ។",
    },
    "tl": {
        "romance": "Nakilala ko siya sa dating app at araw-araw kaming nag-uusap.",
        "task": "May nag-text ng sideline na mag-like lang ng video at may bayad.",
        "invest": "May nag-alok sa akin sa Facebook na mag-invest sa crypto.",
        "brand": "May text na galing daw sa {brand} at kailangan daw i-verify.",
        "job": "Inalok ako ng trabaho sa abroad pero ikinulong kami sa compound.",
    },
    "en": {
        "romance": "I met someone on a dating app and we chatted every day.",
        "task": "I got a message offering a remote job rating products for commission.",
        "invest": "A mentor I met online got me into a crypto trading platform.",
        "brand": "I got a text claiming to be from {brand} saying my account was locked.",
        "job": "He was promised a customer-service job abroad and was held in a compound.",
    },
    "ms": {
        "romance": "Saya kenal dia melalui aplikasi temu janji dan berbual setiap hari.",
        "task": "Saya terima mesej kerja sambilan tekan like dan dapat komisen.",
        "invest": "Seorang mentor dalam talian ajak saya melabur kripto.",
        "brand": "Saya terima SMS kononnya dari {brand}, akaun perlu disahkan.",
        "job": "Dia dijanjikan kerja gaji tinggi di luar negara tetapi dikurung.",
    },
    "my": {
        "romance": "အွန်လိုင်းမှာ တွေ့တဲ့သူနဲ့ နေ့တိုင်း စကားပြောခဲ့တယ်။",
        "task": "Like နှိပ်ရုံနဲ့ ငွေရမယ်ဆိုတဲ့ အလုပ်ကမ်းလှမ်းစာ ရခဲ့တယ်။",
        "invest": "ဆရာတစ်ယောက်က crypto ရင်းနှီးမြှုပ်နှံဖို့ ခေါ်ခဲ့တယ်။",
        "brand": "{brand} လို့ပြောတဲ့ SMS ရခဲ့တယ်။",
        "job": "နိုင်ငံခြားမှာ လစာကောင်းတဲ့အလုပ်ဆိုပြီး ခေါ်သွားပြီး ချုပ်ထားခဲ့တယ်။",
    },
}

# slots: contact (a scammer's messenger or phone), site (platform / phishing domain),
# pay (a bank account the victim paid), wallet (a wallet the victim sent to), buy (a P2P
# merchant's account the victim bought USDT from), atm (a crypto ATM), ref (a third party the
# victim cites), quote (a value from a warning post), recruit (a recruiter's handle), ad (a
# job-ad site), sender (an SMS sender).
SLOT: dict[str, dict[str, str]] = {
    "ja": {
        "contact": "相手の連絡先は {v} でした。",
        "site": "サイトは {v} です。",
        "pay": "{v} に振り込みました。",
        "wallet": "USDTを {v} に送金しました。",
        "buy": "指示でP2Pの業者 {v} に振り込んでUSDTを買いました。",
        "atm": "コンビニ横の暗号資産ATMで入金しました（{v}）。",
        "ref": "{v} に相談しました。",
        "quote": "ネットの注意喚起に {v} が載っていました。",
        "recruit": "募集担当は {v} でした。",
        "ad": "求人は {v} に出ていました。",
        "sender": "送信元は {v} でした。",
    },
    "zh-Hans": {
        "contact": "对方联系方式是 {v}。",
        "site": "平台网址是 {v}。",
        "pay": "我转账到 {v}。",
        "wallet": "把USDT转到了 {v}。",
        "buy": "按他说的找币商 {v} 付款买U。",
        "atm": "在加密货币ATM机存了现金（{v}）。",
        "ref": "后来打了 {v}。",
        "quote": "网上的防骗提醒里提到 {v}。",
        "recruit": "招聘的人是 {v}。",
        "ad": "招聘广告在 {v} 上。",
        "sender": "短信号码是 {v}。",
    },
    "zh-Hant": {
        "contact": "對方的聯絡方式是 {v}。",
        "site": "平台網址是 {v}。",
        "pay": "我匯款到 {v}。",
        "wallet": "把USDT轉到 {v}。",
        "buy": "照指示向幣商 {v} 付款買U。",
        "atm": "在虛擬貨幣ATM存入現金（{v}）。",
        "ref": "後來打給 {v}。",
        "quote": "網路上的防詐提醒提到 {v}。",
        "recruit": "招募的人是 {v}。",
        "ad": "徵才廣告在 {v}。",
        "sender": "簡訊號碼是 {v}。",
    },
    "ko": {
        "contact": "상대 연락처는 {v} 였습니다.",
        "site": "사이트 주소는 {v} 입니다.",
        "pay": "{v} 으로 이체했습니다.",
        "wallet": "USDT를 {v} 으로 보냈습니다.",
        "buy": "시키는 대로 P2P 판매자 {v} 에게 입금하고 코인을 샀습니다.",
        "atm": "코인 ATM에 현금을 넣었습니다 ({v}).",
        "ref": "{v} 에 신고했습니다.",
        "quote": "인터넷 경고글에 {v} 가 나와 있었습니다.",
        "recruit": "모집책은 {v} 였습니다.",
        "ad": "구인 광고는 {v} 에 있었습니다.",
        "sender": "문자 발신번호는 {v} 였습니다.",
    },
    "th": {
        "contact": "ติดต่อผ่าน {v}",
        "site": "เว็บไซต์คือ {v}",
        "pay": "โอนเงินเข้าบัญชี {v}",
        "wallet": "โอน USDT ไปที่ {v}",
        "buy": "เขาให้ซื้อ USDT จากร้าน P2P โดยโอนเข้า {v}",
        "atm": "ฝากเงินสดที่ตู้คริปโต ({v})",
        "ref": "โทรแจ้ง {v} แล้ว",
        "quote": "โพสต์เตือนภัยในเน็ตพูดถึง {v}",
        "recruit": "คนชวนไปทำงานคือ {v}",
        "ad": "ประกาศรับสมัครงานอยู่ที่ {v}",
        "sender": "เบอร์ที่ส่ง SMS คือ {v}",
    },
    "vi": {
        "contact": "Liên lạc qua {v}.",
        "site": "Trang web là {v}.",
        "pay": "Tôi đã chuyển khoản vào {v}.",
        "wallet": "Tôi chuyển USDT tới {v}.",
        "buy": "Họ bảo tôi mua USDT của người bán P2P, chuyển khoản vào {v}.",
        "atm": "Tôi nạp tiền mặt ở máy ATM tiền ảo ({v}).",
        "ref": "Tôi đã gọi {v}.",
        "quote": "Bài cảnh báo trên mạng có nhắc {v}.",
        "recruit": "Người tuyển dụng là {v}.",
        "ad": "Tin tuyển dụng đăng ở {v}.",
        "sender": "Số gửi tin nhắn là {v}.",
    },
    "id": {
        "contact": "Kontaknya {v}.",
        "site": "Situsnya {v}.",
        "pay": "Saya transfer ke {v}.",
        "wallet": "Saya kirim USDT ke {v}.",
        "buy": "Disuruh beli USDT dari penjual P2P, transfer ke {v}.",
        "atm": "Saya setor tunai di ATM kripto ({v}).",
        "ref": "Saya sudah lapor ke {v}.",
        "quote": "Postingan peringatan di internet menyebut {v}.",
        "recruit": "Perekrutnya {v}.",
        "ad": "Lowongan dipasang di {v}.",
        "sender": "Nomor pengirim SMS {v}.",
    },
    "km": {
        "contact": "ទំនាក់ទំនងតាម {v}។",
        "site": "គេហទំព័រគឺ {v}។",
        "pay": "ខ្ញុំបានផ្ទេរប្រាក់ទៅ {v}។",
        "wallet": "ខ្ញុំបានផ្ញើ USDT ទៅ {v}។",
        "buy": "គេឱ្យទិញ USDT ពីអ្នកលក់ P2P ដោយផ្ទេរទៅ {v}។",
        "atm": "ខ្ញុំដាក់សាច់ប្រាក់នៅម៉ាស៊ីន ATM គ្រីបតូ ({v})។",
        "ref": "ខ្ញុំបានទូរស័ព្ទទៅ {v}។",
        "quote": "ការព្រមានលើអ៊ីនធឺណិតបាននិយាយពី {v}។",
        "recruit": "អ្នកជ្រើសរើសគឺ {v}។",
        "ad": "ការផ្សាយការងារនៅ {v}។",
        "sender": "លេខផ្ញើសារគឺ {v}។",
    },
    "tl": {
        "contact": "Ang contact niya ay {v}.",
        "site": "Ang site ay {v}.",
        "pay": "Nagpadala ako sa {v}.",
        "wallet": "Nag-send ako ng USDT sa {v}.",
        "buy": "Pinabili ako ng USDT sa P2P seller, nagbayad ako sa {v}.",
        "atm": "Nag-deposit ako ng cash sa crypto ATM ({v}).",
        "ref": "Tumawag ako sa {v}.",
        "quote": "Nabanggit sa babala online ang {v}.",
        "recruit": "Ang recruiter ay {v}.",
        "ad": "Nakita ang job ad sa {v}.",
        "sender": "Ang nag-text ay {v}.",
    },
    "en": {
        "contact": "Their contact was {v}.",
        "site": "The platform was {v}.",
        "pay": "I transferred the money to {v}.",
        "wallet": "I sent USDT to {v}.",
        "buy": "They told me to buy USDT from a P2P merchant and pay {v}.",
        "atm": "I fed cash into a bitcoin ATM ({v}).",
        "ref": "I have reported it to {v}.",
        "quote": "A scam warning post online listed {v}.",
        "recruit": "The recruiter was {v}.",
        "ad": "The job ad was on {v}.",
        "sender": "The text came from {v}.",
    },
    "ms": {
        "contact": "Hubungi melalui {v}.",
        "site": "Laman webnya {v}.",
        "pay": "Saya pindahkan wang ke {v}.",
        "wallet": "Saya hantar USDT ke {v}.",
        "buy": "Disuruh beli USDT dari penjual P2P dan bayar ke {v}.",
        "atm": "Saya masukkan tunai di ATM kripto ({v}).",
        "ref": "Saya telah hubungi {v}.",
        "quote": "Hantaran amaran dalam talian menyebut {v}.",
        "recruit": "Perekrutnya {v}.",
        "ad": "Iklan kerja di {v}.",
        "sender": "SMS dihantar dari {v}.",
    },
    "my": {
        "contact": "ဆက်သွယ်ရန် {v}",
        "site": "ဝက်ဘ်ဆိုက်က {v}",
        "pay": "{v} ကို ငွေလွှဲခဲ့တယ်။",
        "wallet": "USDT ကို {v} ဆီ ပို့ခဲ့တယ်။",
        "buy": "P2P ရောင်းသူ {v} ကို ငွေလွှဲပြီး USDT ဝယ်ခိုင်းတယ်။",
        "atm": "crypto ATM မှာ ငွေသွင်းခဲ့တယ် ({v})။",
        "ref": "{v} ကို ဖုန်းဆက်ခဲ့တယ်။",
        "quote": "အွန်လိုင်းသတိပေးစာမှာ {v} ပါတယ်။",
        "recruit": "အလုပ်ခေါ်သူက {v}",
        "ad": "အလုပ်ကြော်ငြာက {v} မှာ",
        "sender": "SMS ပို့သူ {v}",
    },
}

SECOND: dict[str, str] = {
    "ja": "母の代わりに報告します。",
    "zh-Hans": "我替我父亲报案。",
    "zh-Hant": "我代替我媽媽報案。",
    "ko": "어머니를 대신해 신고합니다.",
    "th": "แจ้งแทนแม่ของฉัน",
    "vi": "Tôi báo thay cho mẹ tôi.",
    "id": "Saya melapor atas nama ayah saya.",
    "km": "ខ្ញុំរាយការណ៍ជំនួសម្តាយខ្ញុំ។",
    "tl": "Nagre-report ako para sa nanay ko.",
    "en": "I am reporting this on behalf of my father.",
    "ms": "Saya melaporkan bagi pihak ibu saya.",
    "my": "အမေ့ကိုယ်စား တိုင်ကြားပါတယ်။",
}

# The NGO that files for a trafficked worker opens with this (English or the NGO's language).
NGO_OPEN = {
    "en": "Filed by a partner NGO on behalf of a rescued worker (case ref withheld).",
    "th": "มูลนิธิพันธมิตรยื่นแทนแรงงานที่ได้รับการช่วยเหลือ",
    "id": "Dilaporkan oleh LSM mitra atas nama pekerja yang diselamatkan.",
    "vi": "Tổ chức đối tác báo cáo thay cho người lao động được giải cứu.",
}

# Words for "Telegram" / "LINE" etc. as people write them (transliterations included).
APP_WORDS = {
    "telegram": ("Telegram", "TG", "telegram", "テレグラム", "电报", "텔레그램", "เทเลแกรม"),
    "line": ("LINE", "Line ID", "ライン", "line id", "ไลน์"),
    "wechat": ("WeChat", "微信", "vx", "wx"),
    "kakao": ("KakaoTalk", "카톡", "카카오톡 ID"),
    "whatsapp": ("WhatsApp", "WA", "ワッツアップ", "วอทส์แอป"),
    "zalo": ("Zalo", "zalo"),
}

DIGITS_SPOKEN = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ja": ["ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"],
    "zh-Hans": ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
}

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"
MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉"
