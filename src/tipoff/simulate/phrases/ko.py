"""Korean templates (Korea victims; overseas-job recruiters)."""

SCAM = {
    "romance": {
        "exit": ["나를 의심하는 거야? 정말 실망이야."],
        "escalation": ["통관 세금이 추가로 {amount} 나왔대. 이번이 정말 마지막이야, 믿어줘."],
        "contact": [
            "안녕하세요, 프로필 보고 연락드려요. 저는 해외 파병 군인 {name}입니다.",
            "친구해요~ 저는 UN 의사로 일하고 있어요.",
        ],
        "platform_switch": ["여기는 잘 안 들어와서요, 카톡으로 얘기해요 {contact}"],
        "grooming": [
            "자기야 좋은 아침, 우리 미래를 생각하고 있어.",
            "영상통화는 어려워, 보안 규정 때문에. 나를 믿어줘.",
        ],
        "pitch": ["자기한테 보낸 선물 택배가 세관에 걸렸어. 통관비 {amount}만 보내줄 수 있어?"],
        "first_payment": ["이 계좌로 보내줘: {account}"],
    },
    "investment.pig_butchering": {
        "exit": ["세금을 안 내면 우리 둘 다 다 잃어. 왜 나를 못 믿어?"],
        "contact": [
            "잘못 보냈어요, 죄송합니다.",
            "안녕하세요, 김 사장님 맞으시죠?",
            "친구해요~ 홍콩에서 무역하는 {name}이에요",
        ],
        "platform_switch": [
            "텔레그램으로 얘기해요: {contact}",
            "카톡 아이디 알려드릴게요 {contact}",
        ],
        "grooming": [
            "오늘 골프 치고 왔어요. 자기는 뭐 해요?",
            "오늘도 코인으로 수익 냈어요. 삼촌이 펀드 애널리스트라 정보가 빨라요.",
            "원금 보장이라 걱정 안 해도 돼요.",
        ],
        "pitch": [
            "{brand} 거래소에서 같이 해요. 가입 링크: {url}",
            "고수익 보장, 하루 {pct}% 수익. 먼저 {small}로 시작해 보세요.",
            "앱은 여기서 설치하세요 {url}",
        ],
        "first_payment": [
            "업비트에서 USDT 사서 이 주소로 보내세요: {wallet}",
            "입금은 고객센터 지정 계좌로: {account}",
            "은행에서 물어보면 인테리어 비용이라고 하세요.",
        ],
        "test_withdrawal": ["봐요, {small} 출금 잘 됐죠? 이제 크게 해봐요."],
        "escalation": ["VIP방은 추가 입금 {amount}가 필요해요. 오늘까지만이에요!"],
        "withdrawal_block": [
            "출금하려면 세금 선납 {amount}이 필요합니다.",
            "자금세탁 검수로 계좌가 동결되었습니다. 보증금 {amount}을 입금하세요.",
        ],
    },
    "investment.group_teacher": {
        "escalation": ["VIP방 전환 시 추가 입금 {amount}, 오늘 마감입니다."],
        "grooming": ["교수님 덕분에 이번 주 {amount} 수익 났어요! 감사합니다🙏"],
        "contact": [
            "[무료 리딩방] 유명 전문가 교수님 리딩! 참여하기 {url}",
            "상장 예정 공모주 정보, 투자 리딩방 초대 {url}",
        ],
        "platform_switch": ["교수님 비서입니다. 카톡 추가해 주세요: {contact}"],
        "pitch": [
            "공모주 청약은 저희 기관 전용 앱에서만 가능합니다: {url}",
            "무조건 수익, 원금 보장. 월 {pct}% 수익입니다.",
        ],
        "first_payment": ["청약금은 이 계좌로 입금하세요: {account}"],
        "withdrawal_block": ["출금 수수료 {amount}를 먼저 입금하셔야 출금됩니다."],
    },
    "gambling": {
        "test_withdrawal": ["{small} 환전 완료되었습니다. VIP 등급 올려보세요!"],
        "pitch": ["오늘만 {small} 충전 시 {amount} 보너스 지급!"],
        "platform_switch": ["충전은 텔레그램 상담원 {contact}에게 문의하세요."],
        "contact": ["[{brand}] 첫충 100% 보너스, 즉시 환전! {url}"],
        "first_payment": ["충전 계좌: {account}"],
        "withdrawal_block": ["환전하려면 롤링 조건 충족 후 보증금 {amount}를 입금하세요."],
    },
    "job.task": {
        "escalation": ["팀 미션 실패 시 전원 수당이 없어요. {amount} 추가 입금 부탁드립니다."],
        "grooming": ["첫 미션 수수료 {small} 입금 완료되었습니다."],
        "contact": [
            "[재택 부업] 좋아요 알바, 건당 {small} 수수료 지급! 하루 30분",
            "안녕하세요 {company} 채용 담당 {name}입니다. 리뷰 알바 관심 있으세요?",
        ],
        "platform_switch": ["텔레그램으로 담당자에게 연락하세요: {contact}"],
        "pitch": [
            "다음 미션을 하려면 {amount} 충전이 필요합니다.",
            "연속 주문에 당첨! {amount} 입금하면 수수료 3배.",
        ],
        "first_payment": ["충전은 이 계좌로: {account}", "USDT 충전 주소: {wallet}"],
        "withdrawal_block": ["잔액이 마이너스라 출금이 안 됩니다. {amount}를 추가 입금하세요."],
    },
    "job.mule": {
        "first_payment": ["입금된 돈은 바로 인출해서 직원에게 전달하세요. 수당은 10%입니다."],
        "contact": [
            "고수익 알바: 수금 업무, 일당 {amount}. 통장만 있으면 됩니다.",
            "구매대행 알바 모집, 계좌 대여 시 주 {amount}.",
        ],
        "platform_switch": ["텔레그램 {contact}로 연락 주세요."],
        "pitch": ["신분증 사진과 통장 사본, 체크카드를 보내주세요."],
    },
    "impersonation.authority": {
        "contact": [
            "서울중앙지검 {officer} 수사관입니다. 고객님 명의 대포통장이 자금 세탁 사건에 연루되었습니다. 사건번호 {case}.",
            "금융감독원입니다. 고객님 계좌가 범죄에 사용되어 정지될 예정입니다. {phone}로 연락 주세요.",
        ],
        "platform_switch": [
            "약식 조사를 위해 이 앱을 설치하세요 {url}. 전화를 끊지 마세요.",
            "수사 담당 검사가 카톡으로 연락합니다 {contact}",
        ],
        "grooming": [
            "구속영장이 발부되었습니다. 비밀 유지 의무가 있으니 아무에게도 말하지 마세요.",
            "무혐의 입증을 위해 자산 검수에 협조하셔야 합니다.",
        ],
        "pitch": [
            "자산을 안전계좌로 이체하시면 조사 후 돌려드립니다.",
            "현금을 인출해서 금감원 직원에게 전달하세요.",
        ],
        "first_payment": ["안전계좌: {account}, 오늘 중으로 {amount} 이체하세요."],
        "escalation": [
            "추가 계좌가 확인되었습니다. 나머지 {amount}도 이체하지 않으면 불응 시 처벌됩니다."
        ],
    },
    "impersonation.family": {
        "escalation": ["고마워 엄마, 근데 {amount} 더 필요해. 급해."],
        "contact": [
            "엄마 나야, 폰 액정 깨져서 임시폰으로 연락해. {phone}",
            "아빠 나 폰 고장나서 이 번호로 문자해",
        ],
        "pitch": [
            "엄마 급하게 {amount}만 보내줄 수 있어? 인증이 안 돼서 그래.",
            "상품권 핀번호 좀 사서 보내줘, 급해.",
        ],
        "first_payment": ["이 계좌로 보내줘: {account}"],
    },
    "phishing": {
        "first_payment": ["보안 앱을 설치하세요: {url}"],
        "contact": [
            "[CJ대한통운] 주소 불명으로 배송이 보류되었습니다. 주소 수정: {url}",
            "[{bank}] 해외 결제 승인 {amount}. 본인이 아니면 {url}에서 신고하세요.",
            "[국민건강보험] 건강검진 결과 확인: {url}",
        ],
        "pitch": ["인증번호를 입력해 주세요.", "앱 설치 후 원격제어를 허용해 주세요."],
    },
    "tech_support": {
        "first_payment": ["편의점에서 구글 기프트카드 {amount}어치 사서 핀번호 불러주세요."],
        "contact": [
            "경고! PC가 바이러스에 감염되었습니다. 마이크로소프트 지원센터로 전화하세요: {phone}"
        ],
        "pitch": [
            "원격제어 앱을 설치하고 코드를 알려주세요.",
            "보안 비용 {amount}를 상품권으로 결제하세요.",
        ],
    },
    "advance_fee": {
        "withdrawal_block": [
            "계좌번호 오류로 대출금이 동결되었습니다. 해제 비용 {amount}을 입금하세요."
        ],
        "contact": [
            "저금리 대환대출 승인! 최대 {amount}, 신용 무관. 상담: {contact}",
            "정부지원 대출 대상자입니다. {url}",
        ],
        "pitch": [
            "대출 실행 전 선입금 {small}이 필요합니다.",
            "신용점수 상향을 위해 {amount} 입금 후 바로 대출 실행됩니다.",
        ],
        "first_payment": ["입금 계좌: {account}"],
    },
    "extortion.sextortion": {
        "escalation": ["받았어. 이제 {amount} 더 보내, 안 그러면 학교에 뿌린다."],
        "first_payment": ["문화상품권 핀번호로 보내. 장난치지 마."],
        "contact": ["영상통화 할래요? 😘 {contact}"],
        "pitch": [
            "영상 녹화했어. 한 시간 안에 {amount} 안 보내면 지인들한테 다 뿌린다.",
            "비트코인으로 {amount} 보내: {wallet}",
        ],
    },
    "impersonation.bank": {
        "contact": [
            "{bank} 보안팀입니다. 고객님 계좌에서 {amount} 이상 출금이 감지되었습니다. {phone}로 연락 주세요."
        ],
        "pitch": [
            "자산 보호를 위해 안전계좌로 옮기셔야 합니다.",
            "방금 받으신 인증번호를 불러주세요.",
        ],
        "first_payment": ["안전계좌: {account}, 창구 직원에게는 말하지 마세요."],
    },
    "impersonation.service": {
        "contact": [
            "{company} 고객센터입니다. 주문이 이중 결제되어 {amount}을 환불해 드립니다.",
            "[국제발신] 해외 결제 {amount} 승인. 본인 아닐 시 {phone}",
        ],
        "pitch": ["환불을 위해 원격제어 앱을 설치해 주세요: {url}"],
        "first_payment": ["환불 금액이 잘못 입금되었습니다. 차액을 {account}로 보내주세요."],
    },
    "investment.recovery": {
        "contact": [
            "코인 사기 피해금 회수 전문, 변호사 상담 {email}",
            "{brand} 피해자 모임입니다. 피해금 환급 절차가 시작되었습니다.",
        ],
        "platform_switch": ["담당 변호사 텔레그램: {contact}"],
        "pitch": ["환급을 위해 수수료 {amount}를 먼저 납부하셔야 합니다."],
        "first_payment": ["수수료는 USDT로 {wallet}에 보내주세요."],
    },
}

NARRATIVE = {
    "intro": [
        "{date}에 {channel}에서 모르는 사람에게 연락을 받았습니다.",
        "{date} {channel}에서 메시지가 왔습니다.",
        "{date}쯤 {channel} 통해서 처음 연락이 왔어요.",
    ],
    "close": [
        "사기인 것을 알고 신고합니다.",
        "도와주세요, 전 재산을 잃었습니다.",
        "그 후 차단당했습니다.",
    ],
    "paid": [
        "{account}로 {amount}을 이체했습니다.",
        "USDT로 {wallet}에 {amount}을 보냈습니다.",
        "총 {amount}의 피해를 입었습니다.",
    ],
    "contact": [
        "상대방 번호는 {phone}입니다.",
        "상대 연락처: {contact}",
        "사이트 주소는 {url}입니다.",
    ],
    "lost_contact": ["그 후 연락이 되지 않습니다."],
    "romance": ["매일 연락하며 사랑한다고 했고, 이후 통관비를 요구했습니다."],
    "investment.pig_butchering": [
        "코인 투자를 권유받아 수익이 났지만 출금하려니 세금을 내라고 했습니다."
    ],
    "investment.group_teacher": ["투자 리딩방에 들어가 공모주 청약을 했는데 출금이 안 됩니다."],
    "gambling": ["온라인 카지노에서 이겼는데 환전이 안 됩니다."],
    "job.task": ["좋아요 알바를 했는데 처음엔 수수료를 받았고 나중에는 충전을 요구받았습니다."],
    "job.mule": ["알바 모집 글을 보고 통장과 카드를 보냈습니다."],
    "impersonation.authority": [
        "검사라고 하는 사람이 제 계좌가 범죄에 연루됐다며 안전계좌로 이체하라고 했습니다."
    ],
    "impersonation.family": ["딸을 사칭한 문자를 받고 돈을 보냈습니다."],
    "phishing": ["택배 문자 링크를 눌러 앱을 설치한 뒤 돈이 빠져나갔습니다."],
    "tech_support": ["PC 경고창에 나온 번호로 전화했더니 원격제어를 당했습니다."],
    "advance_fee": ["대출을 받으려고 선입금을 했는데 대출은 실행되지 않았습니다."],
    "impersonation.bank": ["은행 직원이라는 사람이 안전계좌로 돈을 옮기라고 했습니다."],
    "impersonation.service": ["쇼핑몰 고객센터라며 환불해 준다고 앱 설치를 시켰습니다."],
    "investment.recovery": ["투자 사기 피해금을 찾아준다며 수수료를 요구했습니다."],
    "extortion.sextortion": ["영상통화 영상을 유포하겠다는 협박을 받았습니다."],
}

NEGATIVE = {
    "bank": [
        "[{bank}] 05/12 14:22 출금 35,000원 잔액 1,204,500원",
        "[{bank}] 이번 달 카드 명세서가 발송되었습니다.",
    ],
    "delivery": [
        "[CJ대한통운] 고객님의 상품이 오늘 배송될 예정입니다.",
        "주문하신 상품이 출고되었습니다.",
    ],
    "family": ["엄마 오늘 늦어 먼저 자", "주말에 할머니 댁 가자", "생일 축하해! 🎂"],
    "marketing": ["[광고] 주말 특가 30% 할인! 수신거부 080-123-4567"],
    "otp": [
        "[Web발신] 인증번호 [{otp}]를 입력해 주세요.",
        "인증번호는 {otp}입니다. 타인에게 알려주지 마세요.",
    ],
    "work": ["내일 회의 3시로 변경되었습니다."],
    "warning": [
        "검찰·경찰은 절대 안전계좌 이체를 요구하지 않습니다. 의심되면 {hotline}",
        "보이스피싱 의심 시 {hotline}으로 신고하세요.",
    ],
}

JOB_LURE = [
    "{place} 단기 고수익 알바, 항공권·숙소 제공, 여권만 있으면 됩니다. 출국 시 관광이라고 하세요. 텔레그램 {contact}",
    "해외 취업 고수익! {place} 고객센터 월 {salary}달러, 항공권 제공, 숙식 무료. 텔레그램 {contact}",
    "캄보디아 단기 알바, 한국어만 하면 OK. 월 천만원 가능. 연락 {contact}",
]

JOB_OK = [
    "[정규직] 사무보조 채용, 서울 강남, 주 5일, 4대보험.",
    "편의점 아르바이트 모집, 시급 10,030원.",
]

WORDS = {
    "name": ["지수", "민준", "서연", "제임스", "하나"],
    "vname": ["김", "이", "박"],
    "agency": ["서울중앙지검", "경찰청", "금융감독원"],
    "officer": ["김민수", "박지훈", "이정호"],
    "carrier": ["CJ대한통운", "우체국택배", "한진택배"],
    "bank": ["국민은행", "신한은행", "우리은행", "하나은행"],
    "company": ["쿠팡", "네이버", "11번가"],
    "channel": ["카카오톡", "문자", "전화", "인스타그램", "텔레그램"],
}
