"""Tagalog and Taglish templates (Philippines victims; POGO-style recruiters)."""

SCAM = {
    "romance": {
        "exit": ["Hindi mo ba ako pinagkakatiwalaan? Nasasaktan ako."],
        "escalation": ["May dagdag na tax sa customs na {amount}, huli na talaga ito mahal."],
        "contact": [
            "Hi po, ako si {name}, engineer sa barko. Pwede ba tayong maging magkaibigan?",
            "Sorry wrong send, pero pwede makipagkilala?",
        ],
        "platform_switch": ["Sa WhatsApp na lang tayo mag-usap {contact}"],
        "grooming": [
            "Mahal kita, iniisip ko ang kinabukasan natin.",
            "Sira ang camera ko kaya hindi pa ako makapag-video call.",
        ],
        "pitch": ["Na-hold sa customs ang regalo ko sa'yo, kailangan magbayad ng {amount}."],
        "first_payment": [
            "Ipadala mo sa account na ito: {account}",
            "Pwede rin sa GCash ng agent ko: {phone}",
        ],
    },
    "investment.pig_butchering": {
        "exit": ["Kung hindi mo babayaran ang tax, mawawala lahat. Bakit ayaw mo maniwala?"],
        "contact": [
            "Sorry po, wrong number.",
            "Hello, si Ms. Joy po ba ito?",
            "Hi! Ako si {name}, crypto trader sa Singapore, pwede makipagkilala?",
        ],
        "platform_switch": [
            "Mag-Telegram na lang tayo {contact}",
            "Sa WhatsApp na tayo mag-usap {contact}",
        ],
        "grooming": [
            "Nag-golf ako kanina, ikaw anong ginagawa mo?",
            "Kumita ulit ako ngayon, sigurado ang kita, walang risk.",
            "Tinuturuan ako ng mentor ko sa trading.",
        ],
        "pitch": [
            "Mag-register ka sa {brand}: {url}",
            "Guaranteed {pct}% daily profit, mag-deposit ka muna ng {small}.",
            "I-download ang app dito {url}",
        ],
        "first_payment": [
            "Bumili ng USDT at ipadala sa address na ito: {wallet}",
            "Mag-transfer sa company account: {account}",
        ],
        "test_withdrawal": ["Nakita mo? Na-withdraw mo ang {small}. Mag-invest na tayo ng malaki."],
        "escalation": ["Para sa VIP kailangan mag-top up ng {amount} ngayong araw."],
        "withdrawal_block": [
            "Bago ka maka-withdraw, kailangan bayaran ang tax na {amount}.",
            "Na-freeze ang account mo para sa verification, magbayad ng {amount}.",
        ],
    },
    "investment.group_teacher": {
        "escalation": [
            "Para sa VIP group kailangan mag-deposit ng {amount}, hanggang ngayong araw lang."
        ],
        "grooming": ["Salamat kay mentor, kumita ako ng {amount} ngayong linggo! 🙏"],
        "contact": ["Libreng stock trading class, sumali sa VIP group: {url}"],
        "platform_switch": ["I-add ang assistant ni mentor sa WhatsApp {contact}"],
        "pitch": ["Mag-invest gamit ang aming app {url}, guaranteed ang kita."],
        "first_payment": ["I-transfer sa account: {account}"],
        "withdrawal_block": ["Para maka-withdraw, magbayad ng fee na {amount}."],
    },
    "gambling": {
        "test_withdrawal": ["Na-withdraw na ang {small}. Laro pa para mag-VIP!"],
        "pitch": ["Mag-deposit ng {small} ngayon at makakuha ng {amount} bonus!"],
        "platform_switch": ["Para mag-cash in, i-message ang CS sa Telegram {contact}"],
        "contact": ["[{brand}] 100% welcome bonus sa online sabong at casino! {url}"],
        "first_payment": ["Mag-cash in sa {account} o sa GCash {phone}"],
        "withdrawal_block": [
            "Para ma-withdraw ang panalo mo, magbayad ng verification fee na {amount}."
        ],
    },
    "job.task": {
        "escalation": ["Nag-fail ang team task, walang sahod lahat. Mag-top up ka pa ng {amount}."],
        "grooming": ["Tapos na ang unang task, naipadala na ang {small} commission mo."],
        "contact": [
            "Part-time online job! Mag-like at mag-subscribe lang, {small} kada task. Walang experience needed.",
            "Hi po, from {company} HR, may work from home job kami, interesado ka ba?",
        ],
        "platform_switch": ["I-message ang mentor sa Telegram {contact}"],
        "pitch": [
            "Kailangan mag-top up ng {amount} para ma-unlock ang susunod na task.",
            "May combo order ka! Mag-deposit ng {amount} para matapos.",
        ],
        "first_payment": ["Mag-top up sa account {account}", "Ipadala ang USDT sa {wallet}"],
        "withdrawal_block": ["Negative ang balance mo, mag-deposit ng {amount} bago mag-withdraw."],
    },
    "job.mule": {
        "first_payment": [
            "Pag pumasok ang pera, i-withdraw agad at ibigay sa courier namin. May 10% ka."
        ],
        "contact": [
            "Paupahan ang bank account mo, {amount} kada linggo, legit!",
            "Hiring payment agent, 10% commission.",
        ],
        "pitch": ["Ipadala ang picture ng ID mo at ATM card sa {contact}."],
    },
    "impersonation.authority": {
        "contact": [
            "Ito ay mula sa {agency}. Ang account mo ay sangkot sa money laundering, case number {case}. May warrant of arrest ka.",
            "Customs ito, may ilegal na parcel sa pangalan mo. Tumawag sa {phone}.",
        ],
        "platform_switch": ["Mag-video call tayo sa {contact}, huwag ibaba ang telepono."],
        "grooming": ["Confidential ito, huwag sabihin kahit kanino."],
        "pitch": ["I-transfer ang pera mo sa safe account para sa verification."],
        "first_payment": ["Safe account: {account}, i-transfer ang {amount} ngayon."],
    },
    "impersonation.family": {
        "escalation": ["Salamat Ma, pero kulang pa ng {amount}."],
        "contact": ["Ma, bagong number ko ito {phone}"],
        "pitch": ["Ma, pakipadala naman ng {amount}, emergency lang."],
        "first_payment": ["Dito mo ipadala: {account}"],
    },
    "phishing": {
        "first_payment": ["I-install ang security app: {url}"],
        "contact": [
            "LBC: Hindi ma-deliver ang parcel mo, i-update ang address: {url}",
            "[{bank}] Na-lock ang account mo, i-verify dito {url}",
            "GCash: May natanggap kang rebate, i-claim dito {url}",
        ],
        "pitch": ["Ibigay ang OTP para ma-verify."],
    },
    "tech_support": {
        "first_payment": ["Bumili ng Google Play card na {amount} at basahin ang code."],
        "contact": ["Babala! May virus ang computer mo. Tumawag agad sa {phone}."],
        "pitch": ["I-install ang remote app at ibigay ang code.", "Ang service fee ay {amount}."],
    },
    "advance_fee": {
        "withdrawal_block": [
            "Na-freeze ang loan dahil mali ang account number, magbayad ng {amount} para ma-unlock."
        ],
        "contact": [
            "Mabilis na loan, approved agad hanggang {amount}, walang collateral. Contact {contact}"
        ],
        "pitch": ["Magbayad muna ng processing fee na {small} bago i-release ang loan."],
        "first_payment": ["Ipadala ang fee sa {account}"],
    },
    "extortion.sextortion": {
        "escalation": ["Natanggap ko na. Magpadala pa ng {amount} o ikakalat ko sa school mo."],
        "first_payment": ["Ipadala sa wallet na ito: {wallet}. Huwag kang magloko."],
        "contact": ["Video call tayo? 😘 {contact}"],
        "pitch": [
            "May video ako sa'yo. Magpadala ng {amount} sa loob ng isang oras o ikakalat ko sa mga kaibigan mo."
        ],
    },
    "impersonation.bank": {
        "contact": [
            "Ito ang {bank} fraud team. May kahina-hinalang transfer na {amount} sa account mo. Tumawag sa {phone}."
        ],
        "pitch": [
            "Kailangan ilipat ang pera mo sa safe account habang iniimbestigahan.",
            "Pakibasa ang OTP na natanggap mo.",
        ],
        "first_payment": ["Safe account: {account}. Huwag sabihin sa teller."],
    },
    "impersonation.service": {
        "contact": [
            "{company} customer service po ito, na-double charge ang order mo, ire-refund namin ang {amount}."
        ],
        "pitch": ["I-download ang refund app {url} at i-share ang screen."],
        "first_payment": ["Sobra ang na-refund, pakibalik ang difference sa {account}."],
    },
    "investment.recovery": {
        "contact": ["Kaya naming bawiin ang perang nawala sa scam. Lawyer consultation: {email}"],
        "platform_switch": ["Kausapin ang lawyer sa Telegram {contact}"],
        "pitch": ["Magbayad muna ng processing fee na {amount} bago ibalik ang pera."],
        "first_payment": ["Ipadala ang fee sa USDT wallet {wallet}"],
    },
}

NARRATIVE = {
    "intro": [
        "Noong {date}, may kumontak sa akin sa {channel}.",
        "Bandang {date}, nakatanggap ako ng message sa {channel}.",
    ],
    "close": [
        "Na-realize ko na scam ito kaya nagrereport ako.",
        "Pakitulungan po ako.",
        "Pagkatapos noon, na-block na ako.",
    ],
    "paid": [
        "Nag-transfer ako ng {amount} sa {account}.",
        "Nagpadala ako ng {amount} na USDT sa {wallet}.",
        "Kabuuang nawala: {amount}.",
    ],
    "contact": ["Ang number nila ay {phone}.", "Contact nila: {contact}.", "Ang website ay {url}."],
    "lost_contact": ["Hindi ko na sila ma-contact."],
    "romance": ["Araw-araw kaming nag-uusap, tapos humingi siya ng pera para sa customs."],
    "investment.pig_butchering": [
        "Inalok ako mag-invest sa crypto, may profit pero hindi ko ma-withdraw, pinagbabayad ako ng tax."
    ],
    "investment.group_teacher": [
        "Sumali ako sa isang investment group at nag-deposit sa app nila."
    ],
    "gambling": ["Nanalo ako sa online casino pero hindi ko ma-withdraw."],
    "job.task": ["Part-time job na mag-like ng videos, binayaran muna ako tapos pinag-top up."],
    "job.mule": ["Pinapa-upahan nila ang bank account ko."],
    "impersonation.authority": [
        "May nagpakilalang pulis at sinabing sangkot ang account ko sa money laundering."
    ],
    "impersonation.family": ["May nagpanggap na anak ko at humingi ng pera."],
    "phishing": ["Nag-click ako ng link sa text at nawala ang pera sa GCash ko."],
    "tech_support": ["May lumabas na virus warning at kinontrol nila ang computer ko."],
    "advance_fee": ["Nag-apply ako ng loan at pinagbayad ng fee pero walang loan."],
    "impersonation.bank": [
        "May nagpakilalang taga-bangko at pinalipat ang pera ko sa safe account."
    ],
    "impersonation.service": [
        "May nagpanggap na customer service at sinabing ire-refund ako, pinag-install ako ng app."
    ],
    "investment.recovery": [
        "Pagkatapos ma-scam, may nangakong babawiin ang pera pero pinagbayad muna ako."
    ],
    "extortion.sextortion": ["Tinakot ako na ikakalat ang private video ko."],
}

NEGATIVE = {
    "bank": [
        "{bank}: You have received PHP 1,500.00 from JUAN D.",
        "{bank}: Hindi kailanman hihingin ng bangko ang iyong OTP.",
    ],
    "delivery": [
        "LBC: Ang iyong parcel ay ide-deliver ngayong araw.",
        "Your Shopee order has been shipped.",
    ],
    "family": ["Ma, late ako uuwi mamaya", "Kain tayo sa Linggo kina lola", "Happy birthday! 🎂"],
    "marketing": ["Payday sale! Hanggang 50% off ngayong weekend."],
    "otp": ["Your OTP is {otp}. Huwag itong ibigay kahit kanino."],
    "work": ["Meeting bukas 10am sa conference room."],
    "warning": ["Hindi humihingi ng pera ang pulis sa telepono. I-report ang scam sa {hotline}."],
}

JOB_LURE = [
    "Pre, may opening sa {place} for encoder, {salary} USD kada buwan, sagot ang ticket at tirahan. Passport lang kailangan. {contact}",
    "Hiring chat agents abroad, no placement fee, alis agad this week. Sabihin mo lang na turista ka sa immigration. {contact}",
    "Hiring CSR sa {place}! {salary} USD/month + libreng board and lodging at plane ticket. Tourist visa lang, kami bahala. Message {contact}",
    "Urgent! Chat support (English) sa Cambodia, walang experience needed, alis next week. Telegram {contact}",
]

JOB_OK = [
    "Hiring: Service crew sa Jollibee Quezon City, apply sa store.",
    "Accounting staff, Makati, with SSS/PhilHealth, send resume to HR.",
]

WORDS = {
    "name": ["Joy", "Mark", "Angel", "Paolo", "Grace"],
    "vname": ["Juan", "Maria"],
    "agency": ["PNP Anti-Cybercrime Group", "NBI", "Bureau of Customs"],
    "officer": ["Santos", "Reyes", "Cruz"],
    "carrier": ["LBC", "J&T", "Shopee Xpress"],
    "bank": ["BDO", "BPI", "GCash", "Metrobank"],
    "company": ["Shopee", "Lazada", "TikTok"],
    "channel": ["Facebook", "Messenger", "text", "Telegram", "WhatsApp"],
}
