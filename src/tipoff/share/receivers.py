"""Who receives an export, as a ``Viewer``, and the one boundary rule of export: RED stays.

A receiver is named by its clearance. ``own`` is the exporting agency itself (its other
systems, its own OpenCTI): it may receive everything it owns up to AMBER+STRICT. ``amber``
is a partner organisation cleared for AMBER, ``green`` a community peer, ``clear`` anyone.
Which marking a receiver may read is decided by ``tipoff.visibility`` (the one rule); this
module only adds that TLP:RED ("named recipients only") never leaves the instance in a
file or feed, whoever asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tipoff.errors import ValidationError
from tipoff.model import TLP
from tipoff.visibility import Audience, Viewer

NEVER_LEAVES: frozenset[str] = frozenset({TLP.RED.value})


class Clearance(StrEnum):
    """The receivers ``tipoff share export --to`` knows."""

    OWN = "own"
    AMBER = "amber"
    GREEN = "green"
    CLEAR = "clear"


@dataclass(frozen=True, slots=True)
class Receiver:
    """A receiver of an export: a label for the audit log and the viewer that decides."""

    label: str
    viewer: Viewer

    def may_receive(self, tlp: str, owner: int | None) -> bool:
        """Whether an object marked ``tlp`` and owned by agency ``owner`` may go to them."""
        return tlp not in NEVER_LEAVES and self.viewer.sees(tlp, owner)


def receiver_for(clearance: str, sender_id: int) -> Receiver:
    """The receiver of ``clearance`` for an export by agency ``sender_id``."""
    try:
        level = Clearance(clearance.lower())
    except ValueError as error:
        choices = ", ".join(c.value for c in Clearance)
        raise ValidationError(f"unknown receiver {clearance!r}; use one of {choices}") from error
    if level is Clearance.OWN:
        return Receiver(f"own organisation (agency #{sender_id})", Viewer.agency(sender_id))
    if level is Clearance.AMBER:
        # An organisation outside this instance: it owns nothing here, so it reads what
        # another agency may read (CLEAR, GREEN, AMBER), never AMBER+STRICT.
        return Receiver("partner cleared for TLP:AMBER", Viewer(Audience.AGENCY, None))
    if level is Clearance.GREEN:
        return Receiver("community peer (TLP:GREEN)", Viewer.public(include_green=True))
    return Receiver("anyone (TLP:CLEAR)", Viewer.public())
