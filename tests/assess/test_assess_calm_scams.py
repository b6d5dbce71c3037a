"""Two moves of a calm conversational scam in one message (``assess/calm_scams.py``,
``data/calm_scams.json``): the floor, the red flag that quotes both moves, and the
look-alikes that show one move only.

Every sentence here was written for this test (general phrasing of each move), not taken
from a blind set, ``bench/convo_dev_9`` or a public message set.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tipoff.assess import assess
from tipoff.assess.asks import NO_ASK_CAP
from tipoff.assess.assess import _promotion_or_notice
from tipoff.assess.calm_scams import CALM_SCAM_FLOOR, CalmMoves, calm_moves
from tipoff.assess.lexicon import flag_codes, read_data_json
from tipoff.assess.offers import COMMERCIAL_OFFER
from tipoff.assess.redflags import find_evidence
from tipoff.assess.taxonomy import LABELS


def moves_in(text: str) -> CalmMoves | None:
    """The concept whose two moves the red-flag scan finds in ``text``."""
    return calm_moves(find_evidence(text).moves)


NINE = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl")
_CONCEPTS = read_data_json("calm_scams.json")["concepts"]

# (concept, language, a message making both moves)
BOTH_MOVES = [
    (
        "invest_invitation",
        "en",
        "My aunt trades gold and I made a lot of money last week. Do you want to try? "
        "I can show you how it works.",
    ),
    ("invest_invitation", "zh", "跟着老师操作这个月赚了不少，要不要试试？我拉你进群。"),
    ("invest_invitation", "id", "Minggu ini aku udah cuan lagi, mau aku ajak ke grupnya?"),
    (
        "stranger_loan",
        "en",
        "Hello, do you remember me? We studied together years ago. Could you lend me a little "
        "until Friday?",
    ),
    (
        "stranger_loan",
        "ko",
        "저 기억나세요? 작년에 동창회에서 만났었는데, 돈 좀 빌려 주실 수 있을까요?",
    ),
    (
        "cannot_talk_pay",
        "en",
        "I'm in a meeting all afternoon and can't talk. Please buy three gift cards for a client.",
    ),
    (
        "cannot_talk_pay",
        "vi",
        "Anh đang họp, không nghe máy được. Em chuyển khoản giúp anh cho đối tác nhé.",
    ),
    (
        "wrong_number_pivot",
        "en",
        "Oh sorry, wrong number! Maybe it's fate. I'm new in town, could we be friends?",
    ),
    ("wrong_number_pivot", "th", "ขอโทษค่ะ ส่งผิดคน แต่ยินดีที่ได้รู้จักนะคะ คุณทำงานอะไรคะ"),
    (
        "online_romance",
        "en",
        "We only met online last month, but I already dream that we will live together soon.",
    ),
    ("online_romance", "ja", "ネットで知り合ってまだ少しだけど、早く一緒に暮らしたいです。"),
    (
        "paid_simple_task",
        "en",
        "Easy work from your phone: like and follow our videos, $4 per task.",
    ),
    ("paid_simple_task", "th", "งานง่ายๆ แค่กดไลก์ให้ร้านค้า งานละ 30 บาท"),
    (
        "recovery_pitch",
        "en",
        "Sorry to hear you lost money to a fake crypto platform. Our recovery specialists can "
        "get your funds back.",
    ),
    ("recovery_pitch", "zh", "看到你被骗了，我们是专业追款团队，可以帮你追回损失。"),
    (
        "secret_payment",
        "en",
        "The new supplier needs their deposit before noon. Keep this between us for now.",
    ),
    ("secret_payment", "id", "Tolong bayar tagihan mitra hari ini ya, diam-diam saja."),
    (
        "authority_case",
        "en",
        "This is Detective Moore from the police. Your bank account was used by a gang and is "
        "under investigation.",
    ),
    (
        "authority_case",
        "ko",
        "서울경찰청 수사관입니다. 고객님 명의가 도용되어 대포통장이 개설됐습니다.",
    ),
    (
        "relative_in_trouble",
        "en",
        "Your son caused an accident and the other party wants settlement money today.",
    ),
    ("relative_in_trouble", "th", "ลูกชายคุณขับรถชนคน ตอนนี้คู่กรณีต้องการค่าเสียหาย"),
    (
        "on_behalf_emergency",
        "en",
        "I'm your daughter's colleague, she fainted at work. Please send money for the "
        "hospital deposit.",
    ),
    (
        "romance_money",
        "en",
        "My darling, the parcel I sent you is stuck and needs a clearance fee before it can go.",
    ),
    (
        "romance_persona",
        "en",
        "Good night my dear, the signal on the oil rig is weak again tonight.",
    ),
    ("dating_app_move", "en", "We matched yesterday! Let's chat on WhatsApp, it's easier."),
    (
        "task_topup",
        "en",
        "Your commission is waiting, but the next set needs you to top up first to continue.",
    ),
    ("task_topup", "zh", "今天的做单任务完成了，下一组需要先充值才能继续。"),
    (
        "buyer_payment",
        "en",
        "Is it still available? I'll pay through escrow, you just confirm to receive the money.",
    ),
    (
        "inheritance_claim",
        "en",
        "My late client left an unclaimed fund and, as you share his name, you could be the "
        "beneficiary.",
    ),
    (
        "wrong_transfer_return",
        "en",
        "I transferred to your account by mistake, please send it back to me today.",
    ),
    (
        "wrong_transfer_return",
        "vi",
        "Mình chuyển nhầm 2 triệu vào tài khoản bạn, bạn trả lại giúp nhé.",
    ),
    (
        "blocked_bank_borrow",
        "en",
        "My card is blocked until Monday, could you transfer for me and I'll pay you back?",
    ),
    (
        "guided_investing",
        "en",
        "My uncle is an analyst and tells us when to buy; the minimum deposit on the platform "
        "is small.",
    ),
    (
        "remote_landlord",
        "en",
        "The flat is yours if you like: I'm abroad so I can't show you the place, pay the "
        "deposit first and I'll post you the keys.",
    ),
    (
        "ticket_resale",
        "en",
        "I have two spare tickets for the final, face value. Bank transfer first please, many "
        "people asking.",
    ),
    (
        "personal_relief_fund",
        "en",
        "Help the flood victims in the north, every cent counts. Send to my personal account.",
    ),
    (
        "credit_score_deposit",
        "en",
        "Your loan is approved but the system asks a verification deposit before disbursement.",
    ),
    (
        "self_emergency",
        "en",
        "Mum, I had an accident and my phone is dead, I need money for the repair, please "
        "transfer money to my friend today.",
    ),
    ("self_emergency", "id", "Bu, aku kecelakaan di jalan, butuh uang buat bengkel sekarang."),
    (
        "celebrity_endorsement",
        "en",
        "A famous investor said in an interview that he invested in this trading platform.",
    ),
    (
        "service_refund_trap",
        "en",
        "You were charged twice for the membership. To cancel it please share your screen and "
        "open your banking app.",
    ),
]

# One move only: the ordinary messages each concept must leave alone.
ONE_MOVE = [
    "My fund is up a bit this year, nothing exciting. Are you still saving every month?",
    "Dad, can you lend me 40 until payday? I'll pay you back on Friday.",
    "I'm in a meeting until 3, can't talk. Call you after.",
    "Sorry, wrong number! Have a good evening.",
    "Join our running club on Sunday, we meet by the gates at 8.",
    "妈，能借我点钱吗？下个月发工资就还你。",
    "会議中なので後で電話します。",
    "ขอโทษครับ ส่งผิดเบอร์",
    "We met online three years ago and got married last spring!",
    "Don't tell anyone yet, but I'm planning a surprise party for Mum on Saturday.",
    # What honest people, banks and the police say that looks like one move.
    "Police: a bike was stolen near the station last night, tell us if you saw anything.",
    "Dad had a small accident with the car, he's fine, I'll drive him home tonight.",
    "My love, I bought the plane tickets for our trip to Osaka!",
    "Thanks for the order! Your commission statement for March is attached.",
    "Is the bike still available? I can come and look at it on Saturday and pay cash.",
    "Grandma's inheritance is being handled by the notary, we'll talk on Sunday.",
    "I'm abroad until June, my agent will show you the flat on Tuesday.",
    "I have two spare tickets for Saturday, want to come with us?",
    "The school is collecting donations for the flood victims through the Red Cross.",
    "Your loan application was received; we will reply within five working days.",
    "We refunded the duplicate charge to your card, it will show in 3-5 days.",
    "My card got blocked abroad, I called the bank and it works again.",
    "警察官がLINEで逮捕状を見せたり、お金を振り込ませることは絶対にありません。",
    "ตำรวจไม่มีการโทรแจ้งว่าบัญชีของท่านพัวพันคดีฟอกเงิน",
    "犯罪嫌疑人张某已被公安机关依法刑事拘留",
    "检察院立案查处了一起受贿案",
    "I had an accident at football, nothing broken, see you tomorrow.",
    "There was an interview with a famous investor on the radio about saving for retirement.",
    # "日结" (paid daily) is also "5月31日结束" (ends on 31 May): only "日结工资" counts.
    "活动于5月31日结束，点赞本条微博即可参与抽奖。",
]


@pytest.mark.parametrize(("concept", "lang", "text"), BOTH_MOVES)
def test_both_moves_make_a_scam_with_the_concepts_flag(concept: str, lang: str, text: str) -> None:
    del lang  # the scan reads every language's phrases in every text
    moves = moves_in(text)
    assert moves is not None and moves.code == concept
    found = assess(text)
    assert found.scam_probability >= CALM_SCAM_FLOOR
    assert found.outcome == "scam"
    flag = next(flag for flag in found.red_flags if flag.code == concept)
    # The explanation quotes both moves in the message's own words.
    assert f"“{text[moves.first.start : moves.first.end]}”" in flag.explanation
    assert flag.text == text[moves.second.start : moves.second.end]


@pytest.mark.parametrize("text", ONE_MOVE)
def test_one_move_is_no_calm_scam(text: str) -> None:
    assert moves_in(text) is None
    assert not set(_CONCEPTS) & {flag.code for flag in assess(text).red_flags}


def test_a_warning_that_describes_the_moves_is_left_alone() -> None:
    text = (
        "Beware of scams: a 'boss' who says he is in a meeting and can't talk, then asks you "
        "to buy gift cards, is not your boss."
    )
    assert moves_in(text) is not None  # the moves are there, described
    found = assess(text)
    assert not any(flag.code == "cannot_talk_pay" for flag in found.red_flags)
    assert found.outcome != "scam"


def test_the_no_ask_cap_gives_way_to_both_moves() -> None:
    # An old acquaintance's loan request carries no link, number or account; the model alone
    # leaves it under the cap, the two moves raise it.
    text = "Hi, do you remember me? We met at Anna's party. I'm short this month, lend me some?"
    found = assess(text)
    assert found.scam_probability >= CALM_SCAM_FLOOR > NO_ASK_CAP
    assert "no_ask" not in found.reasons


def test_reports_and_job_ads_keep_their_own_judgement() -> None:
    text = BOTH_MOVES[3][2]
    for kind in ("job_ad", "report"):
        assert not any(flag.code == "stranger_loan" for flag in assess(text, kind=kind).red_flags)


def test_the_moves_are_neither_red_flags_nor_model_features_of_the_scan() -> None:
    evidence = find_evidence(BOTH_MOVES[3][2])
    assert evidence.moves
    assert not any(code.startswith("calm:") for code in evidence.codes)
    assert not any(flag.code.startswith("calm:") for flag in evidence.red_flags)


def test_a_pair_may_name_another_concepts_part_or_a_shown_red_flag() -> None:
    # A task's pay per action beside a top-up (a part of paid_simple_task with one of
    # task_topup); an officer beside a secrecy flag that a money request supports.
    task = "Easy work, $5 per task. To withdraw your earnings you need to top up first."
    moves = moves_in(task)
    assert moves is not None and moves.code == "task_topup"
    text = (
        "I am calling from the police. Keep it secret from everyone; send the money by bank "
        "transfer."
    )
    found = find_evidence(text)
    assert "secrecy" in {flag.code for flag in found.red_flags}
    assert calm_moves(found.moves) is None  # the officer alone
    moves = calm_moves(found.moves, found.red_flags)
    assert moves is not None and moves.code == "authority_case"
    assert moves.second.code == "secrecy"
    assert assess(text).outcome == "scam"


def test_two_moves_keep_the_offer_rules_away() -> None:
    # Two moves of a calm scam are scam evidence: the offer rules (step 13) do not turn such a
    # message into a promotion for naming a price and a phone number (an appeal for disaster
    # relief to a personal account does).
    text = (
        "Greenhills Homes: Own a townhouse for PHP 18K/month! Reserve now for PHP 25,000. "
        "Call 0918 765 4321"
    )
    evidence = find_evidence(text)
    offer = _promotion_or_notice(
        text, evidence, dict.fromkeys(LABELS, 0.1), (0.6, 0.7), (), little_evidence=False
    )
    assert COMMERCIAL_OFFER in offer[2]
    calm = _promotion_or_notice(
        text,
        evidence,
        dict.fromkeys(LABELS, 0.1),
        (0.6, 0.7),
        (),
        little_evidence=False,
        calm=True,
    )
    assert calm == (0.6, 0.7, ())


def test_every_concept_has_a_flag_two_parts_and_nine_languages() -> None:
    codes = flag_codes()
    for name, spec in _CONCEPTS.items():
        assert name in codes, name
        assert len(spec["parts"]) == 2, name
        for pair in spec.get("also", ()):
            assert len(pair) == 2, name
        for part, languages in spec["parts"].items():
            assert set(NINE) <= set(languages), (name, part)
            phrases = [phrase for words in languages.values() for phrase in words]
            assert all(phrase == phrase.lower() for phrase in phrases), (name, part)


def test_the_check_page_words_every_concepts_flag() -> None:
    for lang in NINE[1:]:  # English is the assessment's own explanation
        words = resources.files("tipoff.check.data") / "lang" / f"{lang}.json"
        page = json.loads(words.read_text("utf-8"))
        assert set(_CONCEPTS) <= set(page["flags"]), lang
