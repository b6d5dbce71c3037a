"""The one scan of a text (tipoff.assess.text_scan): the promotion triggers found by the cue
automaton give the promotion check the same answer as its own scan, and a text whose scanned
form is not ``text.lower()`` leaves the check to scan for itself. Also the single-text model
path (one row of label rows and calibration) against the batch arithmetic."""

from __future__ import annotations

import random

import numpy as np
import pytest
from tests.assess.test_assess_promotion import MARKED

from tipoff.assess import bundled_model
from tipoff.assess.assess import _label_rows
from tipoff.assess.calibration import calibrate
from tipoff.assess.no_offer import advertising_matcher
from tipoff.assess.promotion import marker_index, marker_match
from tipoff.assess.redflags import find_evidence
from tipoff.assess.text_scan import text_matcher

EXTRA = [
    "Reply STOP to opt out, or opt-out online; optout by SMS 137",
    "stopstop unsubscribe UNSUB 退订退訂 取消订阅",
    "Chào bạn, từ chối nhận tin soạn TC gửi 9123 (chối)",
    "ยกเลิก ปฏิเสธ 広告 配信 未承諾 pr】 pr] pr］",
    "İstanbul opt out",  # lower() makes "İ" two code points: no triggers from the scan
    "舊時退訂回T",  # traditional Chinese folded for the cue scan: no triggers from the scan
    "nothing to see here",
    "",
]


def _texts() -> list[str]:
    rng = random.Random(7)
    triggers = list(marker_index().trigger_names)
    words = ["sale", "today", "ưu đãi", "할인", "优惠", "ลด", "割引", " ", "\n", "x"]
    mixed = [
        "".join(rng.choice(triggers + words) for _ in range(rng.randrange(1, 12)))
        for _ in range(400)
    ]
    return [*MARKED.values(), *EXTRA, *mixed]


@pytest.mark.parametrize("text", _texts())
def test_scanned_triggers_give_the_checks_own_answer(text: str) -> None:
    evidence = find_evidence(text)
    assert marker_match(text, evidence.triggers) == marker_match(text)
    if evidence.triggers is not None:
        own = tuple(names for _, names in marker_index().triggers.iter(text.lower()))
        assert evidence.triggers == own


def test_a_text_not_scanned_as_its_lower_case_has_no_triggers() -> None:
    assert find_evidence("İstanbul opt out").triggers is None
    assert find_evidence("舊時退訂回T", language="zh").triggers is None
    assert find_evidence("Reply STOP to opt out").triggers == (
        marker_index().trigger_names["stop"],
        marker_index().trigger_names["opt out"],
    )


def test_cue_hits_are_unchanged_by_the_side_words() -> None:
    text = "reply stop to unsubscribe: send the otp code now 退订"
    side: list[object] = []
    assert text_matcher().find_with_side(text, side) == text_matcher().find(text)
    assert side


def test_one_row_label_rows_and_calibration_equal_the_batch_arithmetic() -> None:
    model = bundled_model()
    rng = np.random.default_rng(3)
    logits = rng.normal(0.0, 4.0, size=(300, len(model.heads)))
    table = model.metadata["calibration"]
    languages = [rng.choice(["en", "vi", "th", "xx", None]) for _ in range(300)]
    batch = calibrate(logits, model.heads, languages, table)
    rows = _label_rows(batch, model.heads)
    for i in range(300):
        one = calibrate(logits[i : i + 1], model.heads, [languages[i]], table)
        assert one.tobytes() == batch[i : i + 1].tobytes()
        assert _label_rows(one, model.heads)[0] == rows[i]


def test_finds_any_answers_as_find_does() -> None:
    """``CueMatcher.finds_any`` (the scan stopped at the first word-bounded phrase) against
    ``bool(find(...))`` on every matcher shape: the advertising words (no unaccented
    automaton), the cue scan (side words, unaccented Vietnamese) and random mixes of their
    phrases glued to letters, digits and CJK text."""
    rng = random.Random(11)
    pieces = [
        "sale", "free", "giảm giá", "khuyen mai", "无料", "割引", "ส่วนลด", "할인", "otp", "usdt",
        "vui long", "tai khoan", "stop", "x", "1", " ", "。", "é", "ngân hàng", "opt out",
    ]  # fmt: skip
    texts = [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10))).lower()
        for _ in range(2000)
    ]
    for matcher in (advertising_matcher(), text_matcher()):
        for text in texts:
            assert matcher.finds_any(text) == bool(matcher.find(text)), text
