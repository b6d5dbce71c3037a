"""Reissued numbers at relink: a number's citations once its carrier gave it to someone else.

Carriers recycle dropped numbers after a few months, so a number a crew called from in March
can belong to an innocent subscriber by September (``tipoff.indicators.reissued_numbers``).
A report whose words say so (``Role.REISSUED``: the victim who called the number from an old
warning post and heard from its new subscriber, the subscriber's own complaint) dates the
change: the number had changed hands by the time that report was received. So:

- a reissued sighting never links (it names the new subscriber, not the crew);
- neither does any sighting of the value from a report dated at or after the earliest such
  report, where ``MIN_REPORTS`` reports or more call it reissued: by then the number was
  someone else's, and whoever that report met under it (the subscriber, another crew given
  the same number) is not the first holder (one report alone dates nothing: a cue that
  named the wrong number in one sentence must not cut a crew's later victims);
- citations dated before it are the first holder's and link as before (the crew's victims
  keep their join however many later reports call the number reissued).

A report is dated by when its scam happened (``occurred_at``) where given, else by when it was
received: a crew's victim who reports months late met the crew before the number changed
hands. The change is dated by when the reissue report was *received* (its words were
written by then), not when its own scam happened (a victim scammed in March by one crew may
call another crew's old number from a warning post in September).

These sightings are left out of the relink altogether, as an earlier scam's values are
(``tipoff.link.evidence.DROPPED_ROLES``): they count towards no reference or group weighing,
so the first holder's citations keep linking. Where no report calls a number reissued,
nothing changes. A live add never links through a reissued sighting; the later citations are
cut at the next relink.
"""

from __future__ import annotations

import numpy as np

# Reports calling a number reissued that date its change of hands: one misread sentence (a
# cue that named the crew's own number) must not cut the crew's later victims.
MIN_REPORTS = 2


def after_reissue(
    report_idx: np.ndarray,
    indicator_idx: np.ndarray,
    reissued: np.ndarray,
    occurred: np.ndarray,
    received: np.ndarray,
    min_reports: int = MIN_REPORTS,
) -> np.ndarray:
    """Bool per sighting: a citation of a reissued number, or of the value from a report
    dated at or after the first report calling it reissued, where ``min_reports`` reports
    or more call it so (module docstring).

    ``report_idx``, ``indicator_idx``, ``reissued`` (bool): one per sighting; ``occurred``,
    ``received``: epoch seconds per report id (NaN: unknown).
    """
    out = np.asarray(reissued, dtype=bool).copy()
    if not out.any():
        return out
    n = int(indicator_idx.max()) + 1
    changed = np.full(n, np.inf)
    np.minimum.at(changed, indicator_idx[out], _known(received[report_idx[out]]))
    # reports, not sightings: a report citing the number twice is one report's words
    pairs = np.unique(report_idx[out] * n + indicator_idx[out]) % n
    changed[np.bincount(pairs, minlength=n) < min_reports] = np.inf
    dated = occurred[report_idx]
    dated = np.where(np.isnan(dated), received[report_idx], dated)
    out |= dated >= changed[indicator_idx]  # NaN (undated) compares False: kept
    return out


def _known(times: np.ndarray) -> np.ndarray:
    """``times`` with NaN (undated) as infinity: an undated reissue report dates nothing."""
    return np.where(np.isnan(times), np.inf, times)
