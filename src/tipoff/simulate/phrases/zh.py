"""Simplified Chinese templates (China and Singapore victims; overseas-job recruiters)."""

SCAM = {
    "romance": {
        "exit": ["你怀疑我？我太伤心了。"],
        "escalation": ["海关又要交{amount}的税，这是最后一次了，相信我。"],
        "contact": [
            "你好，看到你的资料觉得很有缘分，我叫{name}，在国外工作。",
            "美女你好，交个朋友吧😊",
        ],
        "platform_switch": ["加个微信吧，这里不方便聊：{contact}", "我们去Telegram聊吧 {contact}"],
        "grooming": [
            "亲爱的早安，我想和你一起规划未来。",
            "宝贝，我在国外工作不方便视频，等合同结束就回来娶你。",
        ],
        "pitch": [
            "我寄给你的礼物被海关扣了，需要交{amount}清关费。",
            "我的账户被冻结了，能先借我{amount}吗？下个月还你。",
        ],
        "first_payment": ["钱转到我朋友的账户：{account}", "用USDT转到这个地址：{wallet}"],
    },
    "investment.pig_butchering": {
        "exit": ["不交税我们的钱就全没了，你为什么不相信我？"],
        "contact": [
            "不好意思，发错了。",
            "你好，请问是王总吗？",
            "你好，我是{name}，做跨境电商的，交个朋友吧",
        ],
        "platform_switch": ["加个微信吧：{contact}", "这个号不常用，加我Telegram {contact}"],
        "grooming": [
            "看看我今天的收益📈 一天{pct}%，老师的策略从来没失手过。",
            "我想和你有个未来，所以也想让你有自己的收入。",
            "今天收盘又赚了不少，晚上请朋友吃饭。你在忙什么？",
            "我舅舅是分析师，有内幕消息，稳赚不赔。",
            "我带你赚钱，只是希望你生活好一点。",
        ],
        "pitch": [
            "这个平台叫{brand}，很正规，注册链接：{url}",
            "下载APP：{url}，这是内部通道，应用商店里没有。",
            "量化交易，每天{pct}%收益，保本保息，先充{small}试试。",
        ],
        "first_payment": [
            "在交易所买USDT，然后充值到平台地址：{wallet}（一定要TRC20）",
            "客服说充值转到公司对公账户：{account}",
            "银行问的话就说是装修款。",
        ],
        "test_withdrawal": ["你看，{small}已经提现成功了吧？平台是真的，我们可以做大一点。"],
        "escalation": [
            "VIP通道需要账户余额{amount}，机会难得，今天之内必须充值！",
            "旧地址在维护，充值到新地址：{wallet}",
        ],
        "withdrawal_block": [
            "风控部门通知：检测到异常交易，需缴纳保证金{amount}后方可提现。",
            "升级VIP5（{amount}）后两小时内到账。",
            "尊敬的用户，提现需先缴纳20%个人所得税（{amount}）。",
            "您的账户因涉嫌洗钱被冻结，请在24小时内缴纳解冻费{amount}。",
            "您的信用分不足，需充值{amount}才能提现。",
        ],
    },
    "investment.group_teacher": {
        "escalation": ["升级VIP群需追加{amount}，今天截止。"],
        "contact": [
            "【免费荐股】著名分析师带你炒股，加入荐股群：{url}",
            "带单老师每天推荐牛股，名额有限！{url}",
        ],
        "platform_switch": ["我是老师的助理，请加微信：{contact}"],
        "grooming": ["跟着老师做，这周赚了{amount}！感谢老师🙏", "今天的内幕消息只在VIP群发布。"],
        "pitch": [
            "新股申购只能在我们的机构通道：{url}",
            "保本保息，月收益{pct}%，按老师指令充值。",
        ],
        "first_payment": ["申购款请转到托管账户：{account}", "USDT充值地址：{wallet}"],
        "withdrawal_block": ["提现失败：需先缴纳通道费{amount}。"],
    },
    "gambling": {
        "test_withdrawal": ["{small}已提现到账，继续玩升VIP！"],
        "pitch": ["今日充值{small}送{amount}彩金！"],
        "platform_switch": ["充值请联系飞机客服{contact}"],
        "contact": [
            "【{brand}】首充送100%，秒到账！{url}",
            "兄弟，百家乐稳赢打法，用我的邀请码注册：{url}",
        ],
        "first_payment": ["充值请转账到：{account}，或USDT：{wallet}"],
        "withdrawal_block": [
            "您的账户流水不足，需再充值{amount}才能提现。",
            "检测到异常投注，请缴纳保证金{amount}解冻。",
        ],
    },
    "job.task": {
        "escalation": ["团队任务失败，全员没有佣金，请再充值{amount}。"],
        "contact": [
            "【兼职】动动手指轻松赚钱，点赞关注一单{small}，日结！",
            "你好，我是{company}的招聘专员，在家兼职做任务，有兴趣吗？",
        ],
        "platform_switch": ["请加接待员的Telegram：{contact}", "加微信领取任务：{contact}"],
        "grooming": ["前三个任务完成了，佣金{small}已发到您的账户。"],
        "pitch": [
            "解锁商家任务需要先垫付{amount}。",
            "恭喜抽中连单！充值{amount}完成后返三倍佣金。",
        ],
        "first_payment": ["垫付款请转入财务账户：{account}", "USDT充值：{wallet}"],
        "withdrawal_block": ["卡单了，余额为负，需充值{amount}才能提现。"],
    },
    "job.mule": {
        "first_payment": ["钱到账后马上取现交给我们的人，你拿10%。"],
        "contact": [
            "高薪兼职：出租银行卡，每周{amount}，安全可靠。",
            "招收款员，帮公司收款转账，提成10%。",
        ],
        "platform_switch": ["详情请联系飞机：{contact}"],
        "pitch": ["把身份证照片和银行卡号、密码发过来。"],
    },
    "impersonation.authority": {
        "contact": [
            "我是{agency}的民警{officer}，你的身份信息被冒用，涉嫌洗钱案件，案件编号{case}。",
            "您好，这里是{agency}，你名下的快递涉嫌违禁品，请配合调查。",
        ],
        "platform_switch": ["请下载会议软件，和我们进行视频笔录：{contact}，不要挂电话。"],
        "grooming": [
            "这是秘密侦查，你要签保密协议，不要告诉任何人，否则后果自负。",
            "已经对你发出通缉令，你要配合资金核查证明清白。",
        ],
        "pitch": [
            "把你名下的资金转到安全账户进行核查，核查后原路退回。",
            "开启屏幕共享，我们要核实你的银行流水。",
        ],
        "first_payment": [
            "安全账户：{account}，今天之内转入{amount}。",
            "不要去银行柜台，用手机银行分多笔转。",
        ],
        "escalation": ["核查发现还有其他账户，剩余{amount}也要转过来，否则马上逮捕。"],
    },
    "impersonation.family": {
        "escalation": ["谢谢，不过还差{amount}，再帮我一下。"],
        "contact": [
            "爸，我换号了，这是我的新号码{phone}",
            "是我，猜猜我是谁？我是你领导，明天来我办公室。",
        ],
        "pitch": ["我这边急需{amount}周转，不方便打电话，先帮我转一下。"],
        "first_payment": ["转到这个账户：{account}，转好截图给我。"],
    },
    "phishing": {
        "first_payment": ["请下载安全控件：{url}"],
        "contact": [
            "【顺丰速运】您的快递因地址不详无法派送，请在24小时内更新：{url}",
            "【{bank}】您的账户存在异常登录，请立即验证：{url}",
            "您的ETC卡已失效，请点击{url}重新认证。",
        ],
        "pitch": ["请输入银行卡号、有效期和验证码完成认证。"],
    },
    "tech_support": {
        "contact": ["警告！您的电脑已感染病毒，请立即拨打微软客服{phone}。"],
        "pitch": ["请下载远程控制软件，告诉我屏幕上的代码。"],
        "first_payment": ["服务费{amount}，请购买充值卡并告诉我卡密。"],
    },
    "advance_fee": {
        "contact": [
            "无抵押贷款，最高{amount}，当天放款！联系客服{contact}",
            "您的征信有问题，需要注销校园贷，否则影响征信。",
        ],
        "pitch": [
            "放款前需缴纳保证金{small}，证明还款能力。",
            "您的银行卡号填错，账户被冻结，需缴纳解冻费{amount}。",
        ],
        "first_payment": ["保证金请转到：{account}"],
    },
    "extortion.sextortion": {
        "escalation": ["收到了。再转{amount}，不然发到你学校。"],
        "first_payment": ["用充值卡卡密付款，别耍花样。"],
        "contact": ["小哥哥，视频聊天吗？😘 加我{contact}"],
        "pitch": [
            "你的视频我已经录下来了，不给{amount}就发给你通讯录里所有人。",
            "48小时内转{amount}比特币到{wallet}，否则视频公开。",
        ],
    },
    "impersonation.bank": {
        "contact": [
            "您好，这里是{bank}风控中心，您的账户有一笔{amount}的异常转账，请回电{phone}。"
        ],
        "pitch": [
            "为保护您的资金，需将余额转入安全账户，调查结束后退回。",
            "请把刚收到的验证码告诉我，以便取消交易。",
        ],
        "first_payment": ["安全账户：{account}，不要告诉柜台工作人员。"],
    },
    "impersonation.service": {
        "contact": [
            "您好，我是{company}客服，您购买的商品有质量问题，我们将赔付{amount}。",
            "您开通了百万保障服务，每月扣费{amount}，如需关闭请联系{phone}。",
        ],
        "pitch": [
            "请下载会议软件并开启屏幕共享：{url}",
            "注销校园贷需要您配合操作，否则影响征信。",
        ],
        "first_payment": ["系统多退了款，请把差额转回：{account}"],
    },
    "investment.recovery": {
        "contact": [
            "专业追回被骗资金，律师团队，成功后收费。联系{email}",
            "您好，您在{brand}平台被骗的资金已被冻结，可以申请退还。",
        ],
        "platform_switch": ["请加律师的Telegram：{contact}"],
        "pitch": ["追回资金需先缴纳手续费{amount}。"],
        "first_payment": ["手续费请用USDT转到：{wallet}"],
    },
}

NARRATIVE = {
    "intro": [
        "{date}，我在{channel}上认识了一个人。",
        "{date}我收到一条{channel}消息。",
        "{date}，有人通过{channel}联系我。",
    ],
    "close": [
        "我意识到被骗了，请求帮助。",
        "后来对方把我拉黑了。",
        "我已经联系了银行，但无法追回。",
    ],
    "paid": [
        "我向{account}转账{amount}。",
        "我用USDT向{wallet}转了{amount}。",
        "一共被骗{amount}。",
        "我分多次转了{amount}。",
    ],
    "contact": [
        "对方的电话是{phone}。",
        "对方的联系方式：{contact}。",
        "网站是{url}。",
        "对方发来的链接：{url}",
    ],
    "lost_contact": ["之后就联系不上了。", "现在网站也打不开了。"],
    "romance": ["我们每天聊天，他说爱我，后来说礼物被海关扣了要交钱。"],
    "investment.pig_butchering": [
        "对方带我在一个平台投资虚拟货币，一开始赚了钱，后来提现要交税。",
        "网友教我做量化交易，充值后无法提现。",
    ],
    "investment.group_teacher": ["我被拉进荐股群，按老师指示在APP上申购新股，之后无法提现。"],
    "gambling": ["我在一个网赌平台赢了钱，但提现要交保证金。"],
    "job.task": ["我做刷单返利兼职，前几单有返利，后来被要求垫付。"],
    "job.mule": ["对方让我出租银行卡，帮忙收款转账。"],
    "impersonation.authority": ["自称公安的人说我涉嫌洗钱，让我把钱转到安全账户配合调查。"],
    "impersonation.family": ["有人冒充我的领导让我转账。"],
    "phishing": ["我点了短信里的链接，输入了银行卡信息，后来卡被盗刷。"],
    "tech_support": ["电脑弹出警告，我打了电话，对方远程控制了我的电脑。"],
    "advance_fee": ["我申请网贷，对方要求先交保证金，交了之后也没有放款。"],
    "impersonation.bank": ["自称银行客服的人让我把钱转到安全账户。"],
    "impersonation.service": ["冒充电商客服的人说要给我退款，让我共享屏幕操作。"],
    "investment.recovery": ["被骗后有人说能帮我追回资金，先收了手续费。"],
    "extortion.sextortion": ["对方用裸聊视频威胁我转账。"],
}

NEGATIVE = {
    "bank": [
        "【{bank}】您尾号4821的账户于05月12日支出人民币128.00元。",
        "【{bank}】您的月度账单已生成，请登录APP查看。我行不会索要您的密码。",
    ],
    "delivery": [
        "【顺丰速运】您的快递已到达驿站，取件码8-2-3014。",
        "您的订单已发货，预计明天送达。",
    ],
    "family": [
        "妈，我今晚加班，不回家吃饭了",
        "周末一起去看外婆吧",
        "记得带伞，下午有雨",
        "生日快乐！🎂",
    ],
    "marketing": [
        "【双十一】全场满300减50，点击APP领取。回T退订",
        "您有120积分即将过期，可兑换礼品。",
    ],
    "otp": ["您的验证码是{otp}，5分钟内有效，请勿泄露。", "【支付宝】验证码{otp}，切勿告诉他人。"],
    "work": ["明天上午十点开会，请准时参加。", "报告收到了，我明天看。"],
    "warning": [
        "公检法不会通过电话要求转账到安全账户。如有疑问请拨打{hotline}。",
        "反诈提醒：刷单就是诈骗！举报电话{hotline}",
    ],
}

JOB_LURE = [
    "老乡，{place}这边招打字员，月入过万，机票报销，落地有人接，护照带上就行。加{contact}",
    "东南亚高薪直招，会电脑就行，包吃包住，不收任何费用，下周出发。飞机：{contact}",
    "出国务工：客服专员，底薪{salary}U+提成，签证我们办，过境时就说旅游。{contact}",
    "海外高薪招聘：{place}客服、打字员，月薪{salary}美金，包吃包住包机票，无需经验，联系飞机{contact}",
    "东南亚网赌推广，底薪+提成，月入过万，签证公司办理。联系：{contact}",
    "高薪诚聘懂日语/韩语的客服，工作地点{place}，落地接机，护照先交公司办签证。{contact}",
]

JOB_OK = [
    "招聘会计一名，本科以上，三年经验，工作地点上海浦东，五险一金。",
    "餐厅服务员，月薪5000元，包工作餐，地址：北京朝阳区。",
    "软件工程师（Java），深圳南山，年薪30-40万，双休。",
]

WORDS = {
    "name": ["小雨", "李娜", "陈杰", "林晓", "王磊", "张婷"],
    "vname": ["王", "李", "张"],
    "agency": ["北京市公安局", "上海市公安局", "广州市公安局", "最高人民检察院", "深圳市公安局"],
    "officer": ["王警官", "李警官", "张科长"],
    "carrier": ["顺丰速运", "中通快递", "京东物流"],
    "bank": ["工商银行", "招商银行", "建设银行", "中国银行"],
    "company": ["京东", "淘宝", "拼多多", "抖音"],
    "channel": ["微信", "抖音", "QQ", "短信", "电话", "探探", "小红书"],
}
