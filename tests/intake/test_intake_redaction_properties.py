"""Property tests: the victim's phone, email and CJK name are redacted in any spelling.

A victim identifier is generated, written the way people write it (E.164, international with
spaces or dashes, national with or without the trunk prefix, full-width digits, dots, case,
full-width @, with or without a space inside a CJK name), embedded in a narrative and
messages in several languages, and put through the intake's preparation. Nothing stored may
contain it and no sighting may carry its canonical value; a scammer's number beside it must
still be found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

import phonenumbers
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Preparer
from tipoff.intake.schema import ReportIn
from tipoff.intake.spellings import Folded, matching_fold
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.records import NewReport

NOW = datetime(2026, 1, 1, tzinfo=UTC)
REGIONS = ["JP", "KR", "CN", "TH", "VN", "US", "GB", "PH", "ID", "MY", "SG", "AU", "IN", "KH"]
SCAMMER, SCAMMER_E164 = "+855 23 430 715", "+85523430715"
TEMPLATES = [
    "私の電話番号は{}です。",
    "電話{}に連絡してください",
    "我的电话是{}，请联系我",
    "제 번호는 {} 입니다",
    "เบอร์ของฉันคือ {} ค่ะ",
    "Số của tôi là {}.",
    "Call me at {}, thanks",
    "{}",
    "Nomor saya {} ya",
]
FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PREPARER = Preparer(Pseudonymiser(b"k"), Analyser(with_assessment=False))


def prepared(report: dict[str, Any]) -> NewReport:
    [ready] = PREPARER.prepare_batch("X", [ReportIn.model_validate(report)], NOW)
    assert isinstance(ready, NewReport)
    return ready


def stored_texts(ready: NewReport) -> list[str]:
    texts = [ready.narrative, json.dumps([ready.messages, ready.payments], ensure_ascii=False)]
    texts += [f"{s.value} {s.raw}" for s in ready.sightings]
    return [unicodedata.normalize("NFKC", t).casefold() for t in texts]


@st.composite
def victim_phones(draw: st.DrawFn) -> tuple[str, phonenumbers.PhoneNumber]:
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    tail = draw(st.integers(0, 9999))
    number = phonenumbers.parse(nsn[:-4] + f"{tail:04d}", region)
    assume(phonenumbers.is_valid_number(number))
    return region, number


def spellings(number: phonenumbers.PhoneNumber) -> list[str]:
    fmt = phonenumbers.PhoneNumberFormat
    e164 = phonenumbers.format_number(number, fmt.E164)
    international = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    national_digits = re.sub(r"\D", "", national)
    return [
        e164,
        international,
        international.replace(" ", "-"),
        "00" + e164[1:],
        national,
        national_digits,
        national.replace(" ", ".").replace("-", "."),
        national_digits.translate(FULL_WIDTH),
        national.translate(FULL_WIDTH),
        international.translate(FULL_WIDTH),
        national.translate(THAI_DIGITS),
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    victim_phones(),
    st.data(),
    st.sampled_from(["e164", "international", "national"]),
)
def test_victim_phone_in_any_spelling_is_neither_stored_nor_an_indicator(
    drawn: tuple[str, phonenumbers.PhoneNumber], data: st.DataObject, given_as: str
) -> None:
    region, number = drawn
    fmt = {
        "e164": phonenumbers.PhoneNumberFormat.E164,
        "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    }[given_as]
    written = data.draw(st.lists(st.sampled_from(spellings(number)), min_size=1, max_size=3))
    templates = data.draw(
        st.lists(st.sampled_from(TEMPLATES), min_size=len(written), max_size=len(written))
    )
    texts = [
        template.format(spelling) for template, spelling in zip(templates, written, strict=True)
    ]
    ready = prepared(
        {
            "external_id": "p",
            "victim_country": region,
            "victim": {"phone": phonenumbers.format_number(number, fmt)},
            "narrative": " ".join(texts),
            "messages": [{"text": f"{texts[-1]} 詐欺師 {SCAMMER}"}],
        }
    )
    nsn = phonenumbers.national_significant_number(number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    for text in stored_texts(ready):
        assert nsn not in re.sub(r"\D", "", text), (texts, text)
    assert all(e164 not in s.value for s in ready.sightings)
    assert any(s.value == SCAMMER_E164 for s in ready.sightings)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.from_regex(r"[a-z]{3,8}(\.[a-z]{2,6})?", fullmatch=True),
    st.sampled_from(["example.jp", "mail.example.co.kr", "example.com.vn"]),
    st.lists(
        st.sampled_from(["same", "upper", "title", "fullwidth_at", "fullwidth", "tag"]),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(TEMPLATES),
)
def test_victim_email_in_any_case_or_width_is_neither_stored_nor_an_indicator(
    local: str, domain: str, styles: list[str], template: str
) -> None:
    email = f"{local}@{domain}"
    spelt = {
        "same": email,
        "upper": email.upper(),
        "title": email.title(),
        "fullwidth_at": email.replace("@", "＠"),
        "fullwidth": email.translate(FULL_WIDTH),
        "tag": f"{local}+x@{domain}",
    }
    texts = [template.format(spelt[style]) for style in styles]
    ready = prepared(
        {
            "external_id": "e",
            "victim": {"email": email},
            "narrative": " / ".join(texts),
            "messages": [{"text": texts[0] + " contact scam99@fraud-mail.net"}],
        }
    )
    for text in stored_texts(ready):
        assert f"{local}@" not in text and f"{local}+x@" not in text, (texts, text)
    assert all(email not in s.value for s in ready.sightings)
    assert any(s.value == "scam99@fraud-mail.net" for s in ready.sightings)


FAMILY = ["鈴木", "佐藤", "高橋", "欧阳", "诸葛", "김", "박", "王", "李", "陳"]
GIVEN = ["花子", "翔太", "美咲", "小明", "娜娜", "민준", "서연", "娜", "伟", "志明"]
NAME_TEMPLATES = ["私は{}です。", "我叫{}，谢谢", "저는 {}입니다", "名前：{}", "{}"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(FAMILY),
    st.sampled_from(GIVEN),
    st.sampled_from(["", " ", "　"]),
    st.lists(st.sampled_from(["", " ", "　", "・"]), min_size=1, max_size=3),
    st.sampled_from(NAME_TEMPLATES),
    st.booleans(),
)
def test_victim_cjk_name_with_or_without_spaces_is_not_stored(
    family: str,
    given_name: str,
    given_gap: str,
    written_gaps: list[str],
    template: str,
    given_alone: bool,
) -> None:
    texts = [template.format(family + gap + given_name) for gap in written_gaps]
    splittable = given_gap or len(family + given_name) in (3, 4)
    if given_alone and len(given_name) >= 2 and splittable:
        texts.append(template.format(given_name))
    ready = prepared(
        {
            "external_id": "n",
            "victim": {"name": family + given_gap + given_name},
            "narrative": "".join(texts),
            "messages": [{"text": texts[-1]}],
        }
    )
    for text in stored_texts(ready):
        squeezed = re.sub(r"[\s・]+", "", text)
        assert family + given_name not in squeezed, (texts, text)
        if given_alone and len(given_name) >= 2 and splittable:
            assert given_name not in squeezed, (texts, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_the_matching_fold_keeps_every_character_in_place(text: str) -> None:
    folded = matching_fold(text)
    assert len(folded) == len(text)
    squeezed = Folded(text)
    assert [folded[i] for i in squeezed.positions] == list(squeezed.squeezed)
