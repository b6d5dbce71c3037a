"""Deterministic STIX identifiers: the same object gets the same id on every instance.

SCOs follow STIX 2.1 §2.9: a UUIDv5 in the STIX namespace over the canonical JSON (sorted
keys, no whitespace, UTF-8) of the object's ID-contributing properties, so our
``domain-name`` id equals the one the ``stix2`` library, OpenCTI or MISP compute for the
same value. SDOs, SROs and bundles have no such rule; ours are UUIDv5 in tipoff's own
namespace over the originating agency's code and the local, stable key of the object
(a report's external id, an indicator's canonical key, a network's stable id), so a
re-export updates the object a partner already holds instead of creating a duplicate.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping

import orjson

# STIX 2.1 §2.9: the namespace of deterministic SCO identifiers.
SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
# tipoff's namespace for the objects the STIX specification leaves to the producer.
TIPOFF_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tipoff.invalid/stix/2.1")
# A STIX 2.1 identifier, ``<object type>--<UUID>`` (§2.9); group 1 is the type.
STIX_ID = re.compile(
    r"([a-z0-9][a-z0-9-]*)--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}"
)
_SEP = "\x1f"  # unit separator: cannot occur in agency codes, ids or canonical values
_SCO_BYTES = SCO_NAMESPACE.bytes
_TIPOFF_BYTES = TIPOFF_NAMESPACE.bytes


def uuid5(namespace: bytes, name: str) -> str:
    """``str(uuid.uuid5(...))`` without building UUID objects (the export's hottest call)."""
    return _uuid5_text(hashlib.sha1(namespace + name.encode()).digest())


def _uuid5_text(sha1_digest: bytes) -> str:
    """The UUID (version 5, RFC 4122 variant) text of a SHA-1 digest."""
    digest = bytearray(sha1_digest[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sco_id(stix_type: str, contributing: Mapping[str, str]) -> str:
    """``type--uuid5`` over the ID-contributing properties (pass only those present)."""
    canonical = orjson.dumps(contributing, option=orjson.OPT_SORT_KEYS).decode()
    return f"{stix_type}--{uuid5(_SCO_BYTES, canonical)}"


def local_id(stix_type: str, origin: str, key: str) -> str:
    """``type--uuid5`` over (originating agency code, type, local key)."""
    name = _SEP.join((origin, stix_type, key))
    return f"{stix_type}--{uuid5(_TIPOFF_BYTES, name)}"


def identity_id(agency_code: str) -> str:
    """The ``identity`` of an agency (created_by_ref of everything it shares)."""
    return local_id("identity", agency_code, "")


def relationship_id(source_ref: str, relationship_type: str, target_ref: str) -> str:
    """An edge is named by its ends and type: exported twice, it is one relationship."""
    return local_id("relationship", source_ref, _SEP.join((relationship_type, target_ref)))


def bundle_id(object_ids: list[str]) -> str:
    """A bundle is named by its content, so the same export gives byte-identical files."""
    return local_id("bundle", "", "\x1e".join(object_ids))


class BundleId:
    """``bundle_id`` of ids given one at a time (a streamed bundle keeps no list of ids):
    ``local_id("bundle", "", "\\x1e".join(ids))``, hashed as the ids come."""

    def __init__(self) -> None:
        self._hash = hashlib.sha1(_TIPOFF_BYTES + _SEP.join(("", "bundle", "")).encode())
        self._first = True

    def add(self, object_id: str) -> None:
        if self._first:
            self._first = False
            self._hash.update(object_id.encode())
        else:
            self._hash.update(b"\x1e" + object_id.encode())

    def value(self) -> str:
        return f"bundle--{_uuid5_text(self._hash.digest())}"
