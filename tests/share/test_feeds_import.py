"""Feed readers and the import: canonical values, bad rows counted beside kept good ones,
idempotent re-import, decay; the CLI on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.errors import ValidationError
from tipoff.share.feeds.catalogue import KNOWN_FEEDS, custom_feed, feed_spec
from tipoff.share.feeds.decay import effective_confidence, is_expired
from tipoff.share.feeds.importing import import_feed
from tipoff.share.feeds.store import FeedStore, MemoryFeedStore, SqlFeedStore
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore

T0 = datetime(2026, 6, 1, tzinfo=UTC)
ADDRESS = "0xD0cC2B24980CBCCA47EF755Da88B220a82291407"


def _keys(store: MemoryFeedStore, keys: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(x.feed, x.kind, x.value) for x in store.listings(keys, at=T0)]


def test_plain_list_canonicalises_like_reports_and_counts_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text(
        "# my list\nWWW.Bad-Shop.TOP\nnot a domain\n\nhxxps://evil[.]shop-login.top/login?x=1\n"
    )
    store = MemoryFeedStore()
    result = import_feed(store, custom_feed("mine", "plain", kind="host"), path, at=T0)
    assert (result.rows, result.added, dict(result.skipped)) == (3, 2, {"not a valid domain": 1})
    assert result.examples == ["3: not a valid domain"]
    found = _keys(
        store, [("domain", "bad-shop.top"), ("url", "https://evil.shop-login.top/login?x=1")]
    )
    assert found == [
        ("mine", "domain", "bad-shop.top"),
        ("mine", "url", "https://evil.shop-login.top/login?x=1"),
    ]
    again = import_feed(store, custom_feed("mine", "plain", kind="host"), path, at=T0)
    assert (again.added, again.refreshed) == (0, 2)


def test_plain_phone_list_and_warninglisted_values(tmp_path: Path) -> None:
    path = tmp_path / "phones.txt"
    path.write_text("+1 (469) 257-6503\n12\n")
    result = import_feed(MemoryFeedStore(), custom_feed("p", "plain", kind="phone"), path, at=T0)
    assert (result.added, sum(result.skipped.values())) == (1, 1)
    sites = tmp_path / "sites.txt"
    sites.write_text("google.com\nbad-shop.top\n")
    result = import_feed(MemoryFeedStore(), custom_feed("s", "plain", kind="domain"), sites, at=T0)
    assert result.added == 1
    assert list(result.skipped) == ["warninglisted domain (a common identifier, not listed)"]


def test_misp_feed_reads_event_and_object_attributes(tmp_path: Path) -> None:
    uuid, broken = "5f0c2b6a-1111-4c1e-9a7e-000000000001", "5f0c2b6a-1111-4c1e-9a7e-000000000002"
    (tmp_path / "manifest.json").write_text(json.dumps({uuid: {"info": "x"}, broken: {}}))
    event = {
        "Event": {
            "uuid": uuid,
            "Attribute": [
                {"type": "domain", "value": "bad-shop.top", "timestamp": "1700000000"},
                {"type": "ip-dst", "value": "192.0.2.1"},
                {"type": "btc", "value": "not-an-address"},
                {"type": "phone-number", "value": "+85512345678"},
            ],
            "Object": [{"Attribute": [{"type": "domain|ip", "value": "evil.test.top|192.0.2.9"}]}],
        }
    }
    (tmp_path / f"{uuid}.json").write_text(json.dumps(event))
    (tmp_path / f"{broken}.json").write_text("{not json")
    store = MemoryFeedStore()
    result = import_feed(store, custom_feed("misp-x", "misp"), tmp_path, at=T0)
    assert result.added == 3
    assert sum(result.skipped.values()) == 3  # the IP, the bad address, the broken event file
    [listing] = store.listings([("domain", "bad-shop.top")], at=T0)
    assert listing.listed_at == datetime.fromtimestamp(1_700_000_000, UTC)


def test_misp_manifest_cannot_name_files_outside_the_feed_folder(tmp_path: Path) -> None:
    """A manifest key was joined to the folder as it was: "../x" or an absolute path read
    any JSON file the importing user can read into the (public) listings."""
    feed, outside = tmp_path / "feed", tmp_path / "outside"
    feed.mkdir()
    outside.mkdir()
    leaked = {"Event": {"Attribute": [{"type": "domain", "value": "private-notes.top"}]}}
    (outside / "notes.json").write_text(json.dumps(leaked))
    uuid = "5f0c2b6a-1111-4c1e-9a7e-000000000003"
    event = {"Event": {"Attribute": [{"type": "domain", "value": "bad-shop.top"}]}}
    (feed / f"{uuid}.json").write_text(json.dumps(event))
    keys = ["../outside/notes", str(outside / "notes"), uuid]
    (feed / "manifest.json").write_text(json.dumps({key: {} for key in keys}))
    store = MemoryFeedStore()
    result = import_feed(store, custom_feed("misp-x", "misp"), feed, at=T0)
    assert result.added == 1
    assert dict(result.skipped) == {"manifest key is not an event uuid": 2}
    assert not store.listings([("domain", "private-notes.top")], at=T0)


def test_misp_timestamp_beyond_time_t_is_a_bad_row_not_a_failed_import(tmp_path: Path) -> None:
    uuid = "5f0c2b6a-1111-4c1e-9a7e-000000000004"
    (tmp_path / "manifest.json").write_text(json.dumps({uuid: {}}))
    attributes = [
        {"type": "domain", "value": "bad-shop.top", "timestamp": "9" * 30},
        {"type": "domain", "value": "other-shop.top", "timestamp": "1700000000"},
    ]
    (tmp_path / f"{uuid}.json").write_text(json.dumps({"Event": {"Attribute": attributes}}))
    store = MemoryFeedStore()
    result = import_feed(store, custom_feed("misp-x", "misp"), tmp_path, at=T0)
    assert result.added == 1
    assert dict(result.skipped) == {"attribute timestamp is out of range": 1}


def test_cryptoscamdb_yaml_aliases_do_not_multiply_rows(tmp_path: Path) -> None:
    """A "billion laughs": 60 records aliasing one record whose 60 coins alias one list of
    60 aliased addresses were 216,000 rows from 3 KB (a 20 KB file: 10^9). Each node is
    read once; the repeats are bad rows, one per alias, never multiplied."""
    n = 60
    text = ["- &r", "  url: http://scam-one.top", "  addresses:", "    C0: &v"]
    text += [f'    - &s "{ADDRESS}"'] + ["    - *s"] * (n - 1)
    text += [f"    C{i}: *v" for i in range(1, n)] + ["- *r"] * (n - 1)
    path = tmp_path / "urls.yaml"
    path.write_text("\n".join(text) + "\n")
    result = import_feed(MemoryFeedStore(), feed_spec("cryptoscamdb"), path, at=T0)
    assert result.rows < 4 * n
    assert result.added == 2  # the site and the one wallet
    assert result.skipped["repeats an earlier node (YAML alias)"] == 2 * (n - 1)


def test_jpcert_and_cryptoscamdb_keep_good_rows_beside_bad_ones(tmp_path: Path) -> None:
    csv_path = tmp_path / "202401.csv"
    csv_path.write_text(
        "date,URL,description\n2024/01/04 10:02:00,https://dyxdjxx.com/,国税庁\nbroken\n"
        "2024/01/05 09:00:00,https://phish.example.top/amazon/login,Amazon\n"
    )
    store = MemoryFeedStore()
    result = import_feed(store, feed_spec("jpcert"), csv_path, at=T0)
    assert (result.added, result.examples) == (2, ["202401.csv:3: expected date,URL,description"])
    [listing] = store.listings([("domain", "dyxdjxx.com")], at=T0)
    assert listing.since == datetime(2024, 1, 4, 10, 2, tzinfo=UTC)
    yaml_path = tmp_path / "urls.yaml"
    yaml_path.write_text(
        f"- name: myelherwallel.com\n  url: http://myelherwallel.com\n  addresses:\n"
        f'    ETH:\n    - "{ADDRESS}"\n    - 42\n- just a string\n'
    )
    result = import_feed(store, feed_spec("cryptoscamdb"), yaml_path, at=T0)
    assert result.added == 2 and sum(result.skipped.values()) == 2
    assert store.listings([("wallet", "eth:" + ADDRESS.lower())], at=T0)[0].feed == "cryptoscamdb"


def test_unreadable_files_are_refused_whole(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("{")
    with pytest.raises(ValidationError):
        import_feed(MemoryFeedStore(), feed_spec("scamsniffer"), bad, at=T0)
    with pytest.raises(ValidationError):
        feed_spec("nope")
    with pytest.raises(ValidationError):
        custom_feed("ofac", "plain", kind="domain")
    with pytest.raises(ValidationError):
        custom_feed("x", "plain")


def test_decay_halves_per_half_life_and_expires() -> None:
    assert effective_confidence(80, 30.0, T0, T0) == 80
    assert effective_confidence(80, 30.0, T0, T0 + timedelta(days=30)) == 40
    assert effective_confidence(80, 30.0, T0, T0 - timedelta(days=5)) == 80  # future: no boost
    assert not is_expired(80, 30.0, T0, T0 + timedelta(days=89))
    assert is_expired(80, 30.0, T0, T0 + timedelta(days=95))
    assert all(
        0 < spec.confidence <= 100 and spec.half_life_days > 0 for spec in KNOWN_FEEDS.values()
    )


def test_cli_imports_and_lists(engine: Engine, database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("bad-shop.top\n???\n")
    db = ["--database-url", database_url]
    runner = CliRunner()
    args = ["feeds", "import", "mine", str(path), "--format", "plain", "--kind", "domain"]
    result = runner.invoke(build_app(), [*args, "--json", *db])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["added"], summary["skipped_by_reason"]) == (1, {"not a valid domain": 1})
    result = runner.invoke(build_app(), ["feeds", "list", "--json", *db])
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert (row["name"], row["entries"], row["public"]) == ("mine", 1, True)
    result = runner.invoke(build_app(), ["feeds", "import", "nope", str(path), *db])
    assert result.exit_code == 1 and "unknown feed" in result.output
    assert SqlFeedStore(engine).listings([("domain", "bad-shop.top")], at=datetime.now(UTC))


def test_scamsniffer_combined_keeps_hosts_when_addresses_are_malformed(tmp_path: Path) -> None:
    path = tmp_path / "combined.json"
    path.write_text(json.dumps({"drain-claim.top": [ADDRESS], "mint-free.top": "oops"}))
    store = MemoryFeedStore()
    result = import_feed(store, feed_spec("scamsniffer"), path, at=T0)
    assert (result.added, result.examples) == (3, ["2: addresses is not a list"])
    assert store.listings([("domain", "mint-free.top")], at=T0)[0].feed == "scamsniffer"


def test_overlong_values_are_counted_not_fatal(feed_store: object, tmp_path: Path) -> None:
    """A 1,200-character URL (JPCERT has such rows) is skipped with its reason on every
    backend (PostgreSQL would refuse it), and the row beside it is kept."""
    path = tmp_path / "long.txt"
    path.write_text(f"https://phish.shop-login.top/{'a' * 1200}\nhttps://phish.shop-login.top/x\n")
    store: FeedStore = feed_store  # type: ignore[assignment]
    result = import_feed(store, custom_feed("long", "plain", kind="url"), path, at=T0)
    assert (result.added, list(result.skipped)) == (1, ["url longer than 1000 characters"])


def test_a_private_feed_stays_private_when_refreshed_without_the_flag(
    feed_store: object, tmp_path: Path
) -> None:
    """A refresh without --private (a cron line written from the docs' example) made a
    private feed public: its values became "listed by" it on the public check."""
    path = tmp_path / "bank.txt"
    path.write_text("confidential-mule-list.top\n")
    store: FeedStore = feed_store  # type: ignore[assignment]
    key = [("domain", "confidential-mule-list.top")]
    private = custom_feed("bank-x", "plain", kind="domain", public=False)
    import_feed(store, private, path, at=T0)
    assert store.listings(key, at=T0) and not store.listings(key, at=T0, public_only=True)
    refreshed = custom_feed("bank-x", "plain", kind="domain")  # --private forgotten
    import_feed(store, refreshed, path, at=T0 + timedelta(days=1))
    assert not store.listings(key, at=T0 + timedelta(days=1), public_only=True)
    public = custom_feed("open-x", "plain", kind="domain")
    import_feed(store, public, path, at=T0)
    assert [x.feed for x in store.listings(key, at=T0, public_only=True)] == ["open-x"]


def test_misp_freetext_feed_detects_types_and_refangs(tmp_path: Path) -> None:
    path = tmp_path / "freetext.txt"
    path.write_text(
        "# openphish-like freetext feed\n"
        "hxxps://evil-shop[.]top/login seen 2026-05-01, also pay-now[.]xyz\n"
        "contact: refund[at]scam-mail.top; wallet 0xD0cC2B24980CBCCA47EF755Da88B220a82291407\n"
        "192.0.2.1 d41d8cd98f00b204e9800998ecf8427e <www.bad-bank.top>\n"
    )
    store = MemoryFeedStore()
    result = import_feed(store, custom_feed("free", "misp-freetext"), path, at=T0)
    found = {
        (x.kind, x.value)
        for x in store.listings(
            [
                ("url", "https://evil-shop.top/login"),
                ("domain", "pay-now.xyz"),
                ("email", "refund@scam-mail.top"),
                ("wallet", "eth:" + ADDRESS.lower()),
                ("domain", "bad-bank.top"),
            ],
            at=T0,
        )
    }
    assert ("url", "https://evil-shop.top/login") in found
    assert ("domain", "pay-now.xyz") in found and ("domain", "bad-bank.top") in found
    assert ("email", "refund@scam-mail.top") in found
    assert ("wallet", "eth:" + ADDRESS.lower()) in found
    assert result.added == 5
    assert result.skipped["an IP address (tipoff keeps no IP addresses)"] == 1
    assert result.skipped["a hash (tipoff keeps no file hashes)"] == 1
    # words around the values are counted, never listed
    assert result.skipped["freetext token of no type tipoff keeps"] == 5


def test_misp_csv_feed_reads_the_chosen_columns(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        "# date;url;phone;note\n"
        "2026-05-01;hxxp://fake-post[.]top/track;+855 12 345 678;parcel\n"
        "2026-05-02;not a value;+1 213 373 4253\n"
        "2026-05-03\n"
        "2026-05-04;https://bank-verify.top/a?b=1;;\n"
    )
    spec = custom_feed("csvfeed", "misp-csv", columns=(2, 3), delimiter=";")
    store = MemoryFeedStore()
    result = import_feed(store, spec, path, at=T0)
    keys = [
        ("url", "https://fake-post.top/track"),
        ("phone", "+85512345678"),
        ("phone", "+12133734253"),
        ("url", "https://bank-verify.top/a?b=1"),
    ]
    assert {(x.kind, x.value) for x in store.listings(keys, at=T0)} == set(keys)
    assert result.added == 4
    assert result.skipped == {
        "freetext token of no type tipoff keeps": 1,
        "no column 2": 1,
        "no column 3": 1,
    }
    with pytest.raises(ValidationError):
        custom_feed("csvfeed", "misp-csv", columns=(0,))
    with pytest.raises(ValidationError):
        custom_feed("csvfeed", "misp-csv", delimiter=";;")


def test_cli_feed_imports_are_audited(tmp_path: Path, database_url: str) -> None:
    path = tmp_path / "free.txt"
    path.write_text("pay-now.xyz\n8.8.8.8\n")
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    args = ["feeds", "import", "mine", str(path), "--format", "misp-freetext"]
    result = CliRunner().invoke(build_app(), [*args, "--database-url", database_url])
    assert result.exit_code == 0, result.output
    entries = [e for e in SqlReportStore(engine).audit_entries() if e.action == "feed-import"]
    assert len(entries) == 1
    [entry] = entries
    assert entry.object_type == "feed" and entry.object_ref == "mine"
    assert entry.detail["added"] == 1 and entry.detail["skipped"] == 1
    assert entry.actor
    engine.dispose()
