"""Analysis of one incoming report: indicators with their roles, and a scam assessment.

Pure: a (redacted) ReportIn in, sightings and an assessment out. Indicator extraction
(tipoff.indicators.extract) runs on every part of the report that can name a scammer:

| part                | source             | role                                               |
|---------------------|--------------------|----------------------------------------------------|
| narrative           | narrative          | from the words around it (below); else link for    |
|                     |                    | URLs/domains, else mentioned                       |
| message text        | messages.N         | victim's messages: as the narrative; scammer's:    |
|                     |                    | link, contact, else mentioned                      |
| message sender id   | messages.N.from_id | caller for voice, else sender (scammer messages    |
|                     |                    | only)                                              |
| payment payee       | payments.N         | payee_wallet for wallets, else payee_account       |
| explicit identifier | identifiers.N      | the role the reporter gave                         |

Roles come from ``tipoff.indicators.roles``: in the victim's own words a value the words
show to be a third party the victim turned to (the police line, their bank's hotline, the
site they reported to) is ``reference``, one they show to be the scam's is upgraded from
``mentioned`` (``payee_account``/``payee_wallet``/``contact``), and one they place in an
earlier scam (the crew that robbed them before, quoted in a recovery scam's report) is
``earlier``, whatever its kind; a domain, URL or e-mail on an official host is
``reference`` in every field but a payee. A value the reporter listed as the scam's (a
payee, an explicit identifier with a payee or contact role) is the scam's in every part of
that report: the words around it in the narrative cannot make it a reference (a victim
naming the "police officer" who called writes police words around his number).

An explicit identifier with a kind hint (``{"value": "yuki88", "kind": "line"}``) is keyed
by ``tipoff.indicators.canonicalize_hinted`` (``line:yuki88``, the key the same handle gets
when written in a text); without a hint, or when the hint cannot make the value valid, the
value is extracted like any short field.

The victim's own messages' sender ids are skipped: they identify the victim, not the
scam. Texts arrive redacted (tipoff.intake.redact); as a second line of defence any sighting
whose canonical value is one of the victim's own identifiers (``VictimIdentity.owns``) is
dropped, so a spelling that redaction missed still never becomes an indicator. Assessment
(tipoff.assess.assess_many, batched per language) runs on the narrative plus scammer
messages. The extractor's tables and the assessment model load lazily, on first use.
A broken assessment package is an import error, never reports silently left unassessed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path

from tipoff import indicators
from tipoff.assess import ModelLoader, assess_many, bundled_model, report_text
from tipoff.errors import ModelError
from tipoff.indicators import Warninglist, canonicalize_hinted, load_warninglist
from tipoff.indicators.handles import SOCIAL_PLATFORMS
from tipoff.indicators.hinted import hinted_platform
from tipoff.indicators.roles import Field, field_role, text_roles
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.intake.redact import victim_identity
from tipoff.intake.schema import Identifier, ReportIn
from tipoff.model import Assessment, FoundIndicator, IndicatorKind, Role
from tipoff.settings import Settings
from tipoff.store.records import NewSighting

log = logging.getLogger("tipoff.intake")

Extract = Callable[..., list[FoundIndicator]]
AssessMany = Callable[..., list[Assessment]]

_VOICE_CHANNELS = frozenset({"voice", "voice_spoofed_cli"})
IDENTIFIER_CACHE_SIZE = 65_536


@dataclass(frozen=True, slots=True)
class Analysis:
    """What analysis found in one report."""

    sightings: tuple[NewSighting, ...]
    assessment: Assessment | None


def hinted_finder(
    warninglist: Warninglist | None = None,
) -> Callable[[str, str | None, str | None], FoundIndicator | None]:
    """canonicalize_hinted and the warninglist as one FoundIndicator, memoised."""
    lists = warninglist or bundled_warninglist()

    @lru_cache(maxsize=IDENTIFIER_CACHE_SIZE)
    def hinted(value: str, kind_hint: str | None, country: str | None) -> FoundIndicator | None:
        found = canonicalize_hinted(value, kind_hint, country)
        if found is None:
            return None
        kind, canonical = found
        return FoundIndicator(
            kind, canonical, 0, len(value), value, common=lists.is_common(kind, canonical)
        )

    return hinted


@dataclass(frozen=True, slots=True)
class AnalysisSetup:
    """What an instance's Analyser is built from; plain values, so a worker process
    (``tipoff.intake.parallel``) builds the same analyser as the process that started it."""

    with_assessment: bool = True
    model_path: Path | None = None  # None: the bundled model
    warninglist_dir: Path | None = None  # None: the bundled warninglists only

    @classmethod
    def from_settings(cls, settings: Settings, *, with_assessment: bool = True) -> AnalysisSetup:
        return cls(with_assessment, settings.model_dir, settings.warninglist_dir)

    def analyser(self) -> Analyser:
        return Analyser(
            with_assessment=self.with_assessment,
            model=ModelLoader(self.model_path) if self.model_path else None,
            warninglist=load_warninglist(self.warninglist_dir) if self.warninglist_dir else None,
        )


BUNDLED_ANALYSIS = AnalysisSetup()  # the bundled model and warninglists


class Analyser:
    """Runs extraction and assessment on reports; either can be replaced (tests, benchmarks).

    ``model`` is the assessment model to use (default: the bundled one) and ``warninglist``
    the lists that mark common values (default: the bundled ones); ``from_settings`` takes
    both from ``Settings``. Nothing is loaded before the first report.
    """

    def __init__(
        self,
        extract: Extract | None = None,
        assess_many: AssessMany | None = None,
        *,
        with_assessment: bool = True,
        model: ModelLoader | None = None,
        warninglist: Warninglist | None = None,
    ) -> None:
        self._extract: Extract = extract or partial(indicators.extract, warninglist=warninglist)
        self._assess_many = assess_many
        self._with_assessment = with_assessment
        self._model = model
        self._hinted = hinted_finder(warninglist)
        self._identifier_cache: Callable[[str, str | None], tuple[FoundIndicator, ...]] | None = (
            None
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, with_assessment: bool = True) -> Analyser:
        """The analyser of an instance: its model (``model_path``) and warninglists
        (``warninglist_dir``)."""
        return AnalysisSetup.from_settings(settings, with_assessment=with_assessment).analyser()

    def analyse(self, report: ReportIn) -> Analysis:
        """Sightings and assessment of ``report`` (whose victim fields are already redacted)."""
        return self.analyse_many([report])[0]

    def analyse_many(self, reports: Sequence[ReportIn]) -> list[Analysis]:
        """``analyse`` for many reports; the assessment model scores them in batches."""
        assessments = self.assessments(reports)
        return [
            Analysis(tuple(self.sightings(r)), a) for r, a in zip(reports, assessments, strict=True)
        ]

    def sightings(self, report: ReportIn) -> list[NewSighting]:
        """Every indicator in every part of the report, with source and role."""
        extract = self._extract
        hint = report.victim_country
        found: list[NewSighting] = []
        if report.narrative:
            found += _from_words(extract, report.narrative, "narrative", hint, Field.NARRATIVE)
        short = self._extract_identifier
        for index, message in enumerate(report.messages):
            source = f"messages.{index}"
            scammer = message.sender != "victim"
            field = Field.SCAMMER_MESSAGE if scammer else Field.VICTIM_MESSAGE
            found += _from_words(extract, message.text, source, hint, field)
            if message.from_id and scammer:
                channel = message.channel or report.channel
                found += self._sender(message.from_id, message.channel, channel, source, hint)
        for index, payment in enumerate(report.payments):
            found += _from_text(short, payment.payee, f"payments.{index}", hint, _payee_role)
        for index, identifier in enumerate(report.identifiers):
            found += self._explicit(identifier, f"identifiers.{index}", hint)
        found = reissued_named(other_crews_named(own_named(services_named(reporter_marked(found)))))
        victim = victim_identity(report)
        return [s for s in found if not victim.owns(s.kind, s.value)] if victim else found

    def _sender(
        self,
        from_id: str,
        app: str | None,
        channel: str | None,
        source: str,
        hint: str | None,
    ) -> list[NewSighting]:
        """A scammer message's sender id (``source``.from_id): extracted; where nothing is
        found in it, keyed with the message's own channel (``app``) as a kind hint:
        ``"linda_88"`` sent on ``telegram`` is ``telegram:linda_88``, the key the same name
        gets in a text that names Telegram. ``channel``: the message's or else the report's,
        which gives the role (caller or sender). On a social platform the id is read as its
        account first: ``"@nina.admin"`` or ``"linda.shop"`` sent on ``instagram`` is
        ``instagram:…``, not the Telegram guess or the host extraction would give it."""
        by_app = (
            self._hinted(from_id, app, hint)
            if app and hinted_platform(app) in SOCIAL_PLATFORMS
            else None
        )
        if by_app is not None:
            return _by_field((by_app,), f"{source}.from_id", _fixed_role(_sender_role(channel)))
        found = self._extract_identifier(from_id, country_hint=hint)
        if not found and app:
            by_app = self._hinted(from_id, app, hint)
            found = (by_app,) if by_app is not None else ()
        return _by_field(found, f"{source}.from_id", _fixed_role(_sender_role(channel)))

    def _explicit(self, identifier: Identifier, source: str, hint: str | None) -> list[NewSighting]:
        """An explicit identifier: by its kind hint when it has one that fits, else extracted."""
        role_of = _fixed_role(identifier.role)
        hinted = self._hinted(identifier.value, identifier.kind, hint) if identifier.kind else None
        if hinted is None:
            return _from_text(self._extract_identifier, identifier.value, source, hint, role_of)
        return _by_field([hinted], source, role_of)

    def _extract_identifier(
        self, text: str, *, country_hint: str | None = None
    ) -> tuple[FoundIndicator, ...]:
        """Extraction of a short identifier field, memoised.

        A field in which nothing is found is read as a whole handle (``canonicalize_hinted``
        with the hint "handle"). Sender ids and payees repeat heavily (the same mule account
        in many payments and reports), and extraction is pure, so each distinct (text,
        country) is extracted once.
        """
        if self._identifier_cache is None:
            extract, hinted = self._extract, self._hinted

            @lru_cache(maxsize=IDENTIFIER_CACHE_SIZE)
            def cached(value: str, hint: str | None) -> tuple[FoundIndicator, ...]:
                found = tuple(extract(value, country_hint=hint))
                if found:
                    return found
                # A field that is one identifier and nothing else: "Telegram wangjobs",
                # "ID LINE yuki.88" name a handle there, though prose would need a separator.
                handle = hinted(value, "handle", hint)
                return (handle,) if handle is not None else ()

            self._identifier_cache = cached
        return self._identifier_cache(text, country_hint)

    def assessments(self, reports: Sequence[ReportIn]) -> list[Assessment | None]:
        """Scam assessments of the reports' narrative and scammer messages, where available.

        An unloadable model leaves reports unassessed (logged) rather than rejecting them:
        the report matters more than its label, which ``tipoff reassess`` can add later.
        """
        results: list[Assessment | None] = [None] * len(reports)
        if not self._with_assessment:
            return results
        groups: dict[str | None, list[int]] = {}
        for index, report in enumerate(reports):
            if assessed_text(report):
                groups.setdefault(report.language, []).append(index)
        try:
            assess = self._assess_many or self._default_assessment()
            for language, indexes in groups.items():
                texts = [assessed_text(reports[i]) for i in indexes]
                for index, assessment in zip(
                    indexes, assess(texts, lang=language, kind="report"), strict=True
                ):
                    results[index] = assessment
        except ModelError as error:
            log.warning("reports stored without assessment: %s", error)
            return [None] * len(reports)
        return results

    def _default_assessment(self) -> AssessMany:
        model = self._model.get() if self._model else bundled_model()
        return partial(assess_many, model=model)


def assessed_text(report: ReportIn) -> str:
    """What the assessment reads: the narrative and the scammer's messages."""
    return report_text.assessed_text(
        report.narrative, ((m.sender, m.text) for m in report.messages)
    )


def _from_text(
    extract: Callable[..., Sequence[FoundIndicator]],
    text: str,
    source: str,
    hint: str | None,
    role_of: Callable[[IndicatorKind], Role],
) -> list[NewSighting]:
    """A short field's sightings: the field gives the role (only an official host overrules)."""
    return _by_field(extract(text, country_hint=hint), source, role_of)


def _by_field(
    found: Sequence[FoundIndicator], source: str, role_of: Callable[[IndicatorKind], Role]
) -> list[NewSighting]:
    roles = [field_role(item, role_of(IndicatorKind(item.kind))) for item in found]
    return _as_sightings(found, source, roles)


def _from_words(
    extract: Callable[..., Sequence[FoundIndicator]],
    text: str,
    source: str,
    hint: str | None,
    field: Field,
) -> list[NewSighting]:
    """A text's sightings with the roles its words give them (tipoff.indicators.roles)."""
    found = extract(text, country_hint=hint)
    return _as_sightings(found, source, text_roles(text, found, field))


def _as_sightings(
    found: Sequence[FoundIndicator], source: str, roles: Sequence[Role]
) -> list[NewSighting]:
    return [
        NewSighting(
            kind=IndicatorKind(item.kind).value,
            value=item.value,
            role=role.value,
            raw=item.raw,
            source=source,
            span_start=item.start,
            span_end=item.end,
            confidence=item.confidence,
            common=item.common,
        )
        for item, role in zip(found, roles, strict=True)
    ]


# Roles by which a reporter's field says a value is the scam's, and the fields that say it.
_SCAM_FIELD_ROLES = frozenset(
    {Role.PAYEE_ACCOUNT.value, Role.PAYEE_WALLET.value, Role.CONTACT.value}
)
_REPORTER_FIELDS = ("identifiers.", "payments.")
# Roles the words of a text give that a reporter's field overrules (the value is the scam's).
_WORDS_OVERRULED = frozenset({Role.REFERENCE.value, Role.OWN.value})


def reporter_marked(sightings: list[NewSighting]) -> list[NewSighting]:
    """A value the reporter listed as the scam's (a payee, an explicit identifier with a
    payee or contact role) keeps that role where the words of a text called it a reference
    or the victim's own."""
    marked = {
        s.key: s.role
        for s in sightings
        if s.role in _SCAM_FIELD_ROLES and s.source.startswith(_REPORTER_FIELDS)
    }
    if not marked:
        return sightings
    return [
        replace(s, role=marked[s.key])
        if s.role in _WORDS_OVERRULED
        and s.key in marked
        and not s.source.startswith(_REPORTER_FIELDS)
        else s
        for s in sightings
    ]


def services_named(sightings: list[NewSighting]) -> list[NewSighting]:
    """A value the victim's words call a service they used (``Role.SERVICE``: "I paid the
    merchant's account X", "X という業者") is one in every part of the report: the payment
    to X is a payment to the seller, not to the crew. An explicit identifier keeps the role
    its reporter gave it (any but ``mentioned``)."""
    services = {s.key for s in sightings if s.role == Role.SERVICE.value}
    if not services:
        return sightings
    return [
        replace(s, role=Role.SERVICE.value)
        if s.key in services
        and s.role != Role.REFERENCE.value
        and not (s.source.startswith("identifiers.") and s.role != Role.MENTIONED.value)
        else s
        for s in sightings
    ]


def own_named(sightings: list[NewSighting]) -> list[NewSighting]:
    """A value the victim's words call their own (``Role.OWN``: "I paid from my account X",
    "you can reach me on X") is theirs in every part of the report where no field says it is
    the scam's: a scammer's message quoting it ("we will refund to your account X"), an
    identifier listed without a role. A payee, and an identifier listed with a role, keep
    theirs (``reporter_marked`` has already made the words yield to them)."""
    owned = {s.key for s in sightings if s.role == Role.OWN.value}
    if not owned:
        return sightings
    return [
        replace(s, role=Role.OWN.value)
        if s.key in owned
        and not s.source.startswith("payments.")
        and not (s.source.startswith("identifiers.") and s.role != Role.MENTIONED.value)
        and s.role not in (Role.REFERENCE.value, Role.EARLIER.value, Role.OTHER_CREW.value)
        else s
        for s in sightings
    ]


def other_crews_named(sightings: list[NewSighting]) -> list[NewSighting]:
    """A value the victim's words place with another crew that also scammed them
    (``Role.OTHER_CREW``: "another group also got me: they used X") is that crew's in every
    part of the report: the victim's list of identifiers gives the crews' values side by
    side, with no word of whose each is, and a payment to X went to that crew. Only a
    reference keeps its role (an official host is nobody's)."""
    others = {s.key for s in sightings if s.role == Role.OTHER_CREW.value}
    if not others:
        return sightings
    return [
        replace(s, role=Role.OTHER_CREW.value)
        if s.key in others and s.role != Role.REFERENCE.value
        else s
        for s in sightings
    ]


def reissued_named(sightings: list[NewSighting]) -> list[NewSighting]:
    """A number the victim's words say its carrier gave to someone else (``Role.REISSUED``:
    "I called X from an old warning post; the lady who answered got the SIM from the carrier
    last month") is reissued in the narrative and in the reporter's list of identifiers too,
    whatever role the list gave it: the reporter listed the number they called, and their
    own words say whose it is now. A payee, and a number in the scammer's messages or as a
    sender, keep theirs (the scam used it in this report)."""
    reissued = {s.key for s in sightings if s.role == Role.REISSUED.value}
    if not reissued:
        return sightings
    return [
        replace(s, role=Role.REISSUED.value)
        if s.key in reissued and s.source.startswith(("narrative", "identifiers."))
        else s
        for s in sightings
    ]


def _fixed_role(role: Role) -> Callable[[IndicatorKind], Role]:
    def role_of(_kind: IndicatorKind) -> Role:
        return role

    return role_of


def _sender_role(channel: str | None) -> Role:
    return Role.CALLER if channel in _VOICE_CHANNELS else Role.SENDER


def _payee_role(kind: IndicatorKind) -> Role:
    return Role.PAYEE_WALLET if kind is IndicatorKind.WALLET else Role.PAYEE_ACCOUNT
