"""Sentences of the ninth independent world's reports, per language (bench/independent_world_9.py).

Each sentence has one slot ``{x}`` (the identifier as written) and sometimes ``{amt}`` (an amount
with its currency). Written blind to tipoff's linker and extractor; see the generator's
docstring for what was read.
"""

from __future__ import annotations

LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "tl", "km")

# What the scam was, as the victim says it.
WHAT: dict[str, dict[str, str]] = {
    "en": {
        "investment": "an investment group that promised daily profits",
        "romance": "someone I met online who later asked for money",
        "job.task": "a part-time job liking videos for commission",
        "impersonation.police": "a call from people claiming to be the police",
        "advance_fee.loan": "a loan offer that needed fees first",
        "purchase": "an online seller who never delivered",
    },
    "ja": {
        "investment": "毎日利益が出ると言う投資グループ",
        "romance": "SNSで知り合った相手からの送金依頼",
        "job.task": "動画にいいねをするだけの副業",
        "impersonation.police": "警察官を名乗る人物からの電話",
        "advance_fee.loan": "手数料を先に払う融資の話",
        "purchase": "商品が届かないネット通販",
    },
    "zh": {
        "investment": "一个承诺每天盈利的投资群",
        "romance": "网上认识的人后来向我借钱",
        "job.task": "点赞视频赚佣金的兼职",
        "impersonation.police": "自称警察的人打来的电话",
        "advance_fee.loan": "要先交手续费的贷款",
        "purchase": "网购付款后一直不发货",
    },
    "ko": {
        "investment": "매일 수익을 약속한 투자 리딩방",
        "romance": "온라인에서 만난 사람이 돈을 요구한 일",
        "job.task": "영상에 좋아요를 누르는 부업",
        "impersonation.police": "경찰을 사칭한 사람의 전화",
        "advance_fee.loan": "수수료를 먼저 내라는 대출",
        "purchase": "물건을 보내지 않은 온라인 판매자",
    },
    "th": {
        "investment": "กลุ่มลงทุนที่สัญญาว่าจะได้กำไรทุกวัน",
        "romance": "คนที่รู้จักทางออนไลน์แล้วขอยืมเงิน",
        "job.task": "งานพาร์ทไทม์กดไลค์วิดีโอรับค่าคอมมิชชั่น",
        "impersonation.police": "สายจากคนที่อ้างว่าเป็นตำรวจ",
        "advance_fee.loan": "เงินกู้ที่ต้องจ่ายค่าธรรมเนียมก่อน",
        "purchase": "ร้านค้าออนไลน์ที่ไม่ส่งของ",
    },
    "vi": {
        "investment": "một nhóm đầu tư hứa lãi mỗi ngày",
        "romance": "một người quen trên mạng rồi hỏi vay tiền",
        "job.task": "việc làm thêm thả tim video nhận hoa hồng",
        "impersonation.police": "cuộc gọi của người tự xưng là công an",
        "advance_fee.loan": "khoản vay phải đóng phí trước",
        "purchase": "người bán online không giao hàng",
    },
    "id": {
        "investment": "grup investasi yang menjanjikan profit harian",
        "romance": "kenalan online yang kemudian minta uang",
        "job.task": "kerja paruh waktu like video dapat komisi",
        "impersonation.police": "telepon dari orang yang mengaku polisi",
        "advance_fee.loan": "pinjaman yang minta biaya di muka",
        "purchase": "penjual online yang tidak mengirim barang",
    },
    "tl": {
        "investment": "isang investment group na nangakong may kita araw-araw",
        "romance": "isang nakilala ko online na nanghingi ng pera",
        "job.task": "part-time job na mag-like ng video para sa komisyon",
        "impersonation.police": "tawag mula sa nagpakilalang pulis",
        "advance_fee.loan": "loan na kailangang magbayad muna ng fee",
        "purchase": "online seller na hindi nagpadala ng item",
    },
    "km": {
        "investment": "ក្រុមវិនិយោគដែលសន្យាផ្តល់ប្រាក់ចំណេញរៀងរាល់ថ្ងៃ",
        "romance": "មនុស្សដែលខ្ញុំស្គាល់តាមអនឡាញ ហើយសុំលុយ",
        "job.task": "ការងារក្រៅម៉ោងចុចលូកវីដេអូ",
        "impersonation.police": "ការហៅទូរស័ព្ទពីអ្នកអះអាងថាជាប៉ូលិស",
        "advance_fee.loan": "ប្រាក់កម្ចីដែលត្រូវបង់ថ្លៃសេវាមុន",
        "purchase": "អ្នកលក់អនឡាញដែលមិនផ្ញើទំនិញ",
    },
}

# Sentence kinds: intro {what}; contact, pay, wallet, site, moved (the crew's values);
# police, bank, gov (innocent references); callback (a recycled number's new owner);
# victim_of_number (the new owner's own complaint); second (a second crew in the same report);
# real_brand (the real exchange a fake platform copies); screenshot (an OCR transcript marker).
S: dict[str, dict[str, str]] = {
    "en": {
        "intro": "I was scammed by {what}.",
        "contact": "They contacted me from {x}.",
        "pay": "I transferred {amt} to {x}.",
        "wallet": "I sent USDT to the address {x}.",
        "site": "The platform was at {x}.",
        "moved": "Later they said the site had moved to {x}.",
        "police": "I reported it to the police at {x}.",
        "bank": "I called my bank's hotline {x} but the money was gone.",
        "gov": "I also filed a report on {x}.",
        "callback": "I called {x} from an old post about this scam; a lady answered and said "
        "she only got that SIM from the carrier last month and has nothing to do with it.",
        "victim_of_number": "Strangers keep calling me saying I scammed them. My number {x} was "
        "given to me by the carrier recently. Please remove it from your lists.",
        "second": "Around the same time a different group also got me: they used {x}.",
        "real_brand": "I checked the real exchange at {x} and they had no account for me.",
        "screenshot": "(typed from my screenshots)",
    },
    "ja": {
        "intro": "{what}で騙されました。",
        "contact": "相手の連絡先は{x}でした。",
        "pay": "{x}に{amt}を振り込みました。",
        "wallet": "{x}というアドレスにUSDTを送りました。",
        "site": "サイトは{x}でした。",
        "moved": "その後、サイトは{x}に移転したと言われました。",
        "police": "警察({x})に相談しました。",
        "bank": "銀行の窓口{x}に電話しましたが、お金は戻りませんでした。",
        "gov": "{x}にも届け出ました。",
        "callback": "注意喚起の投稿にあった{x}に電話したら、"
        "先月キャリアからその番号をもらったばかりの"
        "女性が出て、無関係だと言われました。",
        "victim_of_number": "知らない人から詐欺師だと電話が何度も来ます。"
        "{x}は最近キャリアから割り当てられた"
        "番号です。リストから削除してください。",
        "second": "同じ時期に別のグループにも騙されました。相手は{x}を使っていました。",
        "real_brand": "本物の取引所{x}に問い合わせましたが、私の口座はないとのことでした。",
        "screenshot": "(スクリーンショットから書き写し)",
    },
    "zh": {
        "intro": "我被{what}骗了。",
        "contact": "对方用{x}联系我。",
        "pay": "我向{x}转了{amt}。",
        "wallet": "我把USDT转到了地址{x}。",
        "site": "平台网址是{x}。",
        "moved": "后来他们说网站换到了{x}。",
        "police": "我已向警方({x})报案。",
        "bank": "我打了银行客服{x}，但钱已经转走了。",
        "gov": "我也在{x}上做了登记。",
        "callback": "我打了网上曝光帖里的{x}，接电话的女士说这个号码是运营商上个月才分配给她的，"
        "和这件事无关。",
        "victim_of_number": "一直有陌生人打电话说我骗了他们。我的号码{x}是运营商最近才分给我的，"
        "请把它从名单中删除。",
        "second": "同一段时间另一伙人也骗了我，他们用的是{x}。",
        "real_brand": "我问了真正的交易所{x}，他们说没有我的账户。",
        "screenshot": "(根据截图整理)",
    },
    "ko": {
        "intro": "{what}에 속았습니다.",
        "contact": "상대방은 {x}로 연락했습니다.",
        "pay": "{x}로 {amt}을 이체했습니다.",
        "wallet": "{x} 주소로 USDT를 보냈습니다.",
        "site": "플랫폼 주소는 {x}였습니다.",
        "moved": "나중에 사이트가 {x}로 옮겼다고 했습니다.",
        "police": "경찰({x})에 신고했습니다.",
        "bank": "은행 고객센터 {x}에 전화했지만 돈은 이미 빠져나갔습니다.",
        "gov": "{x}에도 신고했습니다.",
        "callback": "피해 글에 있던 {x}로 전화했더니 지난달 통신사에서 그 번호를 받았다는 분이 "
        "받아서 자기와는 상관없다고 했습니다.",
        "victim_of_number": "모르는 사람들이 제가 사기를 쳤다며 계속 전화합니다. "
        "{x}는 최근 통신사에서 "
        "받은 번호입니다. 목록에서 지워 주세요.",
        "second": "같은 시기에 다른 조직에게도 당했습니다. 그들은 {x}를 썼습니다.",
        "real_brand": "진짜 거래소 {x}에 확인했더니 제 계정은 없다고 했습니다.",
        "screenshot": "(캡처 화면을 옮겨 적음)",
    },
    "th": {
        "intro": "ฉันถูกหลอกโดย{what}",
        "contact": "มิจฉาชีพติดต่อมาจาก {x}",
        "pay": "ฉันโอนเงิน {amt} ไปที่ {x}",
        "wallet": "ฉันส่ง USDT ไปที่ที่อยู่ {x}",
        "site": "เว็บแพลตฟอร์มคือ {x}",
        "moved": "ต่อมาเขาบอกว่าย้ายเว็บไปที่ {x}",
        "police": "ฉันแจ้งความกับตำรวจที่ {x} แล้ว",
        "bank": "ฉันโทรหาคอลเซ็นเตอร์ธนาคาร {x} แต่เงินถูกโอนออกไปแล้ว",
        "gov": "ฉันแจ้งความออนไลน์ที่ {x} ด้วย",
        "callback": "ฉันโทรไปที่ {x} ที่เห็นในโพสต์เตือนภัย ผู้หญิงที่รับสายบอกว่าเพิ่งได้ซิมเบอร์นี้จาก"
        "ค่ายมือถือเมื่อเดือนที่แล้ว ไม่เกี่ยวข้องอะไรเลย",
        "victim_of_number": "มีคนแปลกหน้าโทรมาว่าฉันโกงเขาตลอด เบอร์ {x} ค่ายเพิ่งให้ฉันมาไม่นาน "
        "ช่วยลบออกจากรายชื่อด้วย",
        "second": "ช่วงเดียวกันมีอีกแก๊งหลอกฉันด้วย พวกเขาใช้ {x}",
        "real_brand": "ฉันเช็กกับเว็บกระดานเทรดตัวจริง {x} แล้ว เขาบอกว่าไม่มีบัญชีของฉัน",
        "screenshot": "(พิมพ์ตามภาพหน้าจอ)",
    },
    "vi": {
        "intro": "Tôi bị lừa bởi {what}.",
        "contact": "Họ liên lạc với tôi qua {x}.",
        "pay": "Tôi đã chuyển {amt} vào {x}.",
        "wallet": "Tôi đã gửi USDT tới địa chỉ {x}.",
        "site": "Nền tảng nằm ở {x}.",
        "moved": "Sau đó họ nói trang web đã chuyển sang {x}.",
        "police": "Tôi đã trình báo công an tại {x}.",
        "bank": "Tôi gọi tổng đài ngân hàng {x} nhưng tiền đã bị rút.",
        "gov": "Tôi cũng đã báo cáo trên {x}.",
        "callback": "Tôi gọi số {x} trong một bài cảnh báo cũ; "
        "một chị nghe máy nói nhà mạng mới cấp "
        "số này cho chị tháng trước và chị không liên quan.",
        "victim_of_number": "Người lạ liên tục gọi nói tôi lừa họ. Số {x} nhà mạng mới cấp cho tôi "
        "gần đây. Xin gỡ số này khỏi danh sách.",
        "second": "Cùng thời gian đó một nhóm khác cũng lừa tôi, họ dùng {x}.",
        "real_brand": "Tôi hỏi sàn thật {x} thì họ nói không có tài khoản của tôi.",
        "screenshot": "(chép lại từ ảnh chụp màn hình)",
    },
    "id": {
        "intro": "Saya ditipu oleh {what}.",
        "contact": "Mereka menghubungi saya dari {x}.",
        "pay": "Saya transfer {amt} ke {x}.",
        "wallet": "Saya kirim USDT ke alamat {x}.",
        "site": "Platformnya di {x}.",
        "moved": "Kemudian mereka bilang situsnya pindah ke {x}.",
        "police": "Saya sudah lapor ke polisi di {x}.",
        "bank": "Saya menelepon call center bank {x} tapi uangnya sudah ditarik.",
        "gov": "Saya juga melapor di {x}.",
        "callback": "Saya menelepon {x} dari postingan peringatan lama; ibu yang mengangkat bilang "
        "nomor itu baru diberikan operator bulan lalu dan dia tidak tahu apa-apa.",
        "victim_of_number": "Orang asing terus menelepon menuduh saya penipu. Nomor {x} baru saja "
        "diberikan operator kepada saya. Tolong hapus dari daftar.",
        "second": "Pada waktu yang sama kelompok lain juga menipu saya, mereka memakai {x}.",
        "real_brand": "Saya cek ke exchange asli {x} dan mereka bilang tidak ada akun saya.",
        "screenshot": "(diketik dari tangkapan layar)",
    },
    "tl": {
        "intro": "Naloko ako ng {what}.",
        "contact": "Kinontak nila ako mula sa {x}.",
        "pay": "Nagpadala ako ng {amt} sa {x}.",
        "wallet": "Nagpadala ako ng USDT sa address na {x}.",
        "site": "Ang platform ay nasa {x}.",
        "moved": "Pagkatapos sinabi nilang lumipat ang site sa {x}.",
        "police": "Nag-report na ako sa pulis sa {x}.",
        "bank": "Tumawag ako sa hotline ng bangko {x} pero wala na ang pera.",
        "gov": "Nag-file din ako ng report sa {x}.",
        "callback": "Tinawagan ko ang {x} mula sa lumang post tungkol dito; "
        "sabi ng sumagot na babae "
        "kakabigay lang ng network sa kanya ng SIM noong isang buwan at wala siyang alam.",
        "victim_of_number": "May mga hindi kilalang tumatawag at sinasabing niloko ko sila. Ang "
        "number ko na {x} ay bagong bigay lang ng network. Pakitanggal sa listahan.",
        "second": "Sa parehong panahon may ibang grupo ring nanloko sa akin, gamit nila ang {x}.",
        "real_brand": "Tinanong ko ang totoong exchange sa {x} at wala raw akong account doon.",
        "screenshot": "(kinopya mula sa screenshot)",
    },
    "km": {
        "intro": "ខ្ញុំត្រូវបានបោកប្រាស់ដោយ{what}។",
        "contact": "ពួកគេទាក់ទងខ្ញុំពី {x}។",
        "pay": "ខ្ញុំបានផ្ទេរ {amt} ទៅ {x}។",
        "wallet": "ខ្ញុំបានផ្ញើ USDT ទៅអាសយដ្ឋាន {x}។",
        "site": "វេទិកានៅ {x}។",
        "moved": "ក្រោយមកពួកគេថាគេហទំព័របានប្តូរទៅ {x}។",
        "police": "ខ្ញុំបានប្តឹងទៅប៉ូលិសតាម {x}។",
        "bank": "ខ្ញុំបានហៅទៅលេខធនាគារ {x} ប៉ុន្តែលុយត្រូវបានដកចេញហើយ។",
        "gov": "ខ្ញុំក៏បានរាយការណ៍នៅ {x} ដែរ។",
        "callback": "ខ្ញុំបានហៅទៅលេខ {x} ពីការប្រកាសព្រមានចាស់ៗ ស្ត្រីម្នាក់ទទួលថា "
        "ក្រុមហ៊ុនទូរស័ព្ទទើបផ្តល់ស៊ីមនេះឱ្យគាត់ខែមុន ហើយគាត់មិនពាក់ព័ន្ធទេ។",
        "victim_of_number": "មានមនុស្សមិនស្គាល់ហៅមកថាខ្ញុំបោកពួកគេ។ លេខ {x} "
        "ក្រុមហ៊ុនទើបផ្តល់ឱ្យខ្ញុំថ្មីៗនេះ។ សូមលុបចេញពីបញ្ជី។",
        "second": "ក្នុងពេលជាមួយគ្នា ក្រុមមួយទៀតក៏បោកខ្ញុំដែរ ពួកគេប្រើ {x}។",
        "real_brand": "ខ្ញុំបានសួរផ្សារប្តូរប្រាក់ពិត {x} ហើយពួកគេថាគ្មានគណនីរបស់ខ្ញុំទេ។",
        "screenshot": "(វាយចេញពីរូបថតអេក្រង់)",
    },
}

# Scammer messages (no slot or one {x}).
MESSAGES: dict[str, tuple[str, ...]] = {
    "en": (
        "Deposit today and your VIP level doubles. Customer service: {x}",
        "Please pay the unlock fee to {x} within 2 hours.",
        "Add me here: {x}",
    ),
    "ja": (
        "本日入金でVIPランクが上がります。担当: {x}",
        "2時間以内に解除手数料を{x}へお振込みください。",
        "こちらに追加してください: {x}",
    ),
    "zh": ("今天充值VIP等级翻倍，客服：{x}", "请在2小时内把解冻费转到{x}。", "加我：{x}"),
    "ko": (
        "오늘 입금하시면 VIP 등급 두 배. 상담: {x}",
        "2시간 안에 해제 수수료를 {x}로 보내세요.",
        "여기로 추가: {x}",
    ),
    "th": (
        "ฝากวันนี้ได้ VIP สองเท่า ติดต่อแอดมิน {x}",
        "กรุณาโอนค่าปลดล็อกไปที่ {x} ภายใน 2 ชั่วโมง",
        "แอดมาที่ {x}",
    ),
    "vi": (
        "Nạp hôm nay nhân đôi cấp VIP. CSKH: {x}",
        "Vui lòng chuyển phí mở khóa vào {x} trong 2 giờ.",
        "Kết bạn: {x}",
    ),
    "id": (
        "Deposit hari ini level VIP naik dua kali. CS: {x}",
        "Silakan bayar biaya buka blokir ke {x} dalam 2 jam.",
        "Add di sini: {x}",
    ),
    "tl": (
        "Mag-deposit ngayon para doble ang VIP level. CS: {x}",
        "Bayaran ang unlock fee sa {x} sa loob ng 2 oras.",
        "I-add ako dito: {x}",
    ),
    "km": (
        "ដាក់ប្រាក់ថ្ងៃនេះ កម្រិត VIP កើនទ្វេ។ សេវាអតិថិជន៖ {x}",
        "សូមបង់ថ្លៃដោះសោទៅ {x} ក្នុងរយៈពេល 2 ម៉ោង។",
        "បន្ថែមខ្ញុំនៅ៖ {x}",
    ),
}
