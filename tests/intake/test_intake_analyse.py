"""Which parts of a report are searched for indicators, and the role each sighting gets."""

from __future__ import annotations

import re

from tipoff.errors import ModelError
from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn
from tipoff.model import Assessment, FoundIndicator, IndicatorKind

TOKEN = re.compile(r"(phone|url|wallet|iban|email):(\S+)")


def tokens(text: str, *, country_hint: str | None = None) -> list[FoundIndicator]:
    """Test extractor: 'kind:value' tokens; records the hint in the raw text."""
    return [
        FoundIndicator(
            IndicatorKind(m.group(1)),
            m.group(2),
            m.start(),
            m.end(),
            f"{m.group(0)}@{country_hint}",
        )
        for m in TOKEN.finditer(text)
    ]


def test_every_part_is_searched_with_its_role() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "victim_country": "JP",
            "channel": "voice",
            "narrative": "see url:https://x.top and phone:+1",
            "messages": [
                {"text": "write me email:a@b.c", "from_id": "phone:+855", "sender": "scammer"},
                {"text": "my number phone:+81", "from_id": "phone:+8190", "sender": "victim"},
                {"text": "sms", "from_id": "phone:+66", "channel": "sms"},
            ],
            "payments": [
                {"amount": 1, "currency": "USD", "payee": "wallet:tron:T1"},
                {"amount": 2, "currency": "USD", "payee": "iban:DE89"},
            ],
            "identifiers": [{"value": "phone:+999", "role": "caller"}],
        }
    )
    found = [
        (s.source, s.kind, s.value, s.role)
        for s in Analyser(tokens, with_assessment=False).sightings(report)
    ]
    assert found == [
        ("narrative", "url", "https://x.top", "link"),
        ("narrative", "phone", "+1", "mentioned"),
        ("messages.0", "email", "a@b.c", "contact"),
        ("messages.0.from_id", "phone", "+855", "caller"),
        ("messages.1", "phone", "+81", "own"),  # "my number": the victim's own
        ("messages.2.from_id", "phone", "+66", "sender"),
        ("payments.0", "wallet", "tron:T1", "payee_wallet"),
        ("payments.1", "iban", "DE89", "payee_account"),
        ("identifiers.0", "phone", "+999", "caller"),
    ]
    spans = Analyser(tokens, with_assessment=False).sightings(report)
    assert spans[0].raw.endswith("@JP") and (spans[0].span_start, spans[0].span_end) == (4, 21)


def test_assessment_reads_narrative_and_scammer_messages_only() -> None:
    seen: list[tuple[list[str], str | None, str]] = []

    def assess_many(
        texts: list[str], *, lang: str | None = None, kind: str = "report"
    ) -> list[Assessment]:
        seen.append((texts, lang, kind))
        return [Assessment(0.8, {"romance": 0.8}, lang, model_version="t1") for _ in texts]

    reports = [
        ReportIn.model_validate(
            {
                "external_id": "r",
                "language": "ja",
                "narrative": "story",
                "messages": [{"text": "from scammer"}, {"text": "from victim", "sender": "victim"}],
            }
        ),
        ReportIn(external_id="empty", language="ja"),
        ReportIn(external_id="en", language="en", narrative="english"),
        ReportIn(external_id="ja2", language="ja", narrative="more"),
    ]
    results = Analyser(tokens, assess_many).analyse_many(reports)
    assert seen == [
        (["story\n\nfrom scammer", "more"], "ja", "report"),
        (["english"], "en", "report"),
    ]
    assert [r.assessment.language if r.assessment else None for r in results] == [
        "ja",
        None,
        "en",
        "ja",
    ]


def test_a_missing_model_leaves_reports_unassessed_not_rejected() -> None:
    def broken(texts: list[str], **_kw: object) -> list[Assessment]:
        raise ModelError("no model file")

    result = Analyser(tokens, broken).analyse(ReportIn(external_id="r", narrative="phone:+1"))
    assert result.assessment is None and [s.value for s in result.sightings] == ["+1"]


def test_the_real_extractor_finds_indicators_in_a_report() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "victim_country": "JP",
            "narrative": "He said call +855 12 345 678 and visit https://bit-invest.top/login",
            "payments": [
                {"amount": 100, "currency": "USD", "payee": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"}
            ],
        }
    )
    found = {(s.kind, s.role) for s in Analyser(with_assessment=False).sightings(report)}
    assert {("phone", "mentioned"), ("url", "link"), ("wallet", "payee_wallet")} <= found


def test_explicit_identifiers_with_a_kind_hint_are_keyed_by_it() -> None:
    # Before: {"value": "yuki88", "kind": "line"} gave no indicator (the hint was ignored).
    report = ReportIn.model_validate(
        {
            "external_id": "h",
            "victim_country": "JP",
            "narrative": "LINE ID: yuki88 から連絡",
            "identifiers": [
                {"value": "yuki88", "kind": "line", "role": "contact"},
                {"value": "090-1234-5678", "kind": "phone"},
                {"value": "yuki88", "kind": "phone"},  # the hint cannot make it valid
                {"value": "+855 12 345 678"},  # no hint: extracted as before
            ],
        }
    )
    found = Analyser(with_assessment=False).sightings(report)
    explicit = {(s.source, s.kind, s.value, s.role) for s in found if s.source != "narrative"}
    assert explicit == {
        ("identifiers.0", "handle", "line:yuki88", "contact"),
        ("identifiers.1", "phone", "+819012345678", "mentioned"),
        ("identifiers.3", "phone", "+85512345678", "mentioned"),
    }
    # The same key as the handle written in the narrative, so the two link.
    assert ("handle", "line:yuki88") in {
        (s.kind, s.value) for s in found if s.source == "narrative"
    }


def test_a_sender_id_is_keyed_on_its_messages_channel() -> None:
    # Before: "linda_btc9206" sent on Telegram gave no indicator (a bare name names no
    # platform, and the message's channel was not read), so it never met the same handle
    # written "Telegram: linda_btc9206" in another report.
    report = ReportIn.model_validate(
        {
            "external_id": "s",
            "victim_country": "TH",
            "channel": "voice",
            "messages": [
                {"text": "hello", "from_id": "linda_btc9206", "channel": "telegram"},
                {"text": "hi", "from_id": "yuki88", "channel": "LINE"},
                {"text": "call me", "from_id": "0812345678", "channel": "sms"},
                {"text": "?", "from_id": "somebody"},  # no channel: nothing to key it by
                {"text": "!", "from_id": "x", "channel": "telegram"},  # no Telegram name
            ],
        }
    )
    found = Analyser(with_assessment=False).sightings(report)
    assert {(s.source, s.kind, s.value, s.role) for s in found if "from_id" in s.source} == {
        ("messages.0.from_id", "handle", "telegram:linda_btc9206", "sender"),
        ("messages.1.from_id", "handle", "line:yuki88", "sender"),
        ("messages.2.from_id", "phone", "+66812345678", "sender"),
    }
    narrative = ReportIn.model_validate(
        {"external_id": "n", "narrative": "แอด Telegram: linda_btc9206 แล้วโอนเงิน"}
    )
    assert ("handle", "telegram:linda_btc9206") in {
        (s.kind, s.value) for s in Analyser(with_assessment=False).sightings(narrative)
    }


def test_roles_come_from_the_words_the_field_and_the_value() -> None:
    """A third party the victim cites is a reference; the scam's own values keep their role."""
    report = ReportIn.model_validate(
        {
            "external_id": "roles",
            "victim_country": "JP",
            "channel": "voice",
            "narrative": (
                "He told me to pay to 三井住友銀行 751-1225813. "
                "Afterwards I called the police at 03-3581-4321 and reported it to npa.go.jp."
            ),
            "messages": [
                {
                    "text": "This is the police. Call me back on 090-2222-3333.",
                    "from_id": "03-5555-0110",
                    "sender": "scammer",
                },
                {"text": "I will ask my bank's hotline 0120-104-694 first.", "sender": "victim"},
            ],
            "payments": [{"payee": "みずほ銀行 1234567", "amount": 1000, "currency": "JPY"}],
            "identifiers": [{"value": "https://www.npa.go.jp/", "kind": "url"}],
        }
    )
    roles = {(s.source, s.value): s.role for s in Analyser(with_assessment=False).sightings(report)}
    assert roles[("narrative", "JP:0009:1225813")] == "payee_account"
    assert roles[("narrative", "+81335814321")] == "reference"
    assert roles[("narrative", "npa.go.jp")] == "reference"
    # The scammer's words around his own number do not make it the police's.
    assert roles[("messages.0", "+819022223333")] == "contact"
    assert roles[("messages.0.from_id", "+81355550110")] == "caller"
    assert roles[("messages.1", "+81120104694")] == "reference"
    assert roles[("payments.0", "JP:0001:1234567")] == "payee_account"
    # An official host is a reference in any field but a payee.
    assert roles[("identifiers.0", "https://www.npa.go.jp/")] == "reference"


def test_a_value_the_reporter_listed_as_the_scams_is_never_a_reference_in_the_report() -> None:
    """Police words around the fake officer's number do not outweigh the reporter's field."""
    narrative = "I called the police officer back at 03-6666-1234 to check."
    listed = {
        "external_id": "marked",
        "victim_country": "JP",
        "narrative": narrative,
        "identifiers": [{"value": "03-6666-1234", "kind": "phone", "role": "contact"}],
    }
    unlisted = {**listed, "external_id": "unmarked", "identifiers": []}
    analyser = Analyser(with_assessment=False)
    marked = {
        (s.source, s.value): s.role for s in analyser.sightings(ReportIn.model_validate(listed))
    }
    assert marked[("narrative", "+81366661234")] == "contact"
    assert marked[("identifiers.0", "+81366661234")] == "contact"
    # The same words without the field: the victim's words decide (a reference).
    plain = {s.source: s.role for s in analyser.sightings(ReportIn.model_validate(unlisted))}
    assert plain["narrative"] == "reference"
    # An explicit identifier without a role says nothing about whose it is.
    mentioned = {**listed, "identifiers": [{"value": "03-6666-1234", "kind": "phone"}]}
    roles = {s.source: s.role for s in analyser.sightings(ReportIn.model_validate(mentioned))}
    assert roles["narrative"] == "reference"


def test_an_account_the_words_call_a_sellers_is_a_service_in_the_payment_too() -> None:
    """The victim paid a USDT seller's account and sent the coins to the crew's wallet: the
    payment to the seller is no payment to the crew, the wallet stays the crew's."""
    report = {
        "external_id": "otc",
        "victim_country": "PH",
        "narrative": (
            "They told me to buy USDT from a merchant. I paid the merchant's account "
            "BPI 3089123456 and sent the coins to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t."
        ),
        "payments": [
            {"amount": "5000", "currency": "PHP", "payee": "BPI 3089123456"},
            {"amount": "5000", "currency": "PHP", "payee": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"},
        ],
        "identifiers": [{"value": "BPI 3089123456", "role": "payee_account"}],
    }
    found = Analyser(with_assessment=False).sightings(ReportIn.model_validate(report))
    roles = {(s.source, s.kind): s.role for s in found}
    assert roles[("narrative", "bank_account")] == "service"
    assert roles[("payments.0", "bank_account")] == "service"
    # the reporter said payee: their explicit role stands
    assert roles[("identifiers.0", "bank_account")] == "payee_account"
    assert roles[("payments.1", "wallet")] == "payee_wallet"
    assert roles[("narrative", "wallet")] != "service"


def test_the_victims_own_account_is_theirs_in_every_part_but_a_payee() -> None:
    """The account the victim paid from is their own where they list it without a role, and
    where the scammer's message quotes it; the crew's payee beside it stays the crew's, and
    an account the reporter gives as a payee is one whatever the words say."""
    report = {
        "external_id": "own",
        "victim_country": "ID",
        "narrative": "Saya transfer dari rekening saya BCA 1234567890 ke BRI 0987 6543 2109.",
        "messages": [{"text": "Refund akan dikirim ke BCA 1234567890.", "sender": "scammer"}],
        "identifiers": [{"value": "BCA 1234567890"}],
    }
    analyser = Analyser(with_assessment=False)
    found = analyser.sightings(ReportIn.model_validate(report))
    roles = {(s.source, s.value): s.role for s in found}
    assert roles[("narrative", "ID:014:1234567890")] == "own"
    assert roles[("identifiers.0", "ID:014:1234567890")] == "own"
    assert roles[("messages.0", "ID:014:1234567890")] == "own"
    assert roles[("narrative", "ID:002:098765432109")] != "own"
    paid = {**report, "payments": [{"amount": "100", "currency": "IDR", "payee": "BCA 1234567890"}]}
    roles = {(s.source, s.value): s.role for s in analyser.sightings(ReportIn.model_validate(paid))}
    assert roles[("payments.0", "ID:014:1234567890")] == "payee_account"
    assert roles[("narrative", "ID:014:1234567890")] == "payee_account"


def test_a_bare_sender_id_is_an_account_on_the_channel_its_message_names() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "victim_country": "TH",
            "channel": "messaging_app",
            "messages": [
                {"text": "hello", "from_id": "yuki88", "channel": "line"},
                {"text": "hi", "from_id": "john.doe", "channel": "Telegram"},
                {"text": "pay now", "from_id": "wang.lucky"},  # no messenger named
                {"text": "sms", "from_id": "bank88", "channel": "sms"},  # no messenger named
            ],
        }
    )
    found = {
        (s.source, s.kind, s.value, s.role)
        for s in Analyser(with_assessment=False).sightings(report)
    }
    assert found == {
        ("messages.0.from_id", "handle", "line:yuki88", "sender"),
        ("messages.1.from_id", "handle", "telegram:john_doe", "sender"),
    }


def test_social_accounts_are_keyed_by_hint_and_by_channel() -> None:
    # Before: {"kind": "instagram", "value": "@nina.admin9261"} was keyed
    # telegram:nina_admin9261 (the hint was unknown, "@" made it a Telegram guess), and a
    # sender id on an Instagram channel gave nothing (only messengers' channels were read).
    report = ReportIn.model_validate(
        {
            "external_id": "social",
            "channel": "social_dm",
            "messages": [
                {"text": "hi dear", "from_id": "nina.admin9261", "channel": "instagram"},
                {"text": "send it", "from_id": "@yuki.service8993", "channel": "Snapchat"},
                {"text": "ok", "from_id": "linda.shop", "channel": "instagram"},
                {"text": "pay", "from_id": "John.Smith55", "channel": "facebook_messenger"},
                {"text": "!", "from_id": "linda_btc9206", "channel": "telegram"},
            ],
            "identifiers": [
                {"value": "@nina.admin9261", "kind": "instagram", "role": "contact"},
                {"value": "CryptoKing_77", "kind": "twitter", "role": "contact"},
                {"value": "instagram.com/alexmgr3186", "kind": "ig", "role": "contact"},
            ],
        }
    )
    found = Analyser(with_assessment=False).sightings(report)
    keys = {(s.source, s.kind, s.value) for s in found if s.kind == "handle"}
    assert keys == {
        ("messages.0.from_id", "handle", "instagram:nina.admin9261"),
        ("messages.1.from_id", "handle", "snapchat:yuki.service8993"),
        ("messages.2.from_id", "handle", "instagram:linda.shop"),
        ("messages.3.from_id", "handle", "facebook:johnsmith55"),
        ("messages.4.from_id", "handle", "telegram:linda_btc9206"),
        ("identifiers.0", "handle", "instagram:nina.admin9261"),
        ("identifiers.1", "handle", "x:cryptoking_77"),
        ("identifiers.2", "handle", "instagram:alexmgr3186"),
    }


def test_a_value_the_words_give_another_crew_is_that_crews_in_every_part() -> None:
    """A victim of two crews names the second in passing and lists its value among the
    identifiers: the value is the other crew's (``other_crew``) in the list as in the words;
    the crew reported keeps its own."""
    report = {
        "external_id": "two-crews",
        "victim_country": "PH",
        "narrative": (
            "They called me from 0917 123 4567. Another gang also scammed me at the same "
            "time: they used BDO 0012 3456 7890."
        ),
        "identifiers": [
            {"value": "0917 123 4567", "kind": "phone", "role": "contact"},
            {"value": "BDO 0012 3456 7890", "role": "payee_account"},
        ],
    }
    found = Analyser(with_assessment=False).sightings(ReportIn.model_validate(report))
    roles = {(s.source, s.kind): s.role for s in found}
    assert roles[("narrative", "bank_account")] == "other_crew"
    assert roles[("identifiers.1", "bank_account")] == "other_crew"
    assert roles[("identifiers.0", "phone")] == "contact"
    assert roles[("narrative", "phone")] != "other_crew"
