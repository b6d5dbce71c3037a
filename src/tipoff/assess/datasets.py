"""Labelled texts: the public sets in ../shared/data, user files, and the held-out split.

The split is a pure function of the text: a message is held out when the SHA-1 of its
normalised form falls in the lowest ``HOLDOUT_PERCENT`` buckets. The same text is therefore
held out in every file it appears in (UCI and Mishra–Soni share 4,886 texts), duplicates can
never straddle train and test, and ``tipoff eval`` reproduces the split without state.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from tipoff.assess.content import too_little_text
from tipoff.assess.examples import (
    CALIBRATION_PERCENT,
    HOLDOUT_PERCENT,
    Example,
    calibration_rows,
    deduplicate,
    held_out,
    is_calibration,
    is_held_out,
    normalise_for_split,
    split_bucket,
)
from tipoff.assess.public_asia import ASIAN_FILES, ASIAN_LANGUAGES, ASIAN_SETS
from tipoff.assess.taxonomy import (
    LEGITIMATE,
    NOT_SCAM,
    SCAM,
    SCAM_TYPES,
    SPAM,
    UNWANTED,
    expand_label,
)

__all__ = [
    "CALIBRATION_PERCENT",
    "HOLDOUT_PERCENT",
    "Example",
    "calibration_rows",
    "deduplicate",
    "held_out",
    "is_calibration",
    "is_held_out",
    "normalise_for_split",
    "split_bucket",
]

# --- label mapping -------------------------------------------------------------------------

SCAM_WORDS = frozenset(
    {"spam", "scam", "smishing", "phishing", "fraud", "fraudulent", "1", "true", "yes"}
)
HAM_WORDS = frozenset({"ham", "not_scam", "legit", "legitimate", "0", "false", "no", "benign"})


def parse_label_map(spec: str) -> dict[str, str]:
    """``"spam=scam,ham=not_scam"`` → {"spam": "scam", "ham": "not_scam"} (keys case-folded)."""
    mapping: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in spec.split(","))):
        raw, sep, target = part.partition("=")
        if not sep or not raw.strip() or not target.strip():
            raise ValueError(f"bad label mapping {part!r}: use raw=label, e.g. spam=scam")
        mapping[raw.strip().casefold()] = target.strip()
    return mapping


PROMOTION_WORDS = frozenset({"spam", "promotion", "promo", "advertising", "ad", "ads"})


def label_to_example_fields(
    raw: str, mapping: dict[str, str]
) -> tuple[bool, frozenset[str], str] | None:
    """(is_scam, types, outcome) for a raw label, or None when the label is unknown.

    An unmapped "spam" is promotion (outcome spam); map it (``spam=scam``) where a file's spam
    is fraud, or to ``unwanted`` where it mixes both.
    """
    key = raw.strip().casefold()
    label = mapping.get(key, key)
    if label in (NOT_SCAM, LEGITIMATE, *HAM_WORDS):
        return False, frozenset(), LEGITIMATE
    if label in PROMOTION_WORDS:
        return False, frozenset(), SPAM
    if label == UNWANTED:
        return False, frozenset(), UNWANTED
    if label in SCAM_TYPES:
        return True, expand_label(label), SCAM
    if label in SCAM_WORDS or label.startswith("scam"):
        return True, frozenset(), SCAM
    return None


# --- reading user files --------------------------------------------------------------------


def read_labelled_file(
    path: Path,
    *,
    text_col: str,
    label_col: str,
    mapping: dict[str, str],
    source: str | None = None,
    columns: Sequence[str] | None = None,
) -> tuple[list[Example], list[str]]:
    """Examples from a CSV, TSV or JSONL file, and one message per row that could not be used.

    ``columns`` names the columns of a CSV/TSV file that has no header row.
    """
    examples: list[Example] = []
    problems: list[str] = []
    name = source or path.name
    for line_no, row in _rows(path, columns):
        text = row.get(text_col)
        label = row.get(label_col)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{path.name}:{line_no}: no text in column {text_col!r}")
            continue
        if label is None:
            problems.append(f"{path.name}:{line_no}: no label in column {label_col!r}")
            continue
        fields = label_to_example_fields(str(label), mapping)
        if fields is None:
            problems.append(f"{path.name}:{line_no}: unknown label {label!r} (use --map)")
            continue
        examples.append(
            Example(text=text, is_scam=fields[0], types=fields[1], source=name, outcome=fields[2])
        )
    return examples, problems


def _rows(
    path: Path, columns: Sequence[str] | None = None
) -> Iterator[tuple[int, dict[str, object]]]:
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        if suffix in (".jsonl", ".ndjson"):
            for line_no, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError:
                        yield line_no, {}
                        continue
                    yield line_no, record if isinstance(record, dict) else {}
            return
        # TSV files (UCI's among them) use bare quotes inside texts: no quoting there.
        tab = suffix in (".tsv", ".tab")
        reader = csv.DictReader(
            handle,
            fieldnames=list(columns) if columns else None,
            delimiter="\t" if tab else ",",
            quoting=csv.QUOTE_NONE if tab else csv.QUOTE_MINIMAL,
        )
        for line_no, row in enumerate(reader, start=1 if columns else 2):
            yield line_no, dict(row)


# --- the public sets in ../shared/data -----------------------------------------------------


def _uci(root: Path) -> Iterator[Example]:
    path = root / "uci-sms-spam" / "SMSSpamCollection.tsv"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, sep, text = line.partition("\t")
        if sep and label in ("spam", "ham"):
            # UCI "spam" mixes premium-rate prize traps with plain promotions: unwanted, not
            # split (where Mishra–Soni labels the same text, its label is read first and wins).
            outcome = UNWANTED if label == "spam" else LEGITIMATE
            yield Example(text, False, "uci-sms-spam", outcome=outcome, language="en")


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file with a header; undecodable bytes become U+FFFD."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        yield from csv.DictReader(handle)


def _mishra_soni(root: Path) -> Iterator[Example]:
    path = root / "mishra-soni-smishing" / "Mendeley_Dataset_5971.csv"
    for row in _csv_rows(path):
        label = (row.get("LABEL") or "").strip().lower()
        text = row.get("TEXT") or ""
        if label in ("ham", "spam", "smishing") and text.strip():
            types = frozenset({"phishing"}) if label == "smishing" else frozenset()
            outcome = {"ham": LEGITIMATE, "spam": SPAM, "smishing": SCAM}[label]
            yield Example(
                text,
                label == "smishing",
                "mishra-soni-smishing",
                types,
                outcome=outcome,
                language="en",
            )


_MASKED_DIGITS = re.compile(r"(?<![A-Za-z])X+(?![a-z])")


def _spamhunter(root: Path) -> Iterator[Example]:
    # Its digits are masked as X; turning the masks back into digits lets its n-grams match
    # real messages (features map every digit to 0 anyway).
    path = root / "spamhunter-sms" / "SPAM-Hunter_full_dataset_messages.csv"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for line in lines:
        if line.strip():
            text = _MASKED_DIGITS.sub(lambda m: "0" * len(m.group()), line)
            yield Example(text, False, "spamhunter-sms", outcome=UNWANTED)


def _ph_sms_spam(root: Path) -> Iterator[Example]:
    path = root / "ph-sms-spam" / "cleaned_sms_text_labels_only_v2.csv"
    for row in _csv_rows(path):
        label = (row.get("label") or "").strip().lower()
        text = row.get("text") or ""
        if label in ("spam", "ham") and text.strip():
            # Casino ads, GCash phishing and promotions under one "spam" label: unwanted.
            outcome = UNWANTED if label == "spam" else LEGITIMATE
            yield Example(text, False, "ph-sms-spam", outcome=outcome, language="tl")


_PH_REPORT_TYPES = {
    "casino/gambling": "gambling",
    "work": "job.task",
    "raffle/play": "advance_fee",
    "loan/bank": "advance_fee",
}


# A reporter's note where the message should be ("*attached in PROOF tab*", "Row 469 - Proof").
_REPORTER_NOTE = re.compile(r"proof tab|- proof\b|\bscreenshot\b", re.IGNORECASE)


def _reported_message(text: str) -> bool:
    """Whether a crowdsourced report's ``proof`` holds a message: 12 characters or more, not
    only the reported link, address or number (an indicator, which the product answers with
    "insufficient_text"), and not a note about a screenshot."""
    return len(text) >= 12 and not too_little_text(text) and not _REPORTER_NOTE.search(text)


def _ph_scam_reports(root: Path) -> Iterator[Example]:
    folder = root / "ph-scam-sms-reports"
    for row in _csv_rows(folder / "select.csv"):
        text = (row.get("proof") or "").strip()
        if _reported_message(text):
            kind = _PH_REPORT_TYPES.get((row.get("type") or "").strip().lower())
            yield Example(
                text,
                True,
                "ph-scam-sms-reports",
                expand_label(kind) if kind else frozenset(),
                outcome=SCAM,
                language="tl",
            )
    for row in _csv_rows(folder / "SPAM_SMS_raw.csv"):
        text = (row.get("text") or "").strip()
        if _reported_message(text):
            yield Example(text, True, "ph-scam-sms-reports", outcome=SCAM, language="tl")


def _exais(root: Path) -> Iterator[Example]:
    path = root / "exais-sms" / "cleaned_all_ExAIS_SPAM_Dataset.csv"
    for row in _csv_rows(path):
        label = (row.get("Label") or "").strip().upper()
        text = (row.get("Message") or "").strip()
        if label in ("HAM", "SPAM") and len(text) >= 3:
            # ExAIS "SPAM" is mostly operator and shop promotions: spam.
            outcome = SPAM if label == "SPAM" else LEGITIMATE
            yield Example(text, False, "exais-sms", outcome=outcome, language="en")


def _emscad(root: Path) -> Iterator[Example]:
    path = root / "emscad-fakejobs" / "fj_small.csv"
    parts = ("title", "location", "company_profile", "description", "requirements", "benefits")
    for row in _csv_rows(path):
        text = "\n".join((row.get(part) or "").strip() for part in parts).strip()
        if text:
            fraud = row.get("fraudulent") == "1"
            yield Example(
                text, fraud, "emscad-fakejobs", outcome=SCAM if fraud else LEGITIMATE, language="en"
            )


# Read in this order; the first copy of a duplicated text keeps its label.
PUBLIC_SETS: dict[str, Callable[[Path], Iterator[Example]]] = {
    "mishra-soni-smishing": _mishra_soni,  # before UCI: its three-way labels win on shared texts
    "uci-sms-spam": _uci,
    "ph-sms-spam": _ph_sms_spam,
    "ph-scam-sms-reports": _ph_scam_reports,
    "spamhunter-sms": _spamhunter,
    "exais-sms": _exais,
    "emscad-fakejobs": _emscad,
    **ASIAN_SETS,
}

PUBLIC_FILES: dict[str, tuple[str, ...]] = {
    "uci-sms-spam": ("uci-sms-spam/SMSSpamCollection.tsv",),
    "mishra-soni-smishing": ("mishra-soni-smishing/Mendeley_Dataset_5971.csv",),
    "ph-sms-spam": ("ph-sms-spam/cleaned_sms_text_labels_only_v2.csv",),
    "ph-scam-sms-reports": (
        "ph-scam-sms-reports/select.csv",
        "ph-scam-sms-reports/SPAM_SMS_raw.csv",
    ),
    "spamhunter-sms": ("spamhunter-sms/SPAM-Hunter_full_dataset_messages.csv",),
    "exais-sms": ("exais-sms/cleaned_all_ExAIS_SPAM_Dataset.csv",),
    "emscad-fakejobs": ("emscad-fakejobs/fj_small.csv",),
    **ASIAN_FILES,
}

# The language of each monolingual set (spamhunter is mixed: its rows are detected).
SET_LANGUAGE: dict[str, str] = {
    "mishra-soni-smishing": "en",
    "uci-sms-spam": "en",
    "exais-sms": "en",
    "emscad-fakejobs": "en",
    "ph-sms-spam": "tl",
    "ph-scam-sms-reports": "tl",
    **ASIAN_LANGUAGES,
}


def _label_key(text: str) -> str:
    """A text's letters and marks only, case-folded: copies of one message that differ in a
    code, an amount, a link or punctuation share it."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if unicodedata.category(char)[0] in "LM")


# A sender's number or short code: five or more digits, not glued to a letter or digit before
# them, with single spaces, dots or hyphens between digits set aside ("0800 195 0382", "87066";
# not the "8" of "MobileUpd8 0800…" nor the "27081980" of "nat27081980").
_SENDER_NUMBER = re.compile(r"(?<![^\W_])\d(?:[ .\-]?\d){4,}")
_NOT_DIGIT = re.compile(r"\D")


def _sender_numbers(text: str) -> set[str]:
    return {_NOT_DIGIT.sub("", number) for number in _SENDER_NUMBER.findall(text)}


def _campaign_conflicts(examples: Sequence[Example]) -> set[str]:
    """Sender numbers and short codes that one set's scam rows and promotion rows share: the
    set labels one sender's campaign both ways (Mishra-Soni: 56 numbers and short codes of
    2000s UK premium-rate services, 236 rows, 114 labelled smishing and 122 spam)."""
    labels: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        if example.label in (SCAM, SPAM):
            for number in _sender_numbers(example.text):
                labels[number].add(example.label)
    return {number for number, seen in labels.items() if seen == {SCAM, SPAM}}


def reconcile_labels(examples: Sequence[Example]) -> list[Example]:
    """One set's examples, where the set labels copies of one message differently: copies
    labelled both scam and promotion become "unwanted" (spam or scam, the set does not say
    which: they train the unwanted head only and sit out scam figures), and copies labelled
    both scam and legitimate, or promotion and legitimate, are dropped. Legitimate under two
    names (Thai ``OK`` and ``OTP``) is no conflict. The scam and promotion rows of one
    sender's campaign (a number or short code the set's scam rows and promotion rows share)
    are "unwanted" too: the set labels that campaign both ways."""
    outcomes: dict[str, set[str]] = defaultdict(set)
    keys = [_label_key(example.text) for example in examples]
    for key, example in zip(keys, examples, strict=True):
        if key:
            outcomes[key].add(example.label)
    campaigns = _campaign_conflicts(examples)
    kept: list[Example] = []
    for key, example in zip(keys, examples, strict=True):
        seen = outcomes.get(key, set())
        if (len(seen) < 2 or not key) and not (
            example.label in (SCAM, SPAM) and _sender_numbers(example.text) & campaigns
        ):
            kept.append(example)
        elif seen <= {SCAM, SPAM}:
            kept.append(
                Example(
                    example.text,
                    False,
                    example.source,
                    outcome=UNWANTED,
                    weight=example.weight,
                    language=example.language,
                )
            )
    return kept


# Sets whose authors labelled copies of one message differently (docs/assess.md counts them).
RECONCILED_SETS = frozenset({"mishra-soni-smishing", "th-sms-sivakorn"})


def load_public(root: Path, name: str) -> list[Example]:
    """All examples of one public set (duplicates included; see deduplicate), with the set's
    conflicting labels reconciled where it has them (reconcile_labels)."""
    examples = list(PUBLIC_SETS[name](root))
    return reconcile_labels(examples) if name in RECONCILED_SETS else examples


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
