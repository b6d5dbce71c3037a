"""An export checked with pycti's own code (OpenCTI's Python library), offline.

pycti pins fastapi and requests to versions tipoff does not use, so it lives in its own
virtual environment: set ``TIPOFF_PYCTI_PYTHON`` to its interpreter (docs/sharing.md);
without it this test skips and says so. tests/share/opencti_check.py is what runs there.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path

import pytest
from share_world import IBAN, SENDER, export_reports

from tipoff.model import TLP
from tipoff.share.export import build_bundle, dump_bundle
from tipoff.share.extension import EXTENSION_ID
from tipoff.share.markings import OASIS_IDS, OPENCTI_IDS
from tipoff.share.reads import ExportSighting
from tipoff.share.receivers import receiver_for

CHECKER = Path(__file__).with_name("opencti_check.py")


def pycti_python() -> str:
    found = os.environ.get("TIPOFF_PYCTI_PYTHON")
    if not found:
        reason = "set TIPOFF_PYCTI_PYTHON to a Python with pycti installed (docs/sharing.md)"
        if os.environ.get("TIPOFF_REQUIRE_PYCTI") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def test_pycti_reads_our_export(tmp_path: Path) -> None:
    python = pycti_python()
    reports = export_reports()
    # An IBAN in an AMBER report, so that the bank-account form OpenCTI requires is exported.
    amber = reports[2]
    reports[2] = dataclasses.replace(
        amber,
        sightings=(*amber.sightings, ExportSighting("iban", IBAN, "payee_account", 0.9, False)),
    )
    export = build_bundle(reports, SENDER, receiver_for("own", SENDER.id))
    path = tmp_path / "bundle.json"
    path.write_bytes(dump_bundle(export))
    done = subprocess.run(
        [python, str(CHECKER), str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    # OpenCTI's splitter takes every object but our extension-definition (a type OpenCTI
    # does not store; the SCOs and the report facts that name it still import).
    assert result["incompatible"] == [EXTENSION_ID]
    assert result["split_expectations"] == len(export.objects) - 1
    by_type: dict[str, list[dict]] = {}
    for obj in export.objects:
        if obj["id"] in result["scos"]:
            by_type.setdefault(obj["type"], []).append({**obj, **result["scos"][obj["id"]]})
    assert set(by_type) == {
        "phone-number",
        "cryptocurrency-wallet",
        "bank-account",
        "domain-name",
        "url",
        "user-account",
    }  # no email-addr: the world's only address is merely mentioned, which no export carries
    for stix_type, entries in by_type.items():
        for entry in entries:
            assert entry["opencti_type"] != "Unknown", stix_type
            if stix_type == "bank-account" and "iban" not in entry:
                # OpenCTI's bank-account requires an IBAN: accounts without one (JP bank
                # account numbers) are refused by pycti's class, as docs/sharing.md says.
                assert "iban" in entry["error"]
                continue
            assert "error" not in entry, entry
            if "pycti_id" in entry:
                assert entry["pycti_id"] == entry["id"], stix_type
    # Our OASIS TLP 2.0 markings become OpenCTI's own TLP markings, level for level.
    for level in TLP:
        if OASIS_IDS[level] in result["markings"]:
            assert result["markings"][OASIS_IDS[level]] == OPENCTI_IDS[level], level
    assert len(result["markings"]) == 4  # CLEAR..AMBER+STRICT: RED never leaves
