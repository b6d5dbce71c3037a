"""CLI commands: ``tipoff share export|import`` (STIX 2.1 bundles), ``tipoff share partner``
(who may read the agency's TAXII collection), ``publish``, ``pull|push PARTNER`` (TAXII 2.1)
and ``disclosures`` (the agency's disclosure trail, JSON Lines).

Thin layer over tipoff.share: the library decides what leaves (per object, through
``Viewer``) and writes the audit entry; this module only reads options and files.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import orjson
import typer

from tipoff.cli.output import OutOption, write_out
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    console,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.errors import ValidationError
from tipoff.share.blocklists import blockable, misp_warninglist, of_kind, parse_kind, plain_text
from tipoff.share.collection import publish
from tipoff.share.disclosures import disclosures, record_disclosure
from tipoff.share.export import dump_bundle, export_for
from tipoff.share.importing import import_into
from tipoff.share.lookup_client import ask_bloom, ask_remote, parse_asked
from tipoff.share.lookups import Bloom
from tipoff.share.partners import (
    Partner,
    add_partner,
    get_partner,
    list_partners,
    revoke_partner,
    rotate_key,
    set_remote,
)
from tipoff.share.publisher import publish_all
from tipoff.share.receivers import receiver_for
from tipoff.share.taxii_client import pull, push
from tipoff.store.records import Agency
from tipoff.store.sql import SqlReportStore

share_app = typer.Typer(help="Share intelligence as STIX 2.1 bundles, TLP per object.")

AgencyOption = Annotated[
    str, typer.Option("--agency", help="Agency code (who shares or receives).")
]


@share_app.command("export")
def export_command(
    agency: AgencyOption,
    out: Annotated[Path, typer.Option("--out", help="File to write the STIX bundle to.")],
    to: Annotated[
        str,
        typer.Option("--to", help="Receiver's clearance: own, amber, green or clear."),
    ] = "clear",
    database_url: DatabaseOption = None,
) -> None:
    """Write the agency's reports as a STIX 2.1 bundle for a receiver (audited)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        sender = store.get_agency(agency)
        receiver = receiver_for(to, sender.id)
        export = export_for(store, store.engine, sender, receiver, at=utc_now(), actor=cli_actor())
        out.write_bytes(dump_bundle(export, indent=True))
        console.print(
            f"wrote {len(export.objects)} objects from {len(export.report_ids)} reports "
            f"for {receiver.label} to {out}",
            highlight=False,
        )


@share_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A STIX 2.1 bundle (JSON).")],
    agency: AgencyOption,
    database_url: DatabaseOption = None,
) -> None:
    """Store a STIX 2.1 bundle's reports and indicators as reports of the agency."""
    with cli_errors():
        try:
            data = file.read_bytes()
        except OSError as error:
            raise ValidationError(f"cannot read {file}: {error.strerror}") from error
        store = open_store(settings_with(database_url))
        outcome = import_into(
            store,
            store.get_agency(agency),
            data,
            engine=store.engine,
            at=utc_now(),
            actor=cli_actor(),
        )
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(outcome.plan.skipped.items()))
        console.print(
            f"{outcome.plan.objects} objects: {outcome.created} new reports, "
            f"{outcome.already_known} already imported ({outcome.updated} updated, "
            f"{outcome.retracted} retracted by a newer version); skipped: {skipped or 'none'}",
            highlight=False,
        )
        for stix_type, reason in sorted(outcome.plan.reasons.items()):
            console.print(f"  {stix_type}: {reason}", highlight=False)


partner_app = typer.Typer(
    help="Partners who read the agency's TAXII collection, and whom it pulls from."
)
share_app.add_typer(partner_app, name="partner")
PartnerArgument = Annotated[str, typer.Argument(help="The partner's code (its Basic user name).")]


def _partner_of(
    database_url: str | None, agency: str, code: str
) -> tuple[SqlReportStore, Agency, Partner]:
    """The store, the agency and its partner ``code`` (NotFound if either is unknown)."""
    store = open_store(settings_with(database_url))
    owner = store.get_agency(agency)
    return store, owner, get_partner(store.engine, owner, code)


@partner_app.command("add")
def partner_add(
    code: PartnerArgument,
    agency: AgencyOption,
    clearance: Annotated[
        str,
        typer.Option(
            "--clearance",
            help="clear, green, amber, or own (the agency's own organisation: AMBER+STRICT).",
        ),
    ],
    name: Annotated[str | None, typer.Option("--name", help="The partner's name.")] = None,
    purpose: Annotated[
        str, typer.Option("--purpose", help="Why it receives data (written to every disclosure).")
    ] = "threat intelligence sharing",
    database_url: DatabaseOption = None,
) -> None:
    """Create a partner and print its key once (TAXII: Basic user = CODE, password = key)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        partner, key = add_partner(
            store,
            store.engine,
            owner,
            code,
            clearance=clearance,
            name=name,
            purpose=purpose,
            at=utc_now(),
            actor=cli_actor(),
        )
        publish(store.engine, owner, partner.clearance, partner.receiver(), at=utc_now())
        console.print(
            f"partner {code} of {agency} (clearance {partner.clearance}); key, shown once:"
        )
        typer.echo(key)


@partner_app.command("key")
def partner_key(
    code: PartnerArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """Issue a new key for the partner (the old one stops working) and print it once."""
    with cli_errors():
        store, _, partner = _partner_of(database_url, agency, code)
        typer.echo(rotate_key(store, store.engine, partner, at=utc_now(), actor=cli_actor()))


@partner_app.command("revoke")
def partner_revoke(
    code: PartnerArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """Revoke the partner's key: its next TAXII request gets a 401."""
    with cli_errors():
        store, _, partner = _partner_of(database_url, agency, code)
        revoke_partner(store, store.engine, partner, at=utc_now(), actor=cli_actor())
        console.print(f"revoked the key of partner {code}")


@partner_app.command("remote")
def partner_remote(
    code: PartnerArgument,
    agency: AgencyOption,
    url: Annotated[str, typer.Option("--url", help="The partner's TAXII API root URL.")],
    collection: Annotated[
        str | None, typer.Option("--collection", help="Collection id to pull from.")
    ] = None,
    inbox: Annotated[str | None, typer.Option("--inbox", help="Collection id to push to.")] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="Basic user name (none: the key is a Bearer key).")
    ] = None,
    key_env: Annotated[
        str,
        typer.Option("--key-env", help="Environment variable holding the key the partner gave us."),
    ] = "TIPOFF_PARTNER_KEY",
    database_url: DatabaseOption = None,
) -> None:
    """Store where the partner's TAXII server is, for pull and push (key read from --key-env)."""
    with cli_errors():
        store, _, partner = _partner_of(database_url, agency, code)
        key = os.environ.get(key_env)
        if key is None:
            raise ValidationError(
                f"set {key_env} to the key {code} gave you (not on the command line)"
            )
        set_remote(
            store.engine, partner, url=url, collection=collection, inbox=inbox, user=user, key=key
        )
        console.print(f"partner {code}: TAXII server {url}", highlight=False)


@partner_app.command("list")
def partner_list(agency: AgencyOption, database_url: DatabaseOption = None) -> None:
    """The agency's partners: code, clearance, purpose, remote server and cursor."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        for partner in list_partners(store.engine, store.get_agency(agency)):
            typer.echo(
                f"{partner.code}\t{partner.clearance}\t{partner.purpose}\t"
                f"{partner.remote_url or '-'}\tpulled up to {partner.pull_after or '-'}"
            )


@share_app.command("publish")
def publish_command(database_url: DatabaseOption = None) -> None:
    """Refresh every agency's TAXII collection for the clearances its partners hold
    (`tipoff serve` does this every TIPOFF_SHARE_PUBLISH_INTERVAL_S seconds)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        for code, done in publish_all(store.engine, at=utc_now()):
            console.print(
                f"{code} {done.tier}: {done.objects} objects, {done.added} added, "
                f"{done.rewritten} rewritten, {done.removed} removed",
                highlight=False,
            )


@share_app.command("pull")
def pull_command(
    partner: PartnerArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """Import what is new in the partner's TAXII collection (resumable, idempotent)."""
    with cli_errors():
        store, owner, found = _partner_of(database_url, agency, partner)
        outcome = pull(store, store.engine, owner, found, at=utc_now(), actor=cli_actor())
        console.print(
            f"{outcome.pages} pages, {outcome.objects} objects: {outcome.created} new reports, "
            f"{outcome.already_known} already imported",
            highlight=False,
        )


@share_app.command("push")
def push_command(
    partner: PartnerArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """Send the partner what its clearance allows and it has not received (audited)."""
    with cli_errors():
        store, owner, found = _partner_of(database_url, agency, partner)
        outcome = push(store, store.engine, owner, found, at=utc_now(), actor=cli_actor())
        console.print(
            f"{outcome.pages} pages, {outcome.objects} objects sent, "
            f"{outcome.failures} refused by the partner",
            highlight=False,
        )


@share_app.command("disclosures")
def disclosures_command(
    agency: AgencyOption,
    partner: Annotated[str | None, typer.Option("--partner", help="Only this partner.")] = None,
    out: OutOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """The agency's disclosure trail (TAXII and file exports), JSON Lines, oldest first."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        lines = (
            orjson.dumps(row.as_json()) + b"\n"
            for row in disclosures(store.engine, owner.code, partner=partner)
        )
        write_out(out, lines)


@share_app.command("blocklist")
def blocklist_command(
    partner: Annotated[str, typer.Argument(help="Partner code (its clearance decides).")],
    agency: AgencyOption,
    kind: Annotated[str, typer.Option("--kind", help="phone, wallet, iban, domain, ...")],
    form: Annotated[str, typer.Option("--format", help="text or misp")] = "text",
    out: OutOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """A partner's blocklist of one kind: plain text or MISP warninglist (audited)."""
    with cli_errors():
        store, _, found = _partner_of(database_url, agency, partner)
        chosen = parse_kind(kind)
        if form not in ("text", "misp"):
            raise ValidationError("--format is text or misp", path="format")
        at = utc_now()
        values = blockable(store.engine, found)
        record_disclosure(
            store, found, of_kind(values, chosen), at=at, endpoint=f"cli blocklist {chosen} {form}"
        )
        if form == "misp":
            data = orjson.dumps(
                misp_warninglist(values, chosen, found, at), option=orjson.OPT_INDENT_2
            )
        else:
            data = plain_text(values, chosen, found, at).encode()
        write_out(out, [data])


@share_app.command("lookup")
def lookup_command(
    partner: Annotated[str, typer.Argument(help="The partner whose instance we ask.")],
    values: Annotated[list[str], typer.Argument(help="KIND:VALUE, e.g. phone:+85512345678")],
    agency: AgencyOption,
    bloom: Annotated[
        Path | None,
        typer.Option("--bloom", help="Answer from this downloaded Bloom filter, offline."),
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Ask a partner's tipoff whether values are known, sending only keyed hashes."""
    with cli_errors():
        _, _, found = _partner_of(database_url, agency, partner)
        asked = parse_asked(found, values)
        if bloom is None:
            answers = ask_remote(found, asked)
            words = {True: "known", False: "not known"}
        else:
            answers = ask_bloom(Bloom.load(bloom.read_bytes()), asked)
            words = {True: "maybe known (Bloom filter)", False: "not known"}
        for text, hit in answers.items():
            typer.echo(f"{text}\t{words[hit]}")


def register(app: typer.Typer) -> None:
    """Add ``tipoff share`` to the tipoff app."""
    app.add_typer(share_app, name="share")
