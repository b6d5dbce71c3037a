"""English templates (US, Singapore, Australia, Philippines victims; recruiters)."""

SCAM = {
    "romance": {
        "contact": [
            "Hi, I saw your profile and you have a kind smile. I'm {name}, an engineer on an oil rig. Can we chat?",
            "Hello dear, sorry to disturb you. I'm {name}, a UN doctor working overseas. I feel we could be good friends.",
            "Hey {vname}! Is this still your number? Oh sorry, wrong person... but you seem nice, I'm {name}",
        ],
        "platform_switch": [
            "This app is not secure for me, add my WhatsApp so we can talk every day: {contact}",
            "I rarely use this site, message me on {contact} my love",
            "Let's move to Telegram, {contact}. My camera is broken so no video call for now.",
        ],
        "grooming": [
            "Good morning my queen, I dreamt of our future together. You are my soulmate.",
            "I have never felt a connection like this. When my contract ends I will come to you and we will marry.",
            "Don't tell your family about us yet, they won't understand. Trust me honey.",
        ],
        "pitch": [
            "My love, customs is holding my parcel with gold and cash for you. They need a clearance fee of {amount} today.",
            "Baby I'm stuck at the airport, my bank account is frozen. Please help me with {amount}, I will pay you back when I land.",
            "The hospital won't treat my daughter until the bill is paid. Can you send {amount}? I have no one else.",
        ],
        "first_payment": [
            "Please send it to my agent's account: {account}. Use reference 'family support'.",
            "Buy Apple gift cards worth {amount} and send me photos of the codes, it's the fastest way.",
            "Send the money to this wallet, my agent only takes USDT: {wallet}",
        ],
        "escalation": [
            "They are asking for another {amount} for the tax, after that the parcel is released, I promise darling.",
            "I know it's a lot but this is the last payment, {amount} and I can fly to you next week.",
        ],
        "exit": [
            "Why are you doubting me? After everything I did for you?? I'm so hurt.",
            "If you don't help me now, we are finished. I thought you loved me.",
        ],
    },
    "investment.pig_butchering": {
        "contact": [
            "Hey is this Jenny? We met at the wine tasting last week 🍷",
            "Good evening, I'm {name}. My assistant must have saved your number by mistake, sorry to bother you!",
            "Hi Anna, is tennis still on for Saturday?",
            "Hello, is this Mr. {vname}? My auntie gave me this number for the wine order.",
            "Sorry wrong number! But nice to meet you, I'm {name}, I live in Singapore and do crypto trading on the side 😊",
        ],
        "platform_switch": [
            "WhatsApp is easier for me, here is my number {contact}",
            "Let's chat on Telegram, {contact}, I post my daily trades there",
        ],
        "grooming": [
            "Look at my trading results today 📈 +{pct}% in one day. My mentor's strategy never fails.",
            "I want to build a future with you, that's why I want you to have your own income.",
            "Just had lunch at the marina, the weather is perfect. What are you doing today dear?",
            "My uncle is an analyst at a big fund, he gives me insider signals. I made 30% this month.",
            "I'm not trying to sell you anything, I just want you to have a better life like me.",
        ],
        "pitch": [
            "My uncle opened a special channel on {brand} only for family and friends. You can start with {small}: {url}",
            "This is liquidity mining, the smart contract pays {pct}% every day. Connect your wallet at {url}",
            "The platform is {brand}, it's regulated. Register here {url} and I'll guide you step by step.",
            "Download the {brand} app from {url}, it's not on the App Store because it is for institutional clients.",
            "Guaranteed {pct}% daily return with AI quant arbitrage, principal protected. Start small, just {small}.",
        ],
        "first_payment": [
            "Buy USDT on Coinbase then send to the platform deposit address: {wallet} (TRC20 only!)",
            "Customer service says deposits go to the company account: {account}. Write 'investment' as purpose.",
            "If the bank asks, tell them it's for home renovation. Banks don't like crypto.",
        ],
        "test_withdrawal": [
            "See? You withdrew {small} with no problem. The platform is real. Now we can do bigger trades.",
            "Congratulations, your first profit arrived. Next week there is a limited contract with {pct}% return.",
        ],
        "escalation": [
            "The VIP level needs a balance of {amount}. Can you borrow from family or use your 401k? It's only for 3 days.",
            "This signal is once a year, I put in everything. You should add {amount} before the deadline tonight.",
            "Deposit to the new address, the old one is under maintenance: {wallet}",
        ],
        "withdrawal_block": [
            "Notice from {brand} risk control: abnormal trading detected. Pay a margin deposit of {amount} to release your withdrawal.",
            "To withdraw you must first upgrade to VIP5. Upgrade fee: {amount}. Funds arrive within 2 hours after payment.",
            "Dear customer, your withdrawal requires payment of 20% income tax ({amount}) before funds are released.",
            "Your account is frozen for AML verification. Please pay the unfreeze deposit of {amount} within 24 hours.",
            "Your credit score is too low ({pct} points). Top up {amount} to restore it and withdraw.",
        ],
        "exit": [
            "Why are you so negative? I lost money too. If you don't pay the tax we both lose everything."
        ],
    },
    "investment.group_teacher": {
        "contact": [
            "Professor {name}'s free stock class! Join our WhatsApp group to get daily picks: {url}",
            "Warren Buffett recommends: learn AI trading with our team. Limited seats, click {url}",
        ],
        "platform_switch": [
            "Welcome to the VIP group! Please add our assistant {contact} to receive today's signal."
        ],
        "grooming": [
            "Thanks to the teacher I made {amount} this week!! 🙏🙏",
            "Members, today's IPO allocation is only for our group. Don't miss it.",
        ],
        "pitch": [
            "Open an institutional account on {brand} ({url}) to get the discounted IPO shares. Principal guaranteed.",
            "The teacher's signal: buy at the open, expected {pct}% in 2 days. Deposit through our platform only.",
        ],
        "first_payment": [
            "Please transfer the subscription to the custodian account {account} and send the receipt to the assistant.",
            "Deposit USDT to the official address {wallet}. Screenshot after transfer.",
        ],
        "escalation": [
            "You won the lottery for the new IPO! You must pay {amount} within today or lose the allocation."
        ],
        "withdrawal_block": [
            "Withdrawal rejected: you must first pay the 10% service fee ({amount}) to the platform."
        ],
    },
    "gambling": {
        "contact": [
            "🎰 {brand}: 100% welcome bonus, instant withdrawal! Register now {url}",
            "Bro I have a sure-win system for baccarat, join with my invite code at {url}",
        ],
        "platform_switch": ["Our agent will help you top up, add Telegram {contact}"],
        "pitch": [
            "Deposit {small} and get {amount} bonus today only. Odds are best in Asia.",
            "Our insider tips win 9 out of 10 games. VIP membership is {amount}.",
        ],
        "first_payment": [
            "Top up by bank transfer to {account} or USDT {wallet}. Send the slip to CS."
        ],
        "test_withdrawal": [
            "Your winnings of {small} have been paid out. Play more to unlock VIP rebate!"
        ],
        "withdrawal_block": [
            "To withdraw {amount} you must complete the turnover requirement and pay a verification fee.",
            "Your account is flagged for irregular betting. Pay the deposit of {amount} to unfreeze.",
        ],
    },
    "job.task": {
        "contact": [
            "Hi, I'm {name} from {company} HR. We offer part-time online work, 30-60 min a day, earn $200-$800/day. Interested?",
            "Good day! Remote job: like videos and rate products, commission per task. No experience needed. Reply YES",
            "Hello, your resume was recommended to us. Flexible hours app optimisation job, paid daily.",
        ],
        "platform_switch": [
            "Please contact our receptionist on Telegram {contact} to start your first tasks.",
            "Add my WhatsApp {contact}, I'll be your mentor for training.",
        ],
        "grooming": [
            "Great job! Your first 3 tasks are done, {small} commission has been sent to you.",
            "Join our team group to see members' payouts 👍",
        ],
        "pitch": [
            "To unlock merchant tasks with 30% commission you need to top up your account with {amount}.",
            "You got a lucky combo order! Top up {amount} to complete it and receive triple commission.",
        ],
        "first_payment": [
            "Top up by sending USDT to {wallet}, then send a screenshot to the receptionist.",
            "Transfer the advance payment to our finance account {account}.",
        ],
        "escalation": [
            "Your balance is negative because of the combo task. Deposit {amount} to reset it, otherwise the team loses salary."
        ],
        "withdrawal_block": [
            "Withdrawal failed: account level too low. Please complete 20 more tasks and pay the upgrade fee {amount}."
        ],
    },
    "job.mule": {
        "contact": [
            "Easy job: receive payments for our company and forward them, keep 10% commission. Only need a bank account.",
            "Looking for payment agents! Rent your account for {amount}/week, safe and legal.",
        ],
        "platform_switch": ["Contact our finance manager on Telegram {contact} for details."],
        "pitch": [
            "Send us a photo of your ID and your online banking login, we set everything up for you.",
            "Open a new account at any bank and send the card and SIM to our office. You will get {amount}.",
        ],
        "first_payment": [
            "Clients will transfer money to your account. Buy USDT and send it to {wallet} within 1 hour."
        ],
    },
    "impersonation.authority": {
        "contact": [
            "This is officer {officer} from {agency}. Your identity was used to open a bank account involved in money laundering. Case number {case}.",
            "Final notice from {agency}: a parcel in your name containing illegal items was seized. Press 1 to speak to an officer.",
            "This is the Social Security Administration. Your SSN has been suspended due to suspicious activity. Call {phone} immediately.",
        ],
        "platform_switch": [
            "For the investigation we will continue on a video call. Add {contact} and do not hang up.",
            "Please install Skype and contact our investigator at {contact}.",
        ],
        "grooming": [
            "An arrest warrant has been issued. This is a confidential investigation: do not tell your family or your bank.",
            "You must prove your innocence. We will verify your assets and return them after the audit.",
        ],
        "pitch": [
            "Transfer your savings to the government safe account for verification: {account}.",
            "To avoid arrest today, move your funds to the custody account. Withdraw cash and hand it to our courier.",
        ],
        "first_payment": [
            "Send the verification amount of {amount} to {account}. If the bank asks, say it is for family.",
            "Convert the funds to Bitcoin at the ATM and send to the secure wallet {wallet}.",
        ],
        "escalation": [
            "The audit found more accounts in your name. Transfer the remaining {amount} before 5 pm or the warrant will be executed."
        ],
    },
    "impersonation.family": {
        "contact": [
            "Hi Mum, this is my new number, my phone broke. Save this one: {phone}",
            "Dad it's me, I dropped my phone in the toilet 😩 text me here",
        ],
        "pitch": [
            "Mum I need to pay a bill urgently but my new banking app isn't working yet. Can you pay {amount} for me? I'll pay back tomorrow.",
            "Grandma please don't tell anyone, I had a car accident and need {amount} for the lawyer today.",
        ],
        "first_payment": [
            "Here are the details: {account}. Please send asap and send me a screenshot ❤️"
        ],
        "escalation": ["Thank you so much! There's one more bill of {amount}, can you help again?"],
    },
    "phishing": {
        "contact": [
            "{carrier}: Your parcel could not be delivered due to an incomplete address. Update within 24 hours: {url}",
            "[{bank}] Suspicious sign-in detected. Your account will be suspended. Verify now: {url}",
            "Toll notice: you have an unpaid toll of $6.99. Pay now to avoid a late fee: {url}",
            "Your Apple ID has been locked. Confirm your identity at {url}",
        ],
        "pitch": [
            "Enter your card number, expiry and CVV to pay the redelivery fee of $1.99.",
            "Please enter the one-time password we just sent to complete verification.",
        ],
        "first_payment": ["Install our tracking app to follow your parcel: {url}"],
    },
    "tech_support": {
        "contact": [
            "WARNING! Your computer is infected with a Trojan. Your bank data is at risk. Call Microsoft Support now: {phone}",
            "Windows Defender alert: Do not restart your PC. Call {phone} for help.",
        ],
        "pitch": [
            "Please install AnyDesk and tell me the 9-digit code so I can remove the virus.",
            "The security fee is {amount}. Log in to your online banking so I can check the hackers are gone.",
        ],
        "first_payment": [
            "Go to the store and buy Google Play cards for {amount}. Read me the codes.",
            "We refunded too much by mistake. Please send back the difference to {account}.",
        ],
    },
    "advance_fee": {
        "contact": [
            "Congratulations! Your loan of {amount} is approved, no credit check. Contact our officer at {contact}.",
            "You have won {amount} in the international lottery! To claim, email {email}.",
        ],
        "pitch": [
            "Before disbursement you must pay the insurance and processing fee of {small}.",
            "Transfer {small} to prove your repayment ability, it will be refunded with the loan.",
        ],
        "first_payment": ["Pay the fee to our account {account} and send the receipt to {email}."],
        "withdrawal_block": [
            "Your loan is frozen because you entered a wrong account number. Pay {amount} to unfreeze."
        ],
    },
    "extortion.sextortion": {
        "contact": [
            "hey cutie, you look fun 😘 want to video chat? add me on {contact}",
            "I know your password. I recorded you through your webcam while you were watching adult videos.",
        ],
        "pitch": [
            "I have your video and your contact list. Pay {amount} in 1 hour or I send it to all your friends and family.",
            "Send {amount} in Bitcoin to {wallet} within 48 hours or the video goes public.",
        ],
        "first_payment": [
            "Pay via gift cards or to this wallet {wallet}. Don't try anything stupid."
        ],
        "escalation": ["Thanks. Now send {amount} more or I post it on your school page."],
    },
    "impersonation.bank": {
        "contact": [
            "This is {bank} fraud department. We detected an unauthorised transfer of {amount} from your account. Call us back at {phone}.",
            "[{bank}] Your card has been blocked due to suspicious activity. Our officer will call you shortly.",
        ],
        "pitch": [
            "To protect your savings we must move them to a safe account in your name until the investigation ends.",
            "Please read me the one-time code we just sent to cancel the transaction.",
        ],
        "first_payment": [
            "Transfer the full balance to the secure holding account {account} now. Do not tell the branch staff, they may be involved."
        ],
    },
    "impersonation.service": {
        "contact": [
            "Hello, this is {company} customer service. You were charged twice for your last order, we will refund {amount}.",
            "Your {company} membership will auto-renew at {amount} per month. To cancel call {phone}.",
        ],
        "pitch": [
            "Please download our refund app {url} and share your screen so I can guide you.",
            "To process the refund, log in to your online banking and enter the amount I tell you.",
        ],
        "first_payment": [
            "The system refunded too much by mistake. Please return the difference to {account}."
        ],
    },
    "investment.recovery": {
        "contact": [
            "We are a blockchain recovery firm. We traced the USDT you lost to a scam platform and can recover it. Contact {email}.",
            "This is Interpol's cyber unit. Your case against {brand} has been reopened; funds can be returned.",
        ],
        "platform_switch": ["Our lawyer will handle your case on Telegram {contact}."],
        "pitch": [
            "We located your funds. To release them you must pay a legal and processing fee of {amount}.",
            "Recovery is guaranteed, 10% fee upfront and the rest after you receive your money.",
        ],
        "first_payment": ["Pay the recovery fee in USDT to {wallet}."],
    },
}

NARRATIVE = {
    "intro": [
        "On {date} I was contacted by someone through {channel}.",
        "Around {date}, a person messaged me on {channel}.",
        "I received a message on {channel} on {date}.",
        "This started on {date} when I got a {channel} message from a stranger.",
    ],
    "close": [
        "I now realize it was a scam and I want to report it.",
        "Please help me, I lost all my savings.",
        "I have not reported this to my bank yet.",
        "I reported it to my bank but they said they cannot recall the transfer.",
        "They blocked me after that.",
    ],
    "paid": [
        "I transferred {amount} to {account}.",
        "I sent {amount} in USDT to {wallet}.",
        "In total I paid {amount}.",
        "I paid {amount} over several transfers to {account}.",
    ],
    "contact": [
        "They used the number {phone}.",
        "Their contact was {contact}.",
        "The website was {url}.",
        "The link they sent was {url}.",
    ],
    "lost_contact": [
        "After that I could not reach them anymore.",
        "Now the account is deleted and the website does not open.",
    ],
    "romance": [
        "We talked every day and he said he loved me. Then he asked for money for customs fees.",
        "She said she was a nurse working abroad and needed money for a plane ticket.",
    ],
    "investment.pig_butchering": [
        "They convinced me to invest in a crypto platform. I saw big profits but could not withdraw.",
        "We became friends and she taught me to trade. When I tried to withdraw they asked for tax.",
    ],
    "investment.group_teacher": [
        "I joined an investment group after an ad with a famous investor. The teacher told us to buy IPO shares on their app."
    ],
    "gambling": [
        "I played on an online casino site. When I won, they would not let me withdraw unless I paid a fee."
    ],
    "job.task": [
        "It was a part-time job rating products. At first I got paid, then I had to deposit money to continue the tasks."
    ],
    "job.mule": ["They offered me a job receiving payments and asked for my bank details and ID."],
    "impersonation.authority": [
        "A man said he was a police officer and that my account was used for money laundering. He told me to transfer money to a safe account."
    ],
    "impersonation.family": [
        "Someone pretending to be my son said he had a new number and needed money urgently."
    ],
    "phishing": [
        "I got an SMS about a parcel and entered my card details on the site. Then there were charges I did not make."
    ],
    "tech_support": [
        "A pop-up said my computer had a virus. I called the number and they took control of my computer."
    ],
    "advance_fee": [
        "I applied for a loan and they asked me to pay fees first. I never got the loan."
    ],
    "impersonation.bank": [
        "A caller from my bank's fraud team told me to move my savings to a safe account."
    ],
    "impersonation.service": [
        "Someone from customer service said I was charged twice and guided me through a refund on my banking app."
    ],
    "investment.recovery": [
        "After I lost money in an investment scam, a recovery company promised to get it back for a fee."
    ],
    "extortion.sextortion": ["Someone threatened to publish a private video of me unless I paid."],
}

NEGATIVE = {
    "bank": [
        "{bank}: A payment of $42.50 to WOOLWORTHS was made with your card ending 4821.",
        "{bank}: Your monthly statement is ready. Log in to the app to view it. We will never ask for your password.",
        "Your transfer of $250.00 to J. Smith was successful. Ref: rent June.",
    ],
    "delivery": [
        "{carrier}: Your package is out for delivery today between 2pm and 5pm.",
        "Your order #114-2233 has shipped and will arrive Thursday.",
    ],
    "family": [
        "Hi mum, I'll be home late tonight, don't wait for dinner",
        "Can you pick up milk on the way home?",
        "Happy birthday grandma! Love you ❤️",
        "Dad the game starts at 7, see you there",
    ],
    "marketing": [
        "Big summer sale! 30% off everything this weekend only. Reply STOP to opt out.",
        "Your points balance is 1,240. Redeem in store for rewards.",
    ],
    "otp": [
        "Your verification code is {otp}. Do not share this code with anyone.",
        "{otp} is your login code. It expires in 10 minutes.",
    ],
    "work": [
        "Meeting moved to 3pm, room 4B.",
        "Thanks for sending the report, I'll review it tomorrow.",
    ],
    "warning": [
        "Police will never ask you to transfer money to a safe account. If in doubt, hang up and call {hotline}.",
        "Scam alert: be careful of job offers asking you to top up money. Report scams at {hotline}.",
    ],
}

JOB_LURE = [
    "Hi bro, my cousin's company in {place} needs people who can type English fast. US${salary}/month, flight and hotel paid. Just bring your passport, we do the visa. Add me {contact}",
    "Hello! I saw your CV on JobStreet. We have an online sales position abroad, salary ${salary} + commission, accommodation provided. Interview only on Telegram: {contact}",
    "Don't tell immigration you are going to work, just say tourist ok? Our driver will meet you in Mae Sot. Contact {contact}",
    "Crypto marketing job, remote training then relocate to {place}. No fees, company pays everything. Quick hiring, leave this week. {contact}",
    "Customer service job in {place}, salary US${salary}/month + commission, free flight, visa and accommodation. No experience. Contact HR on Telegram {contact}",
    "URGENT hiring! English typists for online marketing company in Bangkok. Fly this week, tickets paid. Apply via {contact}",
    "Work abroad: chat support for crypto platform, high salary, food and dorm provided. Travel on tourist visa, we arrange everything. WhatsApp {contact}",
    "Hiring Japanese/Korean speakers for admin job in {place}. US${salary} monthly, no fees, passport needed for visa processing. DM {contact}",
    "Game customer service in {place}, fast typing only, salary ${salary} + bonus. Our driver picks you up at the airport. Apply now: {contact}",
]

JOB_OK = [
    "Customer service representative, BPO in Cebu, day shift, PHP 22,000/month, apply on our website.",
    "Part-time tutor (English) for high school students, Sydney, $35/hour, Working With Children Check required.",
    "Delivery driver wanted, own vehicle, paid weekly, apply through the app.",
    "We are hiring a part-time barista at our Melbourne cafe. Apply in store with your CV.",
    "Software engineer (Python), Singapore office, hybrid. Salary S$7,000–9,000. Apply via our careers page.",
    "Warehouse associate, full time, $19/hour, benefits. Interviews on site Monday to Friday.",
    "Registered nurse wanted for aged care facility. AHPRA registration required.",
    "Junior accountant, Manila, 2 years experience, apply with resume to our HR department.",
]

WORDS = {
    "name": [
        "Anna",
        "David",
        "Linda",
        "James",
        "Grace",
        "Kevin",
        "Sophia",
        "Michael",
        "Emma",
        "Daniel",
    ],
    "vname": ["John", "Mary", "Ann", "Peter", "Sam"],
    "relative": ["son", "daughter", "grandson", "nephew"],
    "agency": [
        "the FBI",
        "the Federal Police",
        "Interpol",
        "the Ministry of Law",
        "the Police Cybercrime Unit",
        "Customs",
    ],
    "officer": ["Smith", "Johnson", "Tan", "Lee", "Brown"],
    "carrier": ["USPS", "DHL", "Australia Post", "SingPost", "FedEx", "LBC"],
    "bank": ["Chase", "DBS", "Commonwealth Bank", "BPI", "Wells Fargo", "OCBC"],
    "company": ["Randstad", "Adecco", "Amazon", "Lazada", "Shopee", "JobStreet"],
    "channel": [
        "Facebook",
        "Instagram",
        "WhatsApp",
        "Tinder",
        "SMS",
        "Telegram",
        "a phone call",
        "LinkedIn",
    ],
}
