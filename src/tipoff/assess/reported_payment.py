"""A transfer reported done is no request to transfer: "ផ្ទេរប្រាក់ជោគជ័យ" (transfer successful).

The ``pay_transfer`` red flag says the message asks its reader to send money by bank transfer.
A bank's receipt for a transfer the reader made names the same word inside the statement that
it is done: "ACLEDA: ផ្ទេរប្រាក់ជោគជ័យ 20.00 USD ទៅ CHAN DARA" (transfer successful, 20 USD to
Chan Dara) showed the flag and was a scam at 0.56 (legit_dev_9). A ``pay_transfer`` cue that lies
inside one of the statement phrases of ``data/asks.json`` (a payment or transfer done or
automatic, nine languages: "transfer successful", "โอนเงินสำเร็จ", "chuyển khoản thành công")
does not count. The ask-word reading of such a message (asks.py) already treats the statement
the same way; a request in another sentence ("… transfer successful. Now transfer the fee")
still shows the flag there.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json, unaccented_variants

PAY_TRANSFER = "pay_transfer"
_STATEMENT = "statement"


@cache
def statement_matcher() -> CueMatcher:
    """Every language's statement phrases (asks.json) in one automaton."""
    phrases: dict[str, dict[str, list[str]]] = read_data_json("asks.json")["phrases"]
    entries = [
        (phrase, _STATEMENT, language)
        for language, kinds in phrases.items()
        for phrase in kinds.get(_STATEMENT, [])
    ]
    entries += [(bare, _STATEMENT, "vi") for bare in unaccented_variants(phrases["vi"][_STATEMENT])]
    return CueMatcher(with_simplified_variants(entries))


def drop_reported_transfers(lowered: str, hits: list[CueHit]) -> list[CueHit]:
    """``hits`` without the transfer cues that lie inside a statement that a payment or transfer
    is done. ``lowered`` is the lower-cased text the hits were found in; it is searched only when
    a transfer cue is among the hits."""
    if not any(hit.code == PAY_TRANSFER for hit in hits):  # the usual case
        return hits
    done = statement_matcher().find(lowered)
    if not done:
        return hits
    return [
        hit
        for hit in hits
        if hit.code != PAY_TRANSFER
        or not any(span.start <= hit.start and hit.end <= span.end for span in done)
    ]
