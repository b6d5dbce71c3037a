"""Extraction on an independent world (bench/independent_world_2.py, _3.py) against its truth.

The independent worlds key their identifiers their own way ("bank:TH:<bank name>:<number>",
"kakao:<id>", "url:<host/path>"), not tipoff's, so a truth mention is matched to the values
tipoff found in its report by the part any correct value must hold (the account number, the
phone's digits, the handle's ID without its separators, the URL without its scheme):

- found: some value tipoff extracted from the report matches the mention;
- canonical: among them is the value that the identifier's mentions most often give over the
  whole world (one identifier, one key: a Hong Kong account keyed with its bank code in one
  report and without it in another is found twice but canonical once);
- candidate false positive: a value tipoff found (not common) that matches no mention of
  its report, not even one the truth marks unrecoverable or innocent.

Only recoverable mentions of crew or service values count; innocent values (police lines, the
victim's exchange) are allowed but not scored.

    PYTHONPATH=src:. python bench/independent_world_2.py --config compounds --seed 1 --out /tmp/w
    PYTHONPATH=src:. python bench/extraction_vs_truth.py /tmp/w [--examples 8] [--limit N]

EVALUATION DATA: these worlds measure extraction; fix general behaviour, never their spellings.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn
from tipoff.store.records import NewSighting

DIGITS = str.maketrans("０１２３４５６７８９๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")
HANDLE_PLATFORMS = {
    "telegram": "telegram",
    "line": "line",
    "wechat": "wechat",
    "kakao": "kakaotalk",
    "kakaotalk": "kakaotalk",
    "whatsapp": "whatsapp",
    "zalo": "zalo",
}
INNOCENT_KINDS = frozenset({"innocent", "short", "name"})
# Platforms tipoff keys as a link (a profile URL), not as a handle of their own: a reading of
# the name anywhere in a found value counts (bench/independent_world_4.py, _5.py).
LINK_PLATFORMS = frozenset(
    {"instagram", "snapchat", "cashapp", "skype", "facebook", "tiktok", "shopee", "carousell"}
)
# Truth kinds that are no identifier tipoff keys (the victim's case, MTCN, remote-desktop ids)
# or that name the victim.
UNSCORED_KINDS = frozenset({"case", "mtcn", "remote"})


def normalise_key(key: str) -> str:
    """A truth key of the fourth or fifth world in the second and third worlds' terms.

    ``acct:SG:DBS:123`` / ``bank_account:GB:200000:123`` -> ``bank:…``; ``handle:line:x`` ->
    ``line:x``; ``url:host/path`` stays (matched without its scheme)."""
    kind, _, rest = key.partition(":")
    if kind in ("acct", "bank_account"):
        return "bank:" + rest
    if kind == "handle":
        return rest
    return key


def squash(text: str) -> str:
    text = text.translate(DIGITS).lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    text = text.removeprefix("www.")
    return "".join(ch for ch in text if ch not in " -.()\n\t/:[]@_+~#")


def _digits(text: str) -> str:
    return "".join(ch for ch in text.translate(DIGITS) if ch.isdigit())


def matches(key: str, sighting: NewSighting) -> bool:
    """Whether ``sighting`` is a reading of the truth identifier ``key``."""
    kind, _, rest = normalise_key(key).partition(":")
    value = sighting.value
    if kind == "phone" and not rest.startswith("+"):  # a short line: phone:KR:1332
        return _loosely(key, sighting)
    if kind == "phone":
        return (sighting.kind == "phone" and value == rest) or (
            sighting.kind == "handle" and value.endswith(":" + rest)
        )
    if kind == "bank":
        number = _digits(rest.rsplit(":", 1)[-1])
        return sighting.kind in ("bank_account", "iban") and number in _digits(value)
    if kind == "wallet":
        return sighting.kind == "wallet" and squash(rest.split(":", 1)[-1]) in squash(value)
    if kind == "domain":
        return sighting.kind == "domain" and value == rest.lower()
    if kind == "url":
        return sighting.kind == "url" and squash(rest) in squash(value)
    if kind == "email":
        return sighting.kind == "email" and value == rest.lower()
    if kind in LINK_PLATFORMS:
        return len(rest) >= 3 and squash(rest) in squash(value)
    if kind in HANDLE_PLATFORMS:
        platform, _, name = value.partition(":")
        return (
            sighting.kind == "handle"
            and platform == HANDLE_PLATFORMS[kind]
            and squash(name) == squash(rest)
        )
    return _loosely(key, sighting)


def _loosely(key: str, sighting: NewSighting) -> bool:
    """An innocent or unknown-kind value: its last characters inside the sighting's value."""
    core = squash(key.rsplit(":", 1)[-1])
    if core.isdigit():
        return len(core) >= 3 and _digits(sighting.value).endswith(core[-8:])
    return len(core) >= 3 and core in squash(sighting.value)


def _host_of(key: str) -> str | None:
    kind, _, rest = key.partition(":")
    if kind == "url":
        rest = rest.split("://", 1)[-1]
        return rest.split("/", 1)[0].split(":", 1)[0].removeprefix("www.").lower()
    if kind == "email":
        return rest.rsplit("@", 1)[-1].lower()
    return None


def _explained(sighting: NewSighting, keys: Iterable[str]) -> bool:
    """A value some mention of the report accounts for, or a domain of a mentioned host."""
    for key in keys:
        if matches(key, sighting) or _loosely(key, sighting):
            return True
        host = _host_of(key)
        if (
            sighting.kind == "domain"
            and host
            and (host == sighting.value or host.endswith("." + sighting.value))
        ):
            return True
    return False


@dataclass
class WorldExtraction:
    reports: int = 0
    mentions: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    canonical: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    missed_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    split_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fp_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # per language: truth mentions, found, canonical, candidate false positives
    language_mentions: Counter[str] = field(default_factory=Counter)
    language_found: Counter[str] = field(default_factory=Counter)
    language_canonical: Counter[str] = field(default_factory=Counter)
    language_false_positives: Counter[str] = field(default_factory=Counter)

    def add(self, other: WorldExtraction) -> None:
        """Sum another world's counts into this one (examples appended)."""
        self.reports += other.reports
        for name in (
            "mentions",
            "found",
            "canonical",
            "false_positives",
            "language_mentions",
            "language_found",
            "language_canonical",
            "language_false_positives",
        ):
            getattr(self, name).update(getattr(other, name))
        for name in ("missed_examples", "split_examples", "fp_examples"):
            for kind, rows in getattr(other, name).items():
                getattr(self, name)[kind].extend(rows)


def _innocent(mention: dict[str, object]) -> bool:
    owner = str(mention.get("owner") or "")
    kind = normalise_key(str(mention["key"])).split(":", 1)[0]
    return (
        mention.get("owner_type") == "innocent"
        or owner.startswith("innocent")
        or owner == "victim"
        or kind in INNOCENT_KINDS
        or kind in UNSCORED_KINDS
    )


def _report_text(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _context(record: dict[str, object], mention: dict[str, object]) -> str:
    """The mention as written with some of the report's text around it."""
    text = _report_text(record).translate(DIGITS)
    written = str(mention.get("text") or "").translate(DIGITS)
    core = str(mention["key"]).rsplit(":", 1)[-1].translate(DIGITS)
    for probe in (written, core, core[-6:], core[:6]):
        at = text.find(probe) if probe else -1
        if at >= 0:
            return text[max(0, at - 50) : at + len(probe) + 30]
    return written or "?"


def compare_world(world: Path, limit: int | None = None) -> WorldExtraction:
    """Per truth kind: recoverable crew/service mentions, found, canonical; candidate false
    positives per tipoff kind."""
    analyser = Analyser(with_assessment=False)
    result = WorldExtraction()
    truth_rows = (world / "truth.jsonl").open(encoding="utf-8")
    # key -> per mention (kind, the values matching it, context) for the canonical pass
    per_key: dict[str, list[tuple[set[str], str, str]]] = defaultdict(list)
    with (world / "reports.jsonl").open(encoding="utf-8") as lines, truth_rows:
        for line, truth_line in zip(lines, truth_rows, strict=False):
            if limit is not None and result.reports >= limit:
                break
            record = json.loads(line)
            truth = json.loads(truth_line)
            assert truth["external_id"] == record["external_id"]
            found = analyser.sightings(ReportIn.model_validate(record))
            result.reports += 1
            keys = [str(m["key"]) for m in truth["mentions"]]
            language = str(truth.get("language") or record.get("language") or "?")
            for mention in truth["mentions"]:
                key = str(mention["key"])
                if _innocent(mention) or not mention["recoverable"]:
                    continue
                kind = normalise_key(key).split(":", 1)[0]
                result.mentions[kind] += 1
                result.language_mentions[language] += 1
                values = {f"{s.kind}:{s.value}" for s in found if matches(key, s)}
                written = _context(record, mention)
                context = (
                    f"{record['external_id']} [{language}] {key!r} in {mention.get('where')}: "
                    f"{written!r}"
                )
                per_key[key].append((values, context, language))
                if values:
                    result.found[kind] += 1
                    result.language_found[language] += 1
                else:
                    result.missed_examples[kind].append(context)
            for sighting in found:
                if sighting.common or _explained(sighting, keys):
                    continue
                result.false_positives[sighting.kind] += 1
                result.language_false_positives[language] += 1
                result.fp_examples[sighting.kind].append(
                    f"{record['external_id']} [{language}] {sighting.kind}:{sighting.value} "
                    f"raw={sighting.raw!r} in {sighting.source}"
                )
    for key, readings in per_key.items():
        tally = Counter(v for values, _, _ in readings for v in values)
        if not tally:
            continue
        modal = tally.most_common(1)[0][0]
        kind = normalise_key(key).split(":", 1)[0]
        for values, context, language in readings:
            if modal in values:
                result.canonical[kind] += 1
                result.language_canonical[language] += 1
            elif values:
                result.split_examples[kind].append(f"{context} -> {sorted(values)} (modal {modal})")
    return result


def print_world(result: WorldExtraction, world: Path, examples: int) -> None:
    total = sum(result.mentions.values())
    print(f"{result.reports:,} reports of {world} (independent world)")
    print(f"{'kind':<10} {'mentions':>9} {'found':>9} {'canonical':>10} {'share':>7}")
    for kind in sorted(result.mentions):
        share = result.canonical[kind] / result.mentions[kind]
        print(
            f"{kind:<10} {result.mentions[kind]:>9,} {result.found[kind]:>9,} "
            f"{result.canonical[kind]:>10,} {share:>7.4f}"
        )
    canonical = sum(result.canonical.values())
    print(
        f"{'all':<10} {total:>9,} {sum(result.found.values()):>9,} {canonical:>10,} "
        f"{canonical / max(1, total):>7.4f}"
    )
    print(
        "candidate false positives: "
        + ", ".join(f"{k} {v}" for k, v in sorted(result.false_positives.items()))
    )
    header = f"{'language':<10} {'mentions':>9} {'found':>9} {'canonical':>10} {'share':>7}"
    print(f"\n{header} {'FP':>6}")
    for language in sorted(result.language_mentions):
        count = result.language_mentions[language]
        print(
            f"{language:<10} {count:>9,} {result.language_found[language]:>9,} "
            f"{result.language_canonical[language]:>10,} "
            f"{result.language_canonical[language] / count:>7.4f} "
            f"{result.language_false_positives[language]:>6,}"
        )
    for title, table in (
        ("missed", result.missed_examples),
        ("found under another key", result.split_examples),
        ("candidate false positives", result.fp_examples),
    ):
        for kind in sorted(table):
            rows = table[kind]
            print(f"\n{title}, {kind} ({len(rows)}):")
            step = max(1, len(rows) // max(1, examples))
            for example in rows[::step][:examples]:
                print("  " + example.replace("\n", "⏎"))
