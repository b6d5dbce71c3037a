"""The ReportStore contract, run against SQLite, PostgreSQL and the in-memory fake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.store.protocol import ReportStore
from tipoff.store.records import AuditEntry, NewReport, NewSighting, NewVerdict, ReportFilter
from tipoff.visibility import Viewer

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _report(external_id: str, **fields: object) -> NewReport:
    base: dict[str, object] = {"external_id": external_id, "received_at": T0, "tlp": "amber"}
    return NewReport(**(base | fields))  # type: ignore[arg-type]


def _phone(number: str, source: str = "narrative", role: str = "caller") -> NewSighting:
    return NewSighting("phone", number, role, number, source, 0, len(number), 0.9)


def test_agencies_are_created_listed_and_unique(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
    report_store.add_agency("KH-ACD", "Anti-Cybercrime Dept", "KH", at=T0)
    assert report_store.get_agency("JP-NPA") == jp
    assert [a.code for a in report_store.list_agencies()] == ["JP-NPA", "KH-ACD"]
    with pytest.raises(Conflict):
        report_store.add_agency("JP-NPA", "again", "JP", at=T0)
    with pytest.raises(NotFound):
        report_store.get_agency("XX")


def test_api_keys_are_found_by_prefix(report_store: ReportStore) -> None:
    assert not report_store.has_api_keys()
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    report_store.add_api_key(jp, "abcd1234", "f" * 64, at=T0)
    assert report_store.has_api_keys()
    [record] = report_store.find_api_keys("abcd1234")
    assert (record.agency.code, record.key_hash) == ("JP-NPA", "f" * 64)
    assert report_store.find_api_keys("00000000") == []


def test_save_is_idempotent_per_agency_and_external_id(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    first = report_store.save_reports(
        jp, [_report("a"), _report("b"), _report("a")], at=T0, actor="t"
    )
    assert [(s.external_id, s.created) for s in first] == [("a", True), ("b", True), ("a", False)]
    assert first[0].id == first[2].id != first[1].id
    again = report_store.save_reports(jp, [_report("b"), _report("c")], at=T0, actor="t")
    assert (again[0].id, again[0].created, again[1].created) == (first[1].id, False, True)
    other = report_store.save_reports(kh, [_report("a")], at=T0, actor="t")
    assert other[0].created and other[0].id not in {s.id for s in first}
    assert report_store.counts().reports == 4


def test_report_round_trips_with_sightings(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    new = _report(
        "r1",
        occurred_at=T0 - timedelta(days=3),
        victim_country="JP",
        language="ja",
        channel="sms",
        narrative="call +855 12 345 678",
        messages=[{"text": "hello", "sender": "scammer"}],
        loss_amount=Decimal("1500000.5"),
        loss_currency="JPY",
        loss_usd=10000.0,
        payments=[{"amount": "1500000.5", "currency": "JPY", "payee": "x"}],
        victim_key="ab" * 32,
        victim_attrs={"age_band": "60-69"},
        scam_type="romance",
        scam_probability=0.93,
        assessment={"labels": {"romance": 0.93}},
        model_version="m1",
        sightings=(_phone("+85512345678"), _phone("+85512345678", "messages.0", "contact")),
    )
    [saved] = report_store.save_reports(jp, [new], at=T0, actor="t")
    got = report_store.get_report(saved.id, viewer=Viewer.agency(jp.id))
    assert (got.agency_code, got.external_id, got.received_at) == ("JP-NPA", "r1", T0)
    assert got.occurred_at == T0 - timedelta(days=3)
    assert got.loss_amount == Decimal("1500000.5") and got.loss_usd == 10000.0
    assert got.messages == [{"text": "hello", "sender": "scammer"}]
    assert got.victim_attrs == {"age_band": "60-69"} and got.assessment == {
        "labels": {"romance": 0.93}
    }
    assert [(s.source, s.role, s.value) for s in got.sightings] == [
        ("narrative", "caller", "+85512345678"),
        ("messages.0", "contact", "+85512345678"),
    ]
    assert report_store.counts().indicators == 1 and report_store.counts().sightings == 2


def test_indicators_are_shared_across_reports_and_batches(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    report_store.save_reports(
        jp, [_report("a", sightings=(_phone("+1"), _phone("+2")))], at=T0, actor="t"
    )
    report_store.save_reports(jp, [_report("b", sightings=(_phone("+2"),))], at=T0, actor="t")
    report_store.save_reports(jp, [_report("b", sightings=(_phone("+3"),))], at=T0, actor="t")
    counts = report_store.counts()
    assert (counts.reports, counts.indicators, counts.sightings) == (2, 2, 3)


def test_tlp_limits_what_other_agencies_see(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    saved = report_store.save_reports(
        jp,
        [_report(name, tlp=name) for name in ("clear", "green", "amber", "amber+strict", "red")],
        at=T0,
        actor="t",
    )
    ids = {s.external_id: s.id for s in saved}
    seen_by_kh = report_store.list_reports(
        ReportFilter(), viewer=Viewer.agency(kh.id), limit=10
    ).items
    assert sorted(r.tlp for r in seen_by_kh) == ["amber", "clear", "green"]
    assert (
        len(report_store.list_reports(ReportFilter(), viewer=Viewer.agency(jp.id), limit=10).items)
        == 5
    )
    with pytest.raises(NotFound):
        report_store.get_report(ids["red"], viewer=Viewer.agency(kh.id))
    assert report_store.get_report(ids["red"], viewer=Viewer.agency(jp.id)).tlp == "red"
    assert (
        len(report_store.list_reports(ReportFilter(), viewer=Viewer.operator(), limit=10).items)
        == 5
    )  # the operator
    assert report_store.get_report(ids["red"], viewer=Viewer.operator()).tlp == "red"
    with pytest.raises(NotFound) as absent:
        report_store.get_report(999_999, viewer=Viewer.agency(kh.id))
    with pytest.raises(NotFound) as hidden:
        report_store.get_report(ids["red"], viewer=Viewer.agency(kh.id))
    # not found and not allowed read the same (bar the id asked for)
    assert str(hidden.value).replace(str(ids["red"]), "N") == str(absent.value).replace(
        "999999", "N"
    )
    public = report_store.list_reports(ReportFilter(), viewer=Viewer.public(), limit=10).items
    assert [r.tlp for r in public] == ["clear"]
    greens = Viewer.public(include_green=True)
    assert sorted(
        r.tlp for r in report_store.list_reports(ReportFilter(), viewer=greens, limit=10).items
    ) == ["clear", "green"]


def test_listing_filters_and_cursor_pagination(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    batch = [
        _report(
            f"r{i}",
            victim_country="JP" if i % 2 else "KR",
            channel="sms" if i < 5 else "voice",
            scam_type="romance" if i % 3 else "investment",
            received_at=T0 + timedelta(hours=i),
        )
        for i in range(12)
    ]
    report_store.save_reports(jp, batch, at=T0, actor="t")
    report_store.save_reports(kh, [_report("k1", victim_country="JP")], at=T0, actor="t")
    pages, cursor = [], None
    while True:
        page = report_store.list_reports(
            ReportFilter(agency="JP-NPA"), viewer=Viewer.agency(jp.id), limit=5, cursor=cursor
        )
        pages.append([r.external_id for r in page.items])
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [name for page_ids in pages for name in page_ids] == [
        f"r{i}" for i in reversed(range(12))
    ]
    jp_sms = report_store.list_reports(
        ReportFilter(country="jp", channel="sms"), viewer=Viewer.agency(jp.id), limit=50
    )
    assert [r.external_id for r in jp_sms.items] == ["r3", "r1"]
    window = ReportFilter(
        received_from=T0 + timedelta(hours=2), received_to=T0 + timedelta(hours=4), agency="JP-NPA"
    )
    assert [
        r.external_id
        for r in report_store.list_reports(window, viewer=Viewer.agency(jp.id), limit=50).items
    ] == ["r3", "r2"]
    typed = report_store.list_reports(
        ReportFilter(scam_type="investment"), viewer=Viewer.agency(jp.id), limit=50
    )
    assert {r.external_id for r in typed.items} == {"r0", "r3", "r6", "r9"}


def test_malformed_cursor_is_a_validation_error(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    with pytest.raises(ValidationError) as caught:
        report_store.list_reports(
            ReportFilter(), viewer=Viewer.agency(jp.id), limit=5, cursor="c1.!!!"
        )
    assert caught.value.path == "query.cursor"


def test_audit_trail_records_writes_and_appended_entries(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    report_store.save_reports(jp, [_report("a"), _report("b")], at=T0, actor="agency:JP-NPA")
    report_store.append_audit(AuditEntry(T0, "agency:JP-NPA", "export", "report", None, {"n": 2}))
    newest, write = report_store.audit_entries(limit=2)
    assert (newest.action, newest.detail, newest.at) == ("export", {"n": 2}, T0)
    assert (write.action, write.actor, write.object_ref) == ("write", "agency:JP-NPA", "JP-NPA")
    assert write.detail["created"] == 2


def test_verdicts_are_stored_with_who_and_when(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    [saved] = report_store.save_reports(
        jp,
        [_report("r1", messages=[{"text": "pay now", "sender": "scammer"}])],
        at=T0,
        actor="t",
    )
    later = T0 + timedelta(hours=2)
    on_report = report_store.add_verdict(
        jp,
        NewVerdict(saved.id, "scam", scam_type="impersonation.authority", note="called twice"),
        actor="user:aiko",
        at=later,
    )
    on_message = report_store.add_verdict(
        jp, NewVerdict(saved.id, "spam", message_index=0), actor="key:abcd1234", at=later
    )
    assert (on_report.agency_code, on_report.actor, on_report.created_at) == (
        "JP-NPA",
        "user:aiko",
        later,
    )
    listed = report_store.list_verdicts(viewer=Viewer.agency(jp.id), report_id=saved.id)
    assert listed == [on_report, on_message]
    assert listed[0].scam_type == "impersonation.authority" and listed[0].note == "called twice"
    assert (listed[1].message_index, listed[1].verdict) == (0, "spam")
    assert report_store.list_verdicts(viewer=Viewer.operator()) == listed
    # Another agency that may see the report sees the verdicts, not who gave them.
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    seen = report_store.list_verdicts(viewer=Viewer.agency(kh.id), report_id=saved.id)
    assert [(v.verdict, v.agency_code, v.actor) for v in seen] == [
        ("scam", "JP-NPA", "analyst"),
        ("spam", "JP-NPA", "analyst"),
    ]
    audit = report_store.audit_entries(limit=1)[0]
    assert (audit.action, audit.actor, audit.object_ref) == (
        "verdict",
        "key:abcd1234",
        str(saved.id),
    )
    assert "called twice" not in str(report_store.audit_entries(limit=5))
    with pytest.raises(ValidationError) as beyond:
        report_store.add_verdict(jp, NewVerdict(saved.id, "scam", 1), actor="t", at=T0)
    assert beyond.value.path == "message_index"
    with pytest.raises(ValidationError) as unknown:
        report_store.add_verdict(jp, NewVerdict(saved.id, "maybe"), actor="t", at=T0)
    assert unknown.value.path == "verdict"
    assert len(report_store.list_verdicts(viewer=Viewer.operator())) == 2


def test_verdicts_follow_report_visibility(report_store: ReportStore) -> None:
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    saved = report_store.save_reports(
        jp, [_report("amber", tlp="amber"), _report("red", tlp="red")], at=T0, actor="t"
    )
    amber, red = (s.id for s in saved)
    report_store.add_verdict(jp, NewVerdict(red, "scam"), actor="user:jp", at=T0)
    shared = report_store.add_verdict(kh, NewVerdict(amber, "not_scam"), actor="user:kh", at=T0)
    with pytest.raises(NotFound) as hidden:
        report_store.add_verdict(kh, NewVerdict(red, "not_scam"), actor="user:kh", at=T0)
    with pytest.raises(NotFound) as absent:
        report_store.add_verdict(kh, NewVerdict(999_999, "not_scam"), actor="user:kh", at=T0)
    assert str(hidden.value).replace(f"report {red} ", "report N ") == str(absent.value).replace(
        "report 999999 ", "report N "
    )
    with pytest.raises(NotFound):
        report_store.list_verdicts(viewer=Viewer.agency(kh.id), report_id=red)
    # KH sees the verdict on the AMBER report (its own) and nothing of the RED one.
    assert report_store.list_verdicts(viewer=Viewer.agency(kh.id)) == [shared]
    assert len(report_store.list_verdicts(viewer=Viewer.agency(jp.id))) == 2
    assert report_store.list_verdicts(viewer=Viewer.public()) == []


def test_only_the_owner_and_the_operator_read_victim_pseudonyms(report_store: ReportStore) -> None:
    """Another agency read every visible report's victim hashes and could test guesses
    against them through its own intake (attack F6)."""
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    attrs = {"age_band": "60-69", "hashes": {"name": "cd" * 32, "phone": "ab" * 32}}
    [saved] = report_store.save_reports(
        jp, [_report("v", victim_key="ab" * 32, victim_attrs=attrs)], at=T0, actor="t"
    )
    for viewer in (Viewer.agency(jp.id), Viewer.operator()):
        got = report_store.get_report(saved.id, viewer=viewer)
        assert got.victim_key == "ab" * 32 and got.victim_attrs == attrs
    other = Viewer.agency(kh.id)
    listed = report_store.list_reports(ReportFilter(), viewer=other, limit=10).items
    for got in (report_store.get_report(saved.id, viewer=other), *listed):
        assert got.victim_key is None and got.victim_attrs == {"age_band": "60-69"}
    # The owner's copy is untouched by what another reader got.
    assert report_store.get_report(saved.id, viewer=Viewer.agency(jp.id)).victim_attrs == attrs


def test_only_the_owner_and_the_operator_read_the_victims_own_values(
    report_store: ReportStore,
) -> None:
    """A victim's own account and number (role "own") are the victim's personal data: every
    store gave them in clear to any agency that could read the report (before ownpriv)."""
    jp = report_store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    kh = report_store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    account, caller, listed = "023-456789-0", "+855 12 777 4321", "+63 917 123 4567"
    narrative = f"Caller {caller} said the refund would go back to my account {account}."
    start = narrative.index(account)
    sightings = (
        NewSighting("phone", "+855127774321", "caller", caller, "narrative", 7, 23, 0.9),
        NewSighting(
            "bank_account",
            "SG:7171:0234567890",
            "own",
            account,
            "narrative",
            start,
            start + len(account),
            0.8,
        ),
        NewSighting("phone", "+639171234567", "own", listed, "identifiers.0", 0, len(listed)),
    )
    report = _report(
        "own-1",
        narrative=narrative,
        messages=[{"text": f"We refund to your account {account} today.", "sender": "scammer"}],
        identifiers=[{"value": listed, "kind": "phone", "role": "own"}],
        assessment={"red_flags": [{"code": "x", "text": f"account {account}"}]},
        sightings=sightings,
    )
    [saved] = report_store.save_reports(jp, [report], at=T0, actor="t")
    for viewer in (Viewer.agency(jp.id), Viewer.operator()):
        got = report_store.get_report(saved.id, viewer=viewer)
        assert got.narrative == narrative and len(got.sightings) == 3
        assert got.identifiers[0]["value"] == listed
    other = Viewer.agency(kh.id)
    listed_page = report_store.list_reports(ReportFilter(), viewer=other, limit=1).items
    for got in (report_store.get_report(saved.id, viewer=other), *listed_page):
        dumped = repr(got)
        for form in (account, "0234567890", listed, "+639171234567", "9171234567"):
            assert form not in dumped, form
        assert [s.role for s in got.sightings] == ["caller"]
        # The mask keeps the text's length: the caller's span is still the caller.
        assert len(got.narrative) == len(narrative)
        assert got.narrative[got.sightings[0].span_start : got.sightings[0].span_end] == caller
        assert "[victim]" in got.narrative and "[victim]" in got.messages[0]["text"]
        assert got.identifiers[0]["value"] == "[victim]"
    # The owner's copy is untouched by what another reader got.
    assert report_store.get_report(saved.id, viewer=Viewer.agency(jp.id)).narrative == narrative
    # An analyst's note quoting them: the owner reads it as written, another agency masked
    # (before 2026-12-07 the note gave them to every agency that could read the report).
    note = f"victim's own {account} and +639171234567; the crew's {caller}"
    report_store.add_verdict(jp, NewVerdict(saved.id, "scam", note=note), actor="t", at=T0)
    for viewer in (Viewer.agency(jp.id), Viewer.operator()):
        [mine] = report_store.list_verdicts(viewer=viewer, report_id=saved.id)
        assert mine.note == note
    for listed_verdicts in (
        report_store.list_verdicts(viewer=other, report_id=saved.id),
        report_store.list_verdicts(viewer=other),
    ):
        [theirs] = listed_verdicts
        assert account not in theirs.note and "+639171234567" not in theirs.note
        assert "[victim]" in theirs.note and caller in theirs.note
