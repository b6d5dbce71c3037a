"""tipoff's STIX ``extension-definition``: the custom SCOs and the report properties.

One extension declares both what STIX 2.1 lacks for scam intelligence: the SCO types
``phone-number``, ``bank-account`` and ``cryptocurrency-wallet`` (named as OpenCTI names
them, ``new-sco``) and the scam facts of a ``report`` (``property-extension``: victim
country, loss, scam type, channel). Its id, creator and timestamps are fixed, so every
tipoff instance emits the same object.
"""

from __future__ import annotations

from typing import Any

from tipoff.share.stix_ids import local_id

PROJECT_IDENTITY = local_id("identity", "tipoff", "project")
EXTENSION_ID = local_id("extension-definition", "tipoff", "scam-intelligence-1.0")
_CREATED = "2026-12-01T00:00:00.000Z"


def project_identity() -> dict[str, Any]:
    """The ``identity`` that created the extension (the tipoff project, not an agency)."""
    return {
        "type": "identity",
        "spec_version": "2.1",
        "id": PROJECT_IDENTITY,
        "created": _CREATED,
        "modified": _CREATED,
        "name": "tipoff project",
        "identity_class": "organization",
    }


def extension_definition() -> dict[str, Any]:
    """The ``extension-definition`` every bundle with a custom SCO or a report carries."""
    return {
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": EXTENSION_ID,
        "created_by_ref": PROJECT_IDENTITY,
        "created": _CREATED,
        "modified": _CREATED,
        "name": "tipoff scam intelligence",
        "description": (
            "Custom SCOs phone-number, bank-account and cryptocurrency-wallet (as OpenCTI "
            "names them) and scam facts on reports: victim_country, loss_amount, "
            "loss_currency, loss_usd, scam_type, channel. Schema: docs/sharing.md."
        ),
        "schema": "https://tipoff.invalid/stix/scam-intelligence-1.0.json",
        "version": "1.0.0",
        "extension_types": ["new-sco", "property-extension"],
    }
