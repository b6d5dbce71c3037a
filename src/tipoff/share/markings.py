"""TLP 2.0 marking definitions in STIX 2.1: the ids we emit and the ids we accept.

Two families are in circulation (docs/sharing.md): the OASIS TLP 2.0 extension set, which
we emit (with the marking objects in every bundle), and the STIX 2.1 spec's TLP 1.0 set
that OpenCTI keeps (WHITE read as CLEAR, plus OpenCTI's own AMBER+STRICT statement
marking). Both are accepted on import. Only ids hard-coded here are trusted: several
public code bases carry wrong AMBER+STRICT ids, and a name alone ("TLP:RED") is not
enough to decide a marking.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tipoff.model import TLP

TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
_TLP2_CREATED = "2022-10-01T00:00:00.000Z"

# OASIS TLP 2.0 (cti-stix-common-objects, extension-definition-specifications/tlp-2.0).
OASIS_IDS: dict[TLP, str] = {
    TLP.CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    TLP.GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    TLP.AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    TLP.AMBER_STRICT: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    TLP.RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}

# STIX 2.1 spec TLP 1.0 ids, as OpenCTI uses them, plus OpenCTI's AMBER+STRICT.
OPENCTI_IDS: dict[TLP, str] = {
    TLP.CLEAR: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
    TLP.GREEN: "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
    TLP.AMBER: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
    TLP.AMBER_STRICT: "marking-definition--826578e1-40ad-459f-bc73-ede076f81f37",
    TLP.RED: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
}

TLP_BY_ID: dict[str, TLP] = {
    **{ref: tlp for tlp, ref in OASIS_IDS.items()},
    **{ref: tlp for tlp, ref in OPENCTI_IDS.items()},
}


_RANK = {level: level.rank for level in TLP}


_REF_BY_VALUE = {level.value: ref for level, ref in OASIS_IDS.items()}


def marking_ref(tlp: str) -> str:
    """The OASIS TLP 2.0 marking-definition id of ``tlp`` (a TLP value, e.g. "amber")."""
    found = _REF_BY_VALUE.get(tlp)
    return found if found is not None else OASIS_IDS[TLP(tlp)]  # TLP() names a bad value


def marking_object(tlp: str) -> dict[str, Any]:
    """The OASIS TLP 2.0 marking-definition object, as published by OASIS."""
    level = TLP(tlp)
    return {
        "type": "marking-definition",
        "spec_version": "2.1",
        "id": OASIS_IDS[level],
        "created": _TLP2_CREATED,
        "name": f"TLP:{level.value.upper()}",
        "extensions": {
            TLP2_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": level.value}
        },
    }


def tlp_of(refs: Iterable[str] | None) -> TLP | None:
    """The most restrictive known TLP among ``refs``; None when no ref is a known TLP id."""
    found = [TLP_BY_ID[ref] for ref in refs or () if isinstance(ref, str) and ref in TLP_BY_ID]
    return max(found, key=_RANK.__getitem__) if found else None
