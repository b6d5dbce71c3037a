"""Deterministic ids (equal to what stix2 and OpenCTI compute) and TLP marking ids."""

from __future__ import annotations

import stix2
from stix2.properties import StringProperty

from tipoff.model import TLP
from tipoff.share.markings import OASIS_IDS, OPENCTI_IDS, marking_object, tlp_of
from tipoff.share.observables import observable
from tipoff.share.patterns import pattern_identifiers
from tipoff.share.stix_ids import identity_id, local_id, sco_id


@stix2.v21.CustomObservable("phone-number", [("value", StringProperty(required=True))], ["value"])
class PhoneNumber:
    """OpenCTI's phone-number, defined as pycti defines it (id over ``value``)."""


def test_sco_ids_equal_the_stix2_library_ids() -> None:
    assert sco_id("domain-name", {"value": "xyz.top"}) == stix2.DomainName(value="xyz.top").id
    assert sco_id("url", {"value": "https://a.top/x"}) == stix2.URL(value="https://a.top/x").id
    mail = "ü@例え.jp"
    assert sco_id("email-addr", {"value": mail}) == stix2.EmailAddress(value=mail).id
    account = stix2.UserAccount(account_type="telegram", account_login="hr_job")
    assert observable("handle", "telegram:hr_job")[0]["id"] == account.id  # type: ignore[index]
    phone = observable("phone", "+85512345678")
    assert phone is not None and phone[0]["id"] == PhoneNumber(value="+85512345678").id


def test_sdo_ids_depend_on_agency_and_local_key_only() -> None:
    assert local_id("report", "JP-NPA", "1") == local_id("report", "JP-NPA", "1")
    assert local_id("report", "JP-NPA", "1") != local_id("report", "KH-POL", "1")
    assert local_id("report", "JP-NPA", "1") != local_id("indicator", "JP-NPA", "1")
    assert identity_id("JP-NPA").startswith("identity--")


def test_both_tlp_families_are_read_and_the_strictest_wins() -> None:
    for level in TLP:
        assert tlp_of([OASIS_IDS[level]]) is level
        assert tlp_of([OPENCTI_IDS[level]]) is level
    assert tlp_of([OASIS_IDS[TLP.GREEN], OPENCTI_IDS[TLP.RED]]) is TLP.RED
    # A wrong AMBER+STRICT id seen in public code is not a marking we know.
    assert tlp_of(["marking-definition--826578e1-40a3-4b46-a9f5-9f5c1b9e5c3e"]) is None
    assert marking_object("amber+strict")["name"] == "TLP:AMBER+STRICT"


def test_patterns_we_emit_read_back() -> None:
    for kind, value in [
        ("phone", "+85512345678"),
        ("handle", "telegram:o'neil"),
        ("iban", "DE89370400440532013000"),
        ("bank_account", "JP:0009:123:1234567"),
        ("url", "https://x.top/a\\b'c"),
    ]:
        mapped = observable(kind, value)
        assert mapped is not None
        assert pattern_identifiers(mapped[1]) == [(kind, value)]
