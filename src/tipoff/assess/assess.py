"""``assess`` and ``assess_many``: scam type, probability, language and red flags for texts.

The model is loaded on first use and kept (thread-safe); nothing happens at import time.
The bundled model lives in ``data/model``. Another artifact is a ``ModelLoader`` of its own
(``ModelLoader.from_settings`` reads ``Settings.model_dir`` (TIPOFF_MODEL_DIR)) whose model the
caller passes as ``model=``: there is no process-wide model to switch.
"""

from __future__ import annotations

import gc
import threading
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from tipoff.assess.asks import NO_ASK, NO_ASK_CAP, MessageLook, ask_matcher, no_ask
from tipoff.assess.calm_scams import CALM_SCAM_FLOOR, calm_flag, calm_moves
from tipoff.assess.chat_contact import invitation_matcher, self_contained_names
from tipoff.assess.content import too_little_text
from tipoff.assess.fold import fold_chinese, traditional_pattern
from tipoff.assess.jobads import job_score
from tipoff.assess.language import detect_language
from tipoff.assess.linear_model import LinearModel, load_model
from tipoff.assess.lookalike import lookalike_swaps, own_domains
from tipoff.assess.negation import negatable_codes, negation_matcher
from tipoff.assess.new_number import (
    NEW_NUMBER_ONLY,
    addresses,
    new_number_matcher,
    new_number_only,
)
from tipoff.assess.no_offer import (
    NO_OFFER,
    NO_OFFER_SPAM_CAP,
    advertising_matcher,
    offers_nothing,
)
from tipoff.assess.notices import (
    NOTICE_SPAM_CAP,
    TRANSACTIONAL_NOTICE,
    notice_matcher,
    plain_notice,
    transactional_notice,
)
from tipoff.assess.offers import COMMERCIAL_OFFER, commercial_offer, offer_matcher
from tipoff.assess.own_channel import OWN_CHANNEL, login_words, official_lists, own_channel_only
from tipoff.assess.promotion import (
    PROMOTION_CAP,
    PROMOTION_MARKER,
    PROMOTION_UNWANTED,
    bears_no_marker,
    is_opt_out,
    marked_promotion,
    marker_index,
)
from tipoff.assess.reassurance import reassurance_matcher, reassured_codes
from tipoff.assess.redflags import (
    BRAND_LOOKALIKE_CODE,
    JOB_CODES,
    Evidence,
    Kind,
    find_evidence,
    lowered_same_length,
)
from tipoff.assess.regulated import (
    REGULATED_OFFER,
    disclosure_matcher,
    named_sender,
    own_channels_only,
    regulated_offer,
)
from tipoff.assess.scam_moves import SCAM_MOVE_FLOOR, scam_move, scam_pitch
from tipoff.assess.scam_warning import SCAM_WARNING, scam_warning, warning_matcher
from tipoff.assess.shared_expense import (
    SHARED_EXPENSE,
    per_person_matcher,
    shared_expense,
)
from tipoff.assess.taxonomy import (
    INSUFFICIENT,
    LABELS,
    LEGITIMATE,
    NOT_SCAM,
    PARENT_OF,
    SCAM,
    SCAM_TYPES,
    SPAM,
)
from tipoff.assess.text_scan import text_matcher
from tipoff.assess.type_evidence import delivery_type
from tipoff.assess.usual_account import (
    USUAL_ACCOUNT,
    usual_account,
    usual_account_matcher,
)
from tipoff.assess.wrong_number import (
    WRONG_NUMBER_REPLY,
    wrong_number_matcher,
    wrong_number_reply,
)
from tipoff.errors import ValidationError
from tipoff.gc_pause import paused_gc
from tipoff.model import Assessment, new_assessment
from tipoff.settings import Settings

MAX_TEXT_CHARS = 100_000  # longer texts are assessed on their first 100k characters
# Texts assessed per chunk (the collector is paused for one). Each chunk runs the language,
# evidence, model and result passes one after another; 20,000 texts as one chunk ran 4-9 %
# faster than as five of 4,096 (bench_assess.py's corpus), likely because each switch between
# passes evicts the next pass's tables (10 MB of n-gram weights, the cue automata, lingua's
# models) from the processor's cache.
BATCH_SIZE = 32768
# Texts the model scores at once: the 4,096 that chunks had before, at the same offsets, so that
# every text takes the same path through the scoring as before (features._score: a batch under
# 32 texts sums its n-grams pairwise) and gets the same floats.
SCORE_BATCH = 4096
_KIND_VALUES: tuple[Kind, ...] = ("message", "report", "job_ad")
KINDS: tuple[str, ...] = _KIND_VALUES
LURE_LABEL = "job.trafficking_lure"
BRAND_LOOKALIKE_FLOOR = 0.8  # the least P(scam) of a text linking to a brand lookalike
TASK_LABEL = "job.task"
SCAM_AT = 0.5  # the least P(scam) of the scam outcome
INSUFFICIENT_CAP = 0.1  # the most P(scam) or P(spam) a text with nothing to judge can show
_NOT_EVIDENCE = frozenset({"link"})  # a plain link alone does not make a text judgeable
# Weak cues ("urgent", a link, an e-wallet name) are everyday words: they are shown as red
# flags only beside a scam probability of at least SHOW_WEAK_AT (the check page's
# "suspicious" level), so an ordinary bank notice lists none.
WEAK_BELOW = 0.5
SHOW_WEAK_AT = 0.35
_NO_ASK_REASONS = (NO_ASK,)
_NEW_NUMBER_REASONS = (NEW_NUMBER_ONLY,)
_SHARED_EXPENSE_REASONS = (SHARED_EXPENSE,)
_OWN_CHANNEL_REASONS = (OWN_CHANNEL,)
_USUAL_ACCOUNT_REASONS = (USUAL_ACCOUNT,)
_WRONG_NUMBER_REASONS = (WRONG_NUMBER_REPLY,)
_SCAM_WARNING_REASONS = (SCAM_WARNING,)


def bundled_model_path() -> Path:
    return Path(str(resources.files("tipoff.assess.data").joinpath("model")))


class ModelLoader:
    """One model artifact, loaded on first ``get()`` and then kept (thread-safe)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path  # None: the bundled model
        self._lock = threading.Lock()
        self._model: LinearModel | None = None

    @classmethod
    def from_settings(cls, settings: Settings, path: Path | None = None) -> ModelLoader:
        """The artifact ``path`` names, else ``Settings.model_dir`` (TIPOFF_MODEL_DIR), else the
        bundled one."""
        chosen = path or settings.model_dir
        return _BUNDLED if chosen is None else cls(chosen)

    @property
    def path(self) -> Path:
        return self._path or bundled_model_path()

    def get(self) -> LinearModel:
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_model(self.path)
                    _settle()
                model = self._model
        return model


def _settle() -> None:
    """After a model load: build the cue, ask, negation, new-number, per-person, notice,
    promotion-marker and brand matchers and the traditional-character pattern, then move
    everything alive into the garbage collector's permanent generation (``gc.freeze``), so
    its full collections no longer walk the model, the lexicons and the libraries already
    loaded on every pass. A collection runs first, so no garbage is frozen; objects made
    later are collected as before."""
    text_matcher()
    invitation_matcher()
    self_contained_names()
    ask_matcher()
    negation_matcher()
    negatable_codes()
    reassurance_matcher()
    reassured_codes()
    new_number_matcher()
    addresses()
    per_person_matcher()
    official_lists()
    login_words()
    notice_matcher()
    marker_index()
    offer_matcher()
    advertising_matcher()
    disclosure_matcher()
    usual_account_matcher()
    wrong_number_matcher()
    warning_matcher()
    lookalike_swaps()
    own_domains()
    traditional_pattern()
    gc.collect()
    gc.freeze()


_BUNDLED = ModelLoader()


def bundled_model() -> LinearModel:
    """The model shipped with the package (what ``assess`` uses when given none)."""
    return _BUNDLED.get()


def _clean(text: object) -> str:
    if not isinstance(text, str):
        raise ValidationError(f"text must be a string, not {type(text).__name__}", path="text")
    text = text[:MAX_TEXT_CHARS]
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"kind must be one of {', '.join(KINDS)}", path="kind")


def text_kind(value: str) -> Kind:
    """``value`` as a Kind ("message", "report" or "job_ad"); a ValidationError otherwise."""
    for kind in _KIND_VALUES:
        if value == kind:
            return kind
    raise ValidationError(f"kind must be one of {', '.join(KINDS)}", path="kind")


@cache
def _type_columns(heads: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Positions in SCAM_TYPES of the types the model has a head for, and those heads."""
    column = {head: i for i, head in enumerate(heads)}
    present = [i for i, label in enumerate(SCAM_TYPES) if label in column]
    return present, [column[SCAM_TYPES[i]] for i in present]


_POSITION = {label: i for i, label in enumerate(SCAM_TYPES)}


def _label_rows(probabilities: np.ndarray, heads: tuple[str, ...]) -> list[list[float]]:
    """Per text: P(type) = P(scam) x P(type | scam) in SCAM_TYPES order, then P(not_scam),
    then P(spam or scam)."""
    if len(probabilities) == 1:
        return [_label_row(probabilities[0].tolist(), heads)]
    scam = probabilities[:, :1]
    present, columns = _type_columns(heads)
    # One array written in place: the same products, maxima and rounding as building the
    # type columns one by one and stacking them, in a handful of numpy calls.
    rows = np.zeros((len(probabilities), len(SCAM_TYPES) + 2))
    rows[:, present] = scam * probabilities[:, columns]
    for child, parent in PARENT_OF.items():  # a parent is at least as likely as its child
        np.maximum(
            rows[:, _POSITION[parent]], rows[:, _POSITION[child]], out=rows[:, _POSITION[parent]]
        )
    np.subtract(1.0, scam, out=rows[:, -2:-1])
    np.maximum(probabilities[:, 1:2], scam, out=rows[:, -1:])
    result: list[list[float]] = np.round(rows, 6, out=rows).tolist()
    return result


def _label_row(probabilities: list[float], heads: tuple[str, ...]) -> list[float]:
    """``_label_rows`` of one text in plain floats (a single message: a dozen numpy calls on a
    one-row array cost more than the arithmetic). The same IEEE operations: products and
    differences of float64 values, the larger of two, and numpy's rounding to six decimals
    (times 1e6, rounded half to even, divided by 1e6); every value is at least 0."""
    scam = probabilities[0]
    present, columns = _type_columns(heads)
    row = [0.0] * (len(SCAM_TYPES) + 2)
    for position, column in zip(present, columns, strict=True):
        row[position] = scam * probabilities[column]
    for child, parent in _PARENT_POSITIONS:
        if row[child] > row[parent]:
            row[parent] = row[child]
    row[-2] = 1.0 - scam
    row[-1] = probabilities[1] if probabilities[1] > scam else scam
    return [round(value * 1e6) / 1e6 for value in row]


_PARENT_POSITIONS = tuple(
    (_POSITION[child], _POSITION[parent]) for child, parent in PARENT_OF.items()
)


def _outcome(scam: float, unwanted: float, *, judgeable: bool) -> tuple[str, dict[str, float]]:
    """The outcome and its three probabilities (scam, spam, legitimate) from the two heads."""
    # Inputs are rounded to six decimals already; so are these, but without round().
    # (A conditional, not max(..., 0.0), each time: the same value, as the quotient of an int
    # is never -0.0 or NaN, without a builtin call.)
    spam = int((unwanted - scam) * 1e6 + 0.5) / 1e6
    if not spam > 0.0:
        spam = 0.0
    if not judgeable:
        scam, spam = min(scam, INSUFFICIENT_CAP), min(spam, INSUFFICIENT_CAP)
    legitimate = int((1.0 - scam - spam) * 1e6 + 0.5) / 1e6
    probabilities = {SCAM: scam, SPAM: spam, LEGITIMATE: legitimate if legitimate > 0.0 else 0.0}
    if not judgeable:
        return INSUFFICIENT, probabilities
    if scam >= 0.5:
        return SCAM, probabilities
    return (SPAM if spam > probabilities[LEGITIMATE] else LEGITIMATE), probabilities


def _build(
    text: str,
    evidence: Evidence,
    label_row: list[float],
    version: str,
    *,
    language: str | None,
    kind: str,
    little_evidence: bool,
) -> Assessment:
    unwanted = label_row[-1]
    reasons: tuple[str, ...] = ()
    # LABELS is one shorter than the row (NOT_SCAM last in both): no slice copied to drop one.
    # zip without the strict keyword: a keyword argument sends zip() through its slow
    # constructor path (about 0.5 us a call, once per message); strict=False is the default.
    labels = dict(zip(LABELS, label_row))  # noqa: B905
    # round(1.0 - p, 6) for a p already rounded to six decimals, without round(): 1 - p is
    # then within a few ulps of a multiple of 1e-6 (written out, not a helper's call: this
    # runs twice a message).
    scam = int((1.0 - label_row[-2]) * 1e6 + 0.5) / 1e6
    flags = evidence.red_flags
    look: MessageLook | None = None  # ask words and identifiers, read once when first needed
    # Evidence shown beyond a plain link makes any text judgeable; otherwise a message needs
    # enough words (the cheaper test first: most texts show no red flag).
    judgeable = (
        kind != "message"
        or (flags and any(flag.code not in _NOT_EVIDENCE for flag in flags))
        or not too_little_text(text)
    )
    if kind == "job_ad":
        # A job ad is judged on its named signs alone (jobads.py), not on the message model:
        # ordinary ads share most of their words with lures. Type probabilities keep the
        # model's P(type | scam); the lure and task types are at least their part of the score.
        job = job_score(evidence.codes, job_ad=True)
        _rescale(labels, scam, job.score)
        scam = unwanted = job.score
        labels[LURE_LABEL] = round(max(labels[LURE_LABEL], job.lure), 6)
        if job.score > job.lure:
            labels[TASK_LABEL] = round(max(labels[TASK_LABEL], job.score), 6)
    elif not evidence.codes.isdisjoint(JOB_CODES):
        # An ad pasted as a message: its trafficking-lure signs can raise the model's answer,
        # never lower it (task and mule offers are the model's to judge in a message).
        job = job_score(evidence.codes)
        labels[LURE_LABEL] = round(max(labels[LURE_LABEL], job.lure), 6)
        if job.lure >= 0.5 and job.lure > scam:
            scam = round(job.lure, 6)
    elif kind == "message" and judgeable and scam > NO_ASK_CAP:
        look = MessageLook(text)  # each check reads the same ask words and identifiers
        bound = _personal_bound(text, evidence, look)
        if bound:
            # Nothing to pay, reply to, call or install (asks.py), a new number alone
            # (new_number.py), a share of a shared expense (shared_expense.py), only the
            # organisation's own channels (own_channel.py), the usual account
            # (usual_account.py), a reply to a misdirected message (wrong_number.py) or a
            # warning about a scam (scam_warning.py): at most suspicious. The model's P(spam)
            # is kept (a reply to a misdirected message keeps at most NOTICE_SPAM_CAP of it);
            # the P(scam) taken away goes to legitimate.
            spam = max(unwanted - scam, 0.0)
            if bound is _WRONG_NUMBER_REASONS:
                # A reply to a misdirected message is personal: no promotion either.
                spam = min(spam, NOTICE_SPAM_CAP)
            _rescale(labels, scam, NO_ASK_CAP)
            scam = NO_ASK_CAP
            unwanted = scam + spam
            reasons = bound
    if kind != "job_ad" and scam < SCAM_MOVE_FLOOR and not reasons and scam_move(text, evidence):
        # A fee to receive money, or a pretext beside a phishing-shaped link (scam_moves.py):
        # a scam's two moves, whatever the language's n-grams say.
        _rescale(labels, scam, SCAM_MOVE_FLOOR)
        scam = SCAM_MOVE_FLOOR
    elif (
        kind != "job_ad"
        and scam < SCAM_MOVE_FLOOR
        and not reasons
        and scam_pitch(text, evidence)
        and not _warns(text, language)
    ):
        # A refund through an install, an account bought for money, a device alert with a
        # number, an investment pitch on a chat app, customs duty demanded by an authority
        # (scam_moves.scam_pitch); a scam warning describes them and is left to the model.
        _rescale(labels, scam, SCAM_MOVE_FLOOR)
        scam = SCAM_MOVE_FLOOR
    calm = False  # two moves of a calm conversational scam found
    if (
        kind == "message"
        and judgeable
        and reasons in ((), _NO_ASK_REASONS)
        and evidence.moves  # most texts show no move: no call
        and (moves := calm_moves(evidence.moves, flags)) is not None
        and not _warns(text, language)
    ):
        # Two moves of a calm conversational scam (calm_scams.py): the second is an ask or an
        # opener, so the no-ask cap gives way; the concept's red flag names both moves. A scam
        # warning describes the moves ("a 'boss' who can't talk and wants gift cards").
        if scam < CALM_SCAM_FLOOR:
            _rescale(labels, scam, CALM_SCAM_FLOOR)
            scam = CALM_SCAM_FLOOR
        reasons = ()
        flags = (*flags, calm_flag(text, moves))
        calm = True
    if kind != "job_ad" and scam < BRAND_LOOKALIKE_FLOOR and BRAND_LOOKALIKE_CODE in evidence.codes:
        # A link whose address uses a brand's name but is not the brand's own site
        # (lookalike.py) raises the answer to the floor, whatever the language's n-grams say;
        # the no-ask cap never applied (the link is a channel).
        _rescale(labels, scam, BRAND_LOOKALIKE_FLOOR)
        scam = BRAND_LOOKALIKE_FLOOR
    if kind == "message" and judgeable:
        scam, unwanted, reasons = _promotion_or_notice(
            text,
            evidence,
            labels,
            (scam, unwanted),
            reasons,
            little_evidence=little_evidence,
            look=look,
            calm=calm,
        )
    if kind != "job_ad":
        # A parcel pretext is no romance without a relationship shown (type_evidence.py).
        delivery_type(labels, evidence.codes, text)
    outcome, outcomes = _outcome(scam, max(unwanted, scam), judgeable=judgeable)
    scam = outcomes[SCAM]
    labels[NOT_SCAM] = int((1.0 - scam) * 1e6 + 0.5) / 1e6  # round(1 - scam, 6), as above
    facets = evidence.facets
    if scam < SHOW_WEAK_AT and flags:
        flags = tuple(flag for flag in flags if flag.weight >= WEAK_BELOW)
    return new_assessment(
        scam,
        labels,
        language,
        flags,
        {name: list(values) for name, values in facets.items()} if facets else {},
        version,
        outcome,
        outcomes,
        little_evidence,
        reasons,
    )


def _warns(text: str, language: str | None) -> bool:
    """Whether ``text`` holds a scam warning's words (scam_warning.py), read as the red-flag
    scan reads it (traditional Chinese folded)."""
    return bool(warning_matcher().find(fold_chinese(lowered_same_length(text), language)))


def _personal_bound(text: str, evidence: Evidence, look: MessageLook) -> tuple[str, ...]:
    """Why a message the model calls a scam cannot be one from its wording (the reasons), or
    () when it can: it asks for nothing, only shares a new number, or asks for one person's
    share of a shared expense. The first answer wins."""
    if no_ask(text, evidence.codes, look):
        return _NO_ASK_REASONS
    if new_number_only(text, evidence, look):
        return _NEW_NUMBER_REASONS
    if shared_expense(text, evidence, look):
        return _SHARED_EXPENSE_REASONS
    if own_channel_only(text, evidence, look):
        return _OWN_CHANNEL_REASONS
    if usual_account(text, evidence, look):
        return _USUAL_ACCOUNT_REASONS
    if wrong_number_reply(text, evidence, look):
        return _WRONG_NUMBER_REASONS
    if scam_warning(text, evidence, look):
        return _SCAM_WARNING_REASONS
    return ()


def _promotion_or_notice(
    text: str,
    evidence: Evidence,
    labels: dict[str, float],
    probabilities: tuple[float, float],
    reasons: tuple[str, ...],
    *,
    little_evidence: bool,
    look: MessageLook | None = None,
    calm: bool = False,
) -> tuple[float, float, tuple[str, ...]]:
    """A message's P(scam) and P(spam or scam) after the two structure rules: a legal
    promotion marker without scam evidence makes it spam (promotion.py); an ordinary notice's
    shape keeps a message the model calls spam out of spam (notices.py) in a language without
    a calibration of its own, where the model's P(spam) rests on spam-only data.

    A marked message that the model calls a scam keeps that answer in a language the model
    has labelled messages for (its own calibration): there, real scams carry markers too
    (Chinese "stock group" invitations with "退订回T", British premium-rate traps with "opt
    out"), and the model learned them; unless the message names its sender and reaches
    nothing but the sender's own channels (regulated.own_channels_only), where those scams
    put a number, a handle or a link elsewhere. A loan, lottery, bet or prize draw with what
    the law makes its seller print is a promotion too (regulated.py). Neither offer rule
    reads a message that shows two moves of a calm conversational scam (``calm``): an appeal
    for disaster relief to a personal account names a price and a phone too."""
    scam, unwanted = probabilities
    if _is_promotion(text, evidence) and (
        scam < SCAM_AT or little_evidence or _sender_channels_only(text, look)
    ):
        if scam > PROMOTION_CAP:
            _rescale(labels, scam, PROMOTION_CAP)
            scam = PROMOTION_CAP
        return scam, max(unwanted, PROMOTION_UNWANTED), (*reasons, PROMOTION_MARKER)
    if scam >= NO_ASK_CAP and not calm:
        offer = (
            COMMERCIAL_OFFER
            if commercial_offer(text, evidence, look)
            else REGULATED_OFFER
            if regulated_offer(text, evidence, look)
            else None
        )
        if offer is not None:
            # Goods or a service at a price, reached by phone or at the seller's own site
            # (offers.py), or a loan, lottery, bet or prize draw with what the law makes its
            # seller print, reached only through the sender's own channels (regulated.py),
            # and no scam evidence: a promotion, in every language.
            _rescale(labels, scam, PROMOTION_CAP)
            return PROMOTION_CAP, max(unwanted, PROMOTION_UNWANTED), (*reasons, offer)
    spam = unwanted - scam
    if spam > NOTICE_SPAM_CAP and spam > 1.0 - unwanted:
        if little_evidence and plain_notice(text, evidence.codes):
            return scam, scam + NOTICE_SPAM_CAP, (*reasons, TRANSACTIONAL_NOTICE)
        if scam < SCAM_AT and offers_nothing(text, evidence, look):
            # Nothing offered, nothing advertised, no link but official ones (no_offer.py):
            # an ordinary message, in every language.
            return scam, scam + NO_OFFER_SPAM_CAP, (*reasons, NO_OFFER)
    return scam, unwanted, reasons


def _sender_channels_only(text: str, look: MessageLook | None) -> bool:
    """Whether a marked message names its sender and reaches nothing but the sender's own
    channels (regulated.py): then the model's scam answer, learned from scams that copy
    markers beside a chat handle, a number or a link elsewhere, does not stand."""
    if not named_sender(text):
        return False
    return own_channels_only(text, MessageLook(text) if look is None else look)


def _is_promotion(text: str, evidence: Evidence) -> bool:
    """A legal promotion marker and no scam evidence; an opt-out alone does not make a
    one-time code, account or delivery notice a promotion."""
    if bears_no_marker(text, evidence.triggers):  # the usual answer, before the code tests
        return False
    marker = marked_promotion(text, evidence.codes, evidence.triggers)
    return marker is not None and not (is_opt_out(marker) and transactional_notice(text))


def _rescale(labels: dict[str, float], model_scam: float, scam: float) -> None:
    """P(type) = P(scam) x P(type | scam) with P(scam) replaced by ``scam``."""
    factor = scam / model_scam if model_scam > 0 else 0.0
    for label in SCAM_TYPES:
        labels[label] = round(min(labels[label] * factor, scam), 6)


def assess_many(
    texts: Iterable[str],
    *,
    lang: str | None = None,
    kind: Kind = "message",
    model: LinearModel | None = None,
) -> list[Assessment]:
    """Assess many texts at once (the model scores them in batches; much faster than a loop)."""
    _check_kind(kind)
    model = model or bundled_model()
    cleaned = [_clean(text) for text in texts]
    results: list[Assessment] = []
    for start in range(0, len(cleaned), BATCH_SIZE):
        with paused_gc():  # no reference cycles are made: the collector's rescans are waste
            # The chunk's evidence, probabilities and rows are freed when _assess_chunk
            # returns, before the collector resumes: its one young collection then walks
            # only the results.
            results.extend(
                _assess_chunk(cleaned[start : start + BATCH_SIZE], model, lang=lang, kind=kind)
            )
    return results


def _assess_chunk(
    chunk: list[str], model: LinearModel, *, lang: str | None, kind: Kind
) -> list[Assessment]:
    languages: list[str | None] = (
        [lang] * len(chunk) if lang else [detect_language(text) for text in chunk]
    )
    evidence = [
        find_evidence(text, kind=kind, language=language, detected=True)
        for text, language in zip(chunk, languages, strict=True)
    ]
    codes = [item.codes for item in evidence]
    probabilities = (
        model.probabilities(chunk, codes, languages)
        if len(chunk) <= SCORE_BATCH
        else np.concatenate(
            [
                model.probabilities(
                    chunk[start : start + SCORE_BATCH],
                    codes[start : start + SCORE_BATCH],
                    languages[start : start + SCORE_BATCH],
                )
                for start in range(0, len(chunk), SCORE_BATCH)
            ]
        )
    )
    label_rows = _label_rows(probabilities, model.heads)
    version = model.version
    evidenced = model.calibrated_languages
    return [
        _build(
            text,
            item,
            row,
            version,
            language=language,
            kind=kind,
            little_evidence=language not in evidenced,
        )
        for text, item, row, language in zip(chunk, evidence, label_rows, languages, strict=True)
    ]


def assess(
    text: str,
    *,
    lang: str | None = None,
    kind: Kind = "message",
    model: LinearModel | None = None,
) -> Assessment:
    """Is ``text`` a scam, of which types, and why.

    ``kind`` is "message" (one SMS or chat message), "report" (a victim's whole report) or
    "job_ad" (a job offer, also scored for trafficking-lure indicators). ``lang`` skips
    language detection when the caller knows it.
    """
    return assess_many([text], lang=lang, kind=kind, model=model)[0]
