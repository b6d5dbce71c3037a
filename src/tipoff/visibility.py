"""The one rule of who may see what: TLP 2.0 per report, one ``Viewer`` type.

Every read path (API, dashboard, CLI, public check, explanations, statistics, exports,
sharing) asks this module. The rule exists once, in ``_SHARED_WITH``, and is rendered three
ways from that one definition: a Python predicate (``Viewer.sees``), an SQL clause
(``Viewer.clause``) and a NumPy mask (``Viewer.mask``). Tests check the three agree on every
(marking, owner, viewer) combination.

Who sees what (docs/security.md):

- the **operator** (the local CLI, with shell access to the database) sees everything;
- an **agency** on this instance sees its own reports whatever their marking, and other
  agencies' reports marked CLEAR, GREEN or AMBER (TLP 2.0: AMBER may go to recipient
  organisations that need it; AMBER+STRICT stays inside the owning organisation; RED goes to
  named people only, so never to another agency);
- the **public** (the check page and API, no key) sees only what is marked CLEAR, or CLEAR and
  GREEN where the instance allows it (``Settings.check_discloses_green``).

Derived facts follow their sources: an identifier, count, amount or edge that exists only
because of a report the viewer may not see is itself invisible to that viewer. Callers build
those facts from visible reports only; "not found" and "not allowed" look the same outside.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, false, or_, true

from tipoff.model import TLP


class Audience(StrEnum):
    """The kinds of reader the rule knows."""

    OPERATOR = "operator"
    AGENCY = "agency"
    PUBLIC = "public"


# Markings a reader may see in reports it does not own, per audience (the rule itself).
_SHARED_WITH: dict[Audience, frozenset[str]] = {
    Audience.OPERATOR: frozenset(t.value for t in TLP),
    Audience.AGENCY: frozenset((TLP.CLEAR.value, TLP.GREEN.value, TLP.AMBER.value)),
    Audience.PUBLIC: frozenset((TLP.CLEAR.value,)),
}
_PUBLIC_WITH_GREEN = frozenset((TLP.CLEAR.value, TLP.GREEN.value))

# Markings another agency on this instance may read (kept for callers that cache a column).
SHARED_TLP: tuple[str, ...] = tuple(
    sorted(_SHARED_WITH[Audience.AGENCY], key=lambda t: TLP(t).rank)
)


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is reading: an audience, and for an agency its id (its own reports are always seen)."""

    audience: Audience
    agency_id: int | None = None
    public_markings: frozenset[str] = _SHARED_WITH[Audience.PUBLIC]

    @classmethod
    def operator(cls) -> Viewer:
        """The instance's operator (local CLI): sees everything."""
        return cls(Audience.OPERATOR)

    @classmethod
    def agency(cls, agency_id: int) -> Viewer:
        """An agency on this instance: its own reports, and others' marked CLEAR, GREEN or AMBER."""
        return cls(Audience.AGENCY, agency_id)

    @classmethod
    def public(cls, *, include_green: bool = False) -> Viewer:
        """Anyone without a key: CLEAR only (and GREEN where the instance allows it)."""
        markings = _PUBLIC_WITH_GREEN if include_green else _SHARED_WITH[Audience.PUBLIC]
        return cls(Audience.PUBLIC, None, markings)

    @property
    def is_operator(self) -> bool:
        return self.audience is Audience.OPERATOR

    @property
    def shared_markings(self) -> frozenset[str]:
        """Markings this viewer may read in reports it does not own."""
        if self.audience is Audience.PUBLIC:
            return self.public_markings
        return _SHARED_WITH[self.audience]

    def sees(self, tlp: str, owner: int | None) -> bool:
        """Whether a report marked ``tlp`` and owned by agency ``owner`` is visible."""
        if self.audience is Audience.OPERATOR:
            return True
        if self.agency_id is not None and owner == self.agency_id:
            return True
        return tlp in self.shared_markings

    def owns(self, owner: int | None) -> bool:
        """Whether this viewer reads a report of agency ``owner`` as its owner: the operator,
        or that agency. Only an owner reads a report's victim pseudonyms (docs/privacy.md): to
        anyone else they are an oracle, since intake computes the same keyed hash for any
        victim field an agency sends."""
        return self.audience is Audience.OPERATOR or (
            self.agency_id is not None and owner == self.agency_id
        )

    def clause(self, tlp_column: Any, owner_column: Any) -> ColumnElement[bool]:
        """SQL condition on a reports-like table: rows this viewer may see."""
        if self.audience is Audience.OPERATOR:
            return true()
        markings = sorted(self.shared_markings)
        shared = tlp_column.in_(markings) if markings else false()
        if self.agency_id is None:
            return shared
        return or_(owner_column == self.agency_id, shared)

    def mask(self, tlp_shared: dict[str, np.ndarray], owner: np.ndarray) -> np.ndarray:
        """Boolean mask over in-memory report columns.

        ``tlp_shared`` maps each marking to a boolean array (rows with that marking), so a
        column store keeps one array per marking and never strings per row.
        """
        if self.audience is Audience.OPERATOR:
            return np.ones(len(owner), dtype=bool)
        mask = np.zeros(len(owner), dtype=bool)
        for marking in self.shared_markings:
            rows = tlp_shared.get(marking)
            if rows is not None:
                mask |= rows
        if self.agency_id is not None:
            mask |= owner == self.agency_id
        return mask

    def describe(self) -> str:
        """Words for messages and the audit log."""
        if self.audience is Audience.AGENCY:
            return f"agency #{self.agency_id}"
        return f"the {self.audience.value}"
