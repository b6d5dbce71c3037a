"""A victim's identity never reaches stored text or indicators, whatever its spelling.

Each test here is a reproduced finding: the victim's own phone, name, email, id or handle
written differently from the victim fields was stored in clear and became an indicator.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from tipoff.check import check_text, known_keys
from tipoff.indicators import extract
from tipoff.intake import redact
from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Intake, Preparer
from tipoff.intake.prepare import redacted_copy
from tipoff.intake.schema import ReportIn
from tipoff.model import Assessment
from tipoff.pseudonym import Pseudonymiser
from tipoff.store import migrate
from tipoff.store.records import NewReport
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SCAMMER = "+63 917 123 4567"


def prepared(report: dict[str, Any]) -> NewReport:
    """``report`` through the intake's preparation (redaction, extraction, pseudonyms)."""
    preparer = Preparer(Pseudonymiser(b"k"), Analyser(with_assessment=False))
    [ready] = preparer.prepare_batch(
        "JP", [ReportIn.model_validate({"external_id": "r", **report})], NOW
    )
    assert isinstance(ready, NewReport)
    return ready


def stored_texts(ready: NewReport) -> list[str]:
    """Every text of ``ready`` that is stored, NFKC-normalised and case-folded."""
    texts = [
        ready.narrative,
        json.dumps([ready.messages, ready.payments, ready.identifiers], ensure_ascii=False),
    ]
    texts += [f"{s.kind} {s.value} {s.raw}" for s in ready.sightings]
    return [unicodedata.normalize("NFKC", t).casefold() for t in texts]


def digit_runs(ready: NewReport) -> list[str]:
    return [re.sub(r"\D", "", t) for t in stored_texts(ready)]


def values(ready: NewReport) -> set[tuple[str, str]]:
    return {(s.kind, s.value) for s in ready.sightings}


def test_victim_phone_in_national_and_other_spellings_is_redacted_and_never_an_indicator() -> None:
    ready = prepared(
        {
            "victim_country": "JP",
            "victim": {"phone": "+81 90-1234-5678"},
            "narrative": "My number is 090-1234-5678 (also 090 1234 5678). He called from "
            + SCAMMER,
            "messages": [
                {"text": "Call me back on ０９０１２３４５６７８ or wa.me/819012345678"},
                {"text": "私の電話番号は090.1234.5678です", "sender": "victim"},
            ],
            "identifiers": [{"value": "0901234 5678", "role": "contact"}],
        }
    )
    assert not any("9012345678" in run for run in digit_runs(ready))
    assert not any("+819012345678" in value for _, value in values(ready))
    assert ("phone", "+639171234567") in values(ready)  # the scammer's number is still found
    assert "[victim]" in ready.narrative


def test_public_check_does_not_call_the_victims_own_number_known(engine: Engine) -> None:
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("JP", "JP", "JP", at=NOW)
    intake = Intake(
        store, Pseudonymiser(b"k"), clock=lambda: NOW, analyser=Analyser(with_assessment=False)
    )
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "victim_country": "JP",
            "victim": {"phone": "+81 90-1234-5678"},
            "narrative": "They said call 090 1234 5678 is mine; scammer used " + SCAMMER,
        }
    )
    intake.submit(agency, [report], actor="t")

    def lookup(keys: Any) -> set[tuple[str, str]]:
        with engine.connect() as connection:
            return known_keys(connection, keys, Viewer.operator())

    def assess(_text: str, _kind: str) -> Assessment:
        return Assessment(scam_probability=0.0, labels={}, language=None)

    def extractor(text: str) -> list[Any]:
        return list(extract(text, country_hint="JP"))

    victim = check_text("090-1234-5678", "message", assess, extractor, lookup)
    assert [i.known for i in victim.identifiers] == [False]
    assert victim.verdict == "no_known_signs"
    scammer = check_text(SCAMMER, "message", assess, extractor, lookup)
    assert [i.known for i in scammer.identifiers] == [True]


@pytest.mark.parametrize(
    ("name", "text", "gone"),
    [
        ("鈴木 花子", "私は鈴木花子です。花子と呼んでください。", ["鈴木花子", "花子"]),
        ("鈴木花子", "鈴木 花子と申します。花子です。鈴木です", ["鈴木花子", "花子", "鈴木"]),
        ("李娜", "我叫李娜，李 娜是我的名字", ["李娜"]),
        ("王小明", "我是王小明，小明的朋友", ["王小明", "小明"]),
        ("김민준", "저는 김민준입니다. 민준씨라고 불러요", ["김민준", "민준"]),
        ("Hanako Suzuki", "hi, hanako here. HANAKO SUZUKI. Suzuki-san", ["hanako", "suzuki"]),
        ("Suzuki Hanako", "Hanako Suzuki and SUZUKI", ["hanako", "suzuki"]),
        ("Nguyễn Thị Lan", "Tôi là Nguyen Thi Lan, Lan đây. Nguyễn", ["nguyen", "lan"]),
        ("ＨＡＮＡＫＯ Ｓｕｚｕｋｉ", "Hanako Suzuki", ["hanako", "suzuki"]),
    ],
)
def test_victim_name_in_other_spellings_and_its_parts_are_redacted(
    name: str, text: str, gone: list[str]
) -> None:
    ready = prepared({"victim": {"name": name}, "narrative": text, "messages": [{"text": text}]})
    for stored in stored_texts(ready):
        squeezed = re.sub(r"\s+", "", stored)
        for fragment in gone:
            assert fragment not in squeezed, (fragment, stored)


def test_short_and_common_word_latin_names_do_not_redact_ordinary_words() -> None:
    ready = prepared(
        {
            "victim": {"name": "May Li"},
            "narrative": "you may pay the national fee. May Li paid, then li said LI. Linda may.",
        }
    )
    assert ready.narrative == (
        "you may pay the national fee. [victim] paid, then [victim] said [victim]. Linda may."
    )


def test_victim_email_case_and_full_width_spellings_are_redacted() -> None:
    ready = prepared(
        {
            "victim": {"email": "hanako.suzuki@example.jp"},
            "narrative": "mail HANAKO.SUZUKI＠EXAMPLE.JP or Hanako.Suzuki@Example.JP",
            "messages": [{"text": "write to hanako.suzuki+bank@example.jp, boss@fraud-mail.net"}],
        }
    )
    assert not any("hanako.suzuki" in text for text in stored_texts(ready))
    assert ("email", "boss@fraud-mail.net") in values(ready)
    assert all(kind != "email" or "hanako" not in value for kind, value in values(ready))


def test_victim_national_id_in_other_spellings_is_redacted() -> None:
    ready = prepared(
        {
            "victim_country": "JP",
            "victim": {"national_id": "1234-5678-9012"},
            "narrative": "My Number: １２３４ ５６７８ ９０１２, again 123456789012.",
        }
    )
    assert not any("123456789012" in run for run in digit_runs(ready))


def test_victims_own_handle_from_their_messages_is_redacted_and_never_an_indicator() -> None:
    ready = prepared(
        {
            "victim_country": "JP",
            "narrative": "He asked for my LINE ID: Hanako_S and I gave it. His LINE ID: scam_boss",
            "messages": [{"text": "ok", "sender": "victim", "from_id": "LINE: hanako_s"}],
        }
    )
    assert ("handle", "line:hanako_s") not in values(ready)
    assert ("handle", "line:scam_boss") in values(ready)
    assert not any("hanako_s" in text for text in stored_texts(ready))


def test_analysis_drops_the_victims_identifiers_even_if_redaction_missed_them() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "victim_country": "VN",
            "victim": {"phone": "0912 345 678", "email": "lan@example.vn"},
            "narrative": "Zalo 0912345678, mail LAN@example.vn, scammer " + SCAMMER,
        }
    )
    found = values(Analyser(with_assessment=False).analyse(report))  # not redacted first
    assert not any("912345678" in value or "lan@" in value for _, value in found)
    assert ("phone", "+639171234567") in found


def test_no_victim_identifiers_means_no_extra_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str, **kwargs: Any) -> list[Any]:
        calls.append(text)
        return list(extract(text, **kwargs))

    monkeypatch.setattr(redact, "extract", counting)
    text = {"narrative": "call 090-1111-2222", "messages": [{"text": "x 090-1111-2222"}]}
    assert redacted_copy(ReportIn.model_validate({"external_id": "a", **text})).narrative == (
        "call 090-1111-2222"
    )
    assert calls == []
    # Identifiers given but not mentioned: neither the texts nor the victim's phone and email
    # are extracted (canonicalised by kind); an id of unknown kind is, once.
    victim = {
        "victim": {"phone": "+81 90-5555-0101", "email": "a@b.jp", "national_id": "X-99-77"},
        "victim_country": "JP",
    }
    redacted_copy(ReportIn.model_validate({"external_id": "b", **text, **victim}))
    assert calls == ["X-99-77"]


def test_a_national_victim_number_without_a_country_is_still_redacted() -> None:
    ready = prepared(
        {
            "victim": {"phone": "090-1234-5678"},
            "narrative": "me: +81 90 1234 5678, 090 1234 5678; him: " + SCAMMER,
        }
    )
    assert not any("9012345678" in run for run in digit_runs(ready))
    assert ("phone", "+639171234567") in values(ready)


def test_a_name_inside_a_scammers_address_or_handle_leaves_that_indicator_whole() -> None:
    ready = prepared(
        {
            "victim": {"name": "Suzuki Hanako"},
            "narrative": "Suzuki. Write suzuki.support@fraud-mail.net or Telegram @suzuki_help.",
        }
    )
    assert ready.narrative.startswith("[victim]. Write suzuki.support@fraud-mail.net")
    assert {("email", "suzuki.support@fraud-mail.net"), ("handle", "telegram:suzuki_help")} <= (
        values(ready)
    )
