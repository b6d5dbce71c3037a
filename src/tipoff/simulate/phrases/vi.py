"""Vietnamese templates (Vietnam victims; overseas-job recruiters)."""

SCAM = {
    "romance": {
        "exit": ["Em không tin anh sao? Anh buồn lắm."],
        "escalation": ["Hải quan đòi thêm {amount} tiền thuế, đây là lần cuối em ạ."],
        "contact": [
            "Chào em, anh là {name}, bác sĩ làm việc ở nước ngoài. Mình làm quen nhé?",
            "Xin lỗi nhắn nhầm, nhưng mình kết bạn được không?",
        ],
        "platform_switch": ["Kết bạn Zalo với anh nhé {contact}"],
        "grooming": ["Em yêu, anh nghĩ về tương lai của chúng ta mỗi ngày."],
        "pitch": ["Anh gửi quà cho em nhưng bị giữ ở hải quan, cần đóng phí {amount}."],
        "first_payment": ["Em chuyển khoản vào tài khoản này giúp anh: {account}"],
    },
    "investment.pig_butchering": {
        "exit": ["Nếu không nộp thuế thì mất hết đó, sao em không tin anh?"],
        "contact": [
            "Xin lỗi, em nhắn nhầm ạ.",
            "Chào anh, có phải anh Minh không ạ?",
            "Làm quen nhé, mình là {name}, đang đầu tư tiền số ở Singapore",
        ],
        "platform_switch": [
            "Nói chuyện qua Zalo cho tiện nhé {contact}",
            "Thêm Telegram của mình: {contact}",
        ],
        "grooming": [
            "Hôm nay anh đi đánh golf, em đang làm gì?",
            "Hôm nay lại lãi 20%, chuyên gia dẫn dắt rất chuẩn.",
            "Không rủi ro đâu, cam kết lãi mỗi ngày.",
        ],
        "pitch": [
            "Sàn giao dịch {brand}, đăng ký ở đây: {url}",
            "Lợi nhuận cao {pct}% mỗi ngày, nạp thử {small} trước nhé.",
            "Tải app tại {url}",
        ],
        "first_payment": [
            "Mua USDT rồi nạp tiền vào sàn theo địa chỉ: {wallet}",
            "Chuyển khoản vào tài khoản công ty: {account}",
        ],
        "test_withdrawal": ["Thấy chưa, rút {small} về được rồi. Giờ đầu tư lớn hơn nhé."],
        "escalation": ["Nhóm VIP cần nạp thêm {amount} trong hôm nay."],
        "withdrawal_block": [
            "Rút tiền phải nộp thuế {amount} trước.",
            "Tài khoản bị phong tỏa để xác minh, cần nộp phí {amount}.",
        ],
    },
    "investment.group_teacher": {
        "escalation": ["Nâng cấp nhóm VIP cần nạp thêm {amount}, hạn trong hôm nay."],
        "grooming": ["Nhờ thầy mà tuần này em lãi {amount}! Cảm ơn thầy🙏"],
        "contact": ["Nhóm đầu tư miễn phí, thầy dẫn dắt chứng khoán mỗi ngày: {url}"],
        "platform_switch": ["Kết bạn Zalo trợ lý của thầy: {contact}"],
        "pitch": ["Đầu tư qua app của chúng tôi {url}, lãi 100% cam kết."],
        "first_payment": ["Chuyển tiền vào tài khoản: {account}"],
        "withdrawal_block": ["Rút tiền phải nộp phí {amount}."],
    },
    "gambling": {
        "test_withdrawal": ["Đã rút {small} thành công. Chơi tiếp để lên VIP!"],
        "pitch": ["Hôm nay nạp {small} tặng ngay {amount}!"],
        "platform_switch": ["Nạp tiền liên hệ CSKH Telegram {contact}"],
        "contact": ["[{brand}] Nạp đầu tặng 100%, rút tiền siêu tốc {url}"],
        "first_payment": ["Nạp tiền vào {account} hoặc USDT {wallet}"],
        "withdrawal_block": ["Cần nộp phí xác minh {amount} để rút tiền."],
    },
    "job.task": {
        "escalation": ["Nhiệm vụ nhóm thất bại, cả nhóm mất lương. Bạn nạp thêm {amount} nhé."],
        "grooming": ["Nhiệm vụ đầu tiên hoàn thành, hoa hồng {small} đã chuyển cho bạn."],
        "contact": [
            "Việc nhẹ lương cao! Cộng tác viên online, làm nhiệm vụ nhận hoa hồng {small}/đơn, rảnh làm bận nghỉ, không cần kinh nghiệm.",
            "Tuyển CTV xử lý đơn hàng ảo cho {company}, thu nhập 500k-2 triệu/ngày.",
        ],
        "platform_switch": [
            "Liên hệ Telegram của nhân viên hướng dẫn: {contact}",
            "Kết bạn Zalo để nhận nhiệm vụ {contact}",
        ],
        "pitch": [
            "Để nhận nhiệm vụ VIP bạn cần nạp tiền {amount}.",
            "Bạn nhận được đơn hàng combo, nạp thêm {amount} để hoàn thành.",
        ],
        "first_payment": ["Nạp tiền vào tài khoản: {account}", "Nạp USDT: {wallet}"],
        "withdrawal_block": ["Tài khoản âm, nạp thêm {amount} mới rút được."],
    },
    "job.mule": {
        "first_payment": ["Tiền vào tài khoản thì rút ngay và giao cho nhân viên, bạn được 10%."],
        "contact": [
            "Thuê tài khoản ngân hàng, trả {amount}/tuần, an toàn.",
            "Tuyển người mở tài khoản ngân hàng, thu nhập cao.",
        ],
        "pitch": ["Gửi ảnh CCCD và thông tin tài khoản cho {contact}."],
    },
    "impersonation.authority": {
        "contact": [
            "Đây là công an {agency}. Tài khoản của anh/chị liên quan đường dây rửa tiền, có lệnh bắt, mã vụ án {case}.",
            "Viện kiểm sát thông báo: anh/chị bị khởi tố, liên hệ ngay {phone}.",
        ],
        "platform_switch": ["Kết bạn Zalo {contact} để làm việc qua video, không được tắt máy."],
        "grooming": [
            "Phải giữ bí mật, không được nói với ai.",
            "Cập nhật định danh điện tử VNeID, cài ứng dụng dịch vụ công tại {url}",
        ],
        "pitch": ["Chuyển tiền vào tài khoản tạm giữ để xác minh tài sản."],
        "first_payment": ["Tài khoản tạm giữ: {account}, chuyển {amount} ngay trong hôm nay."],
        "escalation": ["Cần chuyển thêm {amount} để hoàn tất xác minh."],
    },
    "impersonation.family": {
        "escalation": ["Con cảm ơn mẹ, nhưng con cần thêm {amount} nữa."],
        "contact": ["Mẹ ơi con đổi số rồi, số mới của con là {phone}"],
        "pitch": ["Mẹ chuyển giúp con {amount} gấp nhé, con trả sau."],
        "first_payment": ["Chuyển vào STK này giúp con: {account}"],
    },
    "phishing": {
        "first_payment": ["Cài ứng dụng bảo mật tại {url}"],
        "contact": [
            "[VNPost] Bưu kiện của bạn không giao được, cập nhật địa chỉ: {url}",
            "[{bank}] Tài khoản của quý khách sẽ bị khóa, xác thực tại {url}",
        ],
        "pitch": ["Vui lòng cung cấp mã OTP để hoàn tất xác thực."],
    },
    "tech_support": {
        "first_payment": ["Mua thẻ cào {amount} rồi đọc mã cho tôi."],
        "contact": ["Cảnh báo! Máy tính của bạn bị nhiễm virus, gọi ngay {phone}."],
        "pitch": ["Cài app điều khiển từ xa và đọc mã cho kỹ thuật viên.", "Phí hỗ trợ {amount}."],
    },
    "advance_fee": {
        "withdrawal_block": [
            "Khoản vay bị đóng băng do sai số tài khoản, nộp {amount} để mở khóa."
        ],
        "contact": [
            "Vay tiền online, giải ngân trong ngày, không thẩm định, tối đa {amount}. Liên hệ {contact}"
        ],
        "pitch": ["Cần đóng phí bảo hiểm khoản vay {small} trước khi giải ngân."],
        "first_payment": ["Đóng phí vào tài khoản {account}"],
    },
    "extortion.sextortion": {
        "escalation": ["Nhận rồi. Gửi thêm {amount} nếu không tao gửi cho cả trường."],
        "first_payment": ["Chuyển vào ví này: {wallet}. Đừng giở trò."],
        "contact": ["Gọi video không anh? 😘 {contact}"],
        "pitch": [
            "Tôi có video của anh. Chuyển {amount} trong 1 giờ nếu không tôi gửi cho bạn bè anh."
        ],
    },
    "impersonation.bank": {
        "contact": [
            "Ngân hàng {bank} thông báo: tài khoản của quý khách có giao dịch bất thường {amount}. Gọi lại {phone}."
        ],
        "pitch": [
            "Để bảo vệ tiền, quý khách cần chuyển sang tài khoản an toàn.",
            "Vui lòng đọc mã OTP vừa nhận.",
        ],
        "first_payment": ["Tài khoản an toàn: {account}. Không nói với nhân viên quầy."],
    },
    "impersonation.service": {
        "contact": [
            "CSKH {company}: đơn hàng của bạn bị trừ tiền hai lần, chúng tôi hoàn {amount}."
        ],
        "pitch": ["Tải app hoàn tiền tại {url} và chia sẻ màn hình."],
        "first_payment": [
            "Hệ thống hoàn thừa tiền, vui lòng chuyển lại phần chênh lệch vào {account}."
        ],
    },
    "investment.recovery": {
        "contact": ["Hỗ trợ lấy lại tiền bị lừa đảo đầu tư, luật sư tư vấn miễn phí: {email}"],
        "platform_switch": ["Trao đổi với luật sư qua Zalo {contact}"],
        "pitch": ["Cần đóng phí hồ sơ {amount} để nhận lại tiền."],
        "first_payment": ["Đóng phí bằng USDT vào ví {wallet}"],
    },
}

NARRATIVE = {
    "intro": [
        "Ngày {date}, tôi được một người lạ liên hệ qua {channel}.",
        "Khoảng {date}, tôi nhận được tin nhắn qua {channel}.",
    ],
    "close": [
        "Tôi biết mình bị lừa nên trình báo.",
        "Mong cơ quan công an giúp đỡ.",
        "Sau đó họ chặn tôi.",
    ],
    "paid": [
        "Tôi đã chuyển khoản {amount} vào {account}.",
        "Tôi đã chuyển {amount} USDT vào ví {wallet}.",
        "Tổng thiệt hại là {amount}.",
    ],
    "contact": [
        "Số điện thoại của họ là {phone}.",
        "Liên hệ của họ: {contact}.",
        "Trang web là {url}.",
    ],
    "lost_contact": ["Sau đó không liên lạc được nữa."],
    "romance": ["Chúng tôi nói chuyện hằng ngày, sau đó người đó nhờ tôi đóng phí hải quan."],
    "investment.pig_butchering": [
        "Tôi được rủ đầu tư tiền ảo, thấy lãi nhưng rút tiền phải nộp thuế."
    ],
    "investment.group_teacher": [
        "Tôi vào nhóm đầu tư, thầy bảo nạp tiền vào app rồi không rút được."
    ],
    "gambling": ["Tôi chơi cá cược online, thắng nhưng không rút được."],
    "job.task": [
        "Tôi làm cộng tác viên làm nhiệm vụ online, ban đầu được hoa hồng, sau phải nạp tiền."
    ],
    "job.mule": ["Tôi bị dụ cho thuê tài khoản ngân hàng."],
    "impersonation.authority": [
        "Người tự xưng công an nói tôi liên quan rửa tiền và bắt chuyển tiền vào tài khoản tạm giữ."
    ],
    "impersonation.family": ["Có người giả con tôi mượn tiền gấp."],
    "phishing": ["Tôi bấm link trong tin nhắn và bị mất tiền trong tài khoản."],
    "tech_support": ["Máy tính báo virus, tôi gọi số trên màn hình và bị điều khiển máy."],
    "advance_fee": ["Tôi vay online, phải đóng phí trước nhưng không được giải ngân."],
    "impersonation.bank": [
        "Người tự xưng nhân viên ngân hàng bảo tôi chuyển tiền sang tài khoản an toàn."
    ],
    "impersonation.service": [
        "Người giả CSKH sàn thương mại điện tử nói sẽ hoàn tiền và bắt tôi cài app."
    ],
    "investment.recovery": ["Sau khi bị lừa, có người hứa lấy lại tiền nhưng đòi phí trước."],
    "extortion.sextortion": ["Tôi bị đe dọa phát tán video riêng tư."],
}

NEGATIVE = {
    "bank": [
        "{bank}: TK 0071xxx4821 +1,500,000VND luc 12/05 14:22. SD 12,340,000VND",
        "{bank}: Ngân hàng không bao giờ yêu cầu cung cấp mã OTP.",
    ],
    "delivery": ["Giao Hàng Nhanh: đơn hàng của bạn đang được giao.", "Đơn hàng đã được xác nhận."],
    "family": ["Mẹ ơi tối nay con về muộn", "Cuối tuần về quê nhé", "Chúc mừng sinh nhật! 🎂"],
    "marketing": ["Khuyến mãi 50% cuối tuần này!"],
    "otp": ["Ma OTP cua quy khach la {otp}. Khong cung cap cho bat ky ai."],
    "work": ["Mai họp lúc 9 giờ nhé."],
    "warning": ["Công an không làm việc qua điện thoại hay Zalo. Nghi ngờ lừa đảo gọi {hotline}."],
}

JOB_LURE = [
    "Anh ơi bên em tuyển người đánh máy ở {place}, lương {salary} đô, bao vé máy bay, chỉ cần hộ chiếu. Telegram {contact}",
    "Việc nhẹ lương cao ở nước ngoài, xuất cảnh qua đường du lịch, có người đón tại sân bay. Liên hệ {contact}",
    "Việc nhẹ lương cao! Làm việc ở Campuchia lương {salary} USD, bao ăn ở, vé máy bay. Liên hệ {contact}",
    "Tuyển nhân viên chăm sóc khách hàng tại {place}, không cần kinh nghiệm, lương cao. Zalo {contact}",
]

JOB_OK = [
    "Tuyển nhân viên bán hàng tại Hà Nội, lương 8 triệu + thưởng, có BHXH.",
    "Tuyển kế toán, làm việc tại TP.HCM, 2 năm kinh nghiệm.",
]

WORDS = {
    "name": ["Linh", "Minh", "Hương", "Tuấn", "Lan"],
    "vname": ["Minh", "Hùng"],
    "agency": ["Công an Hà Nội", "Công an TP.HCM", "Bộ Công an"],
    "officer": ["Nguyễn Văn Nam", "Trần Hùng"],
    "carrier": ["VNPost", "Giao Hàng Nhanh", "J&T Express"],
    "bank": ["Vietcombank", "Techcombank", "BIDV", "MB Bank"],
    "company": ["Shopee", "Lazada", "Tiki"],
    "channel": ["Facebook", "Zalo", "TikTok", "tin nhắn", "điện thoại"],
}
