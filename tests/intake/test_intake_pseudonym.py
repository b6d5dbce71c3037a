"""Victim pseudonymisation: keyed, spelling-independent, and redacted from texts."""

from __future__ import annotations

from datetime import UTC, datetime

from tipoff.intake.analyse import Analyser
from tipoff.intake.prepare import prepare, redacted_copy
from tipoff.intake.redact import victim_identity
from tipoff.intake.schema import ReportIn, Victim
from tipoff.pseudonym import Pseudonymiser


def test_keyed_hash_ignores_spelling_but_depends_on_the_key() -> None:
    one, other = Pseudonymiser(b"k1"), Pseudonymiser(b"k2")
    assert one.hash("phone", "+81 90-1234-5678") == one.hash("phone", "819012345678")
    assert one.hash("name", "Taro  YAMADA") == one.hash("name", "taro yamada")
    assert one.hash("phone", "819012345678") != other.hash("phone", "819012345678")
    assert one.hash("name", "x") != one.hash("email", "x")


def test_victim_key_prefers_the_most_specific_field_and_keeps_only_chosen_attributes() -> None:
    pseudonymiser = Pseudonymiser(b"k")
    victim = Victim(
        name="Taro", phone="+81901234", age_band="70+", gender="male", keep=["age_band"]
    )
    stored = pseudonymiser.pseudonymise(victim)
    assert stored.victim_key == pseudonymiser.hash("phone", "+81901234")
    assert stored.attrs == {
        "age_band": "70+",
        "hashes": {"phone": stored.victim_key, "name": pseudonymiser.hash("name", "Taro")},
    }
    assert pseudonymiser.pseudonymise(None).victim_key is None
    assert pseudonymiser.pseudonymise(Victim(gender="female")).attrs == {"gender": "female"}


def test_redaction_catches_the_values_as_written_in_texts() -> None:
    victim = Victim(name="Taro Yamada", phone="090-1234-5678", email="t@y.jp")
    identity = victim_identity(ReportIn(external_id="r", victim=victim, victim_country="JP"))
    text = "I am taro  yamada, 090 1234 5678 / 09012345678, mail T@Y.JP"
    assert identity.redact(text) == "I am [victim], [victim] / [victim], mail [victim]"
    assert identity.redact("nothing here") == "nothing here"
    assert not victim_identity(ReportIn(external_id="r", victim=Victim(age_band="70+")))
    assert not victim_identity(ReportIn(external_id="r"))


def test_prepared_report_holds_no_victim_identity() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "narrative": "Taro Yamada paid",
            "loss": {"amount": "100", "currency": "USD"},
            "messages": [
                {"text": "Dear Taro Yamada"},
                {"text": "ok", "sender": "victim", "from_id": "+81 90 0000 1111"},
            ],
            "victim": {"name": "Taro Yamada", "national_id": "AB-123"},
            "payments": [
                {"amount": 1, "currency": "USD", "payee": "x", "payee_name": "for Taro Yamada"}
            ],
        }
    )
    clean = redacted_copy(report)
    analysis = Analyser(lambda t, **_: [], with_assessment=False).analyse(clean)
    ready = prepare(
        report,
        clean=clean,
        analysis=analysis,
        pseudonymiser=Pseudonymiser(b"k"),
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert "Taro" not in repr(ready) and "AB-123" not in repr(ready) and "1111" not in repr(ready)
    assert ready.narrative == "[victim] paid" and ready.victim_key == Pseudonymiser(b"k").hash(
        "national_id", "AB123"
    )
    assert ready.loss_usd is not None and abs(ready.loss_usd - 100.0) < 1e-9
