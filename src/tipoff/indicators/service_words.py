"""Words that name a service the victim used, or a real company the scam named.

Crews rarely take a victim's money themselves in a form the victim can buy: they tell the
victim to buy USDT from "a merchant", "an OTC", "an exchanger" ("承兑商", "币商", "収U",
"業者", "환전상", "พ่อค้า", "người bán", "penjual", "nagbebenta"), on an exchange, or at a
crypto ATM, and then to send it on to the crew's wallet. The seller, the exchange and the
ATM serve the victims of many crews; none of them is a crew's, so they must not join crews
(``Role.SERVICE``, ``tipoff.indicators.roles``). The crew's wallet the coins were sent to
is still the crew's: the direction words ("send it to", "转到", "送金先") outweigh these.

A real company the scam claimed as a partner ("they claimed to be partners of
shopee.co.id", "野村證券と提携", "đối tác của Tiki", "พาร์ทเนอร์ของ Agoda") and a news site
the victim read ("later I read on abc.net.au", "ต่อมาเห็นข่าวใน thairath.co.th") are third
parties: references, like the police line.

Phrases are matched on the lower-cased text, Latin ones at a word start. ``FOLLOWING``
phrases may also come right after the value (within ``tipoff.indicators.roles.NEAR_CHARS``
in the same clause): a noun naming what the value is ("coinflip.tech bitcoin machine",
"@x という業者", "X와 제휴").
"""

from __future__ import annotations

STRONG = 1.0
WEAK = 0.5
# An affiliation claim names a real company: it outweighs the disguise words around it
# ("they claimed to be partners of X": X is the company, the claim is the disguise).
CLAIMED_PARTNER = 2.0

SERVICE_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    "en": (
        (
            STRONG,
            (
                "buy usdt",
                "bought usdt",
                "buy the usdt",
                "bought the usdt",
                "buying usdt",
                "purchase usdt",
                "purchased usdt",
                "buy crypto",
                "bought crypto",
                "buy bitcoin",
                "bought bitcoin",
                "buy btc",
                "bought btc",
                "buy coins",
                "bought coins",
                "buy tether",
                "bought tether",
                "sold me",
                "sell me",
                "from a merchant",
                "from the merchant",
                "from a seller",
                "from the seller",
                "from an otc",
                "from the otc",
                "merchant's account",
                "seller's account",
                "merchant's",
                "seller's",
                "exchanger's",
                "otc desk",
                "otc dealer",
                "otc trader",
                "otc",
                "exchanger",
                "money changer",
                "moneychanger",
                "p2p seller",
                "usdt seller",
                "crypto seller",
                "coin seller",
                "usdt dealer",
                "crypto dealer",
                "bitcoin machine",
                "bitcoin atm",
                "btc atm",
                "crypto atm",
                "crypto kiosk",
                "bitcoin kiosk",
                "fed cash into",
                "cash into a",
            ),
        ),
        (WEAK, ("merchant", "seller", "dealer", "exchange", "atm")),
    ),
    "ja": (
        (
            STRONG,
            (
                "業者",
                "販売業者",
                "両替商",
                "両替業者",
                "で購入",
                "から購入",
                "から買",
                "で買",
                "usdtを買",
                "usdtを購入",
                "ビットコインatm",
                "暗号資産atm",
                "仮想通貨atm",
            ),
        ),
        (WEAK, ("販売", "取引所")),
    ),
    "zh": (
        (
            STRONG,
            (
                "承兑商账户",
                "币商账户",
                "承兑商",
                "承兑",
                "币商",
                "u商",
                "收u",
                "买u",
                "买币",
                "卖币",
                "换汇",
                "换币",
                "兑换商",
                "场外",
                "otc",
                "购买usdt",
                "买usdt",
                "买了usdt",
                "比特币atm",
                "币贩子",
            ),
        ),
        (WEAK, ("交易所", "购买", "买了", "商家")),
    ),
    "ko": (
        (
            STRONG,
            (
                "판매자 계좌",
                "환전상",
                "환전소",
                "코인 판매자",
                "코인판매자",
                "판매자",
                "테더를 구매",
                "테더를 샀",
                "usdt를 구매",
                "usdt를 샀",
                "코인을 구매",
                "코인을 샀",
                "otc",
                "비트코인 atm",
            ),
        ),
        (WEAK, ("거래소", "구매", "구입", "구매했")),
    ),
    "th": (
        (
            STRONG,
            (
                "บัญชีพ่อค้า",
                "พ่อค้า",
                "แม่ค้า",
                "ผู้ขาย",
                "ร้านแลกเงิน",
                "แลกเงิน",
                "ซื้อ usdt",
                "ซื้อusdt",
                "ซื้อเหรียญ",
                "ซื้อคริปโต",
                "ซื้อบิทคอยน์",
                "ตู้บิทคอยน์",
                "otc",
            ),
        ),
        (WEAK, ("ซื้อ", "กระดานเทรด")),
    ),
    "vi": (
        (
            STRONG,
            (
                "tài khoản người bán",
                "người bán",
                "mua usdt",
                "mua coin",
                "mua tiền ảo",
                "mua tiền số",
                "mua bitcoin",
                "đổi tiền",
                "đổi usdt",
                "dân buôn",
                "otc",
                "bán cho tôi",
            ),
        ),
        (WEAK, ("mua ",)),
    ),
    "id": (
        (
            STRONG,
            (
                "rekening penjual",
                "penjual",
                "pedagang",
                "beli usdt",
                "membeli usdt",
                "dibelikan usdt",
                "beli kripto",
                "membeli kripto",
                "beli bitcoin",
                "money changer",
                "penukaran",
                "dari merchant",
                "otc",
            ),
        ),
        (WEAK, ("beli ", "membeli", "merchant")),
    ),
    "tl": (
        (
            STRONG,
            (
                "bumili ng usdt",
                "bumili ako ng usdt",
                "pinabili ako ng usdt",
                "pinabili ng usdt",
                "nagbebenta",
                "tindero",
                "account ng merchant",
                "sa merchant",
                "money changer",
                "otc",
            ),
        ),
        (WEAK, ("bumili", "pinabili", "merchant")),
    ),
}

# A real company the scam named as its partner or said it was affiliated with, and news a
# victim read: third parties (references).
THIRD_PARTY_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    "en": (
        (
            CLAIMED_PARTNER,
            (
                # whole, so that the disguise word inside is not read alone
                "claimed to be partners of",
                "claimed to be a partner of",
                "claiming to be partners of",
                "claiming to be a partner of",
                "claim to be partners of",
                "claims to be a partner of",
                "said they were partners of",
                "said they are partners of",
                "partners of",
                "partner of",
                "partnered with",
                "partners with",
                "partnership with",
                "affiliated with",
                "affiliate of",
            ),
        ),
        (STRONG, ("read on", "read in", "read about it on", "news", "article", "news site")),
    ),
    "ja": (
        (CLAIMED_PARTNER, ("と提携", "提携先", "の提携", "と業務提携")),
        (STRONG, ("ニュース", "記事", "報道")),
    ),
    "zh": (
        (CLAIMED_PARTNER, ("合作伙伴", "合作方", "与之合作", "的合作")),
        (STRONG, ("新闻", "报道", "看到报道")),
    ),
    "ko": (
        (CLAIMED_PARTNER, ("와 제휴", "과 제휴", "제휴사", "협력사")),
        (STRONG, ("뉴스", "기사")),
    ),
    "th": (
        (
            CLAIMED_PARTNER,
            (
                "อ้างว่าเป็นพาร์ทเนอร์ของ",
                "อ้างว่าเป็นพันธมิตรของ",
                "พาร์ทเนอร์ของ",
                "พันธมิตรของ",
                "เป็นคู่ค้าของ",
            ),
        ),
        (STRONG, ("ข่าว",)),
    ),
    "vi": (
        (CLAIMED_PARTNER, ("là đối tác", "đối tác của", "liên kết với")),
        (STRONG, ("đọc trên", "đọc báo", "báo chí", "bài báo", "tin tức")),
    ),
    "id": (
        (CLAIMED_PARTNER, ("mitra resmi", "mitra dari", "bekerja sama dengan")),
        (STRONG, ("baca di", "membaca di", "berita")),
    ),
    "tl": (
        (CLAIMED_PARTNER, ("partner ng", "kasosyo", "kaakibat")),
        (STRONG, ("nabasa ko sa", "nabasa ko", "balita")),
    ),
}

# Cues that may follow the value they name, in any language (see the module docstring).
FOLLOWING: frozenset[str] = frozenset(
    {
        "bitcoin machine",
        "bitcoin atm",
        "btc atm",
        "crypto atm",
        "crypto kiosk",
        "bitcoin kiosk",
        "exchanger",
        "otc",
        "業者",
        "販売業者",
        "両替商",
        "両替業者",
        "で購入",
        "から購入",
        "から買",
        "で買",
        "承兑商",
        "币商",
        "u商",
        "兑换商",
        "환전상",
        "판매자",
        "코인 판매자",
        "と提携",
        "提携先",
        "の提携",
        "と業務提携",
        "와 제휴",
        "과 제휴",
        "合作伙伴",
        "的合作",
    }
)
